// `djupgrade`: the command line. Same catalogue, engine and project configuration as the
// language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rulesMarkdown } from '../docs/rules-markdown';
import { rules } from '../rules';
import { commandHelp, mainHelp, parseCommandLine, UsageError } from './arguments';
import { CommandContext, Io } from './command-context';

declare const EXTENSION_VERSION: string | undefined;
const toolVersion = typeof EXTENSION_VERSION === 'string' ? EXTENSION_VERSION : '0.0.0-dev';

/** Runs one command; resolves with the exit code (-1: the server, which keeps running). */
export async function main(argv: string[], io: Io): Promise<number> {
  let command = '';
  try {
    const parsed = parseCommandLine(argv);
    command = parsed.command;
    if (command === 'version') {
      io.stdout(`djupgrade ${toolVersion}\n`);
      return 0;
    }
    if (command === 'help' || parsed.values.help) {
      const topic = command === 'help' ? parsed.paths[0] : command;
      const help = topic ? commandHelp(topic) : mainHelp(toolVersion);
      // `djupgrade` alone is a usage error: the help goes to standard error.
      if (argv.length === 0) {
        io.stderr(help);
        return 2;
      }
      io.stdout(`${help}\n`);
      return 0;
    }
    const chunks: Array<string | Uint8Array> = [];
    const output = typeof parsed.values.output === 'string' ? parsed.values.output : null;
    if (output === '') throw new UsageError('--output needs a file name', command);
    const context: CommandContext = {
      ...parsed,
      io,
      toolVersion,
      color: io.color && output === null && parsed.values['no-color'] !== true,
      // Straight to standard output (so a diff streams and the summary on stderr comes last), or
      // collected for the --output file.
      emit: (text) => (output === null ? io.stdout(`${text}\n`) : chunks.push(`${text}\n`)),
      emitRaw: (data) => (output === null ? io.stdout(data) : chunks.push(data)),
    };
    let code: number;
    switch (command) {
      case 'scan':
      case 'fix': {
        if (output !== null) checkWritable(path.resolve(io.cwd, output));
        const { runCheckCommand } = await import('./check-command');
        code = await runCheckCommand(context);
        break;
      }
      case 'audit': {
        if (output !== null) checkWritable(path.resolve(io.cwd, output));
        const { runAuditCommand } = await import('./audit-command');
        code = await runAuditCommand(context);
        break;
      }
      case 'warnings': {
        if (output !== null) checkWritable(path.resolve(io.cwd, output));
        const { runWarningsCommand } = await import('./warnings-command');
        code = await runWarningsCommand(context);
        break;
      }
      case 'rules':
        if (parsed.paths.length) throw new UsageError('rules takes no paths', command);
        context.emit(rulesMarkdown(rules).replace(/\n$/, ''));
        code = 0;
        break;
      case 'server': {
        const { startServer } = await import('../server');
        startServer();
        return -1;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
    if (output !== null) {
      fs.writeFileSync(path.resolve(io.cwd, output), Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))));
      io.stderr(`wrote ${output}`);
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      const about = error.command || command;
      io.stderr(`djupgrade: ${error.message}`);
      io.stderr(about && about !== 'help' && about !== 'version' ? `Run \`djupgrade ${about} --help\` for its options.` : 'Run `djupgrade --help` for the commands.');
      return 2;
    }
    throw error;
  }
}

/** --output FILE must be writable before any work is done (and before fix writes anything). */
function checkWritable(file: string): void {
  const dir = path.dirname(file);
  try {
    if (fs.statSync(file).isDirectory()) throw new UsageError(`--output ${file} is a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new UsageError(`--output: cannot write in ${dir}`);
  }
}

/**
 * The process entry: wires `main` to the real streams and exit code. A reader that goes away
 * (`djupgrade rules | head`) closes the pipe: the rest of the output is dropped quietly and the
 * command ends with its own exit code, never with an EPIPE stack trace.
 */
export function runCli(argv: string[]): void {
  const open = { stdout: true, stderr: true };
  for (const [name, stream] of [['stdout', process.stdout], ['stderr', process.stderr]] as const) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') open[name] = false;
      else throw error;
    });
  }
  main(argv, {
    stdout: (data) => {
      if (open.stdout) process.stdout.write(data);
    },
    stderr: (line) => {
      if (open.stderr) process.stderr.write(`${line}\n`);
    },
    cwd: process.cwd(),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    readStdin: () => fs.readFileSync(0),
  }).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error) => {
      if (open.stderr) process.stderr.write(`djupgrade: internal error: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 3;
    },
  );
}

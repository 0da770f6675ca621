// What the package tests share: a throwaway copy of the working tree to build packages in (so
// building never rewrites the dist/ that other tests read), running commands, reading archives,
// and the scan the packaged commands must agree with.
import { spawnSync, SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { spawn } from 'node:child_process';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const sampleProject = path.join(repoRoot, 'examples', 'legacy-site');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; never throws on a non-zero exit (the tests assert the code). */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}): Ran {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  if (result.error) throw result.error;
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Like run, but a non-zero exit throws with the output. */
export function runOk(command: string, args: string[], options: SpawnSyncOptions = {}): Ran {
  const result = run(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** A temporary folder, removed when the test process exits. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `djup-${prefix}-`));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A copy of the working tree as a clone would have it (tracked files and new files that git does
 * not ignore, so uncommitted work is tested too), with node_modules linked from this checkout.
 */
export function stageWorkingTree(): string {
  const stage = tempDir('stage');
  const listed = runOk('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot }).stdout;
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = path.join(repoRoot, file);
    if (!fs.existsSync(from) || fs.lstatSync(from).isSymbolicLink()) continue; // deleted, or a developer's link
    fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    fs.copyFileSync(from, path.join(stage, file));
    fs.chmodSync(path.join(stage, file), fs.statSync(from).mode);
  }
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(stage, 'node_modules'));
  return stage;
}

/** A fresh copy of the sample legacy project. */
export function sampleCopy(): string {
  const dir = tempDir('sample');
  fs.cpSync(sampleProject, dir, { recursive: true });
  return dir;
}

export interface ScanJson {
  files: number;
  findings: Array<{ path: string; line: number; column: number; rule: string }>;
}

/** Parses `scan --format json` output, which must exit 1 (findings) on the sample project. */
export function findingsOf(ran: Ran, what: string): ScanJson {
  if (ran.code !== 1) throw new Error(`${what}: exit ${ran.code}, expected 1 (findings)\n${ran.stderr}`);
  return JSON.parse(ran.stdout) as ScanJson;
}

/** What the CLI of a build (a bin/djupgrade.js) finds in a folder: the reference for packaged commands. */
export function referenceScan(cli: string, folder: string): ScanJson {
  return findingsOf(run(process.execPath, [cli, 'scan', '--format', 'json', '.'], { cwd: folder }), 'reference scan');
}

export interface ZipEntry {
  name: string;
  /** Unix mode bits (0 when the archive records none). */
  mode: number;
  size: number;
}

/** The entries of a zip archive (.vsix, .whl), read with Python's zipfile. */
export function zipEntries(archive: string): ZipEntry[] {
  const script = 'import json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(json.dumps([[i.filename, i.external_attr >> 16, i.file_size] for i in z.infolist()]))';
  const rows = JSON.parse(runOk('python3', ['-c', script, archive]).stdout) as Array<[string, number, number]>;
  return rows.map(([name, mode, size]) => ({ name, mode, size }));
}

/** Every member of a zip archive, by name (one Python run for all). */
export function zipMembers(archive: string): Map<string, Buffer> {
  const script = 'import base64, json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(json.dumps({n: base64.b64encode(z.read(n)).decode() for n in z.namelist()}))';
  const members = JSON.parse(runOk('python3', ['-c', script, archive]).stdout) as Record<string, string>;
  return new Map(Object.entries(members).map(([name, data]) => [name, Buffer.from(data, 'base64')]));
}

/** One member of a zip archive. */
export function zipRead(archive: string, name: string): Buffer {
  const script = 'import sys, zipfile\nsys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))';
  const result = spawnSync('python3', ['-c', script, archive, name], { maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${name} is not in ${archive}: ${result.stderr}`);
  return result.stdout;
}

/** Width and height of a PNG, from its IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Starts `command server --stdio` as an editor would, initializes it, asks it to check a file of
 * `folder`, and shuts it down: the server's name and the rules of the diagnostics it published.
 */
export async function lspRoundTrip(command: string, args: string[], folder: string, relative: string): Promise<{ name: string; rules: string[] }> {
  const child = spawn(command, args, { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk) => stderr.push(String(chunk)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const uri = `file://${path.join(folder, relative)}`;
  const diagnostics = new Promise<string[]>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Array<{ code?: string }> }) => {
      if (params.uri === uri) resolve(params.diagnostics.map((d) => String(d.code)));
    });
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const init = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: `file://${folder}`,
      workspaceFolders: [{ uri: `file://${folder}`, name: path.basename(folder) }],
      capabilities: { workspace: { configuration: true } },
    })) as { serverInfo?: { name: string } };
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'python', version: 1, text: fs.readFileSync(path.join(folder, relative), 'utf8') },
    });
    const rules = await diagnostics;
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    const code = await exited;
    if (code !== 0) throw new Error(`the server exited ${code}: ${stderr.join('')}`);
    return { name: init.serverInfo?.name ?? '', rules };
  } finally {
    connection.dispose();
    child.kill();
  }
}

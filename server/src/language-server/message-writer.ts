// The server's messages over stdio, with the encoding of unchanged diagnostics kept. Each
// keystroke publishes every diagnostic of its document (355 at 5,000 lines, 1,447 at 20,000: 150
// and 600 KB of JSON), though a check keeps most of them as they were: vscode-jsonrpc's writer
// encoded them all again (JSON.stringify, then the string to UTF-8), after a turn of the event
// loop of its own (its write semaphore). This writer encodes a frozen diagnostic once
// (`DiagnosticFormat.diagnosticOf` makes them) and writes at once, in the order of the calls.
//
// Only for stdio (Neovim, Helix, Zed, the bench…): VS Code's client talks over Node IPC, whose
// `process.send` encodes every message itself.
import { inspect } from 'node:util';
import type { Connection } from 'vscode-languageserver/node';
import { AbstractMessageWriter, Message, MessageWriter } from 'vscode-jsonrpc/node';

/** The encoding of each frozen diagnostic published (frozen: it cannot have changed since). */
const encoded = new WeakMap<object, Buffer>();

const comma = Buffer.from(',');

/** A message as UTF-8 JSON, with the kept encodings of the frozen diagnostics it publishes. */
export function encodeMessage(message: Message): Buffer {
  return Buffer.concat(messageParts(message));
}

/** `encodeMessage` in parts, to be joined once. */
function messageParts(message: Message): Buffer[] {
  const { method, params } = message as { method?: string; params?: { diagnostics?: unknown } };
  const keys = Object.keys(message);
  if (method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics) || keys.length !== 3 || !keys.includes('params')) {
    return [Buffer.from(JSON.stringify(message), 'utf8')];
  }
  // The message without its diagnostics, which follow as the last member of `params`.
  const { diagnostics, ...rest } = params as { diagnostics: object[] };
  const head = JSON.stringify({ ...message, params: undefined }).slice(0, -1);
  const restJson = JSON.stringify(rest);
  const parts: Buffer[] = [Buffer.from(`${head}${head.length > 1 ? ',' : ''}"params":${restJson.length > 2 ? `${restJson.slice(0, -1)},` : '{'}"diagnostics":[`, 'utf8')];
  for (let i = 0; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i];
    if (i > 0) parts.push(comma);
    let bytes = encoded.get(diagnostic);
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(diagnostic), 'utf8');
      if (Object.isFrozen(diagnostic)) encoded.set(diagnostic, bytes);
    }
    parts.push(bytes);
  }
  parts.push(Buffer.from(']}}'));
  return parts;
}

/** LSP's framing over a stream (stdout): a Content-Length header, then the body, in one write per message. */
export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    try {
      const parts = messageParts(message);
      let length = 0;
      for (const part of parts) length += part.length;
      const header = Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      this.output.write(Buffer.concat([header, ...parts], header.length + length));
      return Promise.resolve();
    } catch (error) {
      this.fireError(error, message, ++this.errorCount);
      return Promise.reject(error);
    }
  }

  end(): void {
    this.output.end();
  }
}

/**
 * What vscode-languageserver does for a server it starts on stdio itself: `console` goes to the
 * client's log (a stray `console.log` on stdout would break the protocol's framing).
 */
export function consoleToClient(connection: Connection): void {
  const text = (args: unknown[]) => args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' ');
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
  console.dir = (value: unknown) => connection.console.log(inspect(value));
  console.trace = (...args: unknown[]) => connection.console.log(`Trace${args.length ? `: ${text(args)}` : ''}\n${new Error().stack?.replace(/(.+\n){2}/, '') ?? ''}`);
  console.table = (value: unknown) => connection.console.log(inspect(value));
}

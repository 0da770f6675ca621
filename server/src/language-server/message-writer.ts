// The server's messages over stdio, with the encoding of unchanged diagnostics kept. Each
// keystroke publishes every diagnostic of its document (355 at 5,000 lines, 1,447 at 20,000: 150
// and 600 KB of JSON), though a check keeps most of them as they were: vscode-jsonrpc's writer
// encoded them all again (JSON.stringify, then the string to UTF-8), after a turn of the event
// loop of its own (its write semaphore). This writer encodes a frozen diagnostic once
// (`DiagnosticFormat.diagnosticOf` makes them), copies the runs a publication shares with the last
// one of that document from its bytes (`joinedDiagnostics`), and writes at once, in the order of
// the calls.
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
  const opening = Buffer.from(`${head}${head.length > 1 ? ',' : ''}"params":${restJson.length > 2 ? `${restJson.slice(0, -1)},` : '{'}"diagnostics":[`, 'utf8');
  return [opening, joinedDiagnostics((rest as { uri?: unknown }).uri, diagnostics), Buffer.from(']}}')];
}

/**
 * The last publication's diagnostics (one document's: the one being typed in), their encodings
 * joined with commas, and where each ends in those bytes.
 */
let lastPublication: { uri: unknown; diagnostics: readonly object[]; bytes: Buffer; ends: number[] } | null = null;

/**
 * The diagnostics' encodings joined with commas. A keystroke publishes its document's diagnostics
 * again, nearly all of them the same frozen objects in the same order: the runs at either end that
 * the last publication of that document shares are copied from its bytes at once, instead of
 * joining every diagnostic's bytes one by one (355 at 5,000 lines, 1,447 at 20,000).
 */
function joinedDiagnostics(uri: unknown, diagnostics: readonly object[]): Buffer {
  const last = lastPublication !== null && lastPublication.uri === uri ? lastPublication : null;
  const n = diagnostics.length;
  let prefix = 0;
  let suffix = 0;
  if (last) {
    const m = last.diagnostics.length;
    while (prefix < n && prefix < m && diagnostics[prefix] === last.diagnostics[prefix] && Object.isFrozen(diagnostics[prefix])) prefix++;
    while (suffix < n - prefix && suffix < m - prefix && diagnostics[n - 1 - suffix] === last.diagnostics[m - 1 - suffix] && Object.isFrozen(diagnostics[n - 1 - suffix])) suffix++;
  }
  const parts: Buffer[] = [];
  const ends: number[] = new Array(n);
  let length = 0;
  if (prefix > 0) {
    const bytes = last!.bytes.subarray(0, last!.ends[prefix - 1]);
    parts.push(bytes);
    for (let i = 0; i < prefix; i++) ends[i] = last!.ends[i];
    length = bytes.length;
  }
  for (let i = prefix; i < n - suffix; i++) {
    const diagnostic = diagnostics[i];
    if (i > 0) {
      parts.push(comma);
      length += 1;
    }
    let bytes = encoded.get(diagnostic);
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(diagnostic), 'utf8');
      if (Object.isFrozen(diagnostic)) encoded.set(diagnostic, bytes);
    }
    parts.push(bytes);
    length += bytes.length;
    ends[i] = length;
  }
  if (suffix > 0) {
    const m = last!.diagnostics.length;
    // The last publication's bytes from the first of the shared run on (after the comma before it).
    const from = m - suffix > 0 ? last!.ends[m - suffix - 1] + 1 : 0;
    if (n - suffix > 0) {
      parts.push(comma);
      length += 1;
    }
    const shift = length - from;
    parts.push(last!.bytes.subarray(from));
    for (let i = n - suffix; i < n; i++) ends[i] = last!.ends[i - n + m] + shift;
    length += last!.bytes.length - from;
  }
  const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
  lastPublication = { uri, diagnostics: diagnostics.slice(), bytes, ends };
  return bytes;
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

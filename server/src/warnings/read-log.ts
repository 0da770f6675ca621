// Reading a test log from disk: the command line and the editor share the size limit and the
// decoding (a log with stray bytes, a test that printed binary data, is read as Latin-1 rather
// than refused).
import * as fs from 'node:fs';

/** Logs larger than this are refused (a test log with warnings is kilobytes to a few megabytes). */
export const maxLogBytes = 50_000_000;

export function decodeLog(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return bytes.toString('latin1');
  }
}

/** The text of a log file; throws an Error with a readable message when it cannot be read. */
export function readTestLog(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new Error(`no such file: ${file}`);
  }
  if (!stat.isFile()) throw new Error(`not a file: ${file}`);
  if (stat.size > maxLogBytes) throw new Error(`${file} is larger than ${maxLogBytes} bytes`);
  return decodeLog(fs.readFileSync(file));
}

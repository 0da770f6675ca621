// Python source encodings (PEP 263): a file is UTF-8 unless a `# -*- coding: … -*-` comment on
// its first or second line says otherwise, as Python's tokenizer reads it. A file is decoded by
// its declaration and fixes are written back in the same encoding, byte for byte the same outside
// the fixes; when the fixed text cannot be written in it exactly, nothing is written.

export interface SourceEncoding {
  /** Python's name for it: "utf-8", "latin-1", "cp1252", "shift_jis"… */
  name: string;
  /** The text, or null when the bytes are not valid in this encoding. */
  decode(bytes: Uint8Array): string | null;
  /** The bytes, or null when a character cannot be written in this encoding (or no encoder is known). */
  encode(text: string): Uint8Array | null;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const utf8: SourceEncoding = {
  name: 'utf-8',
  decode: (bytes) => {
    try {
      return utf8Decoder.decode(bytes);
    } catch {
      return null;
    }
  },
  // A lone surrogate becomes U+FFFD: the round trip in encodeSource catches it.
  encode: (text) => Buffer.from(text, 'utf8'),
};

/**
 * A single-byte encoding from its 256 characters (`undefined`: a byte it leaves undefined).
 * Decoding and encoding are table lookups, so a decoded file encodes back to the same bytes.
 */
function singleByte(name: string, table: ReadonlyArray<string | undefined>): SourceEncoding {
  const reverse = new Map<string, number>();
  table.forEach((char, byte) => char !== undefined && !reverse.has(char) && reverse.set(char, byte));
  return {
    name,
    decode: (bytes) => {
      let text = '';
      for (const byte of bytes) {
        const char = table[byte];
        if (char === undefined) return null;
        text += char;
      }
      return text;
    },
    encode: (text) => {
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const byte = reverse.get(text[i]);
        if (byte === undefined) return null;
        bytes[i] = byte;
      }
      return bytes;
    },
  };
}

function whatwgTable(label: string): Array<string | undefined> {
  const decoder = new TextDecoder(label, { fatal: true });
  return Array.from({ length: 256 }, (_, byte) => {
    try {
      return decoder.decode(new Uint8Array([byte]));
    } catch {
      return undefined;
    }
  });
}

/** A multi-byte encoding Node can decode but not encode: files in it are checked, never fixed. */
function decodeOnly(name: string, label: string): SourceEncoding {
  return {
    name,
    decode: (bytes) => {
      try {
        return new TextDecoder(label, { fatal: true }).decode(bytes);
      } catch {
        return null;
      }
    },
    encode: () => null,
  };
}

type Factory = () => SourceEncoding;

/** Python's codec names and aliases (`encodings.aliases`), without `-`, `_`, `.` and spaces, lower case. */
const encodings: Record<string, Factory> = {};
function define(aliases: string[], factory: Factory): void {
  let made: SourceEncoding | null = null;
  const once = () => (made ??= factory());
  for (const alias of aliases) encodings[alias] = once;
}
define(['utf8', 'u8', 'utf', 'cp65001', 'utf8sig'], () => utf8);
define(['latin1', 'latin', 'l1', 'iso88591', 'iso8859', '8859', 'cp819', 'ibm819', 'isolatin1', 'isoir100', 'csisolatin1'], () =>
  singleByte('latin-1', Array.from({ length: 256 }, (_, byte) => String.fromCharCode(byte))));
define(['ascii', 'usascii', '646', 'us'], () => singleByte('ascii', Array.from({ length: 256 }, (_, byte) => (byte < 128 ? String.fromCharCode(byte) : undefined))));
// Node decodes "windows-1252" as Latin-1, so its 0x80–0x9F row is written out; the five bytes it
// leaves undefined Python refuses.
const cp1252Row = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';
define(['cp1252', 'windows1252', '1252'], () =>
  singleByte('cp1252', Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte < 0xa0 ? cp1252Row[byte - 0x80].replace('\u0000', '') || undefined : String.fromCharCode(byte)))));
define(['iso885915', 'latin9', 'l9'], () => singleByte('iso8859-15', whatwgTable('iso-8859-15')));
define(['iso88592', 'latin2', 'l2'], () => singleByte('iso8859-2', whatwgTable('iso-8859-2')));
define(['iso88595', 'cyrillic'], () => singleByte('iso8859-5', whatwgTable('iso-8859-5')));
define(['iso88597', 'greek'], () => singleByte('iso8859-7', whatwgTable('iso-8859-7')));
for (const page of [1250, 1251, 1253, 1254, 1255, 1256, 1257, 1258]) define([`cp${page}`, `windows${page}`], () => singleByte(`cp${page}`, whatwgTable(`windows-${page}`)));
define(['koi8r'], () => singleByte('koi8-r', whatwgTable('koi8-r')));
define(['koi8u'], () => singleByte('koi8-u', whatwgTable('koi8-u')));
define(['macroman', 'macintosh'], () => singleByte('mac-roman', whatwgTable('macintosh')));
define(['cp866', 'ibm866', '866'], () => singleByte('cp866', whatwgTable('ibm866')));
define(['shiftjis', 'sjis', 'cp932', 'ms932', 'mskanji'], () => decodeOnly('shift_jis', 'shift_jis'));
define(['eucjp'], () => decodeOnly('euc_jp', 'euc-jp'));
define(['gbk', 'cp936', 'gb2312', 'ms936'], () => decodeOnly('gbk', 'gbk'));
define(['gb18030'], () => decodeOnly('gb18030', 'gb18030'));
define(['big5', 'big5tw', 'cp950'], () => decodeOnly('big5', 'big5'));
define(['euckr', 'cp949', 'uhc'], () => decodeOnly('euc_kr', 'euc-kr'));

/** The encoding Python calls `name`, or null when this project does not know it. */
export function encodingNamed(name: string): SourceEncoding | null {
  return encodings[name.toLowerCase().replace(/[-_. ]/g, '')]?.() ?? null;
}

const codingComment = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const blankOrComment = /^[ \t\f]*(?:#.*)?$/;

/**
 * The encoding a PEP 263 declaration names, or null: on the first line, or on the second when the
 * first is blank or a comment (as Python's tokenizer reads it). The lines are read as Latin-1:
 * the declaration is ASCII whatever the encoding.
 */
export function codingDeclaration(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const [first = '', second = ''] = head.split(/\r\n|\r|\n/);
  return codingComment.exec(first)?.[1] ?? (blankOrComment.test(first) ? codingComment.exec(second)?.[1] ?? null : null);
}

/** How a source file's text is stored: what `encodeSource` writes it back as. */
export interface SourceFormat {
  bom: boolean;
  /** Python's name of its encoding ("utf-8" when it declares none). */
  encoding: string;
}

/**
 * The bytes of `text` in the file's format, or why it cannot be written: the encoding has no
 * encoder here, or the text has a character it cannot hold (a fix wrote one), or the bytes would
 * not read back as the same text.
 */
export function encodeSource(text: string, format: SourceFormat): { bytes: Uint8Array } | { error: string } {
  const encoding = encodingNamed(format.encoding);
  const bytes = encoding?.encode(text);
  if (!encoding || !bytes) return { error: `the fixed text cannot be written in ${format.encoding} exactly` };
  if (encoding.decode(bytes) !== text) return { error: `the fixed text does not read back the same in ${format.encoding}` };
  return { bytes: format.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes };
}

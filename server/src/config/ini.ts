// setup.cfg, tox.ini and friends, read the way Python's configparser reads them: `[section]`
// headers, `key = value` or `key: value`, values continued on more-indented lines, whole-line
// comments starting with `#` or `;`. Keys are case-insensitive. Positions are kept so that a
// finding or a message can point at the line.

export interface IniPiece {
  /** The text of one line of the value, trimmed. */
  text: string;
  /** 1-based line and column of `text`. */
  line: number;
  column: number;
}

export interface IniValue {
  /** The whole value, its lines joined with "\n" (the first one empty when the value starts on the next line). */
  value: string;
  /** The key's line. */
  line: number;
  /** The value's non-empty lines with their positions. */
  pieces: IniPiece[];
}

export type IniFile = Map<string, Map<string, IniValue>>;

export function parseIni(text: string): IniFile {
  const sections: IniFile = new Map();
  let section: Map<string, IniValue> | null = null;
  let current: { entry: IniValue; indent: number } | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    if (/^[#;]/.test(trimmed)) continue;
    if (current && trimmed && indent > current.indent) {
      current.entry.value += `\n${trimmed}`;
      current.entry.pieces.push({ text: trimmed, line: i + 1, column: indent + 1 });
      continue;
    }
    if (!trimmed) continue;
    current = null;
    const header = /^\[([^\]]+)\]/.exec(trimmed);
    if (header && indent === 0) {
      const name = header[1].trim();
      section = sections.get(name) ?? new Map();
      sections.set(name, section);
      continue;
    }
    const entry = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!entry || !section) continue;
    const value = entry[2].trimEnd();
    const pieces: IniPiece[] = value ? [{ text: value, line: i + 1, column: raw.length - raw.trimStart().length + trimmed.length - entry[2].length + 1 }] : [];
    const stored: IniValue = { value, line: i + 1, pieces };
    section.set(entry[1].toLowerCase(), stored);
    current = { entry: stored, indent };
  }
  return sections;
}

/** Splits on `separator` outside `{...}` (so a brace glob such as `{build,dist}` stays whole). */
function splitOutsideBraces(text: string, separator: string): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (i === text.length || (ch === separator && depth === 0)) {
      parts.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  return parts;
}

function pieceItems(piece: IniPiece, separator: string | null): IniPiece[] {
  const parts = separator ? splitOutsideBraces(piece.text, separator) : [{ text: piece.text, offset: 0 }];
  return parts
    .map((part) => ({ text: part.text.trim(), line: piece.line, column: piece.column + part.offset + (part.text.length - part.text.trimStart().length) }))
    .filter((item) => item.text !== '');
}

/** A list setting (flake8 style): one item per line, or comma-separated, or both. */
export function iniList(value: IniValue | undefined): IniPiece[] {
  return (value?.pieces ?? []).flatMap((piece) => pieceItems(piece, ','));
}

/**
 * A requirements list (setuptools' `install_requires`): one per line; a value on one line is
 * split on ";" as setuptools does. Commas stay: they separate a requirement's clauses.
 */
export function iniRequirements(value: IniValue | undefined): IniPiece[] {
  if (!value) return [];
  if (value.pieces.length === 1 && !value.value.startsWith('\n')) return pieceItems(value.pieces[0], ';');
  return value.pieces.flatMap((piece) => pieceItems(piece, null));
}

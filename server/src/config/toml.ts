// TOML files (pyproject.toml, Pipfile, djupgrade.toml, lock files) read with smol-toml, and the
// lines of the values read from them: a parser gives values without positions, while a message
// or a finding must point at the line that says it.
import { parse } from 'smol-toml';

export type TomlTable = Record<string, unknown>;

/** The document's top-level table, or an error message saying where the TOML is malformed. */
export function parseToml(text: string): { table: TomlTable } | { error: string } {
  try {
    return { table: parse(text) as TomlTable };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] };
  }
}

/** A value at a dotted path (`tool.poetry.dependencies`), or undefined. */
export function tomlAt(table: TomlTable, ...keys: string[]): unknown {
  let value: unknown = table;
  for (const key of keys) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as TomlTable)[key];
  }
  return value;
}

export function isTable(value: unknown): value is TomlTable {
  return !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * The part of a TOML or Python line before its comment: a `#` outside '…' and "…" strings.
 * (Multi-line strings are not tracked; dependency declarations do not use them.)
 */
export function codeBeforeComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#') {
      return line.slice(0, i);
    }
  }
  return line;
}

export interface TextPosition {
  /** 1-based line and columns (UTF-16) of the located text, end exclusive. */
  line: number;
  column: number;
  endColumn: number;
}

/**
 * Finds values in a TOML text's code (never in its comments), in order: each call continues
 * after the previous match, so a string written twice is found at each of its places.
 */
export class TomlLocator {
  private readonly lines: string[];
  private cursor = 0;

  constructor(text: string) {
    this.lines = text.split(/\r?\n/).map(codeBeforeComment);
  }

  /** The line of a table header such as `[tool.poetry.dependencies]`; moves the cursor there. */
  header(name: string): TextPosition | null {
    const pattern = new RegExp(`^\\s*\\[\\s*${name.split('.').map((part) => `["']?${escapeRegExp(part)}["']?`).join('\\s*\\.\\s*')}\\s*\\]`);
    return this.find((line) => {
      const match = pattern.exec(line);
      return match ? { index: line.indexOf('['), length: match[0].trim().length } : null;
    }, 0);
  }

  /** A quoted string whose content is `value`, e.g. a PEP 508 requirement. */
  string(value: string): TextPosition | null {
    return this.find((line) => {
      for (const quote of ['"', "'"]) {
        const index = line.indexOf(`${quote}${value}${quote}`);
        if (index >= 0) return { index: index + 1, length: value.length };
      }
      return null;
    });
  }

  /** A `key = …` line (the key bare or quoted); the position spans the whole entry. */
  key(key: string): TextPosition | null {
    const pattern = new RegExp(`^(\\s*)(["']?)${escapeRegExp(key)}\\2\\s*=`, 'i');
    return this.find((line) => {
      const match = pattern.exec(line);
      return match ? { index: match[1].length, length: line.trimEnd().length - match[1].length } : null;
    });
  }

  private find(match: (line: string) => { index: number; length: number } | null, from = this.cursor): TextPosition | null {
    for (let i = from; i < this.lines.length; i++) {
      const found = match(this.lines[i]);
      if (found) {
        this.cursor = i + 1;
        return { line: i + 1, column: found.index + 1, endColumn: found.index + found.length + 1 };
      }
    }
    // Not after the cursor: look from the top before giving up (tables may come in any order).
    if (from > 0) return this.find(match, 0);
    return null;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

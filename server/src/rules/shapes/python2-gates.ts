// Trigger patterns (docs/engine.md, "Choosing triggers") for Python 2 constructs that every modern
// file spells the keyword of: `raise E, V`, `except E, e:`, `def f(a, (b, c)):`. Each pattern
// admits a text unless the statement after each keyword is one it can read to its end on the
// keyword's line and finds clean: it reads plain characters, strings, and brackets nested three
// deep holding those, and admits as soon as it meets what it cannot read (a comment, a backslash,
// a bracket it cannot close on the line, a quote it cannot pair) or what the construct needs (a
// comma outside brackets). So a text it leaves out cannot hold the construct, whatever tree-sitter
// makes of it. Each stays on one line (`isLineBounded`): after an edit the editor searches only the
// changed lines.

/** A string on one line (a backslash escapes the next character). */
const string = String.raw`"(?:[^"\\\n\r]|\\[^\n\r])*"|'(?:[^'\\\n\r]|\\[^\n\r])*'`;
/** A character that opens or closes nothing, on the same line. */
const plain = String.raw`[^()\[\]{}'"#\\\n\r]`;
const inside = (nested: string) => `(?:${plain}|${string}${nested ? `|${nested}` : ''})*`;
const group = (nested: string) => String.raw`\(${inside(nested)}\)|\[${inside(nested)}\]|\{${inside(nested)}\}`;
/** Brackets, three deep, with what they hold. */
const groups = group(group(group('')));
/** An opening bracket or a quote that the tokens above cannot read to its end. */
const held = inside(group(group('')));
const unreadable = String.raw`\((?!${held}\))|\[(?!${held}\])|\{(?!${held}\})|"(?!(?:[^"\\\n\r]|\\[^\n\r])*")|'(?!(?:[^'\\\n\r]|\\[^\n\r])*')`;

/**
 * `raise E, V`: after `raise`, up to the end of its line (or `;`), a comma outside brackets or
 * something unreadable (a line continuation, a bracket not closed on the line).
 */
export const raiseCommaGate = new RegExp(String.raw`\braise\b(?:[^,;()\[\]{}'"#\\\n\r]|${string}|${groups})*(?:[,\\]|${unreadable})`);

/**
 * `except E, e:`: after `except`, before its colon, a comma outside brackets, something
 * unreadable, or a `lambda` (whose colon comes first).
 */
export const exceptCommaGate = new RegExp(String.raw`\bexcept\b(?:[^,:()\[\]{}'"#\\\n\r]|${string}|${groups})*(?:[,\\]|${unreadable}|\blambda\b)`);

/** Two levels of parentheses on one line, without strings or comments: a default value's call or tuple. */
const parentheses = String.raw`\((?:[^()'"#\\\n\r]|\([^()'"#\\\n\r]*\))*\)`;
/** What a parameter list holds on one line besides a tuple parameter: names, `=` and defaults, annotations, strings. */
const parameterToken = [
  String.raw`[^()'"#\\=\[\]{}\w.\n\r]`,
  String.raw`[\w.]+(?![\w.]|[ \t]*\()`,
  String.raw`[\w.]+[ \t]*${parentheses}`,
  String.raw`=(?![ \t]*\()`,
  String.raw`=[ \t]*${parentheses}`,
  String.raw`"[^"\\\n\r()#]*"`,
  String.raw`'[^'\\\n\r()#]*'`,
  String.raw`\[[^\[\]()'"#\\\n\r]*\]`,
  String.raw`\{[^{}()'"#\\\n\r]*\}`,
].join('|');
/** The end of the line (the list goes on below), or what no token reads: a tuple parameter's parenthesis, a comment, a backslash, a quote or bracket. */
const parameterUnreadable = String.raw`(?![^\n\r])|[(#\\]|"(?![^"\\\n\r()#]*")|'(?![^'\\\n\r()#]*')|\[(?![^\[\]()'"#\\\n\r]*\])|\{(?![^{}()'"#\\\n\r]*\})`;

/**
 * `def f(a, (b, c)):` and `lambda (k, v): k`: in a `def`'s parameter list, a parenthesis that is
 * not a default's or an annotation's, or a list that goes on to the next line (or type
 * parameters, `def f[T]`); in a `lambda`'s, before its first colon on the line, any bracket,
 * quote or comment, another `lambda` (a colon there may not be its own), or the end of the line.
 */
export const tupleParameterGate = new RegExp(
  String.raw`\bdef(?:[ \t]*\\|[ \t]+[^\s(\[:#\\]+[ \t]*(?:[\[\\#]|(?![^\n\r])|\((?:${parameterToken})*(?:${parameterUnreadable})))` +
    String.raw`|\blambda\b[^:\n\r]*?(?:[(\[{'"#\\]|\blambda\b|(?![^\n\r]))`,
);

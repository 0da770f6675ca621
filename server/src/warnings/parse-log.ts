// Reads the deprecation warnings out of a test run's output: `python -Wd manage.py test` (Python's
// "path:line: Category: message" lines), `python -W error::DeprecationWarning` (a traceback that
// ends in the warning), pytest's "warnings summary" and its tracebacks (also inside a --junitxml
// report). Pure text processing: the log is something the user produced; nothing is run.

export interface LogFrame {
  /** The path as the log writes it (absolute, relative to where the tests ran, or a Windows path). */
  path: string;
  line: number;
}

export interface LogWarning extends LogFrame {
  /** The warning class without its module, e.g. "RemovedInDjango40Warning". */
  category: string;
  message: string;
  /** The 1-based line of the log it was read from. */
  logLine: number;
  /** For a warning raised as an error: the traceback's frames, outermost first (without warnings.py). */
  stack?: LogFrame[];
}

/** The categories read: Django's RemovedInDjangoNNWarning, libraries' own deprecation classes, and Python's. */
export function isDeprecationCategory(category: string): boolean {
  return /Deprecat|^RemovedIn|^FutureWarning$/.test(category);
}

/** "RemovedInDjango40Warning" → "4.0", "RemovedInDjango51Warning" → "5.1"; null for any other category. */
export function djangoRemovalOf(category: string): string | null {
  const match = /^RemovedInDjango(\d)(\d+)Warning$/.exec(category);
  return match ? `${match[1]}.${Number(match[2])}` : null;
}

const ansi = /\u001b\[[0-9;]*[A-Za-z]/g;
const categoryPattern = String.raw`((?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*))`;
/** `path:12: Category: message`, possibly after a test runner's progress dots or a logging prefix. */
const warningLine = new RegExp(String.raw`^(.*?\.pyw?):(\d+): ${categoryPattern}: (.*)$`);
/** Python: `  File "path", line 12, in func`. */
const pythonFrame = /^\s*File "([^"]+)", line (\d+)/;
/** pytest: `path:12: in func`, `path:12: ` or the innermost `path:12: Category`. */
const pytestFrame = /^(\S.*?\.pyw?):(\d+):(?: in .*| [\w.]+)?\s*$/;
/** The exception line ending a traceback; pytest prefixes it with "E". */
const exceptionLine = new RegExp(String.raw`^(?:E\s+)?${categoryPattern}: (.*)$`);
/** Lines that end one traceback's frames. */
const boundary = /^(Traceback \(most recent call last\):|During handling of the above exception|The above exception was the direct cause|_{3,} .* _{3,}$|={3,})/;

const stdlibWarnings = (frame: LogFrame) => /(^|[\\/])warnings\.py$/.test(frame.path);

/** Where a warning raised as an exception points: the caller of the function that warned (stacklevel 2). */
export function attributedFrame(stack: readonly LogFrame[]): LogFrame | null {
  const frames = stack.filter((f) => !stdlibWarnings(f));
  if (frames.length === 0) return null;
  return frames.length >= 2 ? frames[frames.length - 2] : frames[frames.length - 1];
}

/** Every deprecation warning of a plain-text log, in log order (duplicates kept). */
export function parseWarningsLog(raw: string): LogWarning[] {
  const found: LogWarning[] = [];
  const lines = raw.replace(ansi, '').split(/\r\n|\r|\n/);
  let frames: LogFrame[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const warned = warningLine.exec(line.trimStart());
    if (warned) {
      const category = warned[4];
      if (isDeprecationCategory(category)) found.push({ path: warned[1], line: Number(warned[2]), category, message: warned[5].trim(), logLine: i + 1 });
      frames = [];
      continue;
    }
    if (boundary.test(line.trim())) {
      frames = [];
      continue;
    }
    const frame = pythonFrame.exec(line) ?? pytestFrame.exec(line);
    if (frame) {
      frames.push({ path: frame[1], line: Number(frame[2]) });
      continue;
    }
    const raised = exceptionLine.exec(line.trim());
    if (raised) {
      const category = raised[2];
      // pytest writes the innermost frame's location after its "E" lines: "path:16: RemovedInDjango40Warning".
      if (/^E\s/.test(line.trim())) {
        for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
          const next = lines[j].trim();
          if (/^E\s/.test(next) || next === '') continue;
          const innermost = /^(\S.*?\.pyw?):(\d+): ([\w.]+)$/.exec(next);
          if (innermost && innermost[3].split('.').pop() === category) frames.push({ path: innermost[1], line: Number(innermost[2]) });
          break;
        }
      }
      const at = attributedFrame(frames);
      if (isDeprecationCategory(category) && at) {
        found.push({ ...at, category, message: raised[3].trim(), logLine: i + 1, stack: frames.filter((f) => !stdlibWarnings(f)) });
      }
      frames = [];
    }
  }
  return found;
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : entities[e.toLowerCase()],
  );

/** The texts of a JUnit XML report where warnings can appear: failures, errors, captured output. */
export function junitTexts(xml: string): string[] {
  const texts: string[] = [];
  for (const match of xml.matchAll(/<(failure|error|skipped|system-out|system-err)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g)) {
    const body = match[3]?.replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, '$1');
    if (body && body.trim()) texts.push(match[3].includes('<![CDATA[') ? body : unescapeXml(body));
    else {
      // An element without a body: its message attribute holds "Category: message".
      const message = /\bmessage="([^"]*)"/.exec(match[2]);
      if (message) texts.push(unescapeXml(message[1]));
    }
  }
  return texts;
}

export const looksLikeJunit = (text: string) => /^\s*(<\?xml[^>]*>\s*)?<testsuites?\b/.test(text);

/** A log of any supported kind: JUnit XML is recognised by its root element. */
export function parseTestOutput(text: string): LogWarning[] {
  if (!looksLikeJunit(text)) return parseWarningsLog(text);
  // Log lines count within each JUnit text; the XML's own lines are not meaningful to users.
  return junitTexts(text).flatMap(parseWarningsLog);
}

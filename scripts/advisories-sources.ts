// Reads the sources of the advisory snapshot (scripts/advisories.ts): the OSV records of the PyPA
// advisory database, Django's security archive (docs/releases/security.txt) and Django's
// patch-release notes (docs/releases/X.Y.Z.txt), and merges them into the snapshot's records.
// Pure functions over texts, so the tests run them on the real files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AdvisoryRange, AdvisoryRecord, AdvisorySeverity } from '../server/src/audit/advisory-data';
import { comparePep440, isPep440, seriesOf } from '../server/src/audit/advisory-versions';
import { normalizeName } from '../server/src/audit/package-support';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 4, 2024" → "2024-03-04"; null for anything else. */
export function isoDate(text: string): string | null {
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(text.trim());
  const month = m ? months.indexOf(m[1]) : -1;
  if (!m || month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/** reStructuredText inline markup to plain text with Markdown code spans. */
export function plainText(rst: string): string {
  return rst
    .replace(/``([^`]+)``/g, '`$1`')
    .replace(/:cve:`(\d{4}-\d+)`/g, 'CVE-$1')
    .replace(/:[a-z]+:`~?\.?([^`<]+?)(?:\s*<[^>]+>)?`/g, '`$1`')
    .replace(/`([^`<]+?)\s*<[^>]+>`__?/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ArchiveEntry {
  /** "CVE-2024-27351"; null for the few issues without one. */
  cve: string | null;
  /** ISO date of the disclosure. */
  date: string;
  summary: string;
  /** The feature releases listed as affected (those supported at the time), e.g. ["5.0", "4.2", "3.2"]. */
  series: string[];
}

/** Every issue of Django's security archive, newest first as the archive lists them. */
export function parseSecurityArchive(text: string): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const header = /^([A-Z][a-z]+ \d{1,2}, \d{4}) - (.+)$/.exec(lines[i]);
    if (!header || !/^-+$/.test(lines[i + 1] ?? '')) continue;
    const date = isoDate(header[1]);
    if (!date) continue;
    const cve = /:cve:`(\d{4}-\d+)`/.exec(header[2]);
    const body: string[] = [];
    const series: string[] = [];
    let j = i + 2;
    for (; j < lines.length; j++) {
      if (/^([A-Z][a-z]+ \d{1,2}, \d{4}) - /.test(lines[j]) && /^-+$/.test(lines[j + 1] ?? '')) break;
      if (/^={3,}$/.test(lines[j + 1] ?? '')) break; // the next top-level section
      const listed = /^\* Django (\d+\.\d+)\b/.exec(lines[j]);
      if (listed) {
        if (!series.includes(listed[1])) series.push(listed[1]);
      } else if (series.length === 0 && !/^(Versions affected|~+)$/.test(lines[j].trim())) body.push(lines[j]);
    }
    // The description is the first paragraph, without its "Full description" link.
    const paragraph = body.join('\n').trim().split(/\n\s*\n/)[0] ?? '';
    const summary = plainText(paragraph.replace(/`Full\s+description\s*<[^>]+>`__/, ''));
    entries.push({ cve: cve ? `CVE-${cve[1]}` : null, date, summary, series });
    i = j - 1;
  }
  return entries;
}

export interface ReleaseNote {
  version: string;
  /** ISO date of the release; null when the notes carry none (some 1.0–1.2 notes). */
  date: string | null;
  /** The CVEs this release fixes (its section headings), with the severity the notes give, if any. */
  fixes: Map<string, string | null>;
  /** Each CVE's section title, e.g. "Potential SQL injection in …". */
  titles: Map<string, string>;
}

const severityPhrase = /severity\s+"(low|moderate|medium|high|critical)"/gi;

/** One patch release's notes: its date and the CVE sections it has. */
export function parseReleaseNote(version: string, text: string): ReleaseNote {
  const lines = text.split(/\r?\n/);
  const dateLine = lines.find((l) => /^\*[A-Z][a-z]+ \d{1,2}, \d{4}\*\s*$/.test(l));
  const date = dateLine ? isoDate(dateLine.trim().slice(1, -1)) : null;
  const fixes = new Map<string, string | null>();
  const titles = new Map<string, string>();
  const headings: Array<{ cve: string; at: number }> = [];
  for (let i = 0; i < lines.length - 1; i++) {
    // "CVE-2024-27351: Potential …", or "Patched bundled jQuery for CVE-2019-11358: …".
    if (!/^[=\-~^]{3,}\s*$/.test(lines[i + 1])) continue;
    for (const cve of lines[i].match(/\bCVE-\d{4}-\d+\b/g) ?? []) {
      headings.push({ cve, at: i });
      titles.set(cve, plainText(lines[i].replace(/^.*\bCVE-\d{4}-\d+\b\s*:\s*/, '')));
    }
  }
  headings.forEach(({ cve, at }, index) => {
    const end = headings[index + 1]?.at ?? lines.length;
    const section = lines.slice(at + 2, end).join(' ');
    const stated = /This issue has\s+severity\s+"(\w+)"/i.exec(section);
    fixes.set(cve, stated ? stated[1].toLowerCase() : null);
  });
  // "fixes a security issue with severity "moderate"": the intro names one severity for all.
  const intro = lines.slice(0, headings[0]?.at ?? 0).join(' ');
  const stated = [...new Set([...intro.matchAll(severityPhrase)].map((m) => m[1].toLowerCase()))];
  if (stated.length === 1) for (const [cve, severity] of fixes) if (severity === null) fixes.set(cve, stated[0]);
  return { version, date, fixes, titles };
}

/** Every X.Y.Z (and X.Y) release note in a docs/releases folder. */
export function readReleaseNotes(dir: string): ReleaseNote[] {
  return fs
    .readdirSync(dir)
    .map((name) => /^(\d+\.\d+(?:\.\d+)?)\.txt$/.exec(name)?.[1])
    .filter((v): v is string => Boolean(v))
    .map((version) => parseReleaseNote(version, fs.readFileSync(path.join(dir, `${version}.txt`), 'utf8')))
    .sort((a, b) => comparePep440(a.version, b.version));
}

export interface OsvRecord {
  id: string;
  aliases: string[];
  summary: string;
  published: string;
  modified: string;
  withdrawn: string | null;
  severity: AdvisorySeverity | null;
  affected: Array<{ name: string; ranges: AdvisoryRange[]; versions: string[] }>;
}

/** CVSS 3.x base score (FIRST's specification, section 7.1), e.g. 9.8 for AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H. */
export function cvss3BaseScore(vector: string): number | null {
  const metrics = Object.fromEntries(vector.split('/').slice(1).map((part) => part.split(':')));
  if (!/^CVSS:3\.[01]$/.test(vector.split('/')[0])) return null;
  const changed = metrics.S === 'C';
  const weights = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    PR: changed ? { N: 0.85, L: 0.68, H: 0.5 } : { N: 0.85, L: 0.62, H: 0.27 },
    UI: { N: 0.85, R: 0.62 },
    CIA: { H: 0.56, L: 0.22, N: 0 },
  } as const;
  const pick = (table: Record<string, number>, key: string) => table[metrics[key]];
  const values = [pick(weights.AV, 'AV'), pick(weights.AC, 'AC'), pick(weights.PR, 'PR'), pick(weights.UI, 'UI'), pick(weights.CIA, 'C'), pick(weights.CIA, 'I'), pick(weights.CIA, 'A')];
  if (values.some((v) => v === undefined) || !['U', 'C'].includes(metrics.S)) return null;
  const [av, ac, pr, ui, c, i, a] = values;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  // Round up to one decimal as the specification's Roundup (integer arithmetic avoids 4.000000001 → 4.1).
  const roundUp = (x: number) => {
    const int = Math.round(x * 100000);
    return int % 10000 === 0 ? int / 100000 : (Math.floor(int / 10000) + 1) / 10;
  };
  return roundUp(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10));
}

/** The qualitative rating of a CVSS 3 score (none, low, medium, high, critical). */
export function cvssRating(score: number): string {
  return score === 0 ? 'none' : score < 4 ? 'low' : score < 7 ? 'medium' : score < 9 ? 'high' : 'critical';
}

/** OSV ECOSYSTEM events as [introduced, fixed) ranges, following the OSV evaluation order (events sorted by version). */
export function rangesFromEvents(events: Array<Record<string, string>>): AdvisoryRange[] {
  const key = (e: Record<string, string>) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
  const sorted = events.filter((e) => key(e) === '0' || isPep440(key(e))).sort((a, b) => (key(a) === '0' ? -1 : key(b) === '0' ? 1 : comparePep440(key(a), key(b))));
  const ranges: AdvisoryRange[] = [];
  let open: string | null = null;
  for (const event of sorted) {
    if (event.introduced !== undefined) {
      if (open === null) open = event.introduced;
    } else if (open !== null && (event.fixed !== undefined || event.last_affected !== undefined)) {
      ranges.push(event.fixed !== undefined ? { introduced: open, fixed: event.fixed } : { introduced: open, fixed: null, lastAffected: event.last_affected });
      open = null;
    }
  }
  if (open !== null) ranges.push({ introduced: open, fixed: null });
  return ranges;
}

/** The opening sentences of an OSV `details` (up to ~240 characters), without a leading "X is a library for …". */
export function firstSentences(text: string, max = 240): string {
  const sentences = text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+(?=[A-Z`"'(])/);
  if (sentences.length > 1 && /^[\w.-]+ (is|are) (a|an|the) /i.test(sentences[0])) sentences.shift();
  let out = '';
  for (const sentence of sentences) {
    if (out && out.length + sentence.length + 1 > max) break;
    out = out ? `${out} ${sentence}` : sentence;
  }
  return out.length <= max + 80 ? out : `${out.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

const isoDay = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? '')).slice(0, 10);

export function parseOsvRecord(text: string): OsvRecord {
  const doc = parseYaml(text) as Record<string, any>;
  const severity = (doc.severity ?? []).find((s: { type: string }) => s.type === 'CVSS_V3');
  const score = severity ? cvss3BaseScore(severity.score) : null;
  return {
    id: String(doc.id),
    aliases: (doc.aliases ?? []).map(String),
    summary: firstSentences(String(doc.summary ?? doc.details ?? '')),
    published: isoDay(doc.published),
    modified: isoDay(doc.modified),
    withdrawn: doc.withdrawn ? isoDay(doc.withdrawn) : null,
    severity: severity && score !== null ? { level: cvssRating(score), score, vector: severity.score } : null,
    affected: (doc.affected ?? []).map((entry: Record<string, any>) => ({
      name: normalizeName(String(entry.package?.name ?? '')),
      ranges: (entry.ranges ?? []).filter((r: { type: string }) => r.type === 'ECOSYSTEM').flatMap((r: { events: Array<Record<string, string>> }) => rangesFromEvents(r.events.map((e) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, String(v)]))))),
      versions: (entry.versions ?? []).map(String),
    })),
  };
}

/** Every record under `<dir>/<package>/*.yaml` (the layout of the PyPA database's `vulns` folder). */
export function readOsvDatabase(dir: string): OsvRecord[] {
  const records: OsvRecord[] = [];
  for (const pkg of fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const file of fs.readdirSync(path.join(dir, pkg)).filter((f) => /\.(ya?ml)$/.test(f)).sort()) {
      records.push(parseOsvRecord(fs.readFileSync(path.join(dir, pkg, file), 'utf8')));
    }
  }
  return records;
}

/** The lowest version of a series, pre-releases included ("3.2" → "3.2.dev0"). */
const seriesFloor = (series: string) => `${series}.dev0`;

const byVersion = (a: string, b: string) => comparePep440(a, b);

/** The records of one OSV package, as snapshot records (ranges as OSV gives them). */
export function fromOsv(record: OsvRecord, pkg: string): AdvisoryRecord | null {
  const affected = record.affected.filter((a) => a.name === pkg);
  const ranges = affected.flatMap((a) => a.ranges);
  // A record without ECOSYSTEM ranges only lists the affected releases.
  const versions = ranges.length ? [] : affected.flatMap((a) => a.versions).filter(isPep440).sort(byVersion);
  if (record.withdrawn || (!ranges.length && !versions.length)) return null;
  return {
    id: record.id,
    aliases: [...record.aliases].sort(),
    summary: record.summary,
    published: record.published,
    ...(record.severity ? { severity: record.severity } : {}),
    ranges,
    ...(versions.length ? { versions } : {}),
    source: 'osv',
  };
}

export interface DjangoMerge {
  records: AdvisoryRecord[];
  /** What the generator prints: where the sources disagreed and which one was followed. */
  notes: string[];
}

/**
 * Django's records: one per issue of the archive (and per OSV record the archive lacks). The fixed
 * release in each series comes from, in order: the patch release whose notes have a section for
 * the CVE; the OSV record; the patch release of a listed series published on the disclosure day;
 * and, for a series still in pre-release then, its first final release.
 */
export function mergeDjango(archive: ArchiveEntry[], notes: ReleaseNote[], osv: OsvRecord[]): DjangoMerge {
  const log: string[] = [];
  const osvByCve = new Map<string, OsvRecord>();
  for (const record of osv) for (const alias of record.aliases) if (alias.startsWith('CVE-')) osvByCve.set(alias, record);
  const fixesByCve = new Map<string, Map<string, string>>();
  const severityByCve = new Map<string, string>();
  for (const note of notes) {
    for (const [cve, severity] of note.fixes) {
      const series = seriesOf(note.version)!;
      const fixes = fixesByCve.get(cve) ?? new Map<string, string>();
      // Later notes of a series may mention the CVE again (a regression in its fix): the first one fixed it.
      if (!fixes.has(series) || comparePep440(note.version, fixes.get(series)!) < 0) fixes.set(series, note.version);
      fixesByCve.set(cve, fixes);
      if (severity && !severityByCve.has(cve)) severityByCve.set(cve, severity);
    }
  }
  const patchReleases = notes.filter((n) => /^\d+\.\d+\.\d+$/.test(n.version));
  // The archive in an sdist can lag its own release notes: an issue only the notes name is dated by its first release.
  const archived = new Set(archive.map((e) => e.cve));
  const fromNotesOnly: ArchiveEntry[] = [];
  for (const [cve] of fixesByCve) {
    if (archived.has(cve)) continue;
    const first = notes.filter((n) => n.fixes.has(cve) && n.date).sort((a, b) => a.date!.localeCompare(b.date!))[0];
    if (!first) continue;
    fromNotesOnly.push({ cve, date: first.date!, summary: `${first.titles.get(cve) ?? ''}.`.replace(/\.\.$/, '.'), series: [] });
    log.push(`${cve}: in the release notes (${first.version}, ${first.date}) but not yet in the security archive`);
  }
  const records: AdvisoryRecord[] = [];
  const used = new Set<string>();
  for (const entry of [...fromNotesOnly, ...archive]) {
    if (!entry.cve) continue;
    const record = osvByCve.get(entry.cve);
    if (record) used.add(record.id);
    const fixes = new Map(fixesByCve.get(entry.cve) ?? []);
    const fromNotes = new Set(fixes.keys());
    const osvRanges = record ? (fromOsv(record, 'django')?.ranges ?? []) : [];
    for (const range of osvRanges) {
      if (!range.fixed) continue;
      const series = seriesOf(range.fixed)!;
      if (!fixes.has(series)) fixes.set(series, range.fixed);
      else if (fromNotes.has(series) && fixes.get(series) !== range.fixed) log.push(`${entry.cve}: Django ${series} fixed in ${fixes.get(series)} (release notes); the OSV record ${record!.id} says ${range.fixed}`);
    }
    for (const series of entry.series) {
      if (fixes.has(series)) continue;
      const sameDay = patchReleases.find((n) => seriesOf(n.version) === series && n.date === entry.date);
      const final = notes.find((n) => n.version === series);
      if (sameDay) fixes.set(series, sameDay.version);
      else if (final?.date && final.date >= entry.date) fixes.set(series, series);
      else log.push(`${entry.cve}: no fixed release found for Django ${series}`);
    }
    const fixed = [...fixes.values()].sort(byVersion);
    const ranges: AdvisoryRange[] = fixed.map((version) => ({ introduced: seriesFloor(seriesOf(version)!), fixed: version }));
    // OSV's "introduced: 0" says the series below its lowest listed fix are affected too.
    if (ranges.length && osvRanges.some((r) => r.introduced === '0')) ranges[0] = { introduced: '0', fixed: ranges[0].fixed };
    const severity = severityByCve.get(entry.cve);
    records.push({
      id: record?.id ?? entry.cve,
      aliases: record ? [...new Set([...record.aliases, ...(record.id === entry.cve ? [] : [entry.cve])])].sort() : [],
      summary: entry.summary,
      published: entry.date,
      ...(severity ? { severity: { level: severity, source: 'Django security policy' } } : record?.severity ? { severity: record.severity } : {}),
      ranges,
      source: record ? 'osv+django' : 'django',
    });
  }
  for (const record of osv) {
    if (used.has(record.id)) continue;
    const converted = fromOsv(record, 'django');
    if (converted) {
      records.push(converted);
      log.push(`${record.id} (${record.aliases.join(', ')}): not in Django's archive; kept as OSV gives it`);
    }
  }
  records.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  return { records, notes: log };
}

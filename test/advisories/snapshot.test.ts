// The advisory snapshot against its sources: regenerating it from the shared OSV records and the
// Django sdist it names gives the shipped file; and, independently of the merge, the advisories
// that affect each Django patch release are the CVEs fixed by the later patch releases of its
// series (the sections of their release notes). The sdist is downloaded once into .cache/pypi/sdist.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { advisorySnapshot, checkPin, unsupportedDjangoSeries } from '../../server/src/audit/advisories';
import { comparePep440, seriesOf } from '../../server/src/audit/advisory-versions';
import { buildSnapshot, downloadDjangoSdist, extractReleaseDocs, sharedAdvisoriesDir } from '../../scripts/advisories';
import { readReleaseNotes } from '../../scripts/advisories-sources';

const repoRoot = path.resolve(__dirname, '..', '..');
const shared = sharedAdvisoriesDir();

let docs: { dir: string; version: string } | null = null;
function releaseDocs(): { dir: string; version: string } {
  if (docs) return docs;
  const dir = path.join(repoRoot, '.cache', 'pypi', 'sdist');
  const cached = path.join(dir, `django-${advisorySnapshot.djangoRelease}.tar.gz`);
  const sdist = fs.existsSync(cached) ? cached : downloadDjangoSdist(advisorySnapshot.djangoRelease, dir);
  docs = extractReleaseDocs(sdist);
  return docs;
}

test('the shipped snapshot is what the generator makes from its sources', { skip: shared ? false : 'no shared/reference/advisories beside the checkout' }, (t) => {
  const { dir, version } = releaseDocs();
  assert.equal(version, advisorySnapshot.djangoRelease);
  const { snapshot, notes } = buildSnapshot({ osvDir: path.join(shared!, 'pypa-osv'), releasesDir: dir, djangoVersion: version, generated: advisorySnapshot.generated });
  assert.deepEqual(snapshot, advisorySnapshot, 'run `npx tsx scripts/advisories.ts --django <version>`');
  for (const note of notes) t.diagnostic(note);
  // The credit CC-BY asks for travels with the data.
  assert.match(snapshot.sources.find((s) => s.licence === 'CC-BY-4.0')!.credit, /PyPA Advisory Database .*CC BY 4\.0/);
});

test('the advisories affecting each Django patch release are the CVEs its series fixed later', (t) => {
  const notes = readReleaseNotes(releaseDocs().dir);
  const asOf = '2099-01-01';
  let checked = 0;
  for (const note of notes) {
    const series = seriesOf(note.version)!;
    // Release notes name their CVEs in section headings from 1.11 on.
    if (comparePep440(series, '1.11') < 0) continue;
    const later = notes.filter((n) => seriesOf(n.version) === series && comparePep440(n.version, note.version) > 0);
    const expected = [...new Set(later.flatMap((n) => [...n.fixes.keys()]))].sort();
    const pin = checkPin('Django', note.version, asOf);
    const cve = (r: { id: string; aliases: string[] }) => [r.id, ...r.aliases].find((id) => id.startsWith('CVE-'))!;
    // OSV's "introduced: 0" also claims releases below the lowest series Django listed.
    const claimedBelow = (r: (typeof pin.advisories)[number]) => r.source !== 'django' && r.ranges[0].introduced === '0' && comparePep440(note.version, r.ranges[0].fixed!) < 0 && seriesOf(r.ranges[0].fixed!) !== series;
    const found = pin.advisories.filter((r) => !claimedBelow(r)).map(cve).sort();
    assert.deepEqual(found, expected, `Django ${note.version}`);
    if (expected.length) assert.equal(pin.seriesFix?.version, later.filter((n) => n.fixes.size).pop()!.version, `Django ${note.version}: the last security release of ${series}`);
    checked++;
  }
  assert.ok(checked > 250, `${checked} releases`);
  t.diagnostic(`${checked} Django releases from 1.11 on`);
});

test('"3.2.4: 21 published vulnerabilities; 3.2.25 fixes them", and what 1.11 has missed', () => {
  const pin = checkPin('Django', '3.2.4', '2024-03-05');
  assert.equal(pin.advisories.length, 21);
  assert.deepEqual([pin.seriesFix, pin.fixedBy, pin.unsupported], [{ version: '3.2.25', clears: 21 }, '3.2.25', null]);
  // Issues Django disclosed after 1.11's end of support: the archive's, and those only newer release notes name yet.
  const { dir } = releaseDocs();
  const disclosed = new Map<string, string>();
  const archive = fs.readFileSync(path.join(dir, 'security.txt'), 'utf8');
  for (const m of archive.matchAll(/^([A-Z][a-z]+ \d{1,2}, \d{4}) - :cve:`(\d{4}-\d+)`/gm)) disclosed.set(`CVE-${m[2]}`, new Date(`${m[1]} UTC`).toISOString().slice(0, 10));
  for (const note of readReleaseNotes(dir)) for (const cve of note.fixes.keys()) if (!disclosed.has(cve) && note.date) disclosed.set(cve, note.date);
  const asOf = '2026-12-06';
  const unsupported = unsupportedDjangoSeries('1.11.29', asOf)!;
  assert.deepEqual([unsupported.series, unsupported.since], ['1.11', '2020-04-01']);
  assert.equal(unsupported.disclosedSince, [...disclosed.values()].filter((d) => d > '2020-04-01' && d <= asOf).length);
  assert.ok(unsupported.disclosedSince > 80);
  assert.equal(unsupportedDjangoSeries('5.2.19', asOf), null, '5.2 is supported');
});

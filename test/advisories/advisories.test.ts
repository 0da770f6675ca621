// The advisory checks: ranges, the release that clears a pin, the messages, the quick fix's target;
// the source parsers on real texts; lock files; the audit's "Known vulnerabilities" section.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { bumpTargets, checkPin, isAffected, lowestClearing, pinMessage, seriesFix, worstSeverity } from '../../server/src/audit/advisories';
import type { AdvisoryRecord } from '../../server/src/audit/advisory-data';
import { packagesOfPipfileLock, packagesOfTomlLock } from '../../server/src/audit/locked-packages';
import { carriesHashes, versionSpan } from '../../server/src/language-server/dependency-files';
import { auditVulnerabilities, exactPins } from '../../server/src/audit/vulnerabilities';
import { cvss3BaseScore, cvssRating, parseReleaseNote, parseSecurityArchive, rangesFromEvents } from '../../scripts/advisories-sources';
import { sharedAdvisoriesDir } from '../../scripts/advisories';

const record = (ranges: AdvisoryRecord['ranges'], extra: Partial<AdvisoryRecord> = {}): AdvisoryRecord => ({ id: 'X-1', aliases: [], summary: '', published: '2024-01-01', ranges, source: 'osv', ...extra });

test('a version is affected inside [introduced, fixed), by "0", by last_affected and by a listed version', () => {
  const r = record([{ introduced: '0', fixed: '2.2.24' }, { introduced: '3.1.dev0', fixed: '3.1.12' }, { introduced: '3.2.dev0', fixed: '3.2.4' }]);
  const cases: Array<[string, boolean]> = [
    ['1.11.29', true], ['2.2.23', true], ['2.2.24', false], ['3.0.14', false], ['3.1', true], ['3.1rc1', true], ['3.1.12', false], ['3.2a1', true], ['3.2.3', true], ['3.2.4', false], ['3.2.25', false], ['latest', false],
  ];
  for (const [version, affected] of cases) assert.equal(isAffected(r, version), affected, version);
  assert.ok(isAffected(record([{ introduced: '1.0', fixed: null, lastAffected: '1.4' }]), '1.4'));
  assert.ok(!isAffected(record([{ introduced: '1.0', fixed: null, lastAffected: '1.4' }]), '1.4.1'));
  assert.ok(isAffected(record([{ introduced: '1.0', fixed: null }]), '99'));
  assert.ok(isAffected(record([], { versions: ['0.6a1', '1.0'] }), '1.0.0'));
});

test('the release that clears a pin, and the patch release of its series', () => {
  const a = record([{ introduced: '3.2.dev0', fixed: '3.2.20' }, { introduced: '4.2.dev0', fixed: '4.2.3' }]);
  const b = record([{ introduced: '3.2.dev0', fixed: '3.2.25' }, { introduced: '4.2.dev0', fixed: '4.2.11' }]);
  const c = record([{ introduced: '0', fixed: '4.2.15' }]);
  assert.equal(lowestClearing([a, b], '3.2.4'), '3.2.25');
  assert.deepEqual(seriesFix([a, b], '3.2.4'), { version: '3.2.25', clears: 2 });
  // c has no 3.2 fix: the series' last patch release clears two of three, 4.2.15 all.
  assert.equal(lowestClearing([a, b, c], '3.2.4'), '4.2.15');
  assert.deepEqual(seriesFix([a, b, c], '3.2.4'), { version: '3.2.25', clears: 2 });
  assert.equal(lowestClearing([record([{ introduced: '0', fixed: null }])], '1.0'), null);
  assert.equal(lowestClearing([], '1.0'), null);
});

test('messages and quick-fix targets on real pins', () => {
  const at = '2024-03-05'; // 3.2 still supported: no "no security fixes since" part
  const django = checkPin('Django', '3.2.4', at);
  assert.equal(pinMessage(django), 'Django 3.2.4: 21 published vulnerabilities; 3.2.25 fixes them');
  assert.deepEqual(bumpTargets(django), ['3.2.25']);
  assert.equal(worstSeverity(django), 'error', 'CVE-2022-28346 and others are rated high');
  const old = checkPin('Django', '1.11.29', '2026-12-06');
  assert.match(pinMessage(old), /^Django 1\.11\.29: 1 published vulnerability; 2\.2\.24 fixes it; 1\.11 has had no security fixes since April 2020; \d+ issues disclosed since then$/);
  assert.deepEqual(bumpTargets(old), [], 'another feature release is an upgrade, not a pin bump');
  const current = checkPin('Django', '2.2.28', '2026-12-06');
  assert.match(pinMessage(current), /^Django 2\.2\.28: 2\.2 has had no security fixes since April 2022; \d+ issues disclosed since then$/);
  assert.equal(current.advisories.length, 0);
  // A library: the release that clears everything first, its own series' patch release second.
  const pillow = checkPin('Pillow', '8.1.0', '2024-10-10');
  assert.match(pinMessage(pillow), /^Pillow 8\.1\.0: \d+ published vulnerabilities; 8\.1\.\d+ fixes \d+, 10\.0\.1 all of them$/);
  assert.deepEqual(bumpTargets(pillow)[0], '10.0.1');
  assert.equal(bumpTargets(pillow).length, 2);
  const drf = checkPin('djangorestframework', '3.9.4', '2024-10-10');
  assert.equal(pinMessage(drf), 'djangorestframework 3.9.4: 1 published vulnerability; 3.11.2 fixes it');
  assert.deepEqual(drf.advisories[0].aliases, ['CVE-2020-25626', 'GHSA-fx83-3ph3-9j2q']);
  // Names are matched as PyPI normalises them; what the data does not know has nothing.
  assert.equal(checkPin('Django_Filter', '2.1.0', '2024-10-10').advisories.length, 1);
  assert.equal(checkPin('some-private-package', '1.0', '2024-10-10').advisories.length, 0);
  // Nothing disclosed after the report's date is listed: 3.2 on 2021-06-01 had the May issues, not June's.
  assert.deepEqual(checkPin('Django', '3.2', '2021-06-01').advisories.map((r) => r.aliases[0]), ['CVE-2021-32052', 'CVE-2021-31542']);
});

test('CVSS 3.x base scores (FIRST calculator values)', () => {
  const cases: Array<[string, number]> = [
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N', 8.1],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H', 5.9],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
  ];
  for (const [vector, score] of cases) assert.equal(cvss3BaseScore(vector), score, vector);
  assert.equal(cvss3BaseScore('CVSS:2.0/AV:N'), null);
  assert.deepEqual([9.8, 7.5, 5.3, 2.1, 0].map(cvssRating), ['critical', 'high', 'medium', 'low', 'none']);
});

test('OSV events become ranges in version order', () => {
  // PYSEC-2024-70 lists 5.0's pair before 4.2's.
  assert.deepEqual(rangesFromEvents([{ introduced: '5.0' }, { fixed: '5.0.8' }, { introduced: '4.2' }, { fixed: '4.2.15' }]), [
    { introduced: '4.2', fixed: '4.2.15' },
    { introduced: '5.0', fixed: '5.0.8' },
  ]);
  assert.deepEqual(rangesFromEvents([{ introduced: '0' }, { last_affected: '1.4' }]), [{ introduced: '0', fixed: null, lastAffected: '1.4' }]);
  assert.deepEqual(rangesFromEvents([{ introduced: '2.0' }]), [{ introduced: '2.0', fixed: null }]);
});

test("Django's security archive and release notes, on the shared copy", { skip: sharedAdvisoriesDir() ? false : 'no shared reference folder' }, () => {
  const text = fs.readFileSync(path.join(sharedAdvisoriesDir()!, 'django-security-archive.txt'), 'utf8');
  const entries = parseSecurityArchive(text);
  assert.equal(entries.length, (text.match(/^[A-Z][a-z]+ \d{1,2}, \d{4} - /gm) ?? []).length);
  const truncator = entries.find((e) => e.cve === 'CVE-2024-27351')!;
  assert.deepEqual(truncator, {
    cve: 'CVE-2024-27351',
    date: '2024-03-04',
    summary: 'Potential regular expression denial-of-service in `django.utils.text.Truncator.words()`.',
    series: ['5.0', '4.2', '3.2'],
  });
  assert.equal(entries.filter((e) => e.cve === null).length, 3, 'the three "No CVE" hardening notices');
  assert.ok(entries.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.summary.length > 10 && !/Full description/.test(e.summary)));
});

test('a release note: its date, CVE sections and their severity', () => {
  const note = parseReleaseNote('4.2.99', [
    '============================', 'Django 4.2.99 release notes', '============================', '', '*March 4, 2024*', '',
    'Django 4.2.99 fixes one security issue with severity "high" and one with severity "low" in 4.2.98.', '',
    'CVE-2099-0001: Potential SQL injection in ``QuerySet.x()``', '=========================================================', '',
    'Text.', '', 'This issue has severity "high" according to the :ref:`Django security policy', '<severity-levels>`.', '',
    'Patched bundled jQuery for CVE-2099-0002: Prototype pollution', '==============================================', '',
    'Bugfixes', '========', '', '* Fixed CVE-2001-1111 regression.',
  ].join('\n'));
  assert.equal(note.date, '2024-03-04');
  assert.deepEqual([...note.fixes], [['CVE-2099-0001', 'high'], ['CVE-2099-0002', null]]);
  assert.equal(note.titles.get('CVE-2099-0001'), 'Potential SQL injection in `QuerySet.x()`');
});

test('lock files: every locked release with the line of its version', () => {
  const poetry = ['[[package]]', 'name = "django"', 'version = "3.2.4"', 'description = "…"', '', '[package.dependencies]', 'asgiref = ">=3.3.2"', '', '[[package]]', 'name = "Pillow"', 'version = "8.1.0"', '', '[metadata]', 'lock-version = "2.0"'].join('\n');
  assert.deepEqual(packagesOfTomlLock(poetry, 'poetry.lock'), [
    { name: 'django', pinned: '3.2.4', exact: true, file: 'poetry.lock', line: 3, column: 12, endColumn: 17 },
    { name: 'Pillow', pinned: '8.1.0', exact: true, file: 'poetry.lock', line: 11, column: 12, endColumn: 17 },
  ]);
  const pipfile = JSON.stringify({ _meta: { hash: {} }, default: { django: { hashes: ['sha256:x'], index: 'pypi', version: '==2.2.10' } }, develop: { pytest: { version: '==7.0.0' }, editable: { path: '.' } } }, null, 4);
  const locked = packagesOfPipfileLock(pipfile, 'Pipfile.lock');
  assert.deepEqual(locked.map((p) => [p.name, p.pinned, p.line]), [['django', '2.2.10', 11], ['pytest', '7.0.0', 16]]);
  assert.equal(pipfile.split('\n')[10].slice(locked[0].column - 1, locked[0].endColumn - 1), '==2.2.10');
  assert.deepEqual(packagesOfPipfileLock('{not json', 'Pipfile.lock'), []);
});

test('the audit section: exact pins and lock files checked, ranges named, one finding per pinned line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulns-'));
  fs.writeFileSync(path.join(dir, 'requirements.txt'), 'Django==3.2.4  # pinned\ndjango-filter>=2.0\nrequests==2.31.0\n');
  fs.writeFileSync(path.join(dir, 'poetry.lock'), '[[package]]\nname = "django-filter"\nversion = "2.1.0"\n');
  assert.deepEqual(exactPins(dir).map((p) => `${p.name} ${p.pinned} ${p.file}:${p.line}`), ['Django 3.2.4 requirements.txt:1', 'requests 2.31.0 requirements.txt:3', 'django-filter 2.1.0 poetry.lock:3']);
  const { section, findings } = auditVulnerabilities(dir, '2024-03-05', (f) => f);
  assert.equal(section.checked, 3);
  assert.deepEqual(section.notExact, []);
  assert.deepEqual(section.packages.map((p) => [p.name, p.version, p.advisories.length, p.fixedBy, p.bumpTo]), [
    ['Django', '3.2.4', 21, '3.2.25', '3.2.25'],
    ['django-filter', '2.1.0', 1, '2.4.0', '2.4.0'],
  ]);
  const filter = section.packages[1].advisories[0];
  assert.deepEqual([filter.id, filter.aliases, filter.fixedIn], ['PYSEC-2021-64', ['CVE-2020-15225', 'GHSA-x7gm-rfgv-w973'], ['2.4.0']]);
  assert.deepEqual(findings.map((f) => [f.path, f.line, f.column, f.endColumn, f.rule, f.message]), [
    ['requirements.txt', 1, 1, 14, 'known-vulnerabilities', 'Django 3.2.4: 21 published vulnerabilities; 3.2.25 fixes them'],
    ['poetry.lock', 3, 12, 17, 'known-vulnerabilities', 'django-filter 2.1.0: 1 published vulnerability; 2.4.0 fixes it'],
  ]);
  assert.match(section.snapshot.sources.map((s) => s.credit).join(' '), /CC BY 4\.0/);
});

test('the written version of a pin, and pins that carry hashes', () => {
  const span = (line: string, pinned: string, column = 1) => {
    const found = versionSpan(line, { pinned, column, endColumn: line.length + 1 });
    return found && line.slice(found.start, found.end);
  };
  assert.equal(span('Django==3.2.4  # site', '3.2.4'), '3.2.4');
  assert.equal(span('django-debug-toolbar == 1.11', '1.11'), '1.11');
  assert.equal(span('  "Django==3.2.4",', '3.2.4', 3), '3.2.4');
  assert.equal(span('version = "3.2.4"', '3.2.4'), '3.2.4');
  assert.equal(span('foo==1.1.1', '1.1'), null, 'not a prefix of another version');
  const lines = ['Django==3.2.4 \\', '    --hash=sha256:aa \\', '    --hash=sha256:bb', 'Pillow==8.1.0', 'requests==2.0 --hash=sha256:cc'];
  assert.deepEqual([0, 3, 4].map((i) => carriesHashes(lines, i)), [true, false, true]);
});

// Writes the advisory snapshot the audit ships with (server/src/audit/advisories-data.json):
//
//   npx tsx scripts/advisories.ts                    # newest Django sdist from PyPI, ../shared OSV records
//   npx tsx scripts/advisories.ts --django 6.1.3     # a given Django release
//   npx tsx scripts/advisories.ts --sdist FILE.tar.gz --osv DIR --out FILE --date YYYY-MM-DD
//
// Sources: the OSV records of the PyPA advisory database (CC-BY 4.0) for Django and the packages
// of a Django stack, and Django's security archive and patch-release notes from the docs inside a
// Django sdist (pip downloads it; nothing is built or imported). Run it again to bring the Django
// part up to date; the OSV part is as new as the records in --osv.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AdvisoryRecord, AdvisorySnapshot } from '../server/src/audit/advisory-data';
import { fromOsv, mergeDjango, parseSecurityArchive, readOsvDatabase, readReleaseNotes } from './advisories-sources';

const root = path.resolve(__dirname, '..');

/** The team's shared reference folder: beside the checkout (CI) or beside a worktree's parent. */
export function sharedAdvisoriesDir(): string | null {
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'reference', 'advisories');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** Downloads the Django sdist (newest, or `version`) into .cache/pypi/sdist and returns its path. */
export function downloadDjangoSdist(version: string | undefined, dir = path.join(root, '.cache', 'pypi', 'sdist')): string {
  fs.mkdirSync(dir, { recursive: true });
  const before = new Set(fs.readdirSync(dir));
  const spec = version ? `django==${version}` : 'django';
  // --ignore-requires-python: the newest Django may need a newer Python than the one running pip.
  const result = spawnSync('python3', ['-m', 'pip', 'download', '--quiet', '--disable-pip-version-check', '--no-deps', '--no-binary', ':all:', '--ignore-requires-python', '-d', dir, spec], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pip download ${spec} failed:\n${result.stderr}`);
  const wanted = version ? new RegExp(`^[Dd]jango-${version.replace(/\./g, '\\.')}\\.tar\\.gz$`) : /^[Dd]jango-[\d.]+\.tar\.gz$/;
  const candidates = fs.readdirSync(dir).filter((name) => wanted.test(name));
  const fresh = candidates.filter((name) => !before.has(name));
  const pick = (fresh.length ? fresh : candidates).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).pop();
  if (!pick) throw new Error(`pip download ${spec} left no Django sdist in ${dir}`);
  return path.join(dir, pick);
}

/** Extracts docs/releases/ of a Django sdist into a temporary folder. */
export function extractReleaseDocs(sdist: string): { dir: string; version: string } {
  const version = /[Dd]jango-([\d.]+(?:[a-z]+\d+)?)\.tar\.gz$/.exec(sdist)?.[1];
  if (!version) throw new Error(`not a Django sdist name: ${sdist}`);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'django-docs-'));
  const top = spawnSync('tar', ['-tzf', sdist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout.split('\n')[0].split('/')[0];
  const result = spawnSync('tar', ['-xzf', sdist, '-C', out, `${top}/docs/releases`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tar could not read ${sdist}: ${result.stderr}`);
  return { dir: path.join(out, top, 'docs', 'releases'), version };
}

export function buildSnapshot(options: { osvDir: string; releasesDir: string; djangoVersion: string; generated: string }): { snapshot: AdvisorySnapshot; notes: string[] } {
  const osv = readOsvDatabase(options.osvDir);
  const archive = parseSecurityArchive(fs.readFileSync(path.join(options.releasesDir, 'security.txt'), 'utf8'));
  const releaseNotes = readReleaseNotes(options.releasesDir);
  const django = mergeDjango(
    archive,
    releaseNotes,
    osv.filter((r) => r.affected.some((a) => a.name === 'django')),
  );
  const packages: Record<string, AdvisoryRecord[]> = { django: django.records };
  for (const record of osv) {
    for (const name of new Set(record.affected.map((a) => a.name))) {
      if (name === 'django') continue;
      const converted = fromOsv(record, name);
      if (converted) (packages[name] ??= []).push(converted);
    }
  }
  for (const list of Object.values(packages)) list.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  const osvAsOf = osv.map((r) => r.modified).sort().pop() ?? '';
  // The archive, or newer release notes that name issues the archive does not list yet.
  const archiveAsOf = django.records.filter((r) => r.source !== 'osv').map((r) => r.published).sort().pop() ?? '';
  const snapshot: AdvisorySnapshot = {
    generated: options.generated,
    djangoRelease: options.djangoVersion,
    sources: [
      {
        name: "Django's security archive and release notes",
        asOf: archiveAsOf,
        licence: 'BSD-3-Clause (Django documentation)',
        detail: `docs/releases/security.txt and the patch-release notes of the Django ${options.djangoVersion} sdist from PyPI`,
        credit: 'Django documentation, copyright Django Software Foundation and individual contributors, BSD-3-Clause licence.',
      },
      {
        name: 'PyPA Advisory Database (OSV records)',
        asOf: osvAsOf,
        licence: 'CC-BY-4.0',
        detail: `${osv.length} records for ${new Set(osv.flatMap((r) => r.affected.map((a) => a.name))).size} packages`,
        credit:
          'Contains data from the PyPA Advisory Database (https://github.com/pypa/advisory-database), licensed CC BY 4.0 ' +
          '(https://creativecommons.org/licenses/by/4.0/); changed: version ranges merged with Django\'s release notes, summaries shortened.',
      },
    ],
    packages: Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b))),
  };
  return { snapshot, notes: django.notes };
}

function main(): void {
  const shared = sharedAdvisoriesDir();
  const osvDir = option('--osv') ? path.resolve(option('--osv')!) : shared && path.join(shared, 'pypa-osv');
  if (!osvDir) throw new Error('no shared/reference/advisories folder beside the checkout: give --osv DIR');
  const out = path.resolve(option('--out') ?? path.join(root, 'server', 'src', 'audit', 'advisories-data.json'));
  const sdist = option('--sdist') ? path.resolve(option('--sdist')!) : downloadDjangoSdist(option('--django'));
  const { dir, version } = extractReleaseDocs(sdist);
  try {
    const generated = option('--date') ?? new Date().toISOString().slice(0, 10);
    const { snapshot, notes } = buildSnapshot({ osvDir, releasesDir: dir, djangoVersion: version, generated });
    for (const note of notes) console.error(`note: ${note}`);
    fs.writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
    const counts = Object.entries(snapshot.packages).map(([name, list]) => `${name} ${list.length}`).join(', ');
    console.error(`wrote ${path.relative(process.cwd(), out)}: Django ${version}'s archive (to ${snapshot.sources[0].asOf}) and OSV (to ${snapshot.sources[1].asOf}); ${counts}`);
  } finally {
    fs.rmSync(path.dirname(path.dirname(path.dirname(dir))), { recursive: true, force: true });
  }
}

if (require.main === module) main();

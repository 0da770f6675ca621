// The choices of the `djangoUpgrade.currentVersion` and `djangoUpgrade.targetVersion` settings:
// every Django feature release the rule catalogue knows (server/src/versions/django-version.ts),
// described with its LTS status and end of security support (server/src/audit/support-status.ts).
// `npm run docs` writes them into package.json; test/distribution/manifest.test.ts checks that
// package.json holds what this computes.
//
//   npx tsx scripts/manifest-versions.ts     rewrites package.json's two enums
import * as fs from 'node:fs';
import * as path from 'node:path';
import { djangoSupport } from '../server/src/audit/support-status';
import { djangoReleases, ltsReleases, newestLts } from '../server/src/versions/django-version';

export type VersionSetting = 'djangoUpgrade.currentVersion' | 'djangoUpgrade.targetVersion';

const emptyChoice: Record<VersionSetting, string> = {
  'djangoUpgrade.currentVersion': 'Detect it from the project (requirements files, pyproject.toml, setup.cfg, setup.py, Pipfile, lock files, a virtualenv).',
  'djangoUpgrade.targetVersion': `The newest LTS release (${newestLts}).`,
};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-04-07" or "2026-04" → "April 2026". */
function monthYear(date: string): string {
  const [year, month] = date.split('-');
  return `${months[Number(month) - 1]} ${year}`;
}

/** The setting's `enum` and `enumDescriptions`: "" (its default) first, then the releases, oldest first. */
export function versionChoices(setting: VersionSetting): { enum: string[]; enumDescriptions: string[] } {
  const described = djangoReleases.map((version) => {
    const lts = ltsReleases.includes(version) ? ' LTS' : '';
    const support = djangoSupport[version];
    return `Django ${version}${lts}${support ? `: security fixes until ${monthYear(support.endOfSupport)}` : ''}.`;
  });
  return { enum: ['', ...djangoReleases], enumDescriptions: [emptyChoice[setting], ...described] };
}

export const versionSettings: VersionSetting[] = ['djangoUpgrade.currentVersion', 'djangoUpgrade.targetVersion'];

if (require.main === module) {
  const file = path.resolve(__dirname, '..', 'package.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const setting of versionSettings) Object.assign(manifest.contributes.configuration.properties[setting], versionChoices(setting));
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  console.error('wrote the version choices into package.json');
}

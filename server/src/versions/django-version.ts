// Django feature releases are compared as "X.Y" strings ("1.11", "5.2").

export type DjangoVersion = string;

const versionPattern = /^(\d+)\.(\d+)$/;

export function parseVersion(text: string): [number, number] | null {
  const match = versionPattern.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export function isVersion(text: string): boolean {
  return parseVersion(text) !== null;
}

export function compareVersions(a: DjangoVersion, b: DjangoVersion): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) throw new Error(`not a Django version: ${!pa ? a : b}`);
  return pa[0] - pb[0] || pa[1] - pb[1];
}

export const versionAtLeast = (version: DjangoVersion, floor: DjangoVersion) =>
  compareVersions(version, floor) >= 0;

/** Every Django feature release, oldest first, and the long-term support ones. */
export const djangoReleases: DjangoVersion[] = [
  '1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11',
  '2.0', '2.1', '2.2', '3.0', '3.1', '3.2', '4.0', '4.1', '4.2', '5.0', '5.1', '5.2', '6.0', '6.1',
];
export const ltsReleases: DjangoVersion[] = ['1.4', '1.8', '1.11', '2.2', '3.2', '4.2', '5.2'];

/** The default target: the newest LTS release. */
export const newestLts: DjangoVersion = ltsReleases[ltsReleases.length - 1];

/** "1.11.29" or "1.11" → "1.11"; anything else → null. */
export function featureRelease(text: string): DjangoVersion | null {
  const match = /^\s*(\d+)\.(\d+)/.exec(text);
  return match ? `${Number(match[1])}.${Number(match[2])}` : null;
}

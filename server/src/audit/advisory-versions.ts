// PEP 440 version ordering for the advisory checks: "is 3.2.4 in [3.2, 3.2.25)?". The only place
// the advisory code compares package versions, so that it can move to the project's shared PEP 440
// parser (server/src/versions/) in one edit. Pure; no Node imports.

interface Parsed {
  epoch: number;
  release: number[];
  /** Pre-release: [phase 0=a 1=b 2=rc, number]; null for none. */
  pre: [number, number] | null;
  post: number | null;
  dev: number | null;
  /** Local version segments ("+ubuntu.1"): numbers sort after strings. */
  local: Array<number | string> | null;
}

// PEP 440's normalisation rules: case-insensitive, "alpha"/"c"/"pre"/"preview" spellings, optional
// separators, implicit numbers ("1.0a" is 1.0a0), "1.0-1" as a post-release.
const pattern =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

const phases: Record<string, number> = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 };

export function parsePep440(text: string): Parsed | null {
  const m = pattern.exec(text);
  if (!m) return null;
  return {
    epoch: m[1] ? Number(m[1]) : 0,
    release: m[2].split('.').map(Number),
    pre: m[3] ? [phases[m[3].toLowerCase()], Number(m[4] ?? 0)] : null,
    post: m[5] !== undefined ? Number(m[5]) : m[6] ? Number(m[7] ?? 0) : null,
    dev: m[8] ? Number(m[9] ?? 0) : null,
    local: m[10] ? m[10].toLowerCase().split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : null,
  };
}

export function isPep440(text: string): boolean {
  return parsePep440(text) !== null;
}

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

// The sort key of PEP 440 ("Summary of permitted suffixes and relative ordering"): a dev release
// of a final release sorts before its pre-releases; a pre-release before the final; post after.
function preKey(v: Parsed): [number, number] {
  if (v.pre) return [v.pre[0], v.pre[1]];
  if (v.dev !== null && v.post === null) return [-1, 0]; // 1.0.dev1 < 1.0a1
  return [3, 0]; // final (or post) sorts after every pre-release
}

function compareLocal(a: Parsed['local'], b: Parsed['local']): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0; // a local version sorts after the same public one
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x !== typeof y) return typeof x === 'number' ? 1 : -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Orders two PEP 440 versions (negative, 0, positive). Throws on a string that is not one. */
export function comparePep440(a: string, b: string): number {
  const x = parsePep440(a);
  const y = parsePep440(b);
  if (!x || !y) throw new Error(`not a PEP 440 version: ${!x ? a : b}`);
  if (x.epoch !== y.epoch) return sign(x.epoch - y.epoch);
  for (let i = 0; i < Math.max(x.release.length, y.release.length); i++) {
    const d = (x.release[i] ?? 0) - (y.release[i] ?? 0);
    if (d !== 0) return sign(d);
  }
  const [xp, yp] = [preKey(x), preKey(y)];
  if (xp[0] !== yp[0]) return sign(xp[0] - yp[0]);
  if (xp[1] !== yp[1]) return sign(xp[1] - yp[1]);
  // No post-release sorts before any post-release.
  if ((x.post ?? -1) !== (y.post ?? -1)) return sign((x.post ?? -1) - (y.post ?? -1));
  // No dev-release sorts after any dev-release.
  const devKey = (v: Parsed) => (v.dev === null ? Number.POSITIVE_INFINITY : v.dev);
  if (devKey(x) !== devKey(y)) return devKey(x) < devKey(y) ? -1 : 1;
  return compareLocal(x.local, y.local);
}

/** The release's first two numbers ("3.2.4" → "3.2"): the series Django and many libraries fix within. */
export function seriesOf(version: string): string | null {
  const v = parsePep440(version);
  if (!v) return null;
  return `${v.release[0]}.${v.release[1] ?? 0}`;
}

// PEP 440 version ordering for the advisory checks ("is 3.2.4 in [3.2, 3.2.25)?"), through the
// project's PEP 440 module (server/src/versions/pep440.ts, @renovatebot/pep440). Pure.
import { compareReleases, seriesOf as seriesOfRelease } from '../versions/pep440';

/** "3.2.25" / "2.0rc1" / "4" → "3.2" / "2.0" / "4.0"; null for what is not a PEP 440 version. */
export const seriesOf = seriesOfRelease;

export function isPep440(text: string): boolean {
  return seriesOf(text) !== null;
}

/** Orders two PEP 440 versions (negative, 0, positive). Throws on a string that is not one. */
export function comparePep440(a: string, b: string): number {
  if (!isPep440(a) || !isPep440(b)) throw new Error(`not a PEP 440 version: ${!isPep440(a) ? a : b}`);
  return compareReleases(a, b);
}

// Fills in the placeholders the listing carries until the project has a public repository and a
// Marketplace publisher (CONTRIBUTING.md, "Publishing"):
//
//   npx tsx scripts/set-repository.ts https://github.com/OWNER/REPO [--publisher ID]
//   npx tsx scripts/set-repository.ts https://git.example.org/REPO --files-url URL --raw-url URL [--publisher ID]
//
// The README links files as `<placeholder>/blob/HEAD/<path>` and shows images from
// `<placeholder>/raw/HEAD/<path>` (absolute URLs: the Marketplace and Open VSX show nothing else);
// these become the repository's own file and raw URLs. package.json's repository, bugs and
// homepage follow the repository URL.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const repositoryPlaceholder = 'https://fill-in-public-repository.invalid';
export const publisherPlaceholder = 'fill-in-publisher';
/** The files that carry the repository placeholder (CONTRIBUTING.md only documents it). */
export const filesWithPlaceholders = ['package.json', 'README.md'];

/** The URLs of a repository's files, raw files and issues, for the hosts whose forms are known. */
export interface RepositoryUrls {
  base: string;
  files: string;
  raw: string;
  issues: string;
}

export function repositoryUrls(repository: string, overrides: { files?: string; raw?: string } = {}): RepositoryUrls {
  const base = repository.replace(/\/+$/, '').replace(/\.git$/, '');
  const host = new URL(base).hostname;
  const known = host === 'github.com' ? { files: `${base}/blob/HEAD`, raw: `${base}/raw/HEAD`, issues: `${base}/issues` }
    : host === 'gitlab.com' ? { files: `${base}/-/blob/HEAD`, raw: `${base}/-/raw/HEAD`, issues: `${base}/-/issues` }
    : undefined;
  const files = overrides.files ?? known?.files;
  const raw = overrides.raw ?? known?.raw;
  if (!files || !raw) throw new Error(`unknown host ${host}: pass --files-url and --raw-url (the URL prefixes of a file's page and of its raw bytes)`);
  return { base, files: files.replace(/\/+$/, ''), raw: raw.replace(/\/+$/, ''), issues: known?.issues ?? `${base}/issues` };
}

/** Rewrites the placeholders under `root`; returns the files it changed. */
export function setRepository(
  root: string,
  repository: string,
  { publisher, filesUrl, rawUrl }: { publisher?: string; filesUrl?: string; rawUrl?: string } = {},
): { changed: string[]; left: string[] } {
  const urls = repositoryUrls(repository, { files: filesUrl, raw: rawUrl });
  const changed: string[] = [];
  const readme = path.join(root, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const rewritten = text
    .split(`${repositoryPlaceholder}/raw/HEAD/`).join(`${urls.raw}/`)
    .split(`${repositoryPlaceholder}/blob/HEAD/`).join(`${urls.files}/`)
    .split(repositoryPlaceholder).join(urls.base);
  if (rewritten !== text) {
    fs.writeFileSync(readme, rewritten);
    changed.push('README.md');
  }
  const manifestPath = path.join(root, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.repository = { type: 'git', url: urls.base };
  manifest.bugs = { url: urls.issues };
  manifest.homepage = `${urls.base}#readme`;
  if (publisher) manifest.publisher = publisher;
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  changed.push('package.json');
  const left = filesWithPlaceholders.filter((file) => {
    const content = fs.readFileSync(path.join(root, file), 'utf8');
    return content.includes(repositoryPlaceholder) || content.includes(`"publisher": "${publisherPlaceholder}"`);
  });
  return { changed, left };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at === -1) return undefined;
    const [value] = args.splice(at, 2).slice(1);
    if (!value) throw new Error(`${name} needs a value`);
    return value;
  };
  try {
    const publisher = option('--publisher');
    const filesUrl = option('--files-url');
    const rawUrl = option('--raw-url');
    if (args.length !== 1 || !/^https:\/\//.test(args[0])) throw new Error('usage: npx tsx scripts/set-repository.ts https://HOST/OWNER/REPO [--publisher ID] [--files-url URL --raw-url URL]');
    const root = path.resolve(__dirname, '..');
    const { changed, left } = setRepository(root, args[0], { publisher, filesUrl, rawUrl });
    console.log(`updated ${changed.join(', ')}`);
    if (left.length) console.log(`still a placeholder in ${left.join(', ')} (the publisher id: pass --publisher)`);
  } catch (error) {
    console.error(`set-repository: ${(error as Error).message}`);
    process.exit(2);
  }
}

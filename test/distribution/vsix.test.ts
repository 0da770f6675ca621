// The extension package as the Marketplace and Open VSX take it: `npx @vscode/vsce package` with no
// flags (no prompt, no --allow-missing-repository, no --no-rewrite-relative-links), what the .vsix
// holds, the listing fields, a README whose links and images work outside this repository, and
// `ovsx publish` of the same file against a stand-in registry on 127.0.0.1 that applies Open VSX's
// own metadata checks.
import assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { publisherPlaceholder, repositoryPlaceholder, setRepository } from '../../scripts/set-repository';
import { pngSize, repoRoot, run, runOk, stageWorkingTree, tempDir, zipEntries, zipRead } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

describe('the .vsix', () => {
  let stage: string;
  let vsix: string;
  let names: Map<string, { mode: number; size: number }>;

  before(() => {
    stage = stageWorkingTree();
    vsix = path.join(tempDir('vsix'), 'django-upgrade.vsix');
    // stdin closed: a confirmation prompt (say, for a missing repository field) would fail the run.
    const packaged = run('npx', ['--no', '@vscode/vsce', 'package', '-o', vsix], { cwd: stage, env: { ...process.env, CI: 'true' } });
    assert.equal(packaged.code, 0, `vsce package failed:\n${packaged.stdout}\n${packaged.stderr}`);
    assert.doesNotMatch(packaged.stdout + packaged.stderr, /WARNING/i, 'vsce packages without warnings');
    names = new Map(zipEntries(vsix).map((e) => [e.name, e]));
  });

  test('the `vscode:prepublish` script built the bundles it ships', () => {
    for (const bundle of ['client.js', 'server.js', 'scan-worker.js', 'check-worker.js', 'fix-all-worker.js', 'cli.js']) {
      assert.ok(fs.existsSync(path.join(stage, 'dist', bundle)), bundle);
      assert.ok(names.has(`extension/dist/${bundle}`), bundle);
    }
  });

  test('it holds what the extension runs and nothing of the sources, tests or source maps', () => {
    const wanted = [
      'extension/package.json',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
      'extension/images/icon.png',
      'extension/dist/tree-sitter.wasm',
      'extension/dist/tree-sitter-python.wasm',
      'extension/dist/tree-sitter-django_template.wasm',
      'extension/dist/terminateProcess.sh',
      // The rules' pages that "Show documentation" opens (one per rule).
      'extension/dist/rule-docs/conf-urls-url.md',
      'extension/syntaxes/django-html.tmLanguage.json',
      'extension/bin/djupgrade.js',
    ];
    for (const name of wanted) assert.ok(names.has(name), `${name} is in the .vsix`);
    const unwanted = [...names.keys()].filter((n) => /\.map$|\/(server|client|test|scripts|node_modules|examples|grammars)\/|\.ts$/.test(n));
    assert.deepEqual(unwanted, []);
  });

  test('terminateProcess.sh is executable inside the .vsix (the client runs it to kill a hung server)', () => {
    const entry = names.get('extension/dist/terminateProcess.sh')!;
    assert.equal(entry.mode & 0o111, 0o111, `mode ${entry.mode.toString(8)}`);
    assert.match(zipRead(vsix, 'extension/dist/terminateProcess.sh').toString(), /kill -9/);
  });

  test('the listing: icon, banner, license, links, and the README shipped unchanged', () => {
    const xml = zipRead(vsix, 'extension.vsixmanifest').toString();
    assert.match(xml, /<Icon>extension\/images\/icon\.png<\/Icon>/);
    assert.match(xml, /<License>extension\/LICENSE\.txt<\/License>/);
    assert.match(xml, /Branding\.Color" Value="#092e20"/);
    assert.match(xml, /Branding\.Theme" Value="dark"/);
    for (const link of ['Repository', 'Support', 'Learn']) assert.match(xml, new RegExp(`Links\\.${link}" Value="https://`), link);
    const icon = pngSize(zipRead(vsix, 'extension/images/icon.png'));
    assert.ok(icon.width >= 128 && icon.width === icon.height, `icon ${icon.width}×${icon.height}`);
    // vsce rewrites relative links; every link is absolute already, so the README ships as written.
    assert.equal(zipRead(vsix, 'extension/readme.md').toString(), fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8'));
  });

  test('Open VSX: `ovsx publish` uploads this very file, and the stand-in registry finds no issue', async () => {
    const uploads: Buffer[] = [];
    const issues: string[] = [];
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        if (request.method !== 'POST' || url.pathname !== '/api/-/publish' || url.searchParams.get('token') !== 'test-token') {
          response.writeHead(404).end(JSON.stringify({ error: `unexpected ${request.method} ${url.pathname}` }));
          return;
        }
        const body = Buffer.concat(chunks);
        uploads.push(body);
        const received = path.join(tempDir('ovsx-upload'), 'upload.vsix');
        fs.writeFileSync(received, body);
        const uploaded = JSON.parse(zipRead(received, 'extension/package.json').toString());
        issues.push(...openVsxIssues(uploaded, zipEntries(received).map((e) => e.name)));
        response.writeHead(issues.length ? 400 : 201, { 'Content-Type': 'application/json' });
        response.end(
          JSON.stringify(
            issues.length ? { error: issues.join('\n') } : { namespace: uploaded.publisher, name: uploaded.name, version: uploaded.version, targetPlatform: 'universal' },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // Asynchronous: the stand-in registry answers from this same process.
      const { execFile } = await import('node:child_process');
      const result = await new Promise<{ code: number; output: string }>((resolve) => {
        execFile('npx', ['--no', 'ovsx', 'publish', vsix, '--registryUrl', `http://127.0.0.1:${port}`, '--pat', 'test-token'], { cwd: stage, env: { ...process.env, CI: 'true' } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
        );
      });
      assert.deepEqual(issues, []);
      assert.equal(result.code, 0, result.output);
      assert.match(result.output, new RegExp(`Published ${manifest.publisher}\\.${manifest.name} v${manifest.version}`));
      assert.equal(uploads.length, 1);
      const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
      assert.equal(sha(uploads[0]), sha(fs.readFileSync(vsix)), 'the registry received the .vsix vsce made');
    } finally {
      server.close();
    }
  });
});

/**
 * The checks Open VSX's server applies to a published extension's manifest (its
 * ExtensionValidator: names, version characters, field sizes and characters, URLs, banner and
 * markdown values) and its license requirement. Written from the server's rules, not copied.
 */
function openVsxIssues(pkg: Record<string, any>, files: string[]): string[] {
  const issues: string[] = [];
  const name = /^[\w\-+$~]+$/;
  if (!name.test(pkg.publisher ?? '') || pkg.publisher.length > 255) issues.push(`namespace: ${pkg.publisher}`);
  if (!name.test(pkg.name ?? '') || pkg.name.length > 255) issues.push(`name: ${pkg.name}`);
  if (!pkg.version || /[^\p{L}\p{N}$+\-,.:;_]/u.test(pkg.version) || ['latest', 'pre-release', 'reviews'].includes(pkg.version)) issues.push(`version: ${pkg.version}`);
  const text = (field: string, value: unknown, limit: number) => {
    for (const item of [value].flat()) {
      if (item === undefined) continue;
      if (typeof item !== 'string' || item.length > limit) issues.push(`${field} exceeds ${limit} characters`);
      else if (/[\p{Cc}\p{Cf}\p{Cn}\p{Co}\u2028\u2029]/u.test(item)) issues.push(`${field}: invalid character`);
    }
  };
  text('displayName', pkg.displayName, 255);
  text('description', pkg.description, 2048);
  text('categories', pkg.categories, 255);
  text('keywords', pkg.keywords, 255);
  text('license', pkg.license, 255);
  const url = (field: string, value: unknown) => {
    if (value === undefined) return;
    try {
      if (typeof value !== 'string' || !new URL(value.replace(/^git\+/, '')).hostname || value.length > 255) issues.push(`${field}: ${value}`);
    } catch {
      issues.push(`${field}: not a URL: ${value}`);
    }
  };
  url('homepage', pkg.homepage);
  url('repository', typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url);
  url('bugs', typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url);
  if (pkg.markdown !== undefined && !['github', 'standard'].includes(pkg.markdown)) issues.push(`markdown: ${pkg.markdown}`);
  if (pkg.galleryBanner?.theme !== undefined && !['dark', 'light'].includes(pkg.galleryBanner.theme)) issues.push(`galleryBanner.theme: ${pkg.galleryBanner.theme}`);
  text('galleryBanner.color', pkg.galleryBanner?.color, 16);
  if (!pkg.license && !files.some((f) => /^extension\/LICENSE(\.(md|txt))?$/i.test(f))) issues.push('no license');
  return issues;
}

describe('the README on the Marketplace', () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  // Inline links and images, reference definitions and HTML src/href attributes, outside code.
  const prose = readme.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [
    ...[...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((m) => ({ image: m[0].startsWith('!'), target: m[1] })),
    ...[...prose.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => ({ image: false, target: m[1] })),
    ...[...prose.matchAll(/<(img|a)\b[^>]*\b(?:src|href)=["']([^"']+)["']/g)].map((m) => ({ image: m[1] === 'img', target: m[2] })),
  ];
  const tracked = new Set(runOk('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot }).stdout.split('\n'));
  const anchors = new Set(
    [...readme.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#+\s+(.+)$/gm)].map((m) =>
      m[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-'),
    ),
  );

  test('it has links and screenshots to check', () => {
    assert.ok(targets.filter((t) => t.image).length >= 2, JSON.stringify(targets));
    assert.ok(targets.filter((t) => !t.image).length >= 3);
  });

  test('every image is an HTTPS PNG that this repository has, at the repository placeholder', () => {
    for (const { target } of targets.filter((t) => t.image)) {
      assert.ok(target.startsWith(`${repositoryPlaceholder}/raw/HEAD/`), target);
      const file = target.slice(`${repositoryPlaceholder}/raw/HEAD/`.length);
      assert.ok(tracked.has(file), `${file} is a file of the repository`);
      pngSize(fs.readFileSync(path.join(repoRoot, file)));
    }
  });

  test('every link is absolute (HTTPS, or a repository file at the placeholder) or a heading of the README', () => {
    for (const { target } of targets.filter((t) => !t.image)) {
      if (target.startsWith('#')) assert.ok(anchors.has(target.slice(1)), `${target} is a heading`);
      else if (target.startsWith(`${repositoryPlaceholder}/blob/HEAD/`)) {
        const file = target.slice(`${repositoryPlaceholder}/blob/HEAD/`.length);
        assert.ok(tracked.has(file), `${file} is a file of the repository`);
      } else assert.match(target, /^https:\/\/[^/]+\.[a-z]+/, target);
    }
  });

  test('the README keeps the two commands of the guide, word for word', () => {
    assert.match(readme, /```sh\nnpm start\n```/);
    assert.match(readme, /```sh\nnpm install && npm test\n```/);
  });
});

describe('filling in the placeholders (scripts/set-repository.ts)', () => {
  test('a GitHub repository and a publisher id: no placeholder is left, links and images point at the repository', () => {
    const root = tempDir('set-repository');
    for (const file of ['package.json', 'README.md']) fs.copyFileSync(path.join(repoRoot, file), path.join(root, file));
    // An example address for the test only; the project has no public repository.
    const { left } = setRepository(root, 'https://github.com/example-owner/django-upgrade.git', { publisher: 'example-publisher' });
    assert.deepEqual(left, []);
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.ok(!readme.includes(repositoryPlaceholder));
    assert.match(readme, /\(https:\/\/github\.com\/example-owner\/django-upgrade\/raw\/HEAD\/docs\/screenshot-quickfix\.png\)/);
    assert.match(readme, /\(https:\/\/github\.com\/example-owner\/django-upgrade\/blob\/HEAD\/docs\/rules\.md\)/);
    assert.deepEqual([pkg.publisher, pkg.repository.url, pkg.bugs.url, pkg.homepage], [
      'example-publisher',
      'https://github.com/example-owner/django-upgrade',
      'https://github.com/example-owner/django-upgrade/issues',
      'https://github.com/example-owner/django-upgrade#readme',
    ]);
  });

  test('GitLab file URLs, and an unknown host without its URL forms is refused', () => {
    const root = tempDir('set-repository');
    for (const file of ['package.json', 'README.md']) fs.copyFileSync(path.join(repoRoot, file), path.join(root, file));
    setRepository(root, 'https://gitlab.com/group/django-upgrade', {});
    assert.match(fs.readFileSync(path.join(root, 'README.md'), 'utf8'), /https:\/\/gitlab\.com\/group\/django-upgrade\/-\/raw\/HEAD\/docs\/audit-report\.png/);
    assert.throws(() => setRepository(root, 'https://git.example.org/django-upgrade', {}), /--files-url and --raw-url/);
  });

  test('until then the manifest carries the placeholders, not an invented address or publisher', () => {
    assert.equal(manifest.publisher, publisherPlaceholder);
    assert.equal(manifest.repository.url, repositoryPlaceholder);
    assert.ok(manifest.bugs.url.startsWith(repositoryPlaceholder) && manifest.homepage.startsWith(repositoryPlaceholder));
    assert.ok(new URL(repositoryPlaceholder).hostname.endsWith('.invalid'), 'a reserved name that never resolves');
  });
});

test('images/icon.png is what scripts/draw-icon.mjs draws, 256×256', () => {
  runOk(process.execPath, [path.join(repoRoot, 'scripts', 'draw-icon.mjs'), '--check']);
  assert.deepEqual(pngSize(fs.readFileSync(path.join(repoRoot, 'images', 'icon.png'))), { width: 256, height: 256 });
});

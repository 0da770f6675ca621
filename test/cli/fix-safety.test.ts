// Fix safety on the command line. Files in the encodings Python accepts (PEP 263) are checked and
// fixed in their own encoding, byte for byte the same outside the fixes (and the fixed module
// computes under real Django what the original did); every file a run cannot check is listed in
// the text, JSON and SARIF output and fails the run unless --exit-zero; `fix` applies unsafe fixes
// only with --unsafe-fixes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { codingDeclaration, encodeSource, encodingNamed } from '../../server/src/project/source-encoding';
import { decodeSource } from '../../server/src/project/source-files';
import { compareRuns, runOf, runPairs } from '../fix-behaviour/harness';
import { djupgrade } from '../helpers/cli';
import { temporaryWorkspace } from '../helpers/lsp-client';

/** A Django 3.2 project holding `files`. */
const project = (files: Record<string, string | Buffer>) => temporaryWorkspace({ 'requirements.txt': 'Django==3.2\n', ...files }, 'djenc-');

test('PEP 263: the declaration on line 1, or on line 2 after a blank or comment line, names the encoding', () => {
  const cases: Array<[string, string | null]> = [
    ['# -*- coding: latin-1 -*-\nx = 1\n', 'latin-1'],
    ['#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n', 'cp1252'],
    ['\n# coding=iso-8859-15\n', 'iso-8859-15'],
    ['import os\n# -*- coding: latin-1 -*-\n', null],
    ['x = 1  # coding: latin-1\n', null],
    ['# no declaration\nx = 1\n', null],
  ];
  for (const [text, expected] of cases) assert.equal(codingDeclaration(Buffer.from(text, 'latin1')), expected, text);
  assert.equal(encodingNamed('Latin_1')?.name, 'latin-1');
  assert.equal(encodingNamed('windows-1252')?.name, 'cp1252');
  assert.equal(encodingNamed('klingon'), null);
});

test('decoding follows the declaration; what Python refuses is skipped with the reason', () => {
  const read = (bytes: Buffer) => decodeSource(bytes);
  assert.deepEqual(read(Buffer.from('# -*- coding: latin-1 -*-\nNAME = "caf\xe9"\n', 'latin1')), { text: '# -*- coding: latin-1 -*-\nNAME = "café"\n', bom: false, encoding: 'latin-1' });
  // Latin-1 is not cp1252: 0x80 is U+0080 in one and € in the other, as in Python.
  assert.equal((read(Buffer.from([...Buffer.from('# coding: latin-1\nx = "'), 0x80, 0x22, 0x0a])) as { text: string }).text, '# coding: latin-1\nx = "\u0080"\n');
  assert.equal((read(Buffer.from([...Buffer.from('# coding: cp1252\nx = "'), 0x80, 0x22, 0x0a])) as { text: string }).text, '# coding: cp1252\nx = "€"\n');
  assert.match((read(Buffer.from([...Buffer.from('# coding: cp1252\nx = "'), 0x81, 0x22, 0x0a])) as { skipped: string }).skipped, /not valid cp1252/, 'a byte cp1252 leaves undefined');
  assert.match((read(Buffer.from('x = "caf\xe9"\n', 'latin1')) as { skipped: string }).skipped, /not valid UTF-8 \(and no coding declaration\)/);
  assert.match((read(Buffer.from('# coding: klingon\n')) as { skipped: string }).skipped, /unknown encoding "klingon"/);
  assert.match((read(Buffer.from('\uFEFF# coding: latin-1\n')) as { skipped: string }).skipped, /byte order mark/);
  assert.deepEqual(encodeSource('x = "€"\n', { bom: false, encoding: 'latin-1' }), { error: 'the fixed text cannot be written in latin-1 exactly' });
});

test('`djupgrade fix` writes a Latin-1 or cp1252 file back in its encoding, byte-exact outside the fix, and the module computes the same under Django', () => {
  const files: Record<string, Buffer> = {
    'shop/labels.py': Buffer.from('# -*- coding: latin-1 -*-\nfrom django.utils.encoding import force_text\n\n# Libellé du café\nNAME = force_text(b"caf") + "\xe9"\n', 'latin1'),
    'shop/money.py': Buffer.from([...Buffer.from('# -*- coding: cp1252 -*-\nfrom django.utils.translation import ugettext\n\nEURO = ugettext("'), 0x80, ...Buffer.from('")\n')]),
  };
  const dir = project(files);
  const scan = djupgrade(['scan', '.', '--format', 'json'], dir);
  const report = JSON.parse(scan.stdout) as { findings: Array<{ path: string }>; skipped: unknown[] };
  assert.deepEqual(report.skipped, [], scan.stderr);
  assert.deepEqual([...new Set(report.findings.map((f) => f.path))].sort(), ['shop/labels.py', 'shop/money.py']);
  const fix = djupgrade(['fix', '.'], dir);
  assert.equal(fix.code, 0, fix.stderr);
  const labels = fs.readFileSync(path.join(dir, 'shop/labels.py'));
  assert.ok(labels.equals(Buffer.from('# -*- coding: latin-1 -*-\nfrom django.utils.encoding import force_str\n\n# Libellé du café\nNAME = force_str(b"caf") + "\xe9"\n', 'latin1')), labels.toString('latin1'));
  const money = fs.readFileSync(path.join(dir, 'shop/money.py'));
  assert.ok(money.equals(Buffer.from([...Buffer.from('# -*- coding: cp1252 -*-\nfrom django.utils.translation import gettext\n\nEURO = gettext("'), 0x80, ...Buffer.from('")\n')])), money.toString('latin1'));
  // Python reads the written bytes by their declaration and computes what the original computed.
  const modules = Object.keys(files);
  const report2 = runPairs([{ key: 'encodings', before: { files, modules }, after: { files: { 'shop/labels.py': labels, 'shop/money.py': money }, modules }, releases: { before: '3.2', after: ['3.2'] } }]);
  const before = runOf(report2, 'encodings', 'before', '3.2')!;
  const after = runOf(report2, 'encodings', 'after', '3.2')!;
  assert.deepEqual(Object.values(before.modules).map((m) => m.error), [null, null]);
  assert.deepEqual(compareRuns(before, after, true), []);
  assert.deepEqual((after.modules['shop/money.py'].summary as { values: Record<string, unknown> }).values.EURO, '€');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a file whose encoding has no encoder here is checked but not fixed, and the run says so', () => {
  const original = Buffer.concat([Buffer.from('# -*- coding: shift_jis -*-\nfrom django.utils.encoding import force_text\nNAME = force_text("'), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('")\n')]);
  const dir = project({ 'jp.py': original });
  const scan = djupgrade(['scan', '.', '--format', 'json'], dir);
  assert.ok((JSON.parse(scan.stdout) as { findings: unknown[] }).findings.length > 0, 'checked');
  const fix = djupgrade(['fix', '.'], dir);
  assert.equal(fix.code, 1, fix.stderr);
  assert.match(fix.stderr, /not fixed jp\.py: the fixed text cannot be written in shift_jis exactly/);
  assert.ok(fs.readFileSync(path.join(dir, 'jp.py')).equals(original), 'untouched');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('skipped files are listed in the text, JSON and SARIF output and fail the run unless --exit-zero', () => {
  const dir = project({
    'ok.py': 'x = 1\n',
    'binary.py': Buffer.from([0x66, 0x00, 0x01]),
    'latin.py': Buffer.from('x = "caf\xe9"\n', 'latin1'),
  });
  const json = djupgrade(['scan', '.', '--format', 'json'], dir);
  assert.equal(json.code, 1, 'no findings, but two files were not checked');
  assert.deepEqual((JSON.parse(json.stdout) as { skipped: unknown }).skipped, [
    { path: 'binary.py', reason: 'binary file' },
    { path: 'latin.py', reason: 'not valid UTF-8 (and no coding declaration)' },
  ]);
  const sarif = JSON.parse(djupgrade(['scan', '.', '--format', 'sarif'], dir).stdout);
  const invocation = sarif.runs[0].invocations[0];
  assert.equal(invocation.executionSuccessful, false);
  assert.deepEqual(invocation.toolExecutionNotifications.map((n: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => n.locations[0].physicalLocation.artifactLocation.uri), ['binary.py', 'latin.py']);
  const text = djupgrade(['scan', '.'], dir);
  assert.match(text.stdout, /^latin\.py: skipped not valid UTF-8/m);
  assert.match(text.stdout, /No deprecated Django APIs found in 1 file\. 2 files skipped/);
  assert.equal(djupgrade(['scan', '.', '--exit-zero'], dir).code, 0);
  assert.equal(djupgrade(['fix', '.'], dir).code, 1);
  assert.equal(djupgrade(['fix', '.', '--exit-zero'], dir).code, 0);
  fs.rmSync(path.join(dir, 'binary.py'));
  fs.rmSync(path.join(dir, 'latin.py'));
  const clean = djupgrade(['scan', '.', '--format', 'sarif'], dir);
  assert.equal(clean.code, 0);
  assert.equal(JSON.parse(clean.stdout).runs[0].invocations[0].executionSuccessful, true);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('`djupgrade fix` applies the safe fixes; --unsafe-fixes also the ones that may change behaviour', () => {
  const urls = 'from django.conf.urls import url\n\nurlpatterns = [url(r"^a/(?P<pk>[0-9]+)/$", view), url(r"^b/$", other)]\n';
  const dir = project({ 'urls.py': urls });
  djupgrade(['fix', '.'], dir);
  assert.equal(fs.readFileSync(path.join(dir, 'urls.py'), 'utf8'), 'from django.urls import path, re_path\n\nurlpatterns = [re_path(r"^a/(?P<pk>[0-9]+)/$", view), path("b/", other)]\n', 'the view keeps receiving a string');
  fs.writeFileSync(path.join(dir, 'urls.py'), urls);
  djupgrade(['fix', '.', '--unsafe-fixes'], dir);
  assert.equal(fs.readFileSync(path.join(dir, 'urls.py'), 'utf8'), 'from django.urls import path\n\nurlpatterns = [path("a/<int:pk>/", view), path("b/", other)]\n');
  fs.rmSync(dir, { recursive: true, force: true });
});

#!/usr/bin/env node
// Ruff in-process, through its WebAssembly build (@astral-sh/ruff-wasm-nodejs, installed in
// bench/node_modules by bench/run.mjs): reads every file named in the JSON list FILE and checks it
// with Workspace.check(), in this one Node process. bench/run.mjs spawns this script under
// `/usr/bin/time -v`, so the wall time and peak memory it reports are those of the whole process
// (Node start-up, loading and instantiating the wasm module, reading and checking the files).
//
//   node bench/ruff-scan.mjs FILE_LIST.json
//
// Prints one JSON object: { version, select, targetVersion, files, bytes, diagnostics, codes,
// loadMs (require: wasm compile + instantiation), createMs (new Workspace), checkMs (reading and
// checking every file) }.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

// The closest Ruff has to this extension's rules: DJ (flake8-django: models, forms, receivers,
// `locals()` in render, …) and UP (pyupgrade: `super()` arguments, `# -*- coding`, `object` bases,
// `from __future__`, … — the Python-version half of what legacy Django code needs).
export const select = ['DJ', 'UP'];
export const targetVersion = 'py312';

// Loading the package compiles and instantiates the wasm module synchronously: timed apart.
const loadStartedAt = performance.now();
const require = createRequire(import.meta.url);
const { Workspace, PositionEncoding } = require('@astral-sh/ruff-wasm-nodejs');
const loadMs = performance.now() - loadStartedAt;

const files = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const createdAt = performance.now();
const workspace = new Workspace({ 'target-version': targetVersion, lint: { select } }, PositionEncoding.Utf16);
const createMs = performance.now() - createdAt;
const startedAt = performance.now();
let bytes = 0;
let diagnostics = 0;
const codes = {};
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text, 'utf8');
  const found = workspace.check(text);
  diagnostics += found.length;
  for (const d of found) codes[d.code ?? 'syntax'] = (codes[d.code ?? 'syntax'] ?? 0) + 1;
}
const checkMs = performance.now() - startedAt;
process.stdout.write(`${JSON.stringify({ version: Workspace.version(), select, targetVersion, files: files.length, bytes, diagnostics, codes, loadMs, createMs, checkMs })}\n`);

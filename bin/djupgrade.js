#!/usr/bin/env node
// The djupgrade command line: scan, fix, and the language server (`server --stdio`).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('djupgrade: dist/cli.js is missing; run `npm install && npm run build` first.\n');
  process.exit(2);
}
require(bundle).runCli(process.argv.slice(2));

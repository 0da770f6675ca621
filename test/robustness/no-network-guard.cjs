// Preloaded with `node --require` into the language server and the CLI (and, through execArgv,
// into the scan's worker threads) by test/robustness/no-network.test.ts. Any attempt to start a
// process or to open a network connection (or a listening socket) is written to the file named by
// DJUPGRADE_GUARD_LOG, with its stack, and throws. Each thread that loads the guard writes a
// "loaded" line, so the test can tell that the workers were guarded too.
'use strict';
const fs = require('node:fs');
const { threadId } = require('node:worker_threads');

const logFile = process.env.DJUPGRADE_GUARD_LOG;
const write = (line) => {
  if (!logFile) return;
  try {
    fs.appendFileSync(logFile, `${line}\n`);
  } catch {
    // the log is best effort; the throw below still stops the call
  }
};
write(`loaded pid=${process.pid} thread=${threadId}`);

function forbid(label, target, names) {
  for (const name of names) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function forbidden() {
      const stack = new Error().stack.split('\n').slice(2, 9).join(' | ');
      write(`VIOLATION pid=${process.pid} thread=${threadId} ${label}.${name} at ${stack}`);
      throw new Error(`djupgrade guard: ${label}.${name} is forbidden (no child process, no network)`);
    };
  }
}

forbid('child_process', require('node:child_process'), ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
const net = require('node:net');
forbid('net', net, ['connect', 'createConnection', 'createServer']);
forbid('net.Socket.prototype', net.Socket.prototype, ['connect']);
forbid('net.Server.prototype', net.Server.prototype, ['listen']);
forbid('http', require('node:http'), ['request', 'get', 'createServer']);
forbid('https', require('node:https'), ['request', 'get', 'createServer']);
forbid('http2', require('node:http2'), ['connect', 'createServer', 'createSecureServer']);
forbid('tls', require('node:tls'), ['connect', 'createServer']);
forbid('dgram', require('node:dgram'), ['createSocket']);
const dns = require('node:dns');
forbid('dns', dns, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']);
forbid('dns.promises', dns.promises, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']);
forbid('globalThis', globalThis, ['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource']);

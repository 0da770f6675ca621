#!/usr/bin/env node
// Performance figures of the language server and the CLI scanner. Prints them, never asserts them.
//
//   npm run bench                          build, then run everything (about 6 minutes on 2 busy cores, with the comparisons)
//   node bench/run.mjs --scan ~/my/project also scan a local project (repeatable)
//   node bench/run.mjs --edits 100         edits per file (default 60)
//   node bench/run.mjs --keep              keep the generated files (their folder is printed)
//   node bench/run.mjs --no-server         skip the editing benchmark (scans and comparisons only)
//   node bench/run.mjs --no-compare        skip Ruff, django-upgrade and the worker-thread scan
//   node bench/run.mjs --no-django         skip the scan of Django's own source (downloaded once)
//   node bench/run.mjs --smoke             tiny sizes, one run each: proves the bench works; its figures mean nothing
//
// What it measures (docs/performance.md explains each figure):
//   1. the real server (`node dist/server.js --stdio`, with the client's Node options) started as an editor would start it: time to
//      the first diagnostics after opening generated 1,000/5,000/20,000-line Python files and a
//      3,000-line template, then the edit → diagnostics latency of one-character edits;
//   2. the server's memory (VmRSS / VmHWM from /proc) once every file is open, and after the edits;
//      then, while the 20,000-line file is being checked after an edit, how long a code action and a
//      hover request on another file wait; and a 20,000-tag template's open → first diagnostics;
//   3. `djupgrade scan PATH --format json` throughput and peak memory over examples/legacy-site,
//      a generated ~500-file project, and any --scan PATH;
//   4. on the same files: our scan in the server's worker threads (LSP `djangoUpgrade/scanWorkspace`),
//      Ruff through @astral-sh/ruff-wasm-nodejs in-process (`--select DJ,UP`, bench/ruff-scan.mjs;
//      installed into bench/node_modules from bench/package.json on first run), and
//      `django-upgrade --check --target-version 5.2` from PyPI (venv in .cache/venvs/django-upgrade),
//      native Ruff from PyPI (`ruff check`, venv in .cache/venvs/ruff, the wasm build's version),
//      with files/s, MB/s, ratio to our CLI scan (default --jobs: one thread per core), and peak memory;
//   5. the same for Django's own source (its PyPI sdist, downloaded once into .cache/bench), with
//      two parse floors beside (bench/parse-floor.mjs): web-tree-sitter's parse alone, in as many
//      threads, of the files our scan parses (bench/scan-parsed-files.ts) and of every Python file;
//      and, for the 20,000-line file's open, its parse alone in a process warmed up as the server is;
//   6. a summary: each goal of issue 10 (docs/performance.md) next to its figure, with pass / fail.
// The Markdown report goes to stdout and (except with --smoke) to bench/results/latest.md; progress
// goes to stderr.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverBundle = path.join(root, 'dist', 'server.js');
const cliBin = path.join(root, 'bin', 'djupgrade.js');
const resultsFile = path.join(root, 'bench', 'results', 'latest.md');

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const options = { scan: [], edits: 60, keep: false, scanRuns: 3, server: true, compare: true, django: true, smoke: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${arg} needs a value`);
      return v;
    };
    if (arg === '--scan' || arg.startsWith('--scan=')) options.scan.push(path.resolve(value()));
    else if (arg === '--edits' || arg.startsWith('--edits=')) options.edits = Number(value());
    else if (arg === '--scan-runs' || arg.startsWith('--scan-runs=')) options.scanRuns = Number(value());
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--no-server') options.server = false;
    else if (arg === '--no-compare') options.compare = false;
    else if (arg === '--no-django') options.django = false;
    else if (arg === '--smoke') options.smoke = true;
    else if (arg === '-h' || arg === '--help') usage();
    else usage(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.edits) || options.edits < 2) usage('--edits must be an integer ≥ 2');
  if (!Number.isInteger(options.scanRuns) || options.scanRuns < 1) usage('--scan-runs must be an integer ≥ 1');
  for (const target of options.scan) if (!fs.existsSync(target)) usage(`--scan: ${target} does not exist`);
  return options;
}

function usage(error) {
  const text = 'Usage: node bench/run.mjs [--scan PATH]... [--edits N] [--scan-runs N] [--keep] [--no-server] [--no-compare] [--no-django] [--smoke]';
  if (error) {
    process.stderr.write(`bench: ${error}\n${text}\n`);
    process.exit(2);
  }
  process.stdout.write(`${text}\n`);
  process.exit(0);
}

const log = (message) => process.stderr.write(`bench: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Generated sources: deterministic (seeded), Django 1.11-era code with deprecated APIs mixed into
// ordinary code, the way a legacy project looks.

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nouns = ['product', 'order', 'invoice', 'customer', 'category', 'article', 'comment', 'coupon', 'shipment', 'review', 'supplier', 'basket'];
const title = (s) => s[0].toUpperCase() + s.slice(1);

const pythonHeader = (name) => `# -*- coding: utf-8 -*-
"""${name}: models, views, urls and helpers of a Django 1.11-era app (generated for benchmarks)."""
from __future__ import unicode_literals

import datetime
import json
import logging
from decimal import Decimal

from django.conf import settings
from django.conf.urls import include, url
from django.contrib.auth.decorators import login_required
from django.core.urlresolvers import reverse
from django.db import models, transaction
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render, render_to_response
from django.utils import timezone
from django.utils.encoding import force_text, python_2_unicode_compatible
from django.utils.translation import ugettext, ugettext_lazy as _
from django.views.generic import DetailView, ListView

logger = logging.getLogger(__name__)
`;

const pythonBlocks = {
  model: (n, noun, other) => `

@python_2_unicode_compatible
class ${title(noun)}${n}(models.Model):
    """A ${noun} as the shop stores it."""
    name = models.CharField(_('name'), max_length=120)
    slug = models.SlugField(_('slug'), unique=True)
    ${other} = models.ForeignKey('${title(other)}${n}', related_name='${noun}s_${n}')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    price = models.DecimalField(_('price'), max_digits=8, decimal_places=2, default=Decimal('0.00'))
    is_active = models.NullBooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ['-created_at']
        verbose_name = _('${noun}')
        verbose_name_plural = _('${noun}s')

    def __str__(self):
        return force_text(self.name)

    def get_absolute_url(self):
        return reverse('shop:${noun}_detail', kwargs={'slug': self.slug})
`,
  functionView: (n, noun) => `

@login_required
def ${noun}_detail_${n}(request, slug):
    ${noun} = get_object_or_404(${title(noun)}${n}, slug=slug, is_active=True)
    if request.is_ajax():
        return JsonResponse({'name': ${noun}.name, 'price': str(${noun}.price)})
    related = ${title(noun)}${n}.objects.filter(owner=${noun}.owner).exclude(pk=${noun}.pk)[:5]
    context = {'${noun}': ${noun}, 'related': related, 'title': ugettext('Details')}
    return render(request, 'shop/${noun}_detail.html', context)
`,
  legacyView: (n, noun) => `

def ${noun}_archive_${n}(request, year):
    if not request.user.is_authenticated():
        return redirect('login')
    items = ${title(noun)}${n}.objects.filter(created_at__year=int(year))
    return render_to_response('shop/${noun}_archive.html', {'items': items, 'year': year})
`,
  classView: (n, noun) => `

class ${title(noun)}List${n}(ListView):
    model = ${title(noun)}${n}
    paginate_by = 20
    template_name = 'shop/${noun}_list.html'

    def get_queryset(self):
        queryset = super(${title(noun)}List${n}, self).get_queryset()
        query = self.request.GET.get('q', '').strip()
        if query:
            queryset = queryset.filter(name__icontains=query)
        return queryset.select_related('owner')

    def get_context_data(self, **kwargs):
        context = super(${title(noun)}List${n}, self).get_context_data(**kwargs)
        context['query'] = self.request.GET.get('q', '')
        return context
`,
  helper: (n, noun) => `

def summarise_${noun}s_${n}(rows, currency='EUR'):
    """Totals per day. Ordinary code: nothing here is a Django API."""
    totals = {}
    for row in rows:
        day = row['created_at'].date().isoformat()
        totals.setdefault(day, Decimal('0'))
        totals[day] += row['amount']
    ordered = sorted(totals.items(), key=lambda item: item[0])
    logger.debug('summarised %d days of ${noun}s', len(ordered))
    result = []
    for day, total in ordered:
        result.append({'day': day, 'total': str(total), 'currency': currency})
    return json.dumps(result, indent=2)
`,
  service: (n, noun) => `

class ${title(noun)}Importer${n}(object):
    """Reads ${noun}s from a CSV export. Ordinary code: nothing here is a Django API."""

    required_columns = ('name', 'slug', 'price')

    def __init__(self, rows, dry_run=False):
        self.rows = list(rows)
        self.dry_run = dry_run
        self.errors = []

    def validate(self, row, number):
        missing = [column for column in self.required_columns if not row.get(column)]
        if missing:
            self.errors.append('row %d: missing %s' % (number, ', '.join(missing)))
            return False
        try:
            Decimal(row['price'])
        except ArithmeticError:
            self.errors.append('row %d: bad price %r' % (number, row['price']))
            return False
        return True

    def clean_rows(self):
        cleaned = []
        for number, row in enumerate(self.rows, start=1):
            if self.validate(row, number):
                cleaned.append(dict(row, name=row['name'].strip(), slug=row['slug'].lower()))
        return cleaned
`,
  transaction: (n, noun) => `

@transaction.atomic
def archive_old_${noun}s_${n}(days=90):
    cutoff = timezone.now() - datetime.timedelta(days=days)
    stale = ${title(noun)}${n}.objects.filter(created_at__lt=cutoff, is_active=True)
    count = stale.update(is_active=False)
    if count:
        logger.info('archived %d ${noun}s older than %s', count, cutoff)
    return count
`,
  urls: (n, noun) => `

urlpatterns_${n} = [
    url(r'^${noun}s/$', ${title(noun)}List${n}.as_view(), name='${noun}_list_${n}'),
    url(r'^${noun}s/(?P<slug>[-\\w]+)/$', ${noun}_detail_${n}, name='${noun}_detail_${n}'),
    url(r'^${noun}s/archive/(?P<year>\\d{4})/$', ${noun}_archive_${n}, name='${noun}_archive_${n}'),
    url(r'^api/${noun}s/', include('shop.api_urls')),
]
`,
};

/** A Python module of exactly `lineCount` lines (blocks, then constants to fill up). */
export function pythonModule(lineCount, seed, name) {
  const random = prng(seed);
  let text = pythonHeader(name);
  // Per group of ~190 lines: about 13 deprecated API uses, close to examples/legacy-site's density.
  const order = ['model', 'helper', 'service', 'functionView', 'classView', 'service', 'legacyView', 'helper', 'transaction', 'urls'];
  const lines = (s) => s.split('\n').length - 1;
  let n = 0;
  for (;;) {
    n++;
    const noun = nouns[Math.floor(random() * nouns.length)];
    const other = nouns[(nouns.indexOf(noun) + 1) % nouns.length];
    // Helpers and services are referenced by nothing, so their repeats get their own names.
    const group = order.map((kind, k) => pythonBlocks[kind](kind === 'helper' || kind === 'service' ? `${n}_${k}` : n, noun, other)).join('');
    if (lines(text) + lines(group) > lineCount) break;
    text += group;
  }
  let filler = 0;
  while (lines(text) < lineCount) text += `PAGE_SIZE_${++filler} = ${(filler * 7) % 100}\n`;
  return text;
}

const templateHeader = `{% extends "base.html" %}
{% load i18n staticfiles humanize %}

{% block extra_head %}<link rel="stylesheet" href="{% static 'shop/catalogue.css' %}">{% endblock %}

{% block content %}
`;

function templateBlock(n, noun) {
  return `<section class="${noun}s" id="section-${n}">
  <h2>{% trans "${title(noun)}s" %} #${n}</h2>
  {% if ${noun}s|length_is:"0" %}
    <p class="empty">{% trans "Nothing to show." %}</p>
  {% endif %}
  <ul class="list">
  {% for ${noun} in ${noun}s %}
    <li class="{% cycle 'odd' 'even' %}">
      <a href="{% url 'shop:${noun}_detail' ${noun}.slug %}">{{ ${noun}.name|title }}</a>
      {% ifequal ${noun}.owner request.user %}<span class="badge">{% trans "yours" %}</span>{% endifequal %}
      {% ifnotequal ${noun}.price 0 %}<span class="price">{{ ${noun}.price|floatformat:2 }} EUR</span>{% endifnotequal %}
      <p>Added {{ ${noun}.created_at|naturaltime }} by {{ ${noun}.owner.get_full_name|default:"someone" }}.</p>
    </li>
  {% empty %}
    <li>{% blocktrans %}No ${noun}s yet.{% endblocktrans %}</li>
  {% endfor %}
  </ul>
  <p>Plain text about the ${noun}s of this shop, written by people rather than by templates.</p>
</section>
`;
}

/** A Django template of exactly `lineCount` lines. */
export function templateFile(lineCount, seed) {
  const random = prng(seed);
  const lines = (s) => s.split('\n').length - 1;
  const footer = '{% endblock %}\n';
  let text = templateHeader;
  for (let n = 1; ; n++) {
    const block = templateBlock(n, nouns[Math.floor(random() * nouns.length)]);
    if (lines(text) + lines(block) + lines(footer) > lineCount) break;
    text += block;
  }
  while (lines(text) + lines(footer) < lineCount) text += '<p>{% trans "Thanks for shopping with us." %}</p>\n';
  return text + footer;
}

function writeFile(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const projectFiles = {
  'requirements.txt': 'Django==1.11.29\ndjangorestframework==3.9.4\n',
  'manage.py': `#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)
`,
};

/**
 * The files the server benchmark opens: [relative path, language id, lines]. `--smoke` divides
 * the sizes by 20 (and the template's tags below); nothing else changes.
 */
export let editorFiles = [
  ['shop/models.py', 'python', 1000],
  ['catalog/views.py', 'python', 5000],
  ['shop/templates/shop/catalogue.html', 'django-html', 3000],
  ['legacy/models.py', 'python', 20000], // last: if the server chokes on it, the others are measured
];
/** How many template tags (`{% … %}`) the many-tags template has. */
let templateTagCount = 20000;
const manyTagsFile = 'shop/templates/shop/many_tags.html';

function useSmokeSizes() {
  editorFiles = editorFiles.map(([relative, languageId, lines]) => [relative, languageId, Math.round(lines / 20)]);
  templateTagCount = Math.round(templateTagCount / 20);
}

/** A template of ordinary blocks with at least `tags` template tags; returns its text and tag count. */
export function templateWithTags(tags, seed) {
  const random = prng(seed);
  const footer = '{% endblock %}\n';
  let text = templateHeader;
  let count = (templateHeader.match(/\{%/g) ?? []).length + 1;
  for (let n = 1; count < tags; n++) {
    const block = templateBlock(n, nouns[Math.floor(random() * nouns.length)]);
    count += (block.match(/\{%/g) ?? []).length;
    text += block;
  }
  return { text: text + footer, tags: count };
}

export function generateEditorWorkspace(dir) {
  for (const [name, text] of Object.entries(projectFiles)) writeFile(path.join(dir, name), text);
  // Opened first, unmeasured: loads the grammars and warms the JIT up on every rule.
  writeFile(path.join(dir, 'warmup.py'), pythonModule(200, 999, 'warmup.py'));
  editorFiles.forEach(([relative, languageId, lines], i) => {
    const text = languageId === 'python' ? pythonModule(lines, 1000 + i, relative) : templateFile(lines, 2000 + i);
    writeFile(path.join(dir, relative), text);
  });
  writeFile(path.join(dir, manyTagsFile), templateWithTags(templateTagCount, 3000).text);
}

/** ~400 Python files and ~100 templates in 20 apps of a project. */
export function generateCorpus(dir, apps = 20) {
  const random = prng(42);
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  for (const [name, text] of Object.entries(projectFiles)) writeFile(path.join(dir, name), text);
  writeFile(path.join(dir, 'site/__init__.py'), '');
  writeFile(path.join(dir, 'site/settings.py'), `INSTALLED_APPS = []\nMIDDLEWARE_CLASSES = [\n    'django.contrib.auth.middleware.SessionAuthenticationMiddleware',\n]\nUSE_L10N = True\nPASSWORD_RESET_TIMEOUT_DAYS = 3\n`);
  let seed = 5000;
  for (let app = 1; app <= apps; app++) {
    const a = `app${String(app).padStart(2, '0')}`;
    const py = (relative, lines) => writeFile(path.join(dir, a, relative), lines <= 0 ? '' : pythonModule(lines, seed++, `${a}/${relative}`));
    py('__init__.py', 0);
    py('apps.py', 30);
    py('models.py', between(250, 700));
    py('views.py', between(200, 600));
    py('urls.py', between(30, 90));
    py('admin.py', between(40, 160));
    py('forms.py', between(40, 200));
    py('tests.py', between(100, 400));
    py('utils.py', between(40, 250));
    py('signals.py', between(30, 80));
    py('tasks.py', between(30, 120));
    py('serializers.py', between(40, 160));
    py('migrations/__init__.py', 0);
    for (let m = 1; m <= 4; m++) py(`migrations/000${m}_auto.py`, between(30, 120));
    py('management/__init__.py', 0);
    py('management/commands/__init__.py', 0);
    py('management/commands/import_data.py', between(40, 120));
    for (let t = 1; t <= 5; t++) writeFile(path.join(dir, a, 'templates', a, `page_${t}.html`), templateFile(between(30, 220), seed++));
  }
}

// ---------------------------------------------------------------------------------------------
// A minimal LSP client over stdio: Content-Length framing, requests, notifications, and waiting
// for publishDiagnostics. Arrival times are taken when a frame is complete, before JSON.parse.

export class LspClient {
  constructor(child) {
    this.child = child;
    this.chunks = [];
    this.length = 0;
    this.expected = -1; // body length of the frame being read, once its header is parsed
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = new Set();
    this.logs = [];
    child.stdout.on('data', (chunk) => this.onData(chunk));
  }

  onData(chunk) {
    this.chunks.push(chunk);
    this.length += chunk.length;
    for (;;) {
      if (this.expected >= 0 && this.length < this.expected) return; // body incomplete: no copying yet
      let buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
      if (this.expected < 0) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return this.keep(buffer);
        const header = buffer.subarray(0, end).toString('ascii');
        const match = /Content-Length:\s*(\d+)/i.exec(header);
        if (!match) throw new Error(`bad LSP header: ${header}`);
        this.expected = Number(match[1]);
        buffer = buffer.subarray(end + 4);
      }
      if (buffer.length < this.expected) return this.keep(buffer);
      const at = performance.now();
      const body = buffer.subarray(0, this.expected);
      const rest = buffer.subarray(this.expected);
      this.expected = -1;
      this.keep(rest);
      this.dispatch(JSON.parse(body.toString('utf8')), at);
      if (rest.length === 0) return;
    }
  }

  keep(buffer) {
    this.chunks = buffer.length ? [buffer] : [];
    this.length = buffer.length;
  }

  dispatch(message, at) {
    if (message.method && message.id !== undefined) {
      // A server → client request (e.g. client/registerCapability): accept it.
      this.write({ jsonrpc: '2.0', id: message.id, result: null });
    } else if (message.method) {
      if (message.method === 'window/logMessage') this.logs.push(message.params.message);
      for (const waiter of [...this.waiters]) {
        if (waiter.method === message.method && waiter.test(message.params)) {
          this.waiters.delete(waiter);
          clearTimeout(waiter.timer);
          waiter.resolve({ params: message.params, at });
        }
      }
    } else {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error && !pending.settle) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve({ result: message.result, error: message.error, at });
    }
  }

  write(message) {
    const body = JSON.stringify(message);
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { method, resolve, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Like request(), but an error answer resolves too ({ error, at }): for timing any answer. */
  requestTimed(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { method, resolve, reject, settle: true });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the next notification `method` whose params pass `test`, or null after `timeoutMs`. */
  waitFor(method, test, timeoutMs) {
    return new Promise((resolve) => {
      const waiter = { method, test, resolve };
      waiter.timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve(null);
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

/**
 * A language server started on the bench's editor workspace (`dir`) for the profiling scripts
 * (profile-server.mjs, typing-probe.mjs, scripts/server-memory.mjs): initialized (`initialized` is
 * the answer; `capabilities`
 * adds to the client's `textDocument` ones), its warm-up file checked unless `warmUp` is false. `stop()`
 * shuts it down and prints the end of its standard error, if any.
 */
export async function startEditorServer(bundle, dir, { args = [], env = serverEnvironment(), capabilities = {}, warmUp = true } = {}) {
  const child = spawn(process.execPath, [...args, bundle, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const client = new LspClient(child);
  const folderUri = pathToFileURL(dir).toString();
  const diagnosticsFor = (uri, version, timeoutMs) => client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version), timeoutMs);
  const initialized = await client.request('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: path.basename(dir) }],
    capabilities: { window: { workDoneProgress: false }, workspace: { configuration: false, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true }, ...capabilities } },
  });
  client.notify('initialized', {});
  if (warmUp) {
    const warmupUri = pathToFileURL(path.join(dir, 'warmup.py')).toString();
    const warm = diagnosticsFor(warmupUri, undefined, 30_000);
    client.notify('textDocument/didOpen', { textDocument: { uri: warmupUri, languageId: 'python', version: 1, text: fs.readFileSync(path.join(dir, 'warmup.py'), 'utf8') } });
    await warm;
  }
  const stop = async () => {
    await client.request('shutdown', null);
    client.notify('exit', null);
    await exited;
    if (stderr.trim()) process.stderr.write(`server stderr: ${stderr.trim().split('\n').slice(-3).join(' | ')}\n`);
  };
  return { child, client, diagnosticsFor, initialized, stop };
}

/**
 * CPU time a process has used, all its threads (Linux /proc/PID/task/TID/schedstat, nanoseconds), in
 * ms; null elsewhere. Threads that ended are not counted: the server's are long-lived.
 */
export function processCpuMs(pid) {
  try {
    let ns = 0;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) ns += Number(fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return null;
  }
}

export function readProcStatus(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => {
      const match = new RegExp(`^${key}:\\s*(\\d+) kB`, 'm').exec(status);
      return match ? Number(match[1]) : null;
    };
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return { rssKb: null, hwmKb: null };
  }
}

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank percentile: the smallest value with at least p% of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The Node options the VS Code client starts the server with (`serverNodeOptions` in common/protocol.ts). */
export function serverNodeOptions() {
  try {
    const source = fs.readFileSync(path.join(root, 'common/protocol.ts'), 'utf8');
    const match = /export const serverNodeOptions = \[([^\]]*)\]/.exec(source);
    if (match) return [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
  } catch {
    // fall through
  }
  return [];
}

/** The environment the VS Code client adds when it starts the server (`serverEnvironment` in common/protocol.ts). */
export function serverEnvironment() {
  try {
    const source = fs.readFileSync(path.join(root, 'common/protocol.ts'), 'utf8');
    const match = /export const serverEnvironment[^=]*= \{([^}]*)\}/.exec(source);
    if (match) return { ...process.env, ...Object.fromEntries([...match[1].matchAll(/(\w+): '([^']*)'/g)].map((m) => [m[1], m[2]])) };
  } catch {
    // fall through
  }
  return process.env;
}

export function serverDebounceMs() {
  try {
    const source = fs.readFileSync(path.join(root, 'server/src/language-server/documents.ts'), 'utf8');
    const match = /const debounceMs = (\d+)/.exec(source);
    if (match) return Number(match[1]);
  } catch {
    // fall through
  }
  return 60;
}

/** Where to make the one-character edit: inside an identifier (Python) or text (template) mid-file. */
export function editPoint(text, languageId) {
  const lines = text.split('\n');
  const pattern = languageId === 'python' ? /^(\s+)([a-z_]+) = / : /^(\s*<p>)([A-Za-z]+)/;
  for (let offset = 0; offset < lines.length; offset++) {
    for (const line of [Math.floor(lines.length / 2) + offset, Math.floor(lines.length / 2) - offset]) {
      const match = line >= 0 && line < lines.length ? pattern.exec(lines[line]) : null;
      if (match) return { line, character: match[1].length + 2 };
    }
  }
  return { line: Math.floor(lines.length / 2), character: 0 };
}

const openTimeoutMs = 30_000;
const editTimeoutMs = 10_000;
const lateTimeoutMs = 60_000; // after an open timed out: how much longer to wait, to report when the server recovered

async function benchServer(dir, editCount, debounce) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...serverNodeOptions(), serverBundle, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: serverEnvironment() });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const client = new LspClient(child);
  const folderUri = pathToFileURL(dir).toString();
  const diagnosticsFor = (uri, version, timeoutMs) =>
    client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version), timeoutMs);

  try {
    const init = await client.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'djupgrade-bench' },
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: path.basename(dir) }],
      capabilities: {
        window: { workDoneProgress: false },
        workspace: { configuration: false, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: false },
          publishDiagnostics: { versionSupport: true },
          // As VS Code: code actions carry `data` and their `edit` may be resolved when picked.
          codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] }, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } } },
        },
      },
    });
    const initializeMs = init.at - spawnedAt;
    const sync = init.result.capabilities.textDocumentSync;
    if (!sync || (typeof sync === 'object' ? sync.change : sync) !== 2) log(`warning: server does not announce incremental sync (${JSON.stringify(sync)})`);
    client.notify('initialized', {});

    // A small file first: its diagnostics arrive once the analyzer (wasm grammars) has loaded, so
    // the timings of the measured files below exclude start-up.
    const warmupUri = pathToFileURL(path.join(dir, 'warmup.py')).toString();
    const warmupWait = diagnosticsFor(warmupUri, undefined, 30_000);
    client.notify('textDocument/didOpen', { textDocument: { uri: warmupUri, languageId: 'python', version: 1, text: fs.readFileSync(path.join(dir, 'warmup.py'), 'utf8') } });
    const warmup = await warmupWait;
    const firstDiagnosticsMs = warmup ? warmup.at - spawnedAt : null;

    // Each file is opened, measured and edited before the next one is opened (and stays open).
    // The server checks one document at a time: once it has not answered within a time limit it
    // is still busy, and every later figure would measure the backlog, so those are skipped.
    const notes = [];
    let stalled = false;
    let memoryOpen = null;
    const files = [];
    for (const [relative, languageId, lines] of editorFiles) {
      const file = path.join(dir, relative);
      const text = fs.readFileSync(file, 'utf8');
      const entry = { relative, languageId, lines, text, uri: pathToFileURL(file).toString(), bytes: Buffer.byteLength(text, 'utf8'), openMs: null, findings: null, latencies: [], timeouts: 0, skipped: stalled };
      files.push(entry);
      if (stalled) continue;

      log(`open ${relative} (${lines} lines)`);
      const wait = diagnosticsFor(entry.uri, undefined, openTimeoutMs);
      const openedAt = performance.now();
      client.notify('textDocument/didOpen', { textDocument: { uri: entry.uri, languageId, version: 1, text } });
      const first = await wait;
      if (!first) {
        stalled = true;
        log(`no diagnostics for ${relative} within ${openTimeoutMs / 1000} s; waiting up to ${lateTimeoutMs / 1000} s more, then skipping the rest`);
        const late = await diagnosticsFor(entry.uri, undefined, lateTimeoutMs);
        const when = late ? `they came ${((late.at - openedAt) / 1000).toFixed(1)} s after opening it` : `none came within ${(openTimeoutMs + lateTimeoutMs) / 1000} s`;
        notes.push(`No diagnostics for \`${relative}\` within ${openTimeoutMs / 1000} s of opening it (${when}): the server was busy checking it, so it and the files after it have no further figures.`);
        continue;
      }
      entry.openMs = first.at - openedAt;
      entry.findings = first.params.diagnostics.length;
      entry.firstDiagnostic = first.params.diagnostics[0] ?? null;
      if (files.length === editorFiles.length) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        memoryOpen = readProcStatus(child.pid);
      }

      log(`${editCount} edits in ${relative}`);
      const at = editPoint(text, languageId);
      const counts = new Set();
      let consecutive = 0;
      const cpuBefore = processCpuMs(child.pid);
      for (let i = 0, version = 1; i < editCount && consecutive < 2; i++) {
        version++;
        const insert = i % 2 === 0;
        const range = { start: at, end: insert ? at : { line: at.line, character: at.character + 1 } };
        const published = diagnosticsFor(entry.uri, version, editTimeoutMs + debounce);
        const sentAt = performance.now();
        client.notify('textDocument/didChange', {
          textDocument: { uri: entry.uri, version },
          contentChanges: [{ range, rangeLength: insert ? 0 : 1, text: insert ? 'x' : '' }],
        });
        const result = await published;
        if (!result) {
          entry.timeouts++;
          consecutive++;
          continue;
        }
        consecutive = 0;
        entry.latencies.push(result.at - sentAt);
        counts.add(result.params.diagnostics.length);
      }
      const cpuAfter = processCpuMs(child.pid);
      // Everything the server did for the edits (reparse, check, diagnostics, GC), wherever in the pause it ran.
      if (cpuBefore !== null && cpuAfter !== null && entry.latencies.length) entry.cpuPerEditMs = (cpuAfter - cpuBefore) / (entry.latencies.length + entry.timeouts);
      if (counts.size > 1) log(`note: ${relative}: the number of diagnostics varied across edits (${[...counts].join(', ')})`);
      if (consecutive >= 2) {
        stalled = true;
        notes.push(`Two edits in a row of \`${relative}\` got no diagnostics within ${editTimeoutMs / 1000} s: its edits stopped there and the files after it were not measured.`);
      }
    }
    memoryOpen ??= readProcStatus(child.pid);
    const memoryEnd = readProcStatus(child.pid);

    // Measured after the memory figures, so that these extra documents do not change them.
    const busy = stalled ? null : await benchBusyRequests(client, files, debounce, Math.min(editCount, 20), Boolean(init.result.capabilities.hoverProvider));
    const fixAll = stalled ? null : await benchFixAllRequests(client, files, debounce, 5);
    const manyTags = stalled ? null : await benchManyTags(client, dir, debounce);

    await Promise.race([client.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
    client.notify('exit', null);
    const exit = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 5000))]);
    if (!exit) child.kill('SIGKILL');
    if (stderr.trim()) log(`server stderr: ${stderr.trim().split('\n').slice(-5).join(' | ')}`);
    return { initializeMs, firstDiagnosticsMs, files, memoryOpen, memoryEnd, busy, fixAll, manyTags, notes, logs: client.logs };
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\nserver stderr:\n${stderr}`);
  }
}

/**
 * Sends the bench's one-character edit as `version` of `uri`: inserts an `x` at `at`, or deletes
 * it again. Resolves with that version's diagnostics (and when they came), or null after the edit
 * timeout; the waiter is set before the edit is sent, so no publication is missed.
 */
function oneCharacterEdit(client, uri, version, at, insert, debounce) {
  const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, editTimeoutMs + debounce);
  client.notify('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: at, end: insert ? at : { line: at.line, character: at.character + 1 } }, text: insert ? 'x' : '' }],
  });
  return published;
}

/**
 * While the largest file is being checked after an edit, a code action and a hover request on
 * another (already checked) file: how long until each is answered. The requests are sent the
 * debounce plus 10 ms after the edit, when the check has just started; each round waits for the
 * large file's diagnostics before the next edit. The same requests on an idle server give the
 * baseline. Without a hover provider the server answers hover with MethodNotFound at once: that
 * answer still measures how long a request waits behind a check.
 */
export async function benchBusyRequests(client, files, debounce, rounds, hasHover) {
  const large = files.find((f) => f.lines === Math.max(...files.map((x) => x.lines)) && f.openMs !== null);
  const other = files.find((f) => f !== large && f.languageId === 'python' && f.openMs !== null && f.firstDiagnostic);
  if (!large || !other) return null;
  log(`${rounds} code action and hover requests on ${other.relative} while ${large.relative} is checked`);
  const position = other.firstDiagnostic.range.start;
  const codeActionParams = { textDocument: { uri: other.uri }, range: other.firstDiagnostic.range, context: { diagnostics: [other.firstDiagnostic], triggerKind: 2 } };
  const hoverParams = { textDocument: { uri: other.uri }, position };
  const ask = async () => {
    const sentAt = performance.now();
    const [action, hover] = await Promise.all([client.requestTimed('textDocument/codeAction', codeActionParams), client.requestTimed('textDocument/hover', hoverParams)]);
    return { codeActionMs: action.at - sentAt, hoverMs: hover.at - sentAt, at: Math.max(action.at, hover.at), hoverError: hover.error?.message ?? null };
  };
  const idle = [];
  for (let i = 0; i < Math.min(rounds, 5); i++) idle.push(await ask());
  const busy = [];
  let afterCheck = 0;
  const at = editPoint(large.text, large.languageId);
  let version = 1000;
  for (let i = 0; i < rounds; i++) {
    version++;
    const published = oneCharacterEdit(client, large.uri, version, at, i % 2 === 0, debounce);
    await new Promise((resolve) => setTimeout(resolve, debounce + 10));
    const answer = await ask();
    const diagnostics = await published;
    if (!diagnostics) return { large: large.relative, other: other.relative, idle, busy, afterCheck, hasHover, note: `no diagnostics for ${large.relative} within ${editTimeoutMs / 1000} s of an edit; stopped after ${busy.length} rounds` };
    if (answer.at > diagnostics.at) afterCheck++;
    busy.push(answer);
  }
  // Leave the large file as it was (an even number of edits does), for whatever comes next.
  if (rounds % 2 === 1) {
    version++;
    await oneCharacterEdit(client, large.uri, version, at, false, debounce);
  }
  return { large: large.relative, other: other.relative, idle, busy, afterCheck, hasHover, hoverError: busy[0]?.hoverError ?? null };
}

/**
 * Fix-all of the 5,000-line file (a code action request with \`only: ["source.fixAll"]\`, as
 * \`editor.codeActionsOnSave\` and "Django: Fix All in File" send it) and, 20 ms later, a hover on
 * another file: how long each takes, and whether the hover is answered before the fix-all. Each
 * round first edits the file (one character, waiting for its diagnostics), so that no fix-all is
 * answered from the server's cache.
 */
export async function benchFixAllRequests(client, files, debounce, rounds) {
  const target = files.find((f) => f.relative === 'catalog/views.py' && f.openMs !== null);
  const other = files.find((f) => f !== target && f.languageId === 'python' && f.openMs !== null && f.firstDiagnostic && f.lines < 5000);
  if (!target || !other) return null;
  log(`${rounds} fix-all requests on ${target.relative}, each with a hover on ${other.relative} 20 ms later`);
  const at = editPoint(target.text, target.languageId);
  const lines = target.text.split('\n');
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
  const hoverParams = { textDocument: { uri: other.uri }, position: other.firstDiagnostic.range.start };
  const samples = [];
  let version = 2000;
  const edit = (insert) => oneCharacterEdit(client, target.uri, ++version, at, insert, debounce);
  for (let i = 0; i < rounds; i++) {
    if (!(await edit(i % 2 === 0))) return { target: target.relative, other: other.relative, samples, note: `no diagnostics for ${target.relative} within ${editTimeoutMs / 1000} s of an edit` };
    const sentAt = performance.now();
    const fixAll = client.requestTimed('textDocument/codeAction', { textDocument: { uri: target.uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const hoverSentAt = performance.now();
    const hover = await client.requestTimed('textDocument/hover', hoverParams);
    const answer = await fixAll;
    const edits = answer.result?.find?.((a) => a.edit)?.edit;
    samples.push({ fixAllMs: answer.at - sentAt, hoverMs: hover.at - hoverSentAt, hoverFirst: hover.at < answer.at, fixed: Boolean(edits) });
  }
  if (rounds % 2 === 1) await edit(false); // back to the file as it was
  return { target: target.relative, lines: target.lines, other: other.relative, samples };
}

/** Opens a template with `templateTagCount` tags: open → first diagnostics, then a few edits, then closes it. */
async function benchManyTags(client, dir, debounce) {
  const file = path.join(dir, manyTagsFile);
  const text = fs.readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).toString();
  const tags = (text.match(/\{%/g) ?? []).length;
  const lines = text.split('\n').length - 1;
  log(`open ${manyTagsFile} (${tags} tags, ${lines} lines)`);
  const wait = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, openTimeoutMs + lateTimeoutMs);
  const openedAt = performance.now();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'django-html', version: 1, text } });
  const first = await wait;
  const result = { relative: manyTagsFile, tags, lines, bytes: Buffer.byteLength(text, 'utf8'), openMs: first ? first.at - openedAt : null, findings: first ? first.params.diagnostics.length : null, latencies: [] };
  if (first) {
    const at = editPoint(text, 'django-html');
    for (let i = 0, version = 1; i < 4; i++) {
      version++;
      const sentAt = performance.now();
      const done = await oneCharacterEdit(client, uri, version, at, i % 2 === 0, debounce);
      if (!done) break;
      result.latencies.push(done.at - sentAt);
    }
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
  return result;
}

// The scanner's file walk, mirrored to count bytes: same extensions, skipped folders and .gitignore.
const skippedDirectories = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'site-packages', '__pycache__', '.tox', '.nox', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', '.venv', 'venv', '.cache', 'bower_components',
]);

function isSourcePath(file) {
  const normalized = file.split(path.sep).join('/');
  return normalized.endsWith('.py') || /\.(djhtml|dj\.html)$/.test(normalized) || /(^|\/)templates\/.+\.(html|txt)$/.test(normalized);
}

function sourceBytes(target) {
  const require = createRequire(path.join(root, 'package.json'));
  let ignore = null;
  try {
    ignore = require('ignore');
  } catch {
    // without the package, .gitignore files are not honoured in the byte count
  }
  let files = 0;
  let bytes = 0;
  const list = [];
  const seen = new Set();
  const ignored = (layers, full, isDirectory) =>
    layers.some(({ base, matcher }) => {
      const relative = path.relative(base, full).split(path.sep).join('/');
      return relative && !relative.startsWith('..') && matcher.ignores(isDirectory ? `${relative}/` : relative);
    });
  const visit = (dir, layers) => {
    let real;
    let entries;
    try {
      real = fs.realpathSync(dir);
      if (seen.has(real)) return;
      seen.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.name === 'pyvenv.cfg')) return;
    let here = layers;
    if (ignore) {
      try {
        here = [...layers, { base: dir, matcher: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) }];
      } catch {
        // no .gitignore here
      }
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let stat;
      try {
        stat = fs.statSync(full);
      } catch {
        continue;
      }
      if (stat.isDirectory()) {
        if (!skippedDirectories.has(entry.name) && !ignored(here, full, true)) visit(full, here);
      } else if (stat.isFile() && isSourcePath(full) && !ignored(here, full, false)) {
        files++;
        bytes += stat.size;
        list.push(full);
      }
    }
  };
  const stat = fs.statSync(target);
  if (stat.isDirectory()) visit(target, []);
  else if (isSourcePath(target)) {
    files = 1;
    bytes = stat.size;
    list.push(target);
  }
  return { files, bytes, list };
}

const timeBinary = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** One `djupgrade scan TARGET --format json` run: wall time, peak RSS, files and findings. */
function scanOnce(target) {
  return new Promise((resolve, reject) => {
    const args = [cliBin, 'scan', target, '--format', 'json'];
    const startedAt = performance.now();
    const child = timeBinary ? spawn(timeBinary, ['-v', process.execPath, ...args], { cwd: root }) : spawn(process.execPath, args, { cwd: root });
    const out = [];
    let err = '';
    let polledHwmKb = 0;
    // Without /usr/bin/time: poll the process's VmHWM (may miss a final spike).
    const poll = timeBinary ? null : setInterval(() => (polledHwmKb = Math.max(polledHwmKb, readProcStatus(child.pid).hwmKb ?? 0)), 10);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - startedAt;
      if (poll) clearInterval(poll);
      if (code !== 0 && code !== 1) return reject(new Error(`scan ${target} exited with ${code}: ${err.slice(-2000)}`));
      const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(err);
      const peakKb = match ? Number(match[1]) : polledHwmKb || null;
      let report;
      try {
        report = JSON.parse(Buffer.concat(out).toString('utf8'));
      } catch (error) {
        return reject(new Error(`scan ${target}: output is not JSON (${error.message})`));
      }
      resolve({ wallMs, peakKb, files: report.files, findings: report.findings.length });
    });
  });
}

async function benchScan(label, target, runs) {
  const { bytes, files: walkedFiles, list } = sourceBytes(target);
  const results = [];
  for (let i = 0; i < runs; i++) {
    log(`scan ${label} (${i + 1}/${runs})`);
    results.push(await scanOnce(target));
    if (results[0].wallMs > 20_000) break; // a big project: one run is enough for the time budget
  }
  const wallMs = median(results.map((r) => r.wallMs));
  const { files, findings } = results[0];
  if (files !== walkedFiles) log(`note: ${label}: the scanner checked ${files} files, the byte count walked ${walkedFiles}`);
  return { label, target, list, files, bytes, findings, wallMs, runs: results.length, peakKb: Math.max(...results.map((r) => r.peakKb ?? 0)) || null };
}

// ---------------------------------------------------------------------------------------------
// Side by side: the same files through Ruff (wasm, in-process), django-upgrade --check, and our
// scanner as the CLI (default --jobs: one thread per core; and --jobs 1 for reference) and in
// worker threads (the server's workspace scan).

const benchDir = path.join(root, 'bench');
const ruffPackage = path.join(benchDir, 'node_modules', '@astral-sh', 'ruff-wasm-nodejs', 'package.json');
const djangoUpgradeVenv = path.join(root, '.cache', 'venvs', 'django-upgrade');
const djangoUpgradeBin = path.join(djangoUpgradeVenv, 'bin', 'django-upgrade');
const djangoUpgradeTarget = '5.2'; // the newest LTS: the scanner's default target
const nativeRuffVenv = path.join(root, '.cache', 'venvs', 'ruff');
const nativeRuffBin = path.join(nativeRuffVenv, 'bin', 'ruff');
/** Native Ruff is pinned to the wasm build's version (bench/package.json), so both rows run the same rules. */
const ruffVersion = JSON.parse(fs.readFileSync(path.join(benchDir, 'package.json'), 'utf8')).dependencies['@astral-sh/ruff-wasm-nodejs'];
/** Django's own source: the sdist (the `django` package plus its tests), as the issue measured it. */
const djangoSourceVersion = '5.2.19';
const djangoSourceDir = path.join(root, '.cache', 'bench', `django-${djangoSourceVersion}-sdist`);

/** Spawns COMMAND under `/usr/bin/time -v` (or polls VmHWM): wall time, peak RSS, exit code, output. */
function timedRun(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = timeBinary ? spawn(timeBinary, ['-v', command, ...args], { cwd: root, ...options }) : spawn(command, args, { cwd: root, ...options });
    const out = [];
    let err = '';
    let polledHwmKb = 0;
    const poll = timeBinary ? null : setInterval(() => (polledHwmKb = Math.max(polledHwmKb, readProcStatus(child.pid).hwmKb ?? 0)), 10);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - startedAt;
      if (poll) clearInterval(poll);
      const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(err);
      const exit = /Exit status:\s*(\d+)/.exec(err);
      resolve({ wallMs, peakKb: match ? Number(match[1]) : polledHwmKb || null, code: exit ? Number(exit[1]) : code, stdout: Buffer.concat(out).toString('utf8'), stderr: err });
    });
  });
}

/** Repeats `once` like benchScan does: median wall time, highest peak, the first run's details. */
async function repeated(label, runs, once) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    log(`${label} (${i + 1}/${runs})`);
    results.push(await once());
    if (results[0].wallMs > 20_000) break;
  }
  return { ...results[0], wallMs: median(results.map((r) => r.wallMs)), runs: results.length, peakKb: Math.max(...results.map((r) => r.peakKb ?? 0)) || null };
}

/** Installs bench/package.json's dependencies into bench/node_modules on first use. */
function ensureRuff() {
  if (fs.existsSync(ruffPackage)) return true;
  log('installing @astral-sh/ruff-wasm-nodejs into bench/node_modules (npm install --prefix bench)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--prefix', benchDir, '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0 || !fs.existsSync(ruffPackage)) {
    log('could not install @astral-sh/ruff-wasm-nodejs: the Ruff rows are skipped');
    return false;
  }
  return true;
}

/**
 * A PyPI tool in its own venv under .cache/venvs: reused when `ready()` says the venv has it,
 * otherwise the venv is created (or reused) and `pip install REQUIREMENT` run. False (with a log
 * line) when that fails: the tool's rows are then skipped.
 */
function ensurePipTool(venv, requirement, ready, label) {
  if (ready()) return true;
  log(`installing ${requirement} from PyPI into ${path.relative(root, venv)}`);
  const created = fs.existsSync(path.join(venv, 'bin', 'pip')) ? { status: 0 } : spawnSync('python3', ['-m', 'venv', venv], { stdio: ['ignore', 'ignore', 'inherit'] });
  const pip = created.status === 0 ? spawnSync(path.join(venv, 'bin', 'pip'), ['install', '--quiet', requirement], { stdio: ['ignore', 'ignore', 'inherit'] }) : created;
  if (pip.status !== 0 || !ready()) {
    log(`could not install ${label}: its rows are skipped`);
    return false;
  }
  return true;
}

/** Reuses (or creates) the venv of the parity tests with django-upgrade from PyPI. */
const ensureDjangoUpgrade = () => ensurePipTool(djangoUpgradeVenv, 'django-upgrade', () => fs.existsSync(djangoUpgradeBin), 'django-upgrade');

/** Native Ruff at the wasm build's version, in .cache/venvs/ruff. */
const ensureNativeRuff = () =>
  ensurePipTool(nativeRuffVenv, `ruff==${ruffVersion}`, () => fs.existsSync(nativeRuffBin) && spawnSync(nativeRuffBin, ['--version'], { encoding: 'utf8' }).stdout.trim() === `ruff ${ruffVersion}`, 'native Ruff');

/**
 * Django's sdist from PyPI, unpacked once into .cache/bench (pip download, then tar). Returns the
 * source folder, or null (with a log line) when it cannot be had.
 */
function ensureDjangoSource() {
  const unpacked = path.join(djangoSourceDir, `django-${djangoSourceVersion}`);
  if (fs.existsSync(path.join(unpacked, 'django', '__init__.py'))) return unpacked;
  const downloads = path.join(djangoSourceDir, 'downloads');
  fs.mkdirSync(downloads, { recursive: true });
  log(`downloading the Django ${djangoSourceVersion} sdist from PyPI into ${path.relative(root, downloads)}`);
  const pip = spawnSync('python3', ['-m', 'pip', 'download', '--quiet', '--no-deps', '--no-binary', ':all:', '--dest', downloads, `Django==${djangoSourceVersion}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const archive = fs.readdirSync(downloads).find((name) => /^django-.*\.tar\.gz$/i.test(name));
  if (pip.status !== 0 || !archive) {
    log('could not download Django\'s sdist: the Django source rows are skipped');
    return null;
  }
  const tar = spawnSync('tar', ['-xzf', path.join(downloads, archive), '-C', djangoSourceDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const folder = fs.readdirSync(djangoSourceDir).find((name) => /^django-\d/i.test(name) && fs.statSync(path.join(djangoSourceDir, name)).isDirectory());
  if (tar.status !== 0 || !folder) {
    log('could not unpack Django\'s sdist: the Django source rows are skipped');
    return null;
  }
  if (folder !== path.basename(unpacked)) fs.renameSync(path.join(djangoSourceDir, folder), unpacked);
  return unpacked;
}

function writeList(files) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'djupgrade-bench-list-')), 'files.json');
  fs.writeFileSync(file, JSON.stringify(files));
  return file;
}

const bytesOf = (files) => files.reduce((sum, file) => sum + fs.statSync(file).size, 0);

async function ruffRow(pyFiles, runs, nodeFlags = []) {
  const list = writeList(pyFiles);
  const flags = nodeFlags.length ? `, Node \`${nodeFlags.join(' ')}\`` : '';
  try {
    const r = await repeated(`ruff (wasm${flags}) over the Python files`, runs, () => timedRun(process.execPath, [...nodeFlags, path.join(benchDir, 'ruff-scan.mjs'), list]));
    if (r.code !== 0) throw new Error(`ruff-scan.mjs exited with ${r.code}: ${r.stderr.slice(-1500)}`);
    const out = JSON.parse(r.stdout);
    const top = Object.entries(out.codes).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([code, n]) => `${code} ${n}`).join(', ');
    return { tool: `Ruff ${out.version} (wasm, in-process${flags}), \`--select ${out.select.join(',')}\`, target ${out.targetVersion}`, files: out.files, bytes: out.bytes, wallMs: r.wallMs, runs: r.runs, peakKb: r.peakKb, findings: out.diagnostics, set: 'py', kind: nodeFlags.length ? 'ruff-wasm-liftoff' : 'ruff-wasm', note: `loading the package (wasm compile + instantiation) ${(out.loadMs / 1000).toFixed(2)} s, \`new Workspace\` ${(out.createMs / 1000).toFixed(2)} s, then reading and checking ${(out.checkMs / 1000).toFixed(2)} s (${(out.bytes / 2 ** 20 / (out.checkMs / 1000)).toFixed(2)} MB/s); most frequent codes: ${top || 'none'}` };
  } finally {
    fs.rmSync(path.dirname(list), { recursive: true, force: true });
  }
}

async function djangoUpgradeRow(pyFiles, runs) {
  const version = spawnSync(djangoUpgradeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  // --check: reports the files it would rewrite and writes nothing; exit 1 when it would change any.
  const r = await repeated('django-upgrade --check over the Python files', runs, () => timedRun(djangoUpgradeBin, ['--check', '--target-version', djangoUpgradeTarget, ...pyFiles]));
  if (r.code !== 0 && r.code !== 1) throw new Error(`django-upgrade exited with ${r.code}: ${r.stderr.slice(-1500)}`);
  const wouldRewrite = (r.stdout + r.stderr).split('\n').filter((line) => /^Would rewrite /.test(line) || /^Rewriting /.test(line)).length;
  return { tool: `django-upgrade ${version} \`--check --target-version ${djangoUpgradeTarget}\``, files: pyFiles.length, bytes: bytesOf(pyFiles), wallMs: r.wallMs, runs: r.runs, peakKb: r.peakKb, findings: wouldRewrite, findingsUnit: 'files to rewrite', set: 'py', kind: 'django-upgrade', note: `exit code ${r.code} (${r.code === 1 ? 'would change files' : 'nothing to change'})` };
}

async function nativeRuffRow(pyFiles, runs) {
  const version = spawnSync(nativeRuffBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  // The same rules and target as the wasm row; --isolated: no configuration file of the target applies.
  const args = ['check', '--isolated', '--no-cache', '--select', 'DJ,UP', '--target-version', 'py312', '--output-format', 'json', '--exit-zero', ...pyFiles];
  const r = await repeated('native ruff check over the Python files', runs, () => timedRun(nativeRuffBin, args));
  if (r.code !== 0) throw new Error(`ruff exited with ${r.code}: ${r.stderr.slice(-1500)}`);
  const found = JSON.parse(r.stdout);
  const codes = {};
  for (const d of found) codes[d.code ?? 'syntax'] = (codes[d.code ?? 'syntax'] ?? 0) + 1;
  const top = Object.entries(codes).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([code, n]) => `${code} ${n}`).join(', ');
  const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  return { tool: `${version.replace(/^ruff/, 'Ruff')} (native, PyPI), \`ruff check --select DJ,UP\`, target py312`, files: pyFiles.length, bytes: bytesOf(pyFiles), wallMs: r.wallMs, runs: r.runs, peakKb: r.peakKb, findings: found.length, set: 'py', kind: 'ruff-native', note: `\`--isolated --no-cache\`, files as arguments; Ruff checks files in parallel on all ${cores} cores; most frequent codes: ${top || 'none'}` };
}

/**
 * The files of `files` that `djupgrade scan` parses (those its rules' gates let through), from
 * bench/scan-parsed-files.ts run with tsx; null (and a log line) when that cannot run.
 */
function scanParsedFiles(files) {
  const list = writeList(files);
  const out = path.join(path.dirname(list), 'parsed.json');
  try {
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const result = spawnSync(tsx, [path.join(benchDir, 'scan-parsed-files.ts'), list, out], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`scan-parsed-files.ts exited with ${result.status}: ${(result.stderr ?? '').slice(-500)}`);
    return JSON.parse(fs.readFileSync(out, 'utf8'));
  } finally {
    fs.rmSync(path.dirname(list), { recursive: true, force: true });
  }
}

/** A side-by-side row: the whole process of bench/parse-floor.mjs parsing `files` in `threads` worker threads. */
async function parseFloorRow(tool, files, threads, runs, kind) {
  const list = writeList(files);
  try {
    const r = await repeated(tool, runs, () => timedRun(process.execPath, [path.join(benchDir, 'parse-floor.mjs'), 'files', list, String(threads)]));
    if (r.code !== 0) throw new Error(`parse-floor.mjs exited with ${r.code}: ${r.stderr.slice(-500)}`);
    const out = JSON.parse(r.stdout);
    return { tool, files: out.files, bytes: out.bytes, wallMs: r.wallMs, runs: r.runs, peakKb: r.peakKb, findings: undefined, set: 'py', kind, note: 'a floor, not a tool: Node start-up, loading the runtime and the Python grammar in each thread, reading and parsing each file once (bench/parse-floor.mjs)' };
  } finally {
    fs.rmSync(path.dirname(list), { recursive: true, force: true });
  }
}

/**
 * The 20,000-line file's parse alone (bench/parse-floor.mjs `file`): in a new process with the
 * server's Node options, after parsing the server's warm-up file, the first parse of it (as the
 * server's open) and the median of five more. Null (and a log line) when it fails.
 */
function openParseFloor(workspace) {
  const relative = editorFiles.find(([file]) => file === 'legacy/models.py')?.[0];
  if (!relative) return null;
  const result = spawnSync(process.execPath, [...serverNodeOptions(), path.join(benchDir, 'parse-floor.mjs'), 'file', path.join(workspace, relative), path.join(workspace, 'warmup.py'), '5'], { cwd: root, encoding: 'utf8', env: serverEnvironment() });
  if (result.status !== 0) {
    log(`parse floor of ${relative} failed: ${(result.stderr ?? '').split('\n')[0]}`);
    return null;
  }
  const { firstMs, laterMs } = JSON.parse(result.stdout);
  return { firstMs, laterMedianMs: median(laterMs) };
}

async function ourCliRow(label, args, runs, files, bytes) {
  const r = await repeated(label, runs, () => timedRun(process.execPath, [cliBin, 'scan', ...args, '--format', 'json']));
  if (r.code !== 0 && r.code !== 1) throw new Error(`scan exited with ${r.code}: ${r.stderr.slice(-1500)}`);
  const report = JSON.parse(r.stdout);
  return { files: report.files ?? files, bytes, wallMs: r.wallMs, runs: r.runs, peakKb: r.peakKb, findings: report.findings.length };
}

/** The server's workspace scan (worker threads) over LSP: spawn → `djangoUpgrade/scanWorkspace` result. */
async function workerScanOnce(target) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...serverNodeOptions(), serverBundle, '--stdio'], { cwd: target, stdio: ['pipe', 'pipe', 'pipe'], env: serverEnvironment() });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const client = new LspClient(child);
  const folderUri = pathToFileURL(target).toString();
  try {
    await client.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'djupgrade-bench' },
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: path.basename(target) }],
      capabilities: { window: { workDoneProgress: false }, workspace: { configuration: false, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    client.notify('initialized', {});
    const requestedAt = performance.now();
    const response = await client.request('djangoUpgrade/scanWorkspace', null);
    const doneAt = response.at;
    const status = readProcStatus(child.pid); // VmHWM covers the worker threads: they share the process
    await Promise.race([client.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
    client.notify('exit', null);
    if (!(await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 5000))]))) child.kill('SIGKILL');
    return { wallMs: doneAt - spawnedAt, requestMs: doneAt - requestedAt, peakKb: status.hwmKb, files: response.result.files, findings: response.result.findings, skipped: response.result.skipped };
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\nserver stderr:\n${stderr}`);
  }
}

/** Worker threads the server uses for `files` files (server/src/project/workspace-scan.ts: workerCount). */
function serverWorkerCount(files) {
  const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores - 1, Math.ceil(files / 50)));
}

async function compareScan(scan, runs) {
  const pyFiles = scan.list.filter((file) => file.endsWith('.py'));
  const rows = [];
  const notes = [];
  const attempt = async (what, fn) => {
    try {
      const row = await fn();
      if (row) rows.push(row);
    } catch (error) {
      log(`${what} failed: ${error.message.split('\n')[0]}`);
      notes.push(`${what}: failed (${error.message.split('\n')[0]})`);
    }
  };
  const threads = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  const ours = { tool: `djupgrade scan (CLI, default --jobs ${threads}), all files`, files: scan.files, bytes: scan.bytes, wallMs: scan.wallMs, runs: scan.runs, peakKb: scan.peakKb, findings: scan.findings, set: 'all', kind: 'ours-all' };
  rows.push(ours);
  await attempt('djupgrade scan (CLI), Python files only', async () => ({ tool: `djupgrade scan (CLI, default --jobs ${threads}), Python files only`, set: 'py', kind: 'ours-py', ...(await ourCliRow(`scan ${scan.label}, Python files only`, pyFiles, runs, pyFiles.length, bytesOf(pyFiles))) }));
  // One thread, for reference: what a core does on its own (not the goal's figure).
  await attempt('djupgrade scan (CLI, --jobs 1), Python files only', async () => ({ tool: 'djupgrade scan (CLI, --jobs 1: one thread), Python files only', set: 'py', kind: 'ours-py-1', ...(await ourCliRow(`scan ${scan.label}, Python files only, --jobs 1`, ['--jobs', '1', ...pyFiles], runs, pyFiles.length, bytesOf(pyFiles))) }));
  await attempt('workspace scan (worker threads)', async () => {
    const r = await repeated(`workspace scan of ${scan.label} over LSP (worker threads)`, runs, () => workerScanOnce(scan.target));
    const workers = serverWorkerCount(r.files);
    return { tool: `djupgrade workspace scan over LSP, ${workers} worker thread${workers === 1 ? '' : 's'}, all files`, files: r.files, bytes: scan.bytes, wallMs: r.wallMs, runs: r.runs, peakKb: r.peakKb, findings: r.findings, set: 'all', kind: 'worker', note: `\`djangoUpgrade/scanWorkspace\` request → result ${(r.requestMs / 1000).toFixed(2)} s without server start-up (${(scan.bytes / 2 ** 20 / (r.requestMs / 1000)).toFixed(2)} MB/s); ${r.skipped} skipped; ${os.availableParallelism ? os.availableParallelism() : os.cpus().length} cores, and the server uses min(4, cores − 1, ⌈files / 50⌉) workers` };
  });
  if (scan.django && pyFiles.length) {
    await attempt('parse floor, the files our scan parses', async () => {
      const parsed = scanParsedFiles(pyFiles);
      return parsed && (await parseFloorRow(`web-tree-sitter's parse alone (no rules), in ${threads} threads: the files our scan parses`, parsed, threads, runs, 'floor-scanned'));
    });
    await attempt('parse floor, every Python file', () => parseFloorRow(`web-tree-sitter's parse alone (no rules), in ${threads} threads: every Python file`, pyFiles, threads, runs, 'floor-all'));
  }
  if (pyFiles.length) {
    if (ensureRuff()) {
      await attempt('Ruff', () => ruffRow(pyFiles, runs));
      // Node waits at exit for V8's background optimising compile of Ruff's large wasm module;
      // with Liftoff only there is none, which shows how much of the wall time that is.
      await attempt('Ruff (--liftoff-only)', () => ruffRow(pyFiles, runs, ['--liftoff-only']));
    }
    if (ensureDjangoUpgrade()) await attempt('django-upgrade', () => djangoUpgradeRow(pyFiles, runs));
    if (ensureNativeRuff()) await attempt('native Ruff', () => nativeRuffRow(pyFiles, runs));
  }
  return { label: scan.label, django: scan.django ?? false, rows, notes };
}

function comparisonMarkdown(comparisons) {
  const out = [];
  out.push('## Scanning side by side (same files)', '');
  out.push('Wall time of each whole process (start-up included), median of the runs; peak RSS from ' + (timeBinary ? '`/usr/bin/time -v`' : 'VmHWM polling') + ' (the workspace scan: the server process\'s VmHWM, worker threads included). Ruff and django-upgrade only read Python files, so they get the `.py` files of the target; our CLI is also run on exactly those files. "× ours" is the wall time of our CLI scan (default \`--jobs\`: one thread per core) of the same files divided by the row\'s wall time (above 1: faster than ours on the same files).', '');
  for (const c of comparisons) {
    out.push(`### ${c.label}`, '');
    out.push('| Tool | Files | MB | Findings | Runs | Wall (s) | Files/s | MB/s | × ours | Peak RSS (MB) |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const reference = { all: c.rows[0], py: c.rows.find((r) => r.set === 'py' && r.tool.startsWith('djupgrade scan')) };
    for (const r of c.rows) {
      const seconds = r.wallMs / 1000;
      const rate = r.bytes / 2 ** 20 / seconds;
      const findings = r.findings === undefined ? 'n/a' : `${int(r.findings)}${r.findingsUnit ? ` ${r.findingsUnit}` : ''}`;
      out.push(`| ${r.tool} | ${int(r.files)} | ${(r.bytes / 2 ** 20).toFixed(2)} | ${findings} | ${r.runs} | ${seconds.toFixed(2)} | ${(r.files / seconds).toFixed(0)} | ${rate.toFixed(2)} | ${reference[r.set] ? (reference[r.set].wallMs / r.wallMs).toFixed(2) : 'n/a'} | ${mb(r.peakKb)} |`);
    }
    out.push('');
    for (const r of c.rows) if (r.note) out.push(`- ${r.tool}: ${r.note}`);
    for (const note of c.notes) out.push(`- ${note}`);
    out.push('');
  }
  out.push('Findings are not comparable across tools: Ruff\'s DJ and UP rules check different things (DJ: model and form conventions; UP: Python-version upgrades), and django-upgrade counts files it would rewrite, not findings.', '');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Report

/** CPU time in clock ticks (Linux): the whole machine's busy and total time, and this process's own
 * plus that of its waited-for children (the server and the scans). Null elsewhere. */
function cpuTicks() {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = fields[3] + (fields[4] ?? 0);
    const self = fs.readFileSync('/proc/self/stat', 'utf8');
    const rest = self.slice(self.lastIndexOf(')') + 2).split(' ').map(Number);
    const own = rest[11] + rest[12] + rest[13] + rest[14]; // utime, stime, cutime, cstime
    return { total, busy: total - idle, own };
  } catch {
    return null;
  }
}

/** The share of the machine's CPU time that other processes used between two cpuTicks(). */
function othersShare(before, after) {
  if (!before || !after || after.total === before.total) return null;
  return Math.max(0, after.busy - before.busy - (after.own - before.own)) / (after.total - before.total);
}

/** /proc/loadavg's 1-, 5- and 15-minute load averages, or null. */
function loadAverage() {
  try {
    return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return null;
  }
}

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) cpu = match[1].trim();
  } catch {
    // not Linux
  }
  const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  return { cpu, cores, node: process.version, os: `${os.type()} ${os.release()} ${os.arch()}`, memGb: os.totalmem() / 2 ** 30 };
}

/** The commit measured, and whether server/, common/ or the bundles' inputs had local changes. */
function gitRevision() {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown commit';
  const dirty = git('status', '--porcelain', '--', 'server', 'common', 'grammars', 'scripts', 'package.json');
  return `commit ${head.stdout.trim()}${dirty.stdout.trim() ? ' plus uncommitted changes to the server' : ''}`;
}

const ms = (value) => (value === null || Number.isNaN(value) ? 'n/a' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const mb = (kb) => (kb === null || kb === undefined ? 'n/a' : (kb / 1024).toFixed(0));
const int = (n) => (n === null || n === undefined ? 'n/a' : n.toLocaleString('en-US'));

/**
 * The goals of issue 10 ("Live at any size"), each next to the figure of this run that decides it.
 * A goal whose figure was not measured (skipped part, failed tool) says so instead of passing.
 */
function goalRows({ server, scans, comparisons, debounce }) {
  const rows = [];
  const goal = (what, value, unit, limit, { strict = false, detail = '' } = {}) => {
    const measured = value !== null && value !== undefined && !Number.isNaN(value);
    const text = !measured ? 'not measured' : unit === 'ms' ? `${ms(value)} ms` : unit === 'MB' ? `${mb(value * 1024)} MB` : `${value.toFixed(2)}×`;
    const pass = measured ? (strict ? value < limit : value <= limit) : null;
    const limitText = `${strict ? '<' : '≤'} ${unit === '×' ? `${limit}×` : `${limit.toLocaleString('en-US')} ${unit}`}`;
    rows.push({ what, text, limitText, result: pass === null ? 'n/a' : pass ? 'pass' : '**FAIL**', detail });
  };
  const byLines = (languageId, lines) => server?.files.find((f) => f.languageId === languageId && f.lines === lines && !f.skipped && f.latencies.length);
  const sizes = Object.fromEntries(editorFiles.map(([relative, , lines]) => [relative, lines]));
  const py5k = byLines('python', sizes['catalog/views.py']);
  const py20k = byLines('python', sizes['legacy/models.py']);
  const tpl3k = byLines('django-html', sizes['shop/templates/shop/catalogue.html']);
  const minusDebounce = (f, p) => (f ? (p === 50 ? median(f.latencies) : percentile(f.latencies, p)) - debounce : null);
  const fileLabel = (lines, kind) => `${int(lines)}-line ${kind}`;
  goal(`Edit → diagnostics minus the debounce, ${fileLabel(sizes['catalog/views.py'], 'Python')}, p50`, minusDebounce(py5k, 50), 'ms', 3);
  goal(`Edit → diagnostics minus the debounce, ${fileLabel(sizes['catalog/views.py'], 'Python')}, p95`, minusDebounce(py5k, 95), 'ms', 10);
  goal(`Edit → diagnostics minus the debounce, ${fileLabel(sizes['legacy/models.py'], 'Python')}, p95`, minusDebounce(py20k, 95), 'ms', 25);
  goal(`Edit → diagnostics minus the debounce, ${fileLabel(sizes['shop/templates/shop/catalogue.html'], 'template')}, p95`, minusDebounce(tpl3k, 95), 'ms', 10);
  const opened20k = server?.files.find((f) => f.relative === 'legacy/models.py');
  const openFloor = server?.openParseFloor;
  const openDetail = openFloor ? `web-tree-sitter's parse of the file alone: ${ms(openFloor.firstMs)} ms the first time in a new process warmed up as the server is, ${ms(openFloor.laterMedianMs)} ms (median) the next five` : '';
  goal(`Open a ${fileLabel(sizes['legacy/models.py'], 'Python file')} → first diagnostics`, opened20k?.openMs ?? null, 'ms', 150, { detail: openDetail });
  const busy = server?.busy;
  const busyDetail = busy ? `p95 over ${busy.busy.length} requests sent ${debounce + 10} ms after an edit of \`${busy.large}\`, on \`${busy.other}\`` : '';
  goal('Code action on another file while a large file is checked, p95', busy?.busy.length ? percentile(busy.busy.map((b) => b.codeActionMs), 95) : null, 'ms', 50, { detail: busyDetail });
  goal(`Hover on another file while a large file is checked, p95${busy && !busy.hasHover ? ' (no hover provider yet: the server\'s MethodNotFound answer)' : ''}`, busy?.busy.length ? percentile(busy.busy.map((b) => b.hoverMs), 95) : null, 'ms', 50, { detail: busyDetail });
  const tags = server?.manyTags;
  goal(`A ${int(tags?.tags ?? templateTagCount)}-tag template: open → first diagnostics`, tags?.openMs ?? null, 'ms', 1000, { strict: true });
  goal('Server memory (VmRSS) with the bench\'s files open', server?.memoryOpen?.rssKb != null ? server.memoryOpen.rssKb / 1024 : null, 'MB', 150);
  const peaks = scans.filter((sc) => sc.peakKb);
  const biggest = peaks.sort((a, b) => b.peakKb - a.peakKb)[0];
  goal('CLI scan peak RSS (the highest of the scans)', biggest ? biggest.peakKb / 1024 : null, 'MB', 400, { detail: biggest ? biggest.label : '' });
  const django = comparisons.find((c) => c.django);
  const row = (kind) => django?.rows.find((r) => r.kind === kind);
  const ours = row('ours-py');
  const ratio = (kind) => (ours && row(kind) ? ours.wallMs / row(kind).wallMs : null);
  // The floor: the parse alone of the files our scan parses, against the same tool.
  const floor = row('floor-scanned');
  const floorDetail = (kind) => (floor ? `; parse alone of the ${int(floor.files)} files our scan parses: ${(floor.wallMs / 1000).toFixed(2)} s = ${(floor.wallMs / row(kind).wallMs).toFixed(2)}×` : '');
  const scanDetail = (kind) => (ours && row(kind) ? `${(ours.wallMs / 1000).toFixed(2)} s vs ${(row(kind).wallMs / 1000).toFixed(2)} s on the same ${int(ours.files)} \`.py\` files${floorDetail(kind)}` : '');
  goal('Scan of Django\'s source, whole process: ours ÷ Ruff wasm', ratio('ruff-wasm'), '×', 0.5, { detail: scanDetail('ruff-wasm') });
  goal('Scan of Django\'s source, whole process: ours ÷ django-upgrade', ratio('django-upgrade'), '×', 0.2, { detail: scanDetail('django-upgrade') });
  goal('Scan of Django\'s source, whole process: ours ÷ native Ruff', ratio('ruff-native'), '×', 4, { detail: scanDetail('ruff-native') });
  return rows;
}

function goalsMarkdown(out, input) {
  const rows = goalRows(input);
  out.push('## Goals (issue 10)', '');
  if (input.smoke) out.push('**`--smoke` run: tiny sizes, one run each. These figures only show that the bench works; they decide nothing.**', '');
  out.push('| Goal | Measured | Target | Result | Measured on |');
  out.push('|---|---:|---:|---|---|');
  for (const r of rows) out.push(`| ${r.what} | ${r.text} | ${r.limitText} | ${r.result} | ${r.detail} |`);
  const passed = rows.filter((r) => r.result === 'pass').length;
  const failed = rows.filter((r) => r.result !== 'pass' && r.result !== 'n/a').length;
  out.push('', `${passed} of ${rows.length} goals reached, ${failed} missed, ${rows.length - passed - failed} not measured in this run. Ratios compare our CLI (default \`--jobs\`: one thread per core) on the Python files of Django's source with each tool on the same files, in this run (the "Scanning side by side" section has every row).`, '');
}

function report({ server, scans, comparisons, debounce, smoke, editCount, totalMs, busy, loadBefore, loadAfter }) {
  const m = machine();
  const out = [];
  out.push('# Django Upgrade benchmark', '');
  out.push(`- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
  out.push(`- Machine: ${m.cpu}, ${m.cores} cores, ${m.memGb.toFixed(1)} GiB RAM, ${m.os}`);
  out.push(`- Node: ${m.node}; ${gitRevision()}`);
  const environment = Object.entries(serverEnvironment()).filter(([key]) => process.env[key] !== serverEnvironment()[key]).map(([key, value]) => `${key}=${value}`);
  out.push(`- ${server ? `Server: \`${[...environment, 'node', ...serverNodeOptions(), 'dist/server.js', '--stdio'].join(' ')}\`, debounce ${debounce} ms; ${editCount} edits per file; ` : ''}bench run took ${(totalMs / 1000).toFixed(0)} s`);
  if (busy !== null) out.push(`- Other processes used ${(busy * 100).toFixed(0)}% of the machine's CPU time during the run${busy > 0.1 ? ' (contention: the figures are pessimistic)' : ''}`);
  if (loadBefore) out.push(`- Load average (/proc/loadavg, 1/5/15 min): ${loadBefore} before the run, ${loadAfter} after it`);
  out.push('');
  goalsMarkdown(out, { server, scans, comparisons, debounce, smoke });
  if (server) serverReport(out, server, debounce);
  else out.push('(Editing benchmark skipped: `--no-server`.)', '');
  scanReport(out, scans);
  if (comparisons.length) out.push(comparisonMarkdown(comparisons));
  return out.join('\n');
}

function serverReport(out, server, debounce) {
  out.push('## Language server', '');
  out.push(`Start-up: spawn → initialize result ${ms(server.initializeMs)} ms; spawn → first diagnostics of a 200-line file (grammars loaded, JIT warm-up) ${ms(server.firstDiagnosticsMs)} ms.`, '');
  out.push(`| File | Lines | KB | Diagnostics | Open → first diagnostics (ms) | Edit → diagnostics, raw p50 / p95 (ms) | Same minus the ${debounce} ms debounce, p50 / p95 (ms) | Server CPU per edit (ms) |`);
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of server.files) {
    const p50 = median(f.latencies);
    const p95 = percentile(f.latencies, 95);
    const lost = f.skipped ? ' (not measured)' : f.timeouts ? ` (${f.timeouts} timed out)` : '';
    out.push(`| \`${f.relative}\` (${f.languageId}) | ${int(f.lines)} | ${(f.bytes / 1024).toFixed(0)} | ${int(f.findings)} | ${ms(f.openMs)} | ${ms(p50)} / ${ms(p95)}${lost} | ${ms(p50 - debounce)} / ${ms(p95 - debounce)} | ${f.cpuPerEditMs === undefined ? '–' : ms(f.cpuPerEditMs)} |`);
  }
  out.push('', 'Server CPU per edit: the server process\'s CPU time (all its threads, `/proc/PID/task/*/schedstat`) over a file\'s edits, divided by their number: the work an edit costs, including what runs during the debounce.');
  out.push('');
  for (const note of server.notes) out.push(`> ${note}`, '');
  out.push('| Server memory | VmRSS (MB) | VmHWM, peak (MB) |');
  out.push('|---|---:|---:|');
  const opened = server.files.filter((f) => !f.skipped).length + 1;
  out.push(`| ${opened} files open (including the warm-up file), the last one not yet edited | ${mb(server.memoryOpen.rssKb)} | ${mb(server.memoryOpen.hwmKb)} |`);
  const edits = server.files.reduce((sum, f) => sum + f.latencies.length + (f.timeouts ?? 0), 0);
  out.push(`| At the end, after ${edits} edits | ${mb(server.memoryEnd.rssKb)} | ${mb(server.memoryEnd.hwmKb)} |`);
  out.push('');
  const busy = server.busy;
  if (busy) {
    out.push(`### Requests while \`${busy.large}\` is checked`, '');
    out.push(`A code action (as VS Code sends it when the cursor moves: no \`only\`, the diagnostic under the cursor) and a hover on the first diagnostic of \`${busy.other}\`, sent together ${debounce + 10} ms after a one-character edit of \`${busy.large}\`, when its check has just started. ${busy.hasHover ? '' : 'The server has no hover provider yet: it answers hover with MethodNotFound, which still measures how long a request waits. '}Idle: the same requests with nothing being checked.`, '');
    out.push('| Request | Idle p50 (ms) | While checking: p50 / p95 / max (ms) | Samples |');
    out.push('|---|---:|---:|---:|');
    for (const [name, key] of [['Code action', 'codeActionMs'], ['Hover', 'hoverMs']]) {
      const values = busy.busy.map((b) => b[key]);
      out.push(`| ${name} | ${ms(median(busy.idle.map((b) => b[key])))} | ${ms(median(values))} / ${ms(percentile(values, 95))} / ${ms(values.length ? Math.max(...values) : NaN)} | ${values.length} |`);
    }
    out.push('', `${busy.afterCheck} of ${busy.busy.length} answers came after the large file's diagnostics (the request waited for the whole check).${busy.note ? ` ${busy.note}.` : ''}`, '');
  }
  const fixAll = server.fixAll;
  if (fixAll?.samples.length) {
    const fixMs = fixAll.samples.map((f) => f.fixAllMs);
    const hoverMs = fixAll.samples.map((f) => f.hoverMs);
    out.push(`### Requests while fix-all of \`${fixAll.target}\` is computed`, '');
    out.push(`A code action request for fix-all (\`only: ["source.fixAll"]\`, as \`editor.codeActionsOnSave\` sends it) on the ${int(fixAll.lines)}-line file, after a one-character edit of it (so no answer comes from the server's cache), then 20 ms later a hover on the first diagnostic of \`${fixAll.other}\`.`, '');
    out.push('| Request | p50 / max (ms) | Samples |');
    out.push('|---|---:|---:|');
    out.push(`| Fix-all (request → its edit) | ${ms(median(fixMs))} / ${ms(Math.max(...fixMs))} | ${fixMs.length} |`);
    out.push(`| Hover on the other file, meanwhile | ${ms(median(hoverMs))} / ${ms(Math.max(...hoverMs))} | ${hoverMs.length} |`);
    out.push('', `${fixAll.samples.filter((f) => f.hoverFirst).length} of ${fixAll.samples.length} hovers were answered before the fix-all; ${fixAll.samples.filter((f) => f.fixed).length} of ${fixAll.samples.length} fix-all answers held an edit.${fixAll.note ? ` ${fixAll.note}.` : ''}`, '');
  }
  const tags = server.manyTags;
  if (tags) {
    out.push(`### A template with ${int(tags.tags)} tags`, '');
    out.push(`\`${tags.relative}\`: ${int(tags.lines)} lines, ${(tags.bytes / 1024).toFixed(0)} KB, ${int(tags.findings)} diagnostics. Open → first diagnostics ${ms(tags.openMs)} ms${tags.latencies.length ? `; ${tags.latencies.length} edits → diagnostics, raw: ${tags.latencies.map((v) => ms(v)).join(', ')} ms (minus the debounce: ${tags.latencies.map((v) => ms(v - debounce)).join(', ')} ms)` : ''}.`, '');
  }
}

function scanReport(out, scans) {
  out.push('## CLI scan (`djupgrade scan PATH --format json`)', '');
  out.push(`Wall time of the spawned process (Node start-up, grammar loading, walk, parse, lint, JSON output), median of the runs; peak RSS from ${timeBinary ? '`/usr/bin/time -v`' : 'VmHWM polling'}.`, '');
  out.push('| Target | Files | MB | Findings | Runs | Wall (s) | Files/s | MB/s | Peak RSS (MB) |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of scans) {
    const seconds = s.wallMs / 1000;
    out.push(`| ${s.label} | ${int(s.files)} | ${(s.bytes / 2 ** 20).toFixed(2)} | ${int(s.findings)} | ${s.runs} | ${seconds.toFixed(2)} | ${(s.files / seconds).toFixed(0)} | ${(s.bytes / 2 ** 20 / seconds).toFixed(2)} | ${mb(s.peakKb)} |`);
  }
  out.push('');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.smoke) {
    useSmokeSizes();
    options.edits = 2;
    options.scanRuns = 1;
  }
  for (const file of [serverBundle, path.join(root, 'dist', 'cli.js')]) {
    if (!fs.existsSync(file)) {
      log(`${path.relative(root, file)} is missing: run \`npm run build\` (or \`npm run bench\`)`);
      process.exit(2);
    }
  }
  const startedAt = performance.now();
  const loadBefore = loadAverage();
  const ticksBefore = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const ticksStart = cpuTicks();
  const busyBefore = othersShare(ticksBefore, ticksStart);
  if (busyBefore !== null && busyBefore > 0.1) log(`note: other processes used ${(busyBefore * 100).toFixed(0)}% of the CPUs just before the run; the figures will suffer`);
  const debounce = serverDebounceMs();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'djupgrade-bench-'));
  try {
    const workspace = path.join(tmp, 'editor');
    const corpus = path.join(tmp, 'corpus');
    log(`generating files in ${tmp}`);
    generateEditorWorkspace(workspace);
    const apps = options.smoke ? 2 : 20;
    generateCorpus(corpus, apps);
    globalThis.gc?.();

    const server = options.server ? await benchServer(workspace, options.edits, debounce) : null;
    if (server) {
      log('parse floor of legacy/models.py (its parse alone, in a new process)');
      server.openParseFloor = openParseFloor(workspace);
    }
    globalThis.gc?.();

    const scans = [];
    scans.push(await benchScan('`examples/legacy-site`', path.join(root, 'examples', 'legacy-site'), options.scanRuns));
    scans.push(await benchScan(`generated corpus (${apps} apps)`, corpus, options.scanRuns));
    for (const target of options.scan) scans.push(await benchScan(`\`${path.relative(process.cwd(), target) || '.'}\``, target, options.scanRuns));
    const djangoSource = options.django ? ensureDjangoSource() : null;
    if (djangoSource) {
      // --smoke: one package of it, to prove the rows work in seconds.
      const target = options.smoke ? path.join(djangoSource, 'django', 'utils') : djangoSource;
      const label = `Django ${djangoSourceVersion} source (PyPI sdist${options.smoke ? ', `django/utils` only' : ''})`;
      scans.push({ ...(await benchScan(label, target, options.scanRuns)), django: true });
    }

    const comparisons = [];
    if (options.compare) for (const scan of scans) comparisons.push(await compareScan(scan, options.scanRuns));

    const loadAfter = loadAverage();
    const markdown = report({ server, scans, comparisons, debounce, smoke: options.smoke, editCount: options.edits, totalMs: performance.now() - startedAt, busy: othersShare(ticksStart, cpuTicks()), loadBefore, loadAfter });
    process.stdout.write(`${markdown}\n`);
    if (options.smoke) {
      log(`--smoke: ${path.relative(root, resultsFile)} is left as it was`);
    } else {
      fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
      fs.writeFileSync(resultsFile, `${markdown}\n`);
      log(`written to ${path.relative(root, resultsFile)}`);
    }
  } finally {
    if (options.keep) log(`kept generated files in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// Imported (scripts/profile-engine.ts reuses the generators): do not run.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`bench: ${error.stack ?? error}\n`);
    process.exit(1);
  });
}

// "Django: Load Test Warnings Log…" over the protocol: the real server reads a captured log against
// a copy of the legacy fixture; what no rule flags joins the diagnostics of open and closed files
// (beside the static ones, never instead of them), follows its line through edits, feeds the tree
// view, and appears in the upgrade report.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { LoadWarningsLogResult, RuntimeFindingsParams } from '../../common/protocol';
import { TestClient } from '../helpers/lsp-client';
import { fixtureRoot, logsDir } from './expected';

describe('test warnings in the editor', () => {
  let client: TestClient;
  let root: string;
  let views: string;
  let viewsText: string;
  const uriOf = (relative: string) => `file://${root}/${relative}`;
  const lines = (diagnostics: Diagnostic[], source?: string) =>
    diagnostics.filter((d) => !source || d.source === source).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).sort();

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'warnings-ls-'));
    fs.cpSync(fixtureRoot, root, { recursive: true });
    // A DRF viewset of the DRF 3.9 days, so that the report has a library finding beside the rest.
    fs.appendFileSync(path.join(root, 'requirements.txt'), 'djangorestframework==3.9.4\n');
    fs.writeFileSync(
      path.join(root, 'shop/api.py'),
      ['from rest_framework import viewsets', 'from rest_framework.decorators import detail_route', '', '', 'class ProductViewSet(viewsets.ViewSet):', '    @detail_route()', '    def stock(self, request, pk=None):', '        pass', ''].join('\n'),
    );
    views = uriOf('shop/views.py');
    viewsText = fs.readFileSync(path.join(root, 'shop/views.py'), 'utf8');
    client = new TestClient();
    client.settings = { targetVersion: '4.2' };
    await client.initialize(root);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: views, languageId: 'python', version: 1, text: viewsText } });
    await client.diagnosticsFor(views, 1);
  });
  after(() => client.stop());

  test('loading a log: runtime-only warnings join the static diagnostics, open file or not', async () => {
    const result = await client.connection.sendRequest<LoadWarningsLogResult>('djangoUpgrade/loadWarningsLog', {
      logUri: `file://${path.join(logsDir, 'django-3.2-manage-test-Wd.log')}`,
      uri: views,
    });
    assert.deepEqual([result.read, result.distinct, result.static, result.runtimeOnly, result.external], [10, 10, 1, 6, 3]);
    assert.deepEqual(result.uris.sort(), [uriOf('legacysite/urls.py'), views]);
    // The open file: its static finding (is_ajax) and the three warnings of the log, each once.
    await client.waitFor(() => (client.diagnostics.get(views)?.diagnostics.length ?? 0) === 4, 'views.py with the log');
    const open = client.diagnostics.get(views)!.diagnostics;
    assert.deepEqual(lines(open), ['10:44 request-is-ajax', '14:5 translation-ugettext', '15:5 encoding-force-text', '23:5 encoding-force-text']);
    assert.deepEqual(lines(open, 'Django Upgrade (test log)'), ['14:5 translation-ugettext', '15:5 encoding-force-text', '23:5 encoding-force-text']);
    assert.equal(open.find((d) => d.range.start.line === 13)!.message, 'RemovedInDjango40Warning at run time: django.utils.translation.ugettext() is deprecated in favor of django.utils.translation.gettext().');
    // A closed file no scan has covered gets the log's diagnostics alone.
    await client.waitFor(() => client.diagnostics.has(uriOf('legacysite/urls.py')), 'urls.py');
    assert.deepEqual(lines(client.diagnostics.get(uriOf('legacysite/urls.py'))!.diagnostics), ['5:5 conf-urls-url', '6:5 conf-urls-url', '7:5 conf-urls-url']);
    // The tree view's group.
    const tree = client.notifications.filter((n) => n.method === 'djangoUpgrade/runtimeFindings').pop()!.params as RuntimeFindingsParams;
    assert.equal(tree.findings.length, 6);
    assert.ok(tree.findings.every((f) => f.uri === views || f.uri === uriOf('legacysite/urls.py')));
  });

  test('a warning follows its line through edits, and goes with it', async () => {
    // Two lines inserted at the top: everything moves down by two.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: views, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# moved\n# down\n' }],
    });
    const moved = await client.diagnosticsFor(views, 2);
    assert.deepEqual(lines(moved), ['12:44 request-is-ajax', '16:5 translation-ugettext', '17:5 encoding-force-text', '25:5 encoding-force-text']);
    // The ugettext line rewritten by hand: its warning is gone.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: views, version: 3 },
      contentChanges: [{ range: { start: { line: 15, character: 0 }, end: { line: 15, character: 25 } }, text: '    title = "Products"' }],
    });
    assert.deepEqual(lines(await client.diagnosticsFor(views, 3)), ['12:44 request-is-ajax', '17:5 encoding-force-text', '25:5 encoding-force-text']);
  });

  test('the upgrade report lists the log, the vulnerabilities and the library findings beside the findings', async () => {
    const { html } = await client.connection.sendRequest<{ html: string }>('djangoUpgrade/auditReport', { uri: views });
    assert.match(html, /<h2>Warnings from the test log<\/h2>/);
    assert.match(html, /10 deprecation warnings, 10 distinct: 1 a rule already flags, 6 seen only at run time \(now findings\), 3 raised in installed packages/);
    assert.match(html, /django: django\/apps\/registry\.py:91/);
    assert.match(html, /<h2>Known vulnerabilities<\/h2>/);
    assert.match(html, /Django 3\.2\.4<\/b> · <span class="status-upgrade">\d+ published vulnerabilities; 3\.2\.25 fixes them/);
    assert.match(html, /djangorestframework 3\.9\.4<\/b> · <span class="status-\w+">1 published vulnerability; 3\.11\.2 fixes it/);
    // The library: its row (versions, findings, rules) and its findings, under the library's own release.
    const libraries = html.slice(html.indexOf('<h2>Libraries</h2>'), html.indexOf('<h2>Dependencies</h2>'));
    assert.match(libraries, /Django REST Framework<\/b>/);
    assert.match(libraries, /3\.9\.4 → /);
    assert.match(libraries, /drf-detail-list-route<\/code> ×2/);
    assert.match(html, /<code>drf-detail-list-route<\/code> · 2 · <span class="muted">removed in Django REST Framework 3\.10 · fixable<\/span>/);
    assert.match(html, /<code>request-is-ajax<\/code> · 1 · <span class="muted">removed in 4\.0/);
  });

  test('a log that is not there is a clear error', async () => {
    await assert.rejects(
      client.connection.sendRequest('djangoUpgrade/loadWarningsLog', { logUri: `file://${root}/no-such.log`, uri: views }),
      /ENOENT|no such file/,
    );
  });
});

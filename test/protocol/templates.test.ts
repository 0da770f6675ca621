// Templates without hijacking HTML: `html` and plain-text documents in the templates/ folders of a
// Django project are checked as Django templates while keeping their language; other HTML is
// left alone; the django-html and django-txt ids stay checked wherever a user chose them.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, test } from 'node:test';
import { isDjangoProject } from '../../server/src/project/django-project';
import { temporaryWorkspace, TestClient } from '../helpers/lsp-client';

const template = '{% load staticfiles %}\n{% ifequal a b %}x{% endifequal %}\n';

describe('Django project detection', () => {
  const cases: Array<[string, Record<string, string>, boolean]> = [
    ['manage.py', { 'manage.py': 'import sys\n' }, true],
    ['a settings module two folders down', { 'src/mysite/settings.py': 'DEBUG = True\n' }, true],
    ['a settings package', { 'mysite/settings/__init__.py': '', 'mysite/settings/base.py': 'DEBUG = True\n' }, true],
    ["INSTALLED_APPS in a reusable app's test settings", { 'tests/conf.py': 'INSTALLED_APPS = ["myapp"]\n' }, true],
    ['INSTALLED_APPS extended', { 'conf.py': 'INSTALLED_APPS += ["x"]\n' }, true],
    ['a static site', { 'templates/index.html': '<p>{{ x }}</p>\n', 'build.py': 'print("INSTALLED_APPS")\n' }, false],
    ['manage.py three folders down', { 'a/b/c/manage.py': '' }, false],
    ['manage.py inside a virtualenv', { 'env/pyvenv.cfg': '', 'env/manage.py': '' }, false],
  ];
  for (const [name, files, expected] of cases) {
    test(`${name}: ${expected ? 'a Django project' : 'not one'}`, () => {
      const root = temporaryWorkspace(files, 'djproject-');
      try {
        assert.equal(isDjangoProject(root), expected);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

describe('template documents over the protocol', () => {
  test('html in a Django project\'s templates/ is checked; html elsewhere and outside Django projects is not; django-html always is', async () => {
    const django = temporaryWorkspace({ 'manage.py': '', 'blog/templates/blog/list.html': template, 'static/page.html': template, 'blog/templates/blog/mail.txt': template });
    const plain = temporaryWorkspace({ 'templates/index.html': template, 'templates/chosen.html': template, 'index.py': '' });
    const client = new TestClient();
    try {
      await client.initialize(django, undefined, [plain]);
      const openAs = (uri: string, languageId: string) =>
        client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: template } });
      const checked = { list: `file://${django}/blog/templates/blog/list.html`, mail: `file://${django}/blog/templates/blog/mail.txt`, chosen: `file://${plain}/templates/chosen.html` };
      const unchecked = { outsideTemplates: `file://${django}/static/page.html`, notDjango: `file://${plain}/templates/index.html` };
      await openAs(unchecked.outsideTemplates, 'html');
      await openAs(unchecked.notDjango, 'html');
      await openAs(checked.list, 'html');
      await openAs(checked.mail, 'plaintext');
      await openAs(checked.chosen, 'django-html');
      for (const uri of Object.values(checked)) {
        assert.deepEqual((await client.diagnosticsFor(uri, 1)).map((d) => d.code), ['template-load-staticfiles', 'template-ifequal'], uri);
      }
      // Documents are handled in the order they were opened: the unchecked ones came first and published nothing.
      for (const uri of Object.values(unchecked)) assert.equal(client.diagnostics.has(uri), false, uri);
      // The workspace scan agrees: the templates/ of the folder without Django are not scanned.
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: checked.chosen } });
      const scan = (await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {})) as { findings: number };
      assert.equal(scan.findings, 4, 'two in list.html, two in mail.txt; none in the plain folder');
      assert.equal(client.diagnostics.has(unchecked.notDjango), false);
      assert.equal(client.diagnostics.get(checked.chosen)?.diagnostics.length, 0, 'closed, and not scanned: its diagnostics cleared');
    } finally {
      await client.stop();
    }
  });
});

// The project root of an open document is found once (every check asks for it, and finding it looks
// for the root markers in each folder above the file), and found again when the projects are
// refreshed: the server does so when a project file such as manage.py or pyproject.toml changes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Workspace } from '../../server/src/language-server/workspace';

test('a file\'s project root is kept until the projects are refreshed', () => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'djupgrade-roots-'));
  try {
    fs.writeFileSync(path.join(top, 'requirements.txt'), 'Django==2.2\n');
    const file = path.join(top, 'site', 'shop', 'views.py');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'x = 1\n');
    const workspace = new Workspace();
    workspace.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(top).toString(), name: 'top' }] });
    assert.equal(workspace.rootOf(file), top);
    assert.equal(workspace.projectFor(pathToFileURL(file).toString())?.root, top);
    // A nearer marker appears: the kept root stands until the server hears of the project file.
    fs.writeFileSync(path.join(top, 'site', 'manage.py'), '');
    assert.equal(workspace.rootOf(file), top, 'kept');
    workspace.refreshProjects();
    assert.equal(workspace.rootOf(file), path.join(top, 'site'), 'found again');
    assert.equal(workspace.projectFor(pathToFileURL(file).toString())?.root, path.join(top, 'site'));
  } finally {
    fs.rmSync(top, { recursive: true, force: true });
  }
});

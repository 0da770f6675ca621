import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSession, openFile, packagedExtension, problemsOf } from './harness';
(async () => {
  const pkg = packagedExtension();
  const session = await startSession(pkg.vsix, { open: (dir, legacy) => { fs.mkdirSync(path.join(dir, 'b')); fs.writeFileSync(path.join(dir, 'b', 'x.py'), 'x=1\n'); const f = path.join(dir, 'multi.code-workspace'); fs.writeFileSync(f, JSON.stringify({ folders: [{ path: legacy }, { path: path.join(dir, 'b') }] })); return f; } });
  const { page } = session;
  try {
    await openFile(page, 'blog/urls.py');
    await page.locator('.squiggly-error').first().waitFor({ timeout: 120000 });
    await problemsOf(page, 'blog/urls.py');
    await page.waitForTimeout(1000);
    const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    console.log(rows.join('\n'));
  } finally {
    await session.stop();
  }
})();

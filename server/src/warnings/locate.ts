// Maps a path written in a test log to a file of the workspace. The tests may have run elsewhere
// (CI, a container's /app, another checkout, Windows), so a path is matched by its longest tail
// that names an existing workspace file; installed packages and the standard library are outside.

export type Located =
  | { kind: 'workspace'; /** Relative to the workspace root, "/"-separated. */ path: string }
  | { kind: 'external'; /** The installed distribution's top-level folder ("django", "rest_framework"), or "python" for the standard library. */ package: string };

const installed = /[\\/](?:site|dist)-packages[\\/]([^\\/]+)/;
const stdlib = /[\\/](?:lib[\\/]python\d+(?:\.\d+)?|Lib)[\\/](?!site-packages|dist-packages)([^\\/]+)/;
const virtualenv = /(^|[\\/])(\.?venv|\.tox|\.nox|env|virtualenv)[\\/]/;

/**
 * Where a logged path is. `exists` answers for a workspace-relative path ("shop/views.py");
 * `root` is the workspace folder as an absolute path, used first when the log names it.
 */
export function locate(logPath: string, root: string, exists: (relative: string) => boolean): Located | null {
  const path = logPath.replace(/\\/g, '/');
  const site = installed.exec(path);
  if (site) return { kind: 'external', package: site[1].replace(/\.py$/, '') };
  if (stdlib.test(path) && !path.startsWith(`${root.replace(/\\/g, '/')}/`)) return { kind: 'external', package: 'python' };
  const base = root.replace(/\\/g, '/').replace(/\/$/, '');
  if (path.startsWith(`${base}/`)) {
    const relative = path.slice(base.length + 1);
    if (!virtualenv.test(relative) && exists(relative)) return { kind: 'workspace', path: relative };
  }
  // Longest tail first: /builds/x/shop/views.py → "x/shop/views.py", "shop/views.py", "views.py".
  const parts = path.split('/').filter((p) => p && p !== '.');
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join('/');
    if (parts.slice(i).includes('..')) continue;
    if (exists(tail)) return { kind: 'workspace', path: tail };
  }
  return null;
}

/**
 * A log line's location may carry what printed before it: a runner's progress dots ("./tmp/…"),
 * a logging prefix ("WARNING py.warnings /app/…"). The candidates, longest first.
 */
export function pathCandidates(written: string): string[] {
  const candidates = new Set<string>([written.trim()]);
  const afterSpace = written.split(/[\s[(]+/).pop()!;
  candidates.add(afterSpace);
  for (const candidate of [...candidates]) {
    const undotted = candidate.replace(/^[.sFEx]+(?=\/)/, '');
    candidates.add(undotted);
  }
  return [...candidates].filter(Boolean);
}

/** The first candidate that locates; else where the plain path points (an unknown file outside the workspace). */
export function locateWritten(written: string, root: string, exists: (relative: string) => boolean): Located | null {
  let fallback: Located | null = null;
  for (const candidate of pathCandidates(written)) {
    const found = locate(candidate, root, exists);
    if (found?.kind === 'workspace') return found;
    fallback ??= found;
  }
  return fallback;
}

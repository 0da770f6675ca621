#!/usr/bin/env python3
"""Compile the fixed examples of the rule catalogue and run their imports under real Django releases.

Reads a JSON request on stdin, writes a JSON report on stdout (see README.md, "Fixed examples under
real Django"). Each Django release is installed once into a cached virtual environment
``<venvDir>/django-X.Y`` (``python -m venv --without-pip``, then the release's pure-Python wheel and
those of its dependencies unpacked into its site-packages; the wheel comes from the claim checker's
download cache when it is there, else from ``pip download``). A release counts
as importable when its core modules import on this Python with ``settings.configure()`` (no
``django.setup()``, no project, no database); the verdict is cached in the environment.

For each example, in one interpreter per release:

* ``compile()`` the fixed source;
* if it is *self-contained* -- every name it reads is bound in the module (import, def, class,
  assignment, parameter, ...) or is a builtin, as Python's ``symtable`` sees it, and it imports only
  ``django`` and standard-library modules -- execute each of its import statements.

An import that fails because Django's app registry is not ready (models of contrib apps), or
because an optional library is missing (psycopg, GDAL, Pillow...), is reported as skipped with that
reason; any other exception is a failure.

Exit codes: 0 = report written; 2 = bad input.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import json
import os
import re
import subprocess
import sys
import symtable
from pathlib import Path

PROBE_MODULES = [
    "django.db.models", "django.test", "django.forms", "django.urls", "django.views.generic",
    "django.template.loader", "django.contrib.admin.options", "django.http",
]
DEPENDENCIES = ["asgiref", "sqlparse", "pytz"]


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


# --------------------------------------------------------------------------
# Environments
# --------------------------------------------------------------------------


@contextlib.contextmanager
def locked(path: Path):
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def pip(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q", *args],
        capture_output=True, text=True,
    )


def site_packages(env: Path) -> Path:
    return env / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"


def ensure_dependency_wheels(venv_dir: Path) -> Path:
    """Wheels of Django's dependencies, downloaded once, so that installing a release needs no index."""
    wheels = venv_dir / "wheels"
    with locked(venv_dir / ".wheels.lock"):
        if not any(wheels.glob("asgiref-*")):
            pip("download", "--only-binary", ":all:", "-d", str(wheels), *DEPENDENCIES)
    return wheels


PROBE = (
    "import warnings; warnings.simplefilter('ignore')\n"
    "import django; from django.conf import settings; settings.configure()\n"
    + "".join(f"import {m}\n" for m in PROBE_MODULES)
    + "print(django.get_version())\n"
)


def probe(python: str, pythonpath: str | None = None) -> dict:
    env = {**os.environ, "PYTHONPATH": pythonpath} if pythonpath else None
    run = subprocess.run([python, "-c", PROBE], capture_output=True, text=True, env=env)
    if run.returncode == 0:
        return {"installed": run.stdout.strip(), "importable": True, "reason": None}
    last = (run.stderr.strip().splitlines() or ["?"])[-1]
    return {"installed": None, "importable": False, "reason": f"does not import on Python {sys.version.split()[0]}: {last}"}


def release_wheel(folders: list[Path], version: str) -> Path | None:
    """The newest X.Y.Z wheel of Django in the folders."""
    wheels = []
    for folder in folders:
        for path in folder.glob("*.whl") if folder.is_dir() else []:
            match = re.match(r"^[Dd]jango-(\d+\.\d+\.\d+)-", path.name)
            if match and match.group(1).startswith(version + "."):
                wheels.append((version_key(match.group(1)), path))
    return max(wheels)[1] if wheels else None


def unpacked_release(source_dir: Path | None, version: str) -> Path | None:
    """The claim checker's unpacked copy of the newest X.Y.Z, when there is one."""
    if not source_dir or not source_dir.is_dir():
        return None
    trees = [p for p in source_dir.glob(f"django-{version}.*") if (p / "django" / "__init__.py").exists()]
    return max(trees, key=lambda p: version_key(p.name.split("-", 1)[1]), default=None)


def ensure_environment(venv_dir: Path, find_links: list[Path], source_dir: Path | None, version: str) -> dict:
    """Install Django X.Y into <venv_dir>/django-X.Y once; return {installed, importable, reason} (cached)."""
    env = venv_dir / f"django-{version}"
    marker = venv_dir / f"django-{version}.probe.json"
    with locked(venv_dir / f".django-{version}.lock"):
        if marker.exists():
            verdict = json.loads(marker.read_text())
            if not verdict["importable"] or (env / "bin" / "python").exists():
                return verdict
        wheels = ensure_dependency_wheels(venv_dir)
        # The folder also receives Django wheels fetched from the index below: only the dependencies'
        # wheels go onto the path, or another release's files would be unpacked over this one's.
        dependency_wheels = sorted(
            str(w) for w in wheels.glob("*.whl") if w.name.split("-", 1)[0].lower() in DEPENDENCIES
        )
        # A release that does not import on this Python is not worth an environment: try its unpacked
        # source (with the dependency wheels on the path) first.
        tree = unpacked_release(source_dir, version)
        if tree is not None:
            verdict = probe(sys.executable, os.pathsep.join([str(tree), *dependency_wheels]))
            if not verdict["importable"]:
                marker.write_text(json.dumps(verdict))
                return verdict
        if env.exists():
            import shutil

            shutil.rmtree(env)
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True, capture_output=True)
        site = site_packages(env)
        wheel = release_wheel([*find_links, wheels], version)
        if wheel is None:  # not downloaded yet: ask the index
            pip("download", "--no-deps", "--only-binary", ":all:", "--ignore-requires-python", "-d", str(wheels), f"django=={version}.*")
            wheel = release_wheel([wheels], version)
        if wheel is None:
            verdict = {"installed": None, "importable": False, "reason": f"no wheel of Django {version} could be downloaded"}
        else:
            import zipfile

            # Django and its dependencies are pure-Python wheels: unpacking them is installing them.
            for archive_path in [wheel, *dependency_wheels]:
                with zipfile.ZipFile(archive_path) as archive:
                    archive.extractall(site)
            verdict = probe(str(env / "bin" / "python"))
        marker.write_text(json.dumps(verdict))
        return verdict


# --------------------------------------------------------------------------
# Worker (runs inside one environment's interpreter)
# --------------------------------------------------------------------------


def free_names(source: str, filename: str) -> list[str]:
    """Names the module reads that nothing in it binds and that are not builtins."""
    table = symtable.symtable(source, filename, "exec")
    bound = {s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported() or s.is_namespace()}
    known = bound | set(dir(builtins)) | {"__name__", "__file__", "__doc__"}
    free: set[str] = set()

    def visit(scope: symtable.SymbolTable, top: bool) -> None:
        for symbol in scope.get_symbols():
            if not symbol.is_referenced():
                continue
            global_read = symbol.is_global() or (top and not symbol.is_assigned() and not symbol.is_imported())
            if global_read and symbol.get_name() not in known:
                free.add(symbol.get_name())
        for child in scope.get_children():
            visit(child, False)

    visit(table, True)
    return sorted(free)


def imported_modules(tree: ast.AST) -> tuple[list[ast.stmt], list[str]]:
    statements: list[ast.stmt] = []
    modules: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            statements.append(node)
            modules += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            statements.append(node)
            modules.append("." * node.level + (node.module or ""))
    return statements, modules


def is_allowed_module(name: str) -> bool:
    if name.startswith("."):
        return False
    top = name.split(".")[0]
    return top == "django" or top in sys.stdlib_module_names


def conditionally_bound(statement: ast.stmt, error: ImportError) -> bool:
    """`from django.x import Name` failing although django/x binds Name inside a try/if (an optional library guard)."""
    if not isinstance(statement, ast.ImportFrom) or not error.path or not error.name:
        return False
    try:
        tree = ast.parse(Path(error.path).read_text())
    except (OSError, SyntaxError):
        return False
    wanted = {alias.name for alias in statement.names}
    for node in tree.body:
        if isinstance(node, (ast.Try, ast.If)):
            for inner in ast.walk(node):
                names = []
                if isinstance(inner, (ast.ImportFrom, ast.Import)):
                    names = [a.asname or a.name for a in inner.names]
                elif isinstance(inner, (ast.FunctionDef, ast.ClassDef)):
                    names = [inner.name]
                if wanted & set(names):
                    return True
    return False


def worker(examples: list[dict]) -> list[dict]:
    import warnings

    warnings.simplefilter("ignore")
    from django.conf import settings
    from django.core.exceptions import AppRegistryNotReady, ImproperlyConfigured

    settings.configure()
    results = []
    for example in examples:
        source = example["code"]
        result = {"id": example["id"], "compiled": False, "imported": 0, "status": "failed", "detail": ""}
        results.append(result)
        try:
            compile(source, example["id"], "exec")
        except SyntaxError as error:
            result["detail"] = f"does not compile: {error}"
            continue
        result["compiled"] = True
        free = free_names(source, example["id"])
        statements, modules = imported_modules(ast.parse(source))
        foreign = [m for m in modules if not is_allowed_module(m)]
        if free:
            result.update(status="skipped", detail=f"reads names defined elsewhere: {', '.join(free[:6])}")
            continue
        if foreign:
            result.update(status="skipped", detail=f"imports non-Django modules: {', '.join(foreign[:4])}")
            continue
        if not statements:
            result.update(status="compiled", detail="no imports")
            continue
        skipped = None
        failed = None
        for statement in statements:
            module = ast.Module(body=[statement], type_ignores=[])
            line = ast.unparse(statement)
            try:
                exec(compile(module, example["id"], "exec"), {"__name__": "example"})
                result["imported"] += 1
            except AppRegistryNotReady:
                skipped = skipped or f"`{line}` needs the app registry (django.setup())"
            except ImportError as error:
                if error.name and not error.name.split(".")[0] == "django":
                    skipped = skipped or f"`{line}` needs the optional library {error.name.split('.')[0]}"
                elif conditionally_bound(statement, error):
                    skipped = skipped or f"`{line}` is only bound when an optional library is installed"
                else:
                    failed = failed or f"`{line}`: {type(error).__name__}: {error}"
            except (ImproperlyConfigured, OSError) as error:
                skipped = skipped or f"`{line}` needs a library or setting missing here: {str(error)[:120]}"
            except Exception as error:  # noqa: BLE001 - every other failure is a finding
                failed = failed or f"`{line}`: {type(error).__name__}: {error}"
        if failed:
            result.update(status="failed", detail=failed)
        elif skipped:
            result.update(status="skipped", detail=skipped)
        else:
            result.update(status="imported", detail="")
    return results


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------


def choose_versions(example: dict, importable: list[str]) -> list[str]:
    """The oldest importable release from the removal on (else the newest one the fix supports), and the fix's floor."""
    floor = example.get("floor") or "1.8"
    top = example.get("top")
    supported = [v for v in importable if version_key(v) >= version_key(floor)]
    if not supported:
        return []
    chosen = []
    at_top = [v for v in supported if top and version_key(v) >= version_key(top)]
    chosen.append(at_top[0] if at_top else supported[-1])
    if supported[0] not in chosen:
        chosen.append(supported[0])
    return chosen


def environment_paths(request: dict) -> tuple[Path, list[Path], Path | None]:
    """Where a request puts the environments, where wheels may be found, and the unpacked releases."""
    source_dir = Path(request["sourceDir"]) if request.get("sourceDir") else None
    return Path(request["venvDir"]), [Path(p) for p in request.get("findLinks", [])], source_dir


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        print(json.dumps(worker(json.load(sys.stdin))))
        return 0
    try:
        request = json.load(sys.stdin)
        venv_dir, find_links, source_dir = environment_paths(request)
        versions = sorted(request["versions"], key=version_key)
        examples = request["examples"]
    except (ValueError, KeyError, TypeError) as error:
        print(f"bad input: {error}", file=sys.stderr)
        return 2
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2) as pool:
        verdicts = dict(zip(versions, pool.map(lambda v: ensure_environment(venv_dir, find_links, source_dir, v), versions)))
    importable = [v for v in versions if verdicts[v]["importable"]]
    by_version: dict[str, list[dict]] = {v: [] for v in importable}
    for example in examples:
        for version in choose_versions(example, importable):
            by_version[version].append(example)

    def run(version: str) -> tuple[str, list[dict]]:
        batch = by_version[version]
        if not batch:
            return version, []
        python = venv_dir / f"django-{version}" / "bin" / "python"
        done = subprocess.run([str(python), os.path.abspath(__file__), "--worker"], input=json.dumps(batch), capture_output=True, text=True)
        if done.returncode != 0:
            return version, [{"id": e["id"], "compiled": False, "imported": 0, "status": "failed", "detail": f"worker crashed: {done.stderr.strip()[-300:]}"} for e in batch]
        return version, json.loads(done.stdout)

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = dict(pool.map(run, importable))
    report = {"versions": {}, "results": []}
    for version in versions:
        verdict = verdicts[version]
        entry = {"installed": verdict["installed"], "importable": verdict["importable"], "reason": verdict["reason"]}
        results = outcomes.get(version, [])
        for result in results:
            result["version"] = version
        entry["examples"] = len(results)
        entry["compiled"] = sum(1 for r in results if r["compiled"])
        entry["imported"] = sum(1 for r in results if r["status"] == "imported")
        entry["skipped"] = sum(1 for r in results if r["status"] == "skipped")
        entry["failed"] = sum(1 for r in results if r["status"] == "failed")
        report["versions"][version] = entry
        report["results"] += results
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

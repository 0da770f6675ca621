#!/usr/bin/env python3
"""Prove (or disprove) claims about real Django releases by reading their source.

Reads a JSON request on stdin, writes a JSON report on stdout.  Django is never
imported: every release is downloaded once (a wheel, via ``pip download``),
unpacked into the cache directory and analysed statically with ``ast``.
Releases 1.4 to 1.7 are read too: their Python 2 syntax (``print x``,
``except E, e``, ``0777``, ``ur''``...) is first rewritten by ``lib2to3``'s
syntax fixers, which change no binding.

See README.md next to this file for the input/output format and the exact
resolution rules.  Standard library only; Python 3.11+.

Exit codes: 0 = report written (whether or not the claims hold),
            2 = bad input, or a release could not be downloaded/unpacked.
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

VERSION_RE = re.compile(r"^\d+\.\d+(?:\.\d+)?$")
IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# RemovedInDjangoNNWarning from 1.7 on; 1.4 to 1.6 warned with the builtin
# (Pending)DeprecationWarning classes.
DEPRECATION_WARNING_RE = re.compile(r"^(?:RemovedInDjango\d+Warning|PendingDeprecationWarning|DeprecationWarning)$")
# Attributes Django sets on model fields that only survive for historical
# migrations (or are on their way out).
FIELD_CHECK_ATTRS = {
    "system_check_removed_details": (
        "class sets system_check_removed_details: historical stub kept only so "
        "old migrations import; using it in a model fails `manage.py check`"
    ),
    "system_check_deprecated_details": (
        "class sets system_check_deprecated_details: deprecated, "
        "`manage.py check` warns"
    ),
}


class BadInput(Exception):
    pass


class ReleaseError(Exception):
    pass


# --------------------------------------------------------------------------
# Release download / cache
# --------------------------------------------------------------------------


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(p) for p in v.split("."))


def _matches(requested: str, actual: str) -> bool:
    """'1.11' matches 1.11 and 1.11.N; '1.11.3' matches only itself."""
    if requested.count(".") == 2:
        return actual == requested
    return actual == requested or actual.startswith(requested + ".")


_ARCHIVE_RE = re.compile(
    r"^[Dd]jango-(?P<v>\d+\.\d+(?:\.\d+)?)"
    r"(?:-[^-]+-[^-]+-[^-]+\.whl|\.tar\.gz|\.zip)$"
)


def _find_extracted(cache: Path, requested: str) -> tuple[str, Path] | None:
    best = None
    if not cache.is_dir():
        return None
    for entry in cache.iterdir():
        m = re.match(r"^django-(\d+\.\d+(?:\.\d+)?)$", entry.name)
        if not m or not _matches(requested, m.group(1)):
            continue
        if not (entry / "django" / "__init__.py").is_file():
            continue
        if best is None or _version_key(m.group(1)) > _version_key(best[0]):
            best = (m.group(1), entry)
    return best


def _find_archive(downloads: Path, requested: str) -> tuple[str, Path] | None:
    best = None
    if not downloads.is_dir():
        return None
    for entry in downloads.iterdir():
        m = _ARCHIVE_RE.match(entry.name)
        if not m or not _matches(requested, m.group("v")):
            continue
        key = (_version_key(m.group("v")), entry.name.endswith(".whl"))
        if best is None or key > best[0]:
            best = (key, m.group("v"), entry)
    return None if best is None else (best[1], best[2])


def _safe_member(name: str) -> bool:
    p = Path(name)
    return not p.is_absolute() and ".." not in p.parts


def _extract(archive: Path, dest: Path) -> None:
    """Unpack the ``django/`` package of a wheel or sdist into dest/django."""
    if archive.name.endswith(".whl") or archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as zf:
            names = zf.namelist()
            prefix = ""
            if not any(n.startswith("django/") for n in names):
                # sdist as .zip: Django-X.Y.Z/django/...
                tops = {n.split("/", 1)[0] for n in names}
                prefix = next(iter(tops)) + "/" if len(tops) == 1 else ""
            for n in names:
                if not n.startswith(prefix + "django/") or not _safe_member(n):
                    continue
                rel = n[len(prefix):]
                target = dest / rel
                if n.endswith("/"):
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(n) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
    else:
        with tarfile.open(archive) as tf:
            for member in tf.getmembers():
                parts = member.name.split("/", 1)
                if len(parts) != 2 or not parts[1].startswith("django/"):
                    continue
                if not member.isfile() or not _safe_member(member.name):
                    continue
                target = dest / parts[1]
                target.parent.mkdir(parents=True, exist_ok=True)
                src = tf.extractfile(member)
                assert src is not None
                with src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
    if not (dest / "django" / "__init__.py").is_file():
        raise ReleaseError(f"{archive.name} does not contain django/__init__.py")


@contextlib.contextmanager
def _cache_lock(cache: Path) -> Iterator[None]:
    cache.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX
        yield
        return
    with open(cache / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _pip_download(requested: str, downloads: Path) -> None:
    spec = f"django=={requested}" + (".*" if requested.count(".") == 1 else "")
    base = [
        sys.executable, "-m", "pip", "download", "--no-deps",
        "--disable-pip-version-check", "--ignore-requires-python",
        "-d", str(downloads),
    ]
    attempts = [
        # Every Django release from 1.5.2 on ships a pure-Python wheel; it needs
        # no build step, so it works for old releases on a new interpreter.
        # --ignore-requires-python: e.g. Django >= 6.0 declares Python >= 3.12.
        base + ["--only-binary", ":all:", spec],
        # Fallback: the sdist (only unpacked, never built or installed).
        base + ["--no-binary", ":all:", "--no-build-isolation", spec],
        # 1.4 has no wheel, and pip prepares an sdist's metadata with setuptools'
        # bdist_wheel: in an isolated build environment that pip sets up.
        base + ["--no-binary", ":all:", spec],
    ]
    errors = []
    for cmd in attempts:
        print(f"check_claims: downloading {spec}: {' '.join(cmd[1:])}", file=sys.stderr)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode == 0 and _find_archive(downloads, requested):
            return
        out = (proc.stdout + proc.stderr).strip().splitlines()
        lines = [ln for ln in out if ln.startswith("ERROR")] or out[-5:]
        shown = "\n".join(ln if len(ln) < 300 else ln[:150] + " ... " + ln[-120:] for ln in lines)
        errors.append(f"$ {' '.join(cmd)}\n{shown}")
    raise ReleaseError(f"cannot download {spec}:\n" + "\n".join(errors))


def ensure_release(cache: Path, requested: str) -> tuple[str, Path]:
    """Return (full version, directory containing ``django/``).

    Reuses ``<cache>/django-X.Y.Z`` when present (no network at all); the
    newest matching extracted release wins.  Otherwise reuses an archive in
    ``<cache>/downloads``, and only downloads when there is none.
    """
    found = _find_extracted(cache, requested)
    if found:
        return found
    with _cache_lock(cache):
        found = _find_extracted(cache, requested)
        if found:
            return found
        downloads = cache / "downloads"
        downloads.mkdir(parents=True, exist_ok=True)
        archive = _find_archive(downloads, requested)
        if archive is None:
            _pip_download(requested, downloads)
            archive = _find_archive(downloads, requested)
            assert archive is not None
        version, path = archive
        final = cache / f"django-{version}"
        tmp = Path(tempfile.mkdtemp(prefix=f".tmp-django-{version}-", dir=cache))
        try:
            _extract(path, tmp)
            os.replace(tmp, final)
        except (OSError, zipfile.BadZipFile, tarfile.TarError) as exc:
            raise ReleaseError(f"cannot unpack {path}: {exc}") from exc
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        return version, final


# --------------------------------------------------------------------------
# Static model of a release
# --------------------------------------------------------------------------


@dataclass
class Binding:
    name: str
    node: ast.AST  # the statement that binds it
    kind: str  # def | class | assign | import | import-top | from
    alias: ast.alias | None = None


@dataclass
class Scope:
    """Names bound directly in a module body or a class body."""

    bindings: dict[str, list[Binding]] = field(default_factory=dict)
    stars: list[ast.ImportFrom] = field(default_factory=list)

    def add(self, b: Binding) -> None:
        self.bindings.setdefault(b.name, []).append(b)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _target_names(t: ast.expr) -> Iterator[str]:
    if isinstance(t, ast.Name):
        yield t.id
    elif isinstance(t, (ast.Tuple, ast.List)):
        for e in t.elts:
            yield from _target_names(e)
    elif isinstance(t, ast.Starred):
        yield from _target_names(t.value)


def build_scope(stmts: list[ast.stmt], scope: Scope | None = None,
                conditional: bool = False) -> Scope:
    """Collect bindings of a body, descending into if/try/with blocks (not
    into def/class bodies).  ``if TYPE_CHECKING:`` bodies are skipped (they
    bind nothing at run time)."""
    scope = scope if scope is not None else Scope()
    for st in stmts:
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
            scope.add(Binding(st.name, st, "def"))
        elif isinstance(st, ast.ClassDef):
            scope.add(Binding(st.name, st, "class"))
        elif isinstance(st, ast.Assign):
            for t in st.targets:
                for n in _target_names(t):
                    scope.add(Binding(n, st, "assign"))
        elif isinstance(st, ast.AnnAssign):
            # `x: int` without a value binds nothing at run time.
            if st.value is not None and isinstance(st.target, ast.Name):
                scope.add(Binding(st.target.id, st, "assign"))
        elif isinstance(st, ast.AugAssign):
            for n in _target_names(st.target):
                scope.add(Binding(n, st, "assign"))
        elif isinstance(st, ast.Import):
            for a in st.names:
                if a.asname:
                    scope.add(Binding(a.asname, st, "import", a))
                else:
                    scope.add(Binding(a.name.split(".")[0], st, "import-top", a))
        elif isinstance(st, ast.ImportFrom):
            for a in st.names:
                if a.name == "*":
                    scope.stars.append(st)
                else:
                    scope.add(Binding(a.asname or a.name, st, "from", a))
        elif isinstance(st, ast.If):
            if not _is_type_checking(st.test):
                build_scope(st.body, scope, True)
            build_scope(st.orelse, scope, True)
        elif isinstance(st, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            build_scope(st.body, scope, True)
            for h in st.handlers:
                build_scope(h.body, scope, True)
            build_scope(st.orelse, scope, True)
            build_scope(st.finalbody, scope, conditional)
        elif isinstance(st, (ast.With, ast.AsyncWith)):
            build_scope(st.body, scope, conditional)
        elif isinstance(st, ast.Delete) and not conditional:
            for t in st.targets:
                for n in _target_names(t):
                    scope.bindings.pop(n, None)
    return scope


# lib2to3 fixers that only change syntax Python 3 rejects; none adds, removes
# or renames a binding, so the static model of a module stays the same.
PY2_SYNTAX_FIXERS = [
    f"lib2to3.fixes.fix_{name}"
    for name in ("print", "except", "raise", "exec", "execfile", "ne", "repr", "numliterals", "unicode", "tuple_params")
]
# Python 2 let `True`/`False` be parameter names (django.utils.simplejson in 1.4).
_PY2_CONSTANT_PARAM_RE = re.compile(r"(?<=[(,\s])(True|False)=(?=\1\b)")
_py2_tool = None


def _python2_to_3(source: bytes, rel: str) -> str:
    """Rewrite Python 2 syntax (Django 1.4 to 1.7 sources) so that ``ast`` reads it."""
    global _py2_tool
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lib2to3 is deprecated (removed in Python 3.13)
        from lib2to3 import refactor
        from lib2to3.pgen2.parse import ParseError

        if _py2_tool is None:
            _py2_tool = refactor.RefactoringTool(PY2_SYNTAX_FIXERS)
        text = source.decode("utf-8", "replace").replace("\r\n", "\n")
        text = _PY2_CONSTANT_PARAM_RE.sub(lambda m: f"_{m.group(1)}=", text)
        if not text.endswith("\n"):
            text += "\n"
        try:
            return str(_py2_tool.refactor_string(text, rel))
        except ParseError as exc:
            raise ValueError(str(exc)) from exc


@dataclass
class Module:
    name: str  # dotted
    path: Path
    rel: str  # path relative to the release root, e.g. django/conf/urls/__init__.py
    is_package: bool
    tree: ast.Module | None
    parse_error: str | None = None
    _scope: Scope | None = None

    @property
    def scope(self) -> Scope:
        if self._scope is None:
            self._scope = build_scope(self.tree.body if self.tree else [])
        return self._scope

    @property
    def package(self) -> str:
        return self.name if self.is_package else self.name.rpartition(".")[0]


def _loc(mod: Module, node: ast.AST) -> str:
    return f"{mod.rel}:{getattr(node, 'lineno', '?')}"


@dataclass
class Found:
    kind: str  # module | class | function | assign | external | getattr | dangling
    module: Module | None  # module holding the definition (or the module itself)
    node: ast.AST | None
    steps: list[str]
    target: str = ""  # external dotted name
    # Other bindings of the same name (e.g. a class defined in both branches
    # of an `if`); attribute and parameter lookups try them too.
    alternatives: list["Found"] = field(default_factory=list)

    def candidates(self) -> list["Found"]:
        return [self] + self.alternatives

    def describe(self) -> str:
        return " -> ".join(self.steps)

    def with_step(self, step: str) -> "Found":
        return Found(self.kind, self.module, self.node, [step] + self.steps, self.target,
                     self.alternatives)


@dataclass
class Miss:
    reason: str


Result = Found | Miss


class Release:
    """The static model of one release of a package: `internal` names its top-level packages
    (imports from them are followed, others are external), `warning` its deprecation warning
    classes (noted in a result's detail). test/library-truth reuses it for Django's libraries."""

    def __init__(self, root: Path, version: str, internal: Iterable[str] = ("django",),
                 warning: re.Pattern = DEPRECATION_WARNING_RE):
        self.root = root
        self.version = version
        self.internal = frozenset(internal)
        self.warning = warning
        self._modules: dict[str, Module | None] = {}
        self._exports: dict[str, tuple[set[str] | None, str]] = {}

    # -- modules ----------------------------------------------------------

    def module_candidates(self, dotted: str) -> tuple[str, str]:
        rel = dotted.replace(".", "/")
        return f"{rel}.py", f"{rel}/__init__.py"

    def module(self, dotted: str) -> Module | None:
        if dotted in self._modules:
            return self._modules[dotted]
        mod = None
        if all(IDENT_RE.match(p) for p in dotted.split(".")):
            as_file, as_pkg = self.module_candidates(dotted)
            for rel, is_pkg in ((as_pkg, True), (as_file, False)):
                path = self.root / rel
                if path.is_file():
                    mod = self._load(dotted, path, rel, is_pkg)
                    break
        self._modules[dotted] = mod
        return mod

    def _load(self, dotted: str, path: Path, rel: str, is_pkg: bool) -> Module:
        source = path.read_bytes()
        tree, err = None, None
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for kwargs in ({}, {"feature_version": (3, 6)}):
                try:
                    tree = ast.parse(source, filename=rel, **kwargs)
                    err = None
                    break
                except SyntaxError as exc:
                    err = f"cannot parse {rel}: {exc}"
            if tree is None:
                try:
                    tree = ast.parse(_python2_to_3(source, rel), filename=rel)
                    err = None
                except (SyntaxError, ValueError) as exc:
                    err = f"cannot parse {rel} (not even as Python 2): {exc}"
        return Module(dotted, path, rel, is_pkg, tree, err)

    def absolute_import(self, mod: Module, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        base = mod.package.split(".")
        if node.level > 1:
            base = base[: len(base) - (node.level - 1)]
        return ".".join(base + ([node.module] if node.module else []))

    # -- names in modules -------------------------------------------------

    def resolve_in_module(self, mod: Module, name: str, seen: frozenset = frozenset()) -> Result:
        key = (mod.name, name)
        if key in seen:
            return Miss(f"import cycle while resolving {mod.name}.{name}")
        seen = seen | {key}
        if mod.parse_error:
            return Miss(mod.parse_error)

        # 1. direct bindings (def/class/assign/import), last one preferred
        bindings = mod.scope.bindings.get(name, [])
        results = [self._eval_binding(mod, b, seen) for b in bindings]
        if results:
            definite = [r for r in results if r.kind not in ("external", "dangling")]
            chosen = (definite or results)[-1]
            others = [r for r in results if r is not chosen]
            if others:
                chosen = Found(chosen.kind, chosen.module, chosen.node,
                               chosen.steps + [f"(+{len(others)} other binding(s) in {mod.rel})"],
                               chosen.target, chosen.alternatives + others)
            return chosen

        # 2. star imports
        star_notes = []
        for st in reversed(mod.scope.stars):
            target = self.absolute_import(mod, st)
            tmod = self.module(target)
            where = f"star-imported at {_loc(mod, st)} from {target}"
            if tmod is None:
                star_notes.append(f"`from {target} import *` not followed (not in this release)")
                continue
            exported, how = self.exports(tmod, seen)
            if exported is None or name not in exported:
                continue
            r = self.resolve_in_module(tmod, name, seen)
            if isinstance(r, Found):
                return r.with_step(f"{where} ({how})")
            return Found("dangling", tmod, st, [f"{where} ({how}), but: {r.reason}"])

        # 3. submodule of a package (as `from pkg import submodule` would do)
        if mod.is_package:
            sub = self.module(f"{mod.name}.{name}")
            if sub is not None:
                return Found("module", sub, None, [f"submodule at {sub.rel}"])

        # 4. module-level __getattr__ naming it as a string literal
        getattr_defs = [b.node for b in mod.scope.bindings.get("__getattr__", [])
                        if b.kind == "def"]
        for fn in getattr_defs:
            if any(isinstance(n, ast.Constant) and n.value == name for n in ast.walk(fn)):
                return Found("getattr", mod, fn, [
                    f"module __getattr__ at {_loc(mod, fn)} handles {name!r}"])
            # e.g. Django 6.0 django.core.mail: `_deprecate_on_import[name]`, a
            # module-level dict literal whose keys are the lazily provided names.
            for ref in sorted({n.id for n in ast.walk(fn) if isinstance(n, ast.Name)}):
                for b in mod.scope.bindings.get(ref, []):
                    value = getattr(b.node, "value", None)
                    if b.kind != "assign" or not isinstance(
                            value, (ast.Dict, ast.List, ast.Tuple, ast.Set)):
                        continue
                    elts = value.keys if isinstance(value, ast.Dict) else value.elts
                    if any(isinstance(e, ast.Constant) and e.value == name for e in elts):
                        return Found("getattr", mod, fn, [
                            f"module __getattr__ at {_loc(mod, fn)} handles {name!r} "
                            f"(listed in {ref} at {_loc(mod, b.node)})"])

        reason = f"`{name}` not bound in {mod.rel}"
        if mod.is_package:
            a, b = self.module_candidates(f"{mod.name}.{name}")
            reason += f"; module {a} absent; package {b} absent"
        if getattr_defs:
            reason += f"; module __getattr__ at {_loc(mod, getattr_defs[0])} does not mention {name!r}"
        if star_notes:
            reason += "; " + "; ".join(star_notes)
        hint = self._mention_hint(mod, name)
        if hint:
            reason += f"; {hint}"
        return Miss(reason)

    def _mention_hint(self, mod: Module, name: str) -> str:
        if not mod.tree:
            return ""
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.Constant) and node.value == name:
                return f"(only mentioned as string {name!r} at {_loc(mod, node)})"
            if isinstance(node, ast.Attribute) and node.attr == name:
                return f"(only mentioned as attribute access `.{name}` at {_loc(mod, node)})"
        return ""

    def _eval_binding(self, mod: Module, b: Binding, seen: frozenset) -> Found:
        node = b.node
        loc = _loc(mod, node)
        if b.kind == "def":
            return Found("function", mod, node, [f"def at {loc}"])
        if b.kind == "class":
            return Found("class", mod, node, [f"class defined at {loc}"])
        if b.kind == "assign":
            return Found("assign", mod, node, [f"assigned at {loc}"])
        assert b.alias is not None
        if b.kind in ("import", "import-top"):
            target = b.alias.name if b.kind == "import" else b.name
            tmod = self.module(target)
            step = f"`import {b.alias.name}` at {loc}"
            if tmod is not None:
                return Found("module", tmod, None, [step, f"module at {tmod.rel}"])
            if target.split(".")[0] in self.internal:
                return Found("dangling", mod, node, [f"{step} (module {target} not in release)"])
            return Found("external", mod, node, [f"{step} (external, not followed)"], target)
        # from X import y [as z]
        source = self.absolute_import(mod, node)  # type: ignore[arg-type]
        orig = b.alias.name
        step = f"imported at {loc} from {source}" + (f" (as {orig})" if orig != b.name else "")
        smod = self.module(source)
        if smod is None:
            if source.split(".")[0] in self.internal:
                return Found("dangling", mod, node,
                             [f"{step} (module {source} not in release)"])
            return Found("external", mod, node, [f"{step} (external, not followed)"],
                         f"{source}.{orig}")
        r = self.resolve_in_module(smod, orig, seen)
        if isinstance(r, Found):
            return r.with_step(step)
        return Found("dangling", mod, node, [f"{step}, but: {r.reason}"])

    # -- __all__ / star exports ------------------------------------------

    def exports(self, mod: Module, seen: frozenset = frozenset()) -> tuple[set[str] | None, str]:
        if mod.name in self._exports:
            return self._exports[mod.name]
        self._exports[mod.name] = (set(), "cycle")  # guard against star cycles
        result = self._compute_exports(mod, seen)
        self._exports[mod.name] = result
        return result

    def _compute_exports(self, mod: Module, seen: frozenset) -> tuple[set[str] | None, str]:
        if mod.parse_error:
            return None, mod.parse_error
        has_all = "__all__" in mod.scope.bindings
        if has_all:
            names = self._static_all(mod)
            if names is not None:
                return set(names), f"listed in {mod.rel} __all__"
        public = {n for n in mod.scope.bindings if not n.startswith("_")}
        for st in mod.scope.stars:
            tmod = self.module(self.absolute_import(mod, st))
            if tmod is not None:
                sub, _ = self.exports(tmod, seen)
                public |= {n for n in (sub or set()) if not n.startswith("_")}
        if has_all:
            return public, f"{mod.rel} __all__ not static; assumed all public names"
        return public, f"public name of {mod.rel} (no __all__)"

    def _static_all(self, mod: Module) -> list[str] | None:
        """Evaluate __all__ from module-level statements, in order."""
        value: list[str] | None = None
        known: dict[str, list[str] | None] = {}

        def visit(stmts: list[ast.stmt]) -> bool:
            nonlocal value
            for st in stmts:
                if isinstance(st, ast.Assign):
                    v = self._eval_strs(mod, st.value, known)
                    for t in st.targets:
                        if isinstance(t, ast.Name):
                            if t.id == "__all__":
                                if v is None:
                                    return False
                                value = list(v)
                            else:
                                known[t.id] = v
                elif isinstance(st, ast.AugAssign) and isinstance(st.target, ast.Name) \
                        and st.target.id == "__all__":
                    v = self._eval_strs(mod, st.value, known)
                    if v is None or value is None:
                        return False
                    value = value + v
                elif isinstance(st, ast.Expr) and isinstance(st.value, ast.Call):
                    f = st.value.func
                    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) \
                            and f.value.id == "__all__":
                        if value is None or len(st.value.args) != 1:
                            return False
                        arg = st.value.args[0]
                        if f.attr == "append" and isinstance(arg, ast.Constant) \
                                and isinstance(arg.value, str):
                            value.append(arg.value)
                        elif f.attr == "extend":
                            v = self._eval_strs(mod, arg, known)
                            if v is None:
                                return False
                            value.extend(v)
                        else:
                            return False
                elif isinstance(st, ast.ImportFrom):
                    for a in st.names:
                        if a.name == "__all__":
                            tmod = self.module(self.absolute_import(mod, st))
                            known[a.asname or a.name] = (
                                self._static_all(tmod) if tmod else None)
                elif isinstance(st, ast.If):
                    if not (visit(st.body) and visit(st.orelse)):
                        return False
                elif isinstance(st, ast.Try):
                    if not (visit(st.body) and all(visit(h.body) for h in st.handlers)
                            and visit(st.orelse) and visit(st.finalbody)):
                        return False
            return True

        if not mod.tree or not visit(mod.tree.body):
            return None
        return value

    def _eval_strs(self, mod: Module, e: ast.expr, known: dict) -> list[str] | None:
        if isinstance(e, ast.Constant) and isinstance(e.value, str):
            return [e.value]
        if isinstance(e, (ast.List, ast.Tuple, ast.Set)):
            out: list[str] = []
            for elt in e.elts:
                v = self._eval_strs(mod, elt.value if isinstance(elt, ast.Starred) else elt, known)
                if v is None:
                    return None
                out.extend(v)
            return out
        if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Add):
            a, b = self._eval_strs(mod, e.left, known), self._eval_strs(mod, e.right, known)
            return None if a is None or b is None else a + b
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) \
                and e.func.id in ("str", "list", "tuple", "sorted") and len(e.args) == 1 \
                and not e.keywords:
            return self._eval_strs(mod, e.args[0], known)
        if isinstance(e, ast.ListComp) and len(e.generators) == 1:
            gen = e.generators[0]
            elt = e.elt
            if isinstance(elt, ast.Call) and isinstance(elt.func, ast.Name) \
                    and elt.func.id == "str" and len(elt.args) == 1:
                elt = elt.args[0]
            if not gen.ifs and isinstance(gen.target, ast.Name) \
                    and isinstance(elt, ast.Name) and elt.id == gen.target.id:
                return self._eval_strs(mod, gen.iter, known)
            return None
        if isinstance(e, ast.Name):
            return known.get(e.id)
        if isinstance(e, ast.Attribute) and e.attr == "__all__" and isinstance(e.value, ast.Name):
            r = self.resolve_in_module(mod, e.value.id)
            if isinstance(r, Found) and r.kind == "module" and r.module:
                return self._static_all(r.module)
        return None

    # -- attribute lookup -------------------------------------------------

    def deref(self, f: Found, seen: frozenset) -> Result:
        """Follow `X = Y` / `X = a.b.Y` aliases to what they name."""
        hops = 0
        while f.kind == "assign" and hops < 20:
            value = getattr(f.node, "value", None)
            if not isinstance(value, (ast.Name, ast.Attribute)) or isinstance(f.node, ast.AugAssign):
                return f
            assert f.module is not None
            r = self.resolve_expr(f.module, value, seen)
            if isinstance(r, Miss):
                return f
            f = Found(r.kind, r.module, r.node,
                      f.steps + [f"alias of {ast.unparse(value)}"] + r.steps, r.target)
            hops += 1
        return f

    def resolve_expr(self, mod: Module, e: ast.expr, seen: frozenset = frozenset(),
                     allow_external: bool = False) -> Result:
        if isinstance(e, ast.Name):
            return self.resolve_in_module(mod, e.id, seen)
        if isinstance(e, ast.Attribute):
            base = self.resolve_expr(mod, e.value, seen, allow_external)
            if isinstance(base, Miss):
                return base
            return self.get_attr(base, e.attr, seen, allow_external)
        return Miss(f"cannot statically evaluate `{ast.unparse(e)}` at {_loc(mod, e)}")

    def get_attr(self, f: Found, attr: str, seen: frozenset = frozenset(),
                 allow_external: bool = False) -> Result:
        first: Result | None = None
        for cand in f.candidates():
            r = self._get_attr(cand, attr, seen, allow_external)
            if isinstance(r, Found):
                return r
            first = first or r
        assert first is not None
        return first

    def _get_attr(self, f: Found, attr: str, seen: frozenset,
                  allow_external: bool) -> Result:
        f2 = self.deref(f, seen)
        if isinstance(f2, Miss):
            return f2
        f = f2
        if f.kind == "external" and allow_external:
            return Found("external", f.module, f.node, f.steps, f"{f.target}.{attr}")
        if f.kind == "module":
            assert f.module is not None
            return self.resolve_in_module(f.module, attr, seen)
        if f.kind == "class":
            return self.class_attr(f, attr, seen)
        return Miss(f"cannot look up `.{attr}` statically: parent is {f.kind} "
                    f"({f.describe()})")

    def class_attr(self, f: Found, attr: str, seen: frozenset = frozenset()) -> Result:
        searched: list[str] = []
        unresolved: list[str] = []
        r = self._class_attr(f, attr, seen, searched, unresolved)
        if r is not None:
            return r
        cls, mod = f.node, f.module
        assert isinstance(cls, ast.ClassDef) and mod is not None
        reason = f"`{attr}` not in class {cls.name} ({_loc(mod, cls)})"
        if len(searched) > 1:
            reason += " nor in its bases " + ", ".join(searched[1:])
        if unresolved:
            reason += "; bases not inspected: " + "; ".join(dict.fromkeys(unresolved))
        hint = self._mention_hint(mod, attr)
        if hint:
            reason += f"; {hint}"
        return Miss(reason)

    def _class_attr(self, f: Found, attr: str, seen: frozenset,
                    searched: list[str], unresolved: list[str]) -> Found | None:
        cls = f.node
        mod = f.module
        assert isinstance(cls, ast.ClassDef) and mod is not None
        key = ("class", mod.name, cls.name, cls.lineno)
        if key in seen:
            unresolved.append(f"{cls.name} (inheritance cycle)")
            return None
        seen = seen | {key}
        searched.append(f"{cls.name} ({_loc(mod, cls)})")
        scope = build_scope(cls.body)
        bindings = scope.bindings.get(attr)
        if bindings:
            b = bindings[-1]
            what = {"def": "method", "class": "nested class", "assign": "class attribute"}.get(
                b.kind, "imported in class body")
            kind = {"def": "function", "class": "class", "assign": "assign"}.get(b.kind, "external")
            return Found(kind, mod, b.node,
                         [f"{what} of {cls.name} at {_loc(mod, b.node)}"])
        for base in self._bases(cls):
            text = ast.unparse(base)
            if text == "object":
                continue
            resolved = self.resolve_expr(mod, base, seen, allow_external=True)
            if isinstance(resolved, Miss):
                unresolved.append(f"{text} ({resolved.reason})")
                continue
            for cand in resolved.candidates():
                r = self.deref(cand, seen)
                if isinstance(r, Miss):
                    unresolved.append(f"{text} ({r.reason})")
                    continue
                if r.kind == "external":
                    unresolved.append(f"{text} (outside Django)" if r.target == text
                                      else f"{text} (outside Django: {r.target})")
                    continue
                if r.kind != "class":
                    unresolved.append(f"{text} ({r.kind}: {r.describe()})")
                    continue
                sub = self._class_attr(r, attr, seen, searched, unresolved)
                if sub is not None:
                    return sub.with_step(
                        f"inherited by {cls.name} ({_loc(mod, cls)}) from {text}")
        return None

    @staticmethod
    def _bases(cls: ast.ClassDef) -> list[ast.expr]:
        out = []
        for b in cls.bases:
            # six.with_metaclass(Meta, Base1, ...) in Django 1.x
            if isinstance(b, ast.Call) and ast.unparse(b.func).endswith("with_metaclass"):
                out.extend(b.args[1:])
            else:
                out.append(b)
        return out

    # -- symbols ------------------------------------------------------------

    def resolve_symbol(self, symbol: str) -> Result:
        parts = symbol.split(".")
        i = len(parts)
        while i > 0 and self.module(".".join(parts[:i])) is None:
            i -= 1
        if i == 0:
            a, b = self.module_candidates(parts[0])
            return Miss(f"module {a} absent; package {b} absent")
        mod = self.module(".".join(parts[:i]))
        assert mod is not None
        current: Result = Found("module", mod, None, [f"module at {mod.rel}"])
        if mod.parse_error:
            return Miss(mod.parse_error)
        for p in parts[i:]:
            assert isinstance(current, Found)
            current = self.get_attr(current, p)
            if isinstance(current, Miss):
                return current
        return current


# --------------------------------------------------------------------------
# Claims
# --------------------------------------------------------------------------


def _deprecation_notes(f: Found, warning: re.Pattern = DEPRECATION_WARNING_RE) -> list[str]:
    notes = []
    node = f.node
    if f.kind == "class" and isinstance(node, ast.ClassDef):
        for st in node.body:
            if isinstance(st, ast.Assign):
                for t in st.targets:
                    if isinstance(t, ast.Name) and t.id in FIELD_CHECK_ATTRS:
                        notes.append(f"NOTE: {FIELD_CHECK_ATTRS[t.id]}")
        scan: list[ast.AST] = [st for st in node.body
                               if not isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef))
                               or st.name in ("__init__", "__new__", "__init_subclass__")]
    elif f.kind == "module" and f.module and f.module.tree:
        scan = [st for st in f.module.tree.body
                if not isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    elif node is not None:
        scan = [node]
    else:
        scan = []
    warns = sorted({n.id if isinstance(n, ast.Name) else n.attr
                    for s in scan for n in ast.walk(s)
                    if (isinstance(n, ast.Name) and warning.match(n.id))
                    or (isinstance(n, ast.Attribute) and warning.match(n.attr))})
    if warns:
        notes.append("mentions " + ", ".join(warns))
    return notes


def _callable_params(fn: ast.AST) -> tuple[list[str], str | None, str | None]:
    a = fn.args  # type: ignore[attr-defined]
    names = [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]
    return names, (a.vararg.arg if a.vararg else None), (a.kwarg.arg if a.kwarg else None)


def _reads_of_setting(rel: Release, mod: Module, setting: str) -> list[str]:
    """Where a module reads the setting: `settings.NAME` (or `<x>.settings.NAME`), or
    `getattr`/`hasattr(settings, "NAME" …)`. Settings outside global_settings (Django never
    gave them a default) exist only as these reads."""

    def is_settings(node: ast.expr) -> bool:
        return (isinstance(node, ast.Name) and node.id == "settings") or (
            isinstance(node, ast.Attribute) and node.attr == "settings")

    where = []
    for node in ast.walk(mod.tree) if mod.tree else ():
        if isinstance(node, ast.Attribute) and node.attr == setting and is_settings(node.value):
            where.append(_loc(mod, node))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("getattr", "hasattr") and len(node.args) >= 2
              and is_settings(node.args[0]) and isinstance(node.args[1], ast.Constant)
              and node.args[1].value == setting):
            where.append(_loc(mod, node))
    return where


def check_reads(rel: Release, symbol: str, setting: str) -> tuple[bool, str]:
    """The claim "the module or package `symbol` reads the setting `setting`": every module of
    a package is read (tests excluded: they set settings, they do not use them)."""
    scope = rel.module(symbol)
    if scope is None:
        return False, f"module {symbol} absent"
    modules = [scope]
    if scope.is_package:
        base = scope.path.parent
        for path in sorted(base.rglob("*.py")):
            parts = path.relative_to(base.parent).with_suffix("").parts
            if "tests" in parts or (parts and parts[-1].startswith("test")):
                continue
            dotted = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            if dotted != symbol and all(IDENT_RE.match(p) for p in parts):
                mod = rel.module(dotted)
                if mod is not None:
                    modules.append(mod)
    where = [loc for mod in modules for loc in _reads_of_setting(rel, mod, setting)]
    if where:
        return True, f"settings.{setting} read at {', '.join(where[:5])}"
    return False, f"settings.{setting} read nowhere in {symbol} ({len(modules)} modules)"


def check_claim(rel: Release, claim: dict) -> tuple[bool, str]:
    symbol = claim["symbol"]
    if claim.get("reads") is not None:
        return check_reads(rel, symbol, claim["reads"])
    r = rel.resolve_symbol(symbol)
    if isinstance(r, Miss):
        return False, r.reason
    param = claim.get("parameter")
    if param is None:
        notes = []
        if r.kind == "dangling":
            notes.append("NOTE: bound only by an import whose target is missing")
        notes += _deprecation_notes(r, rel.warning)
        return True, "; ".join([r.describe()] + notes)

    failures = []
    for cand in r.candidates():
        ok, detail = _check_parameter(rel, symbol, cand, param)
        if ok:
            return True, detail
        failures.append(detail)
    return False, " | ".join(failures)


def _check_parameter(rel: Release, symbol: str, r: Found, param: str) -> tuple[bool, str]:
    fn: Result = rel.deref(r, frozenset())
    if isinstance(fn, Found) and fn.kind == "class":
        init = rel.class_attr(fn, "__init__")
        if isinstance(init, Miss):
            return False, f"{symbol} is a class without a resolvable __init__: {init.reason}"
        fn = rel.deref(init, frozenset())
    if isinstance(fn, Miss):
        return False, fn.reason
    if fn.kind != "function" or not isinstance(fn.node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False, f"{symbol} is not a statically known function ({fn.describe()})"
    names, varargs, kwargs = _callable_params(fn.node)
    shown = names + (["*" + varargs] if varargs else []) + (["**" + kwargs] if kwargs else [])
    sig = f"{fn.node.name}({', '.join(shown)})"
    if param in names:
        return True, f"parameter `{param}` in signature {sig}; {fn.describe()}"
    extra = f" (only **{kwargs}, which does not count)" if kwargs else ""
    return False, f"parameter `{param}` not in signature {sig}{extra}; {fn.describe()}"


def parse_request(raw: str) -> tuple[Path, list[dict]]:
    try:
        req = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadInput(f"stdin is not valid JSON: {exc}") from exc
    if not isinstance(req, dict):
        raise BadInput("input must be a JSON object with `cacheDir` and `claims`")
    cache = req.get("cacheDir")
    if not isinstance(cache, str) or not os.path.isabs(cache):
        raise BadInput("`cacheDir` must be an absolute path (string)")
    claims = req.get("claims")
    if not isinstance(claims, list):
        raise BadInput("`claims` must be a list")
    for i, c in enumerate(claims):
        where = f"claims[{i}]"
        if not isinstance(c, dict):
            raise BadInput(f"{where} must be an object")
        if not isinstance(c.get("id"), str):
            raise BadInput(f"{where}.id must be a string")
        where = f"claims[{i}] (id {c['id']!r})"
        v = c.get("version")
        if not isinstance(v, str) or not VERSION_RE.match(v):
            raise BadInput(f"{where}.version must look like \"X.Y\" (or \"X.Y.Z\"), got {v!r}")
        s = c.get("symbol")
        if not isinstance(s, str) or not all(IDENT_RE.match(p) for p in s.split(".")):
            raise BadInput(f"{where}.symbol must be a dotted Python name, got {s!r}")
        if s.split(".")[0] != "django":
            raise BadInput(f"{where}.symbol must start with `django.`, got {s!r}")
        if not isinstance(c.get("exists"), bool):
            raise BadInput(f"{where}.exists must be true or false")
        p = c.get("parameter")
        if p is not None and (not isinstance(p, str) or not IDENT_RE.match(p)):
            raise BadInput(f"{where}.parameter must be an identifier, got {p!r}")
        r = c.get("reads")
        if r is not None and (not isinstance(r, str) or not IDENT_RE.match(r)):
            raise BadInput(f"{where}.reads must be a setting name, got {r!r}")
        if r is not None and p is not None:
            raise BadInput(f"{where} has both `parameter` and `reads`")
        unknown = set(c) - {"id", "version", "symbol", "exists", "parameter", "reads"}
        if unknown:
            raise BadInput(f"{where} has unknown keys: {sorted(unknown)}")
    return Path(cache), claims


def run(raw: str) -> dict:
    cache, claims = parse_request(raw)
    releases: dict[str, Release] = {}
    versions: dict[str, str] = {}
    for v in dict.fromkeys(c["version"] for c in claims):
        full, root = ensure_release(cache, v)
        releases[v] = Release(root, full)
        versions[v] = full
    results = []
    for c in claims:
        found, detail = check_claim(releases[c["version"]], c)
        res = {"id": c["id"], "version": c["version"], "symbol": c["symbol"]}
        for key in ("parameter", "reads"):
            if key in c:
                res[key] = c[key]
        res.update({"exists": c["exists"], "found": found, "ok": found == c["exists"],
                    "detail": f"Django {versions[c['version']]}: {detail}"})
        results.append(res)
    return {"results": results, "versions": versions}


def main(argv: Iterable[str] | None = None) -> int:
    try:
        report = run(sys.stdin.read())
    except BadInput as exc:
        print(f"check_claims: bad input: {exc}", file=sys.stderr)
        return 2
    except ReleaseError as exc:
        print(f"check_claims: {exc}", file=sys.stderr)
        return 2
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

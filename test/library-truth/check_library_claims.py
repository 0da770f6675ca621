#!/usr/bin/env python3
"""Prove (or disprove) claims about real releases of Django's libraries by reading their source.

The counterpart of test/django-truth/check_claims.py for djangorestframework, celery,
django-filter and the other libraries of the catalogue: each release is downloaded once from PyPI
(`pip download`, a wheel when there is one, else the sdist, which is only unpacked), and read with
`ast`, never imported. Names are resolved by check_claims.py's static model of a release.

Reads a JSON request on stdin, writes a JSON report on stdout; see README.md next to this file.
Standard library and pip only; Python 3.11+.

Exit codes: 0 = report written (whether or not the claims hold),
            2 = bad input, or a release could not be downloaded/unpacked.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "django-truth"))
import check_claims as cc  # noqa: E402  (the static model shared with the Django checker)

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
VERSION_RE = re.compile(r"^\d+(?:\.\d+)*(?:\.post\d+)?$")
DOTTED = r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*"
# Libraries name their warnings freely: RemovedInDRF315Warning, CDeprecationWarning,
# RemovedInDjangoFilter20Warning, plain DeprecationWarning.
LIBRARY_WARNING_RE = re.compile(r"^\w*(?:Deprecat|Removed)\w*Warning$")
TAG_METHODS = {"tag", "filter", "simple_tag", "inclusion_tag", "assignment_tag", "simple_block_tag",
               "tag_function", "filter_function"}
# Decorator calls whose first positional argument is the tag's name (inclusion_tag's is a template).
NAMED_BY_FIRST_ARG = {"tag", "filter"}

CLAIM_FORMS = [
    ("templatetag", re.compile(r"^\{%\s*load\s+(?P<library>\w+)\s*%\}(?:\s+(?P<tag>\w+))?(?:\s+in\s+(?P<module>" + DOTTED + r"))?$")),
    ("template", re.compile(r"^template\s+(?P<path>[\w./-]+)(?:\s+in\s+(?P<module>" + DOTTED + r"))?$")),
    ("key", re.compile(r"^(?P<symbol>" + DOTTED + r")(?P<keys>(?:\[(?:'[^']+'|\"[^\"]+\")\])+)$")),
    ("imports", re.compile(r"^(?P<symbol>" + DOTTED + r")\s+imports\s+(?P<q>['\"])(?P<name>" + DOTTED + r")(?P=q)$")),
    ("mention", re.compile(r"^(?P<symbol>" + DOTTED + r")\s+mentions\s+(?P<q>['\"])(?P<name>\w+)(?P=q)$")),
    ("name", re.compile(r"^(?P<symbol>" + DOTTED + r")$")),
]


class BadInput(Exception):
    pass


def parse_claim(text: str) -> tuple[str, dict]:
    """The claim forms of README.md: a dotted name, a literal's key, a mention, an import, a template tag library, a template."""
    for kind, pattern in CLAIM_FORMS:
        m = pattern.match(text.strip())
        if m:
            return kind, {k: v for k, v in m.groupdict().items() if v is not None}
    raise BadInput(f"not a claim: {text!r} (forms: `a.b.C`, `a.b.D['KEY']`, `a.b.f mentions 'name'`, `a.b imports 'x.y'`, "
                   "`{% load lib %}`, `{% load lib %} tag`, `template path/x.html`, each optionally `in module`)")


# --------------------------------------------------------------------------
# Releases: download once, unpack once
# --------------------------------------------------------------------------


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _same_version(a: str, b: str) -> bool:
    from pip._vendor.packaging.version import InvalidVersion, Version
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


def archive_of(downloads: Path, dist: str, version: str) -> Path | None:
    """The downloaded wheel (preferred) or sdist of dist==version."""
    best = None
    if not downloads.is_dir():
        return None
    for entry in downloads.iterdir():
        name = entry.name
        if name.endswith(".whl"):
            parts = name[:-4].split("-")
            if len(parts) < 5:
                continue
            file_dist, file_version, is_wheel = parts[0], parts[1], True
        else:
            m = re.match(r"^(?P<stem>.+)\.(?:tar\.gz|tgz|zip|tar\.bz2)$", name)
            if not m or "-" not in m.group("stem"):
                continue
            file_dist, file_version = m.group("stem").rsplit("-", 1)
            is_wheel = False
        if normalize(file_dist) != normalize(dist) or not _same_version(file_version, version):
            continue
        if best is None or (is_wheel and not best[0]):
            best = (is_wheel, entry)
    return None if best is None else best[1]


def _pip(python: str, args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([python, "-m", "pip", *args], capture_output=True, text=True)


def _sdist_python(cache: Path) -> str:
    """A venv with setuptools < 70 and wheel, so that pip can read an old sdist's metadata
    without build isolation (newer setuptools refuse many old setup.py files)."""
    env = cache / "pip-env"
    python = env / "bin" / "python"
    if not (env / ".ready").is_file():
        shutil.rmtree(env, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True, capture_output=True)
        proc = _pip(str(python), ["install", "--quiet", "--disable-pip-version-check", "setuptools<70", "wheel"])
        if proc.returncode != 0:
            raise cc.ReleaseError(f"cannot prepare {env}: {proc.stderr.strip()[-500:]}")
        (env / ".ready").write_text("")
    return str(python)


def download(cache: Path, dist: str, version: str) -> Path:
    downloads = cache / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    spec = f"{dist}=={version}"
    common = ["download", "--no-deps", "--disable-pip-version-check", "--ignore-requires-python", "-d", str(downloads)]
    errors = []
    # The wheel is what users install; the sdist (only unpacked, its metadata read by pip) when there is none.
    for python, extra in ((sys.executable, ["--only-binary", ":all:"]),
                          (None, ["--no-binary", ":all:", "--no-build-isolation"])):
        python = python or _sdist_python(cache)
        print(f"check_library_claims: downloading {spec} ({extra[0]})", file=sys.stderr)
        proc = _pip(python, common + extra + [spec])
        found = archive_of(downloads, dist, version)
        if found:
            return found
        lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.startswith("ERROR")] or \
            (proc.stdout + proc.stderr).strip().splitlines()[-3:]
        errors.append(f"pip {' '.join(extra)}: " + " / ".join(ln[:300] for ln in lines))
    raise cc.ReleaseError(f"cannot download {spec}: " + "; ".join(errors))


def _unpack(archive: Path, dest: Path) -> None:
    """A wheel as is; an sdist without its top folder. Nothing is built or run."""
    if archive.name.endswith((".whl", ".zip")):
        with zipfile.ZipFile(archive) as zf:
            names = [n for n in zf.namelist() if cc._safe_member(n)]
            strip = not archive.name.endswith(".whl") and len({n.split("/", 1)[0] for n in names}) == 1
            for n in names:
                rel = n.split("/", 1)[1] if strip and "/" in n else (None if strip else n)
                if not rel or n.endswith("/"):
                    continue
                target = dest / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(n) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
    else:
        with tarfile.open(archive) as tf:
            for member in tf.getmembers():
                parts = member.name.split("/", 1)
                if len(parts) != 2 or not member.isfile() or not cc._safe_member(member.name):
                    continue
                target = dest / parts[1]
                target.parent.mkdir(parents=True, exist_ok=True)
                src = tf.extractfile(member)
                assert src is not None
                with src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)


def ensure_release(cache: Path, dist: str, version: str) -> tuple[Path, str]:
    """(folder holding the release's unpacked files, archive name), downloading and unpacking once."""
    final = cache / f"{normalize(dist)}-{version}"
    if (final / ".archive").is_file():
        return final, (final / ".archive").read_text()
    with cc._cache_lock(cache):
        if (final / ".archive").is_file():
            return final, (final / ".archive").read_text()
        archive = archive_of(cache / "downloads", dist, version) or download(cache, dist, version)
        tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{normalize(dist)}-{version}-", dir=cache))
        try:
            _unpack(archive, tmp)
            (tmp / ".archive").write_text(archive.name)
            shutil.rmtree(final, ignore_errors=True)
            os.replace(tmp, final)
        except (OSError, zipfile.BadZipFile, tarfile.TarError) as exc:
            raise cc.ReleaseError(f"cannot unpack {archive}: {exc}") from exc
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        return final, archive.name


def top_level(folder: Path) -> tuple[Path, list[str]]:
    """Where the release's import packages are (an sdist's src/ layout) and their names."""
    def packages(root: Path) -> list[str]:
        if not root.is_dir():
            return []
        names = [p.name for p in root.iterdir() if p.is_dir() and (p / "__init__.py").is_file()
                 and p.name not in ("tests", "test", "docs", "example", "examples")]
        return sorted(names)
    src = folder / "src"
    if packages(src):
        return src, packages(src)
    return folder, packages(folder)


class LibraryModel(cc.Release):
    """check_claims' static model, plus the lazy modules some libraries build at run time (Celery's
    `recreate_module`): a name the module lists in a static `__all__` and imports only under
    `if TYPE_CHECKING:` is provided at run time; it is resolved through that import and says so."""

    def resolve_in_module(self, mod: cc.Module, name: str, seen: frozenset = frozenset()) -> cc.Result:
        found = super().resolve_in_module(mod, name, seen)
        if isinstance(found, cc.Found) or not mod.tree or name not in (self._static_all(mod) or []):
            return found
        for st in mod.tree.body:
            if isinstance(st, ast.If) and cc._is_type_checking(st.test):
                for b in cc.build_scope(st.body).bindings.get(name, []):
                    lazy = self._eval_binding(mod, b, seen)
                    if lazy.kind != "dangling":
                        return lazy.with_step(f"lazy: listed in {mod.rel} __all__, imported under TYPE_CHECKING at {cc._loc(mod, st)}")
        return found


class LibraryRelease:
    def __init__(self, dist: str, version: str, folder: Path, archive: str):
        self.dist, self.version, self.archive = dist, version, archive
        self.root, self.modules = top_level(folder)
        self.model = LibraryModel(self.root, version, internal=self.modules, warning=LIBRARY_WARNING_RE)

    def label(self) -> str:
        return f"{self.dist} {self.version} ({self.archive})"

    def module_dirs(self, module: str | None) -> list[Path]:
        if module:
            path = self.root / module.replace(".", "/")
            return [path] if path.is_dir() else []
        return [self.root / m for m in self.modules]


# --------------------------------------------------------------------------
# Claims
# --------------------------------------------------------------------------


def _loc(release: LibraryRelease, path: Path, node: ast.AST | None = None) -> str:
    rel = path.relative_to(release.root).as_posix()
    return f"{rel}:{node.lineno}" if node is not None and hasattr(node, "lineno") else rel


def _const_str(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def registered_names(tree: ast.Module) -> dict[str, ast.AST]:
    """Tags and filters a template tag library registers: `@register.tag`, `@register.filter(name=…)`,
    `register.tag("name", func)`, `register.simple_tag(func, name=…)`, `register.inclusion_tag(t)(func)`."""
    found: dict[str, ast.AST] = {}

    def method(func: ast.AST) -> str | None:
        return func.attr if isinstance(func, ast.Attribute) and func.attr in TAG_METHODS else None

    def explicit(call: ast.Call, how: str, positional_name: bool) -> str | None:
        for kw in call.keywords:
            if kw.arg == "name" and _const_str(kw.value):
                return _const_str(kw.value)
        if positional_name and call.args and _const_str(call.args[0]):
            return _const_str(call.args[0])
        return None

    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for d in node.decorator_list:
                how = method(d.func if isinstance(d, ast.Call) else d)
                if how:
                    name = explicit(d, how, how in NAMED_BY_FIRST_ARG) if isinstance(d, ast.Call) else None
                    found.setdefault(name or node.name, d)
        elif isinstance(node, ast.Call):
            inner = node.func
            if isinstance(inner, ast.Call) and method(inner.func):
                # register.inclusion_tag("t.html")(func) / register.simple_tag(name="x")(func)
                name = explicit(inner, method(inner.func) or "", False)
                if not name and node.args and isinstance(node.args[0], ast.Name):
                    name = node.args[0].id
                if name:
                    found.setdefault(name, node)
                continue
            how = method(inner)
            if not how or not node.args:
                continue
            name = explicit(node, how, how in NAMED_BY_FIRST_ARG)
            if not name:
                first = node.args[0]
                name = first.id if isinstance(first, ast.Name) else first.attr if isinstance(first, ast.Attribute) else None
            if name:
                found.setdefault(name, node)
    return found


def check_templatetag(release: LibraryRelease, c: dict) -> tuple[bool, str]:
    library, tag = c["library"], c.get("tag")
    files = sorted(f for d in release.module_dirs(c.get("module")) for f in d.rglob(f"templatetags/{library}.py"))
    if not files:
        return False, f"no templatetags/{library}.py in {', '.join(release.modules) or 'the release'}"
    if tag is None:
        return True, f"library at {', '.join(_loc(release, f) for f in files)}"
    misses = []
    for f in files:
        try:
            tree = ast.parse(f.read_bytes(), filename=str(f))
        except SyntaxError as exc:
            misses.append(f"cannot parse {_loc(release, f)}: {exc}")
            continue
        names = registered_names(tree)
        if tag in names:
            return True, f"`{tag}` registered at {_loc(release, f, names[tag])}"
        misses.append(f"`{tag}` not registered in {_loc(release, f)} (registers: {', '.join(sorted(names)) or 'nothing found'})")
    return False, "; ".join(misses)


def check_template(release: LibraryRelease, c: dict) -> tuple[bool, str]:
    path = c["path"]
    for d in release.module_dirs(c.get("module")):
        for templates in sorted(d.rglob("templates")):
            if (templates / path).is_file():
                return True, f"template at {_loc(release, templates / path)}"
    return False, f"no templates/{path} in {c.get('module') or ', '.join(release.modules) or 'the release'}"


def _literal_entries(value: ast.AST | None) -> tuple[dict[str, ast.AST | None] | None, str]:
    """The string keys of a literal (dict, list, tuple, set) or of a call's keywords (`dict(A=1)`,
    Celery's `Namespace(beat=Namespace(schedule=Option(…)))`), each with its value (None in a list)."""
    if isinstance(value, ast.Dict):
        spread = any(k is None for k in value.keys)
        entries = {_const_str(k): v for k, v in zip(value.keys, value.values) if _const_str(k)}
        return entries, " (and ** entries not followed)" if spread else ""
    if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
        return {k: None for k in (_const_str(e) for e in value.elts) if k}, ""
    if isinstance(value, ast.Call):
        return {kw.arg: kw.value for kw in value.keywords if kw.arg}, ""
    return None, ""


def _literal_keys(value: ast.AST | None) -> tuple[list[str] | None, str]:
    entries, note = _literal_entries(value)
    return (None if entries is None else list(entries)), note


def check_key(release: LibraryRelease, c: dict) -> tuple[bool, str]:
    keys = re.findall(r"\[(?:'([^']+)'|\"([^\"]+)\")\]", c["keys"])
    path = [a or b for a, b in keys]
    r = release.model.resolve_symbol(c["symbol"])
    if isinstance(r, cc.Miss):
        return False, r.reason
    misses = []
    for cand in r.candidates():
        node = cand.node
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            misses.append(f"{c['symbol']} is not an assigned literal ({cand.describe()})")
            continue
        value: ast.AST | None = node.value
        walked = c["symbol"]
        for key in path:
            entries, note = _literal_entries(value)
            if entries is None:
                misses.append(f"{walked} is not a literal dict, list, tuple, set or call ({cand.describe()})")
                break
            if key not in entries:
                misses.append(f"key {key!r} not in {walked} ({cand.describe()}){note}")
                break
            value, walked = entries[key], f"{walked}[{key!r}]"
        else:
            return True, f"{walked} in {cand.describe()}" + (f", line {value.lineno}" if hasattr(value, "lineno") else "")
    return False, "; ".join(misses)


def _mentions(tree: ast.AST, name: str) -> ast.AST | None:
    for n in ast.walk(tree):
        if (_const_str(n) == name
                or (isinstance(n, ast.Attribute) and n.attr == name)
                or (isinstance(n, ast.Name) and n.id == name)
                or (isinstance(n, ast.keyword) and n.arg == name)
                or (isinstance(n, ast.arg) and n.arg == name)):
            return n
    return None


def _imports(tree: ast.AST, module: str) -> ast.AST | None:
    """An absolute `import module[.x]` or `from module[.x] import …` in the tree."""
    under = lambda name: name == module or name.startswith(module + ".")
    for n in ast.walk(tree):
        if isinstance(n, ast.Import) and any(under(alias.name) for alias in n.names):
            return n
        if isinstance(n, ast.ImportFrom) and n.level == 0 and n.module and under(n.module):
            return n
    return None


def check_imports(release: LibraryRelease, c: dict) -> tuple[bool, str]:
    """`a.b imports 'x.y'`: the module (class, function) imports from x.y (a shim that re-exports another package)."""
    r = release.model.resolve_symbol(c["symbol"])
    if isinstance(r, cc.Miss):
        return False, r.reason
    for cand in r.candidates():
        node = cand.module.tree if cand.kind == "module" and cand.module else cand.node
        if node is None or cand.module is None:
            continue
        hit = _imports(node, c["name"])
        if hit is not None:
            return True, f"imports {c['name']} at {cand.module.rel}:{hit.lineno} ({cand.describe()})"
    return False, f"{c['symbol']} does not import {c['name']} ({r.describe()})"


def check_mention(release: LibraryRelease, c: dict) -> tuple[bool, str]:
    r = release.model.resolve_symbol(c["symbol"])
    if isinstance(r, cc.Miss):
        return False, r.reason
    for cand in r.candidates():
        node = cand.module.tree if cand.kind == "module" and cand.module else cand.node
        if node is None or cand.module is None:
            continue
        hit = _mentions(node, c["name"])
        if hit is not None:
            return True, f"{c['name']!r} at {cand.module.rel}:{getattr(hit, 'lineno', '?')} ({cand.describe()})"
    return False, f"{c['name']!r} not mentioned in {c['symbol']} ({r.describe()})"


def check_name(release: LibraryRelease, c: dict, parameter: str | None) -> tuple[bool, str]:
    claim = {"symbol": c["symbol"]}
    if parameter:
        claim["parameter"] = parameter
    return cc.check_claim(release.model, claim)


def check(release: LibraryRelease, kind: str, parts: dict, parameter: str | None) -> tuple[bool, str]:
    if kind == "templatetag":
        return check_templatetag(release, parts)
    if kind == "template":
        return check_template(release, parts)
    if kind == "key":
        return check_key(release, parts)
    if kind == "mention":
        return check_mention(release, parts)
    if kind == "imports":
        return check_imports(release, parts)
    return check_name(release, parts, parameter)


# --------------------------------------------------------------------------
# Request / report
# --------------------------------------------------------------------------


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
        if not isinstance(c, dict) or not isinstance(c.get("id"), str):
            raise BadInput(f"{where} must be an object with a string id")
        where = f"claims[{i}] (id {c['id']!r})"
        if not isinstance(c.get("package"), str) or not NAME_RE.match(c["package"]):
            raise BadInput(f"{where}.package must be a PyPI name, got {c.get('package')!r}")
        if not isinstance(c.get("version"), str) or not VERSION_RE.match(c["version"]):
            raise BadInput(f"{where}.version must be an exact release such as \"3.9.4\", got {c.get('version')!r}")
        if not isinstance(c.get("claim"), str):
            raise BadInput(f"{where}.claim must be a string")
        kind, _ = parse_claim(c["claim"])
        p = c.get("parameter")
        if p is not None and (kind != "name" or not isinstance(p, str) or not cc.IDENT_RE.match(p)):
            raise BadInput(f"{where}.parameter must be an identifier, on a dotted-name claim")
        if not isinstance(c.get("exists"), bool):
            raise BadInput(f"{where}.exists must be true or false")
        unknown = set(c) - {"id", "package", "version", "claim", "parameter", "exists"}
        if unknown:
            raise BadInput(f"{where} has unknown keys: {sorted(unknown)}")
    return Path(cache), claims


def run(raw: str) -> dict:
    cache, claims = parse_request(raw)
    releases: dict[tuple[str, str], LibraryRelease] = {}
    for c in claims:
        key = (normalize(c["package"]), c["version"])
        if key not in releases:
            folder, archive = ensure_release(cache, *key)
            releases[key] = LibraryRelease(key[0], key[1], folder, archive)
    results = []
    for c in claims:
        release = releases[(normalize(c["package"]), c["version"])]
        kind, parts = parse_claim(c["claim"])
        found, detail = check(release, kind, parts, c.get("parameter"))
        res = {"id": c["id"], "package": c["package"], "version": c["version"], "claim": c["claim"]}
        if "parameter" in c:
            res["parameter"] = c["parameter"]
        res.update({"exists": c["exists"], "found": found, "ok": found == c["exists"],
                    "detail": f"{release.dist} {release.version}: {detail}"})
        results.append(res)
    return {
        "results": results,
        "releases": {f"{d}=={v}": {"archive": r.archive, "modules": r.modules} for (d, v), r in releases.items()},
    }


def main(argv: Iterable[str] | None = None) -> int:
    try:
        report = run(sys.stdin.read())
    except BadInput as exc:
        print(f"check_library_claims: bad input: {exc}", file=sys.stderr)
        return 2
    except cc.ReleaseError as exc:
        print(f"check_library_claims: {exc}", file=sys.stderr)
        return 2
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

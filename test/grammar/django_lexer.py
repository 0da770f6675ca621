"""Helper for real-templates.test.ts.

Extracts the Django templates from downloaded PyPI distributions (wheels or
sdists) and tokenizes each one with Django's own DebugLexer, so the test can
compare the tree-sitter grammar with Django token by token.

usage: python3 django_lexer.py LIBS OUT_DIR DIST...
       python3 django_lexer.py LIBS --strings < strings.json

LIBS is an os.pathsep-separated list of distributions put on sys.path to
import django.template.base: a Django wheel (or sdist) and its asgiref wheel.
Writes OUT_DIR/<dist name>/<path> for every template and prints a JSON list:
  [{"dist", "path", "file", "skipped"?, "tokens": [[type, start, end, command, bits]]}]
where type is 1 (variable), 2 (block tag) or 3 (comment); start/end are
code-point offsets of the whole token; bits is split_contents() (or null).
With --strings, reads a JSON list of template strings from stdin and prints
the list of their token lists.
"""

import json
import os
import re
import sys
import tarfile
import tempfile
import zipfile

# Files under a templates/ folder are Django templates, except these.
NOT_TEMPLATES = re.compile(r"\.(py|pyc|mo|po|png|jpe?g|gif|ico|woff2?|ttf|eot|map)$")
# Project/app skeletons rendered by `startproject` / `startapp` with Django templates.
SKELETON = re.compile(r"/conf/(project|app)_template/.*-tpl$")


def is_template(path):
    if "/jinja2/" in path:  # Jinja2 templates, not Django templates
        return False
    if SKELETON.search(path):
        return True
    return "/templates/" in path and not NOT_TEMPLATES.search(path)


def members(dist):
    if dist.endswith((".whl", ".zip")):
        with zipfile.ZipFile(dist) as z:
            for name in z.namelist():
                if not name.endswith("/") and is_template("/" + name):
                    yield name, z.read(name)
    else:
        with tarfile.open(dist) as t:
            for m in t.getmembers():
                if m.isfile() and is_template("/" + m.name):
                    yield m.name, t.extractfile(m).read()


def django_path(dist):
    if dist.endswith((".whl", ".zip")):
        return dist
    tmp = tempfile.mkdtemp(prefix="django-src-")
    with tarfile.open(dist) as t:
        t.extractall(tmp, filter="data") if hasattr(tarfile, "data_filter") else t.extractall(tmp)
    (top,) = os.listdir(tmp)
    return os.path.join(tmp, top)


def main():
    libs, out_dir, dists = sys.argv[1], sys.argv[2], sys.argv[3:]
    for lib in reversed(libs.split(os.pathsep)):
        sys.path.insert(0, django_path(lib))
    from django.template.base import DebugLexer, TokenType

    def tokens_of(text):
        tokens = []
        for token in DebugLexer(text).tokenize():
            if token.token_type == TokenType.TEXT:
                continue
            start, end = token.position
            command, bits = None, None
            if token.token_type == TokenType.BLOCK:
                command = token.contents.split()[0] if token.contents.split() else ""
                try:
                    bits = token.split_contents()
                except Exception:
                    bits = None
            tokens.append([int(token.token_type.value), start, end, command, bits])
        return tokens

    if out_dir == "--strings":
        json.dump([tokens_of(text) for text in json.load(sys.stdin)], sys.stdout)
        return

    result = []
    for dist in dists:
        dist_name = os.path.basename(dist)
        for name, data in members(dist):
            target = os.path.join(out_dir, dist_name, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(data)
            entry = {"dist": dist_name, "path": name, "file": target, "tokens": []}
            result.append(entry)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                entry["skipped"] = "not UTF-8"
                continue
            entry["tokens"] = tokens_of(text)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()

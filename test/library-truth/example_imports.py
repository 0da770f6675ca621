#!/usr/bin/env python3
"""The absolute imports of code snippets, for checking examples against real releases.

stdin:  [{"id": "...", "code": "..."}]
stdout: [{"id": "...", "error": null | "SyntaxError: ...", "imports": ["a.b.c", "a.b"]}]

`from a.b import c` gives "a.b.c", `import a.b` gives "a.b"; relative imports and `*` are left out.
The code is compiled, never run. Standard library only.
"""
import ast
import json
import sys


def imports_of(code: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found += [f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*"]
    return found


def main() -> int:
    out = []
    for item in json.load(sys.stdin):
        try:
            compile(item["code"], item["id"], "exec", dont_inherit=True)
            out.append({"id": item["id"], "error": None, "imports": imports_of(item["code"])})
        except SyntaxError as exc:
            out.append({"id": item["id"], "error": f"SyntaxError: {exc}", "imports": []})
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Test-only oracle for the Python 2 -> 3 work list (docs/python2-worklist.json).

Reads a JSON list of {"id", "code", ...} on stdin and prints a JSON object keyed by id:

  lib2to3     what this interpreter's lib2to3 writes with the item's "fixers" (names such as
              "print"; the construct's own fixers, so that Python 2 code around it is left alone)
  modernize   what python-modernize writes with its default fixers (run in its virtualenv)
  pyupgrade   what `pyupgrade --py3-plus` writes; null when the input is not Python 3 (run in its virtualenv)
  check       {"compiles": bool, "error": str|null, "stdout": str|null}: `code` compiled by this
              Python 3; when the item has "run", executed in a child interpreter (isolated mode,
              "stdin" fed, 20 s limit) and its stdout returned
  python2     whether `code` parses with lib2to3's Python 2 grammar (the print-statement grammar
              unless the code imports print_function from __future__)

Standard library only (the tool commands import their tool). Never used at product run time.
"""
import ast
import json
import os
import subprocess
import sys
import tempfile
import warnings

warnings.simplefilter("ignore")


def refactor_all(refactor_module, fixer_names, code):
    tool = refactor_module.RefactoringTool(sorted(fixer_names))
    try:
        return str(tool.refactor_string(code, "example.py"))
    except Exception as error:  # the tool's own parse errors
        return {"error": "%s: %s" % (type(error).__name__, error)}


def run_lib2to3(items):
    from lib2to3 import refactor

    return {item["id"]: refactor_all(refactor, ["lib2to3.fixes.fix_" + name for name in item["fixers"]], item["code"]) for item in items}


def run_modernize(items):
    from fissix import refactor
    from libmodernize.fixes import fissix_fix_names, opt_in_fix_names

    # The default set of libmodernize.main: every fixer but the opt-in ones and the unicode-literal ones.
    fixers = set(refactor.get_fixers_from_package("libmodernize.fixes")) | set(fissix_fix_names)
    fixers -= set(opt_in_fix_names)
    fixers -= {"libmodernize.fixes.fix_unicode", "libmodernize.fixes.fix_unicode_future"}
    return {item["id"]: refactor_all(refactor, fixers, item["code"]) for item in items}


def run_pyupgrade(items):
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for index, item in enumerate(items):
            try:
                ast.parse(item["code"])
            except SyntaxError:
                results[item["id"]] = None
                continue
            path = os.path.join(folder, "example%d.py" % index)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(item["code"])
            paths[item["id"]] = path
        if paths:
            command = [sys.executable, "-m", "pyupgrade", "--py3-plus", "--exit-zero-even-if-changed", *paths.values()]
            subprocess.run(command, capture_output=True, check=True, timeout=300)
        for key, path in paths.items():
            with open(path, encoding="utf-8") as handle:
                results[key] = handle.read()
    return results


def check(items):
    results = {}
    for item in items:
        result = {"compiles": True, "error": None, "stdout": None}
        try:
            compile(item["code"], "example.py", "exec")
        except SyntaxError as error:
            result.update(compiles=False, error="SyntaxError line %s: %s" % (error.lineno, error.msg))
        if result["compiles"] and item.get("run") is not None:
            with tempfile.TemporaryDirectory() as folder:
                path = os.path.join(folder, "example.py")
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(item["code"])
                completed = subprocess.run(
                    [sys.executable, "-I", path],
                    input=item["run"].get("stdin", ""),
                    capture_output=True,
                    text=True,
                    cwd=folder,
                    timeout=20,
                )
                result["stdout"] = completed.stdout
                if completed.returncode != 0:
                    result["error"] = completed.stderr.strip().splitlines()[-1] if completed.stderr.strip() else "exit %d" % completed.returncode
        results[item["id"]] = result
    return results


def python2(items):
    from lib2to3 import pygram, pytree
    from lib2to3.pgen2 import driver

    results = {}
    for item in items:
        code = item["code"]
        grammar = pygram.python_grammar_no_print_statement if "print_function" in code else pygram.python_grammar
        try:
            driver.Driver(grammar, convert=pytree.convert).parse_string(code)
            results[item["id"]] = None
        except Exception as error:
            results[item["id"]] = "%s: %s" % (type(error).__name__, error)
    return results


def python2_only(items):
    """Each module-level binding of `name` in `file` (under `root`), with the branch it sits in:
    "python2" when only Python 2 runs it (`if six.PY2:` / the `else:` of `if six.PY3:`)."""
    results = {}
    for item in items:
        with open(os.path.join(item["root"], item["file"]), encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        found = []

        def visit(body, branch):
            for statement in body:
                if isinstance(statement, ast.If):
                    test = ast.unparse(statement.test)
                    is_py3 = test in ("six.PY3", "PY3", "not six.PY2")
                    is_py2 = test in ("six.PY2", "PY2", "not six.PY3")
                    visit(statement.body, "python2" if is_py2 else "python3" if is_py3 else branch)
                    visit(statement.orelse, "python2" if is_py3 else "python3" if is_py2 else branch)
                    continue
                names = []
                if isinstance(statement, ast.Assign):
                    names = [t.id for t in statement.targets if isinstance(t, ast.Name)]
                elif isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
                    names = [statement.name]
                elif isinstance(statement, (ast.Import, ast.ImportFrom)):
                    names = [alias.asname or alias.name for alias in statement.names]
                if item["name"] in names:
                    found.append({"line": statement.lineno, "branch": branch})

        visit(tree.body, "both")
        results[item["id"]] = found
    return results


COMMANDS = {"python2-only": python2_only, "lib2to3": run_lib2to3, "modernize": run_modernize, "pyupgrade": run_pyupgrade, "check": check, "python2": python2}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in COMMANDS:
        sys.exit("usage: oracle.py {%s} < items.json" % ",".join(COMMANDS))
    json.dump(COMMANDS[sys.argv[1]](json.load(sys.stdin)), sys.stdout)

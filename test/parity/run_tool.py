"""Runs django-upgrade on many files in one process, like its CLI, but file by file: a crash
on one file (django-upgrade has a few) is reported for that file and the others still run.

Usage: python run_tool.py --target-version X.Y FILE...   (in django-upgrade's virtualenv)
Prints one JSON object: {"crashed": {"file": "ExceptionType: message"}}.
"""

import json
import sys
import traceback

from django_upgrade.data import Settings
from django_upgrade.main import apply_fixers


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "--target-version":
        print(__doc__, file=sys.stderr)
        return 2
    major, minor = (int(part) for part in argv[1].split("."))
    settings = Settings(target_version=(major, minor))
    crashed = {}
    for filename in argv[2:]:
        with open(filename, "rb") as f:
            original = f.read().decode()
        try:
            fixed = apply_fixers(original, settings, filename)
        except Exception as error:  # noqa: BLE001 - reported per file
            crashed[filename] = f"{type(error).__name__}: {error} ({traceback.extract_tb(error.__traceback__)[-1].name})"
            continue
        if fixed != original:
            with open(filename, "w", encoding="UTF-8", newline="") as f:
                f.write(fixed)
    print(json.dumps({"crashed": crashed}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

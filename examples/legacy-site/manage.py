#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legacysite.settings")
    try:
        from django.core.management import execute_from_command_line
    except ImportError as exc:
        raise ImportError(
            "Django is not importable. Activate the project's virtualenv "
            "and run `pip install -r requirements.txt` first."
        ) from exc
    execute_from_command_line(sys.argv)

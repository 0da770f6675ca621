#!/usr/bin/env bash
# Installs the Python packages the tests need (test/requirements.txt) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if python3 -c 'import pytest' 2>/dev/null; then exit 0; fi
python3 -m pip install --quiet --disable-pip-version-check -r test/requirements.txt \
  || python3 -m pip install --quiet --disable-pip-version-check --user --break-system-packages -r test/requirements.txt

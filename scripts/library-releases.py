#!/usr/bin/env python3
"""Writes the snapshot of library release lists the extension ships (server/src/versions/library-releases.json).

  python3 scripts/library-releases.py            # every library of server/src/versions/libraries.ts
  python3 scripts/library-releases.py --check    # exit 1 when the snapshot lacks a library of the table

Each list comes from PyPI's simple index through pip (`pip index versions NAME`: final releases only,
pre-releases and yanked releases left out), oldest first, and the snapshot is dated. Nothing is
downloaded or installed; the extension reads the file and never the network.
"""
import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / 'server' / 'src' / 'versions' / 'libraries.ts'
OUT = ROOT / 'server' / 'src' / 'versions' / 'library-releases.json'


def packages():
    """The distributions named in the library table (`package: '…'`), in its order."""
    return re.findall(r"\{ package: '([a-z0-9-]+)'", TABLE.read_text())


def version_key(version):
    from pip._vendor.packaging.version import Version  # PEP 440 ordering, from the pip that lists them
    return Version(version)


def releases(name):
    result = subprocess.run([sys.executable, '-m', 'pip', 'index', 'versions', '--disable-pip-version-check', name],
                            capture_output=True, text=True)
    match = re.search(r'Available versions: (.*)', result.stdout)
    if result.returncode != 0 or not match:
        sys.exit(f'library-releases: pip index versions {name} failed: {result.stderr.strip() or result.stdout.strip()}')
    found = [v.strip() for v in match.group(1).split(',') if v.strip()]
    return sorted(found, key=version_key)


def main(argv):
    names = packages()
    if '--check' in argv:
        data = json.loads(OUT.read_text())
        missing = [name for name in names if not data['releases'].get(name)]
        if missing:
            print('library-releases.json lacks: ' + ', '.join(missing))
            return 1
        return 0
    data = {
        'generated': datetime.date.today().isoformat(),
        'source': 'PyPI simple index, read with `pip index versions` (final releases; pre-releases and yanked releases left out)',
        'releases': {name: releases(name) for name in names},
    }
    OUT.write_text(json.dumps(data, indent=1) + '\n')
    print(f'{OUT.relative_to(ROOT)}: {len(names)} libraries, {sum(len(v) for v in data["releases"].values())} releases')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

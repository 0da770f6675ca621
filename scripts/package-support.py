#!/usr/bin/env python3
"""Maintains the audit's package table (server/src/audit/package-support.ts) from real release metadata.

  python3 scripts/package-support.py fetch django-filter==25.2 wagtail==7.3   # read releases' metadata
  python3 scripts/package-support.py refine                                   # read the releases between two recorded ones until each "first" is exact
  python3 scripts/package-support.py generate > /tmp/entries.ts               # the `packageSupport` entries

`fetch` asks pip for the metadata only (`pip install --dry-run --no-deps --report`: PyPI serves the
wheel's METADATA alone) and records each release in test/fixtures/package-support/classifiers.tsv,
which test/audit/package-support.test.ts checks the table against. Nothing is installed or imported.
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSV = ROOT / 'test' / 'fixtures' / 'package-support' / 'classifiers.tsv'
DJANGO = ['1.11', '2.0', '2.1', '2.2', '3.0', '3.1', '3.2', '4.0', '4.1', '4.2', '5.0', '5.1', '5.2', '6.0']
ORDER = [
    'djangorestframework', 'celery', 'django-filter', 'django-debug-toolbar', 'django-extensions', 'django-storages',
    'django-allauth', 'channels', 'django-cors-headers', 'django-crispy-forms', 'django-environ', 'whitenoise', 'django-redis',
    'django-celery-beat', 'django-import-export', 'django-taggit', 'django-mptt', 'django-guardian', 'django-reversion',
    'django-model-utils', 'django-polymorphic', 'django-tables2', 'django-compressor', 'djangorestframework-simplejwt',
    'drf-spectacular', 'drf-yasg', 'django-oauth-toolkit', 'graphene-django', 'wagtail', 'django-cms', 'django-simple-history',
    'django-widget-tweaks', 'django-anymail',
]
# Packages whose facts do not come from classifiers: a note, and no classifier entries.
NOTES = {
    'celery': ('Celery publishes no per-Django classifiers and is not tied to Django releases: its `django` extra requires '
               'Django>=1.11 (4.4.0-5.2.x), Django>=2.2.28 from 5.3.0 and Django>=3.2.1 in 5.7.0 (Requires-Dist of the releases); '
               'its docs (django/first-steps-with-django) say Celery 5.3+ supports Django 2.2 LTS or newer. What limits it on an '
               "upgrade is the Python version: check it against each step's Python versions.", True),
    'django-reversion': ('django-reversion published no per-Django classifiers before its 6.x releases; before them its '
                         'Requires-Dist only raises the minimum Django (>=1.11 from 3.0.3, >=2.0 from 4.0.0, >=3.2 from 5.0.4, '
                         '>=4.2 from 5.1.0), so its support of older Django releases is unknown here.', False),
    'channels': ('Channels publishes per-Django classifiers from 4.0.0 on; 2.x and 3.x only state a minimum Django in '
                 'Requires-Dist (>=1.11 up to 2.3.0, >=2.2 from 2.4.0), so earlier Django versions are unknown here.', False),
}


def key(version):
    return [int(x) for x in re.findall(r'\d+', version)]


def load():
    rows = {}
    if TSV.exists():
        for line in TSV.read_text().splitlines():
            if line and not line.startswith('#'):
                name, version, classifiers, requires, python = (line.split('\t') + ['', '', ''])[:5]
                rows[(name, version)] = {'classifiers': None if classifiers == 'unreadable' else classifiers.split(), 'requires': requires, 'python': python}
    return rows


def save(rows):
    header = TSV.read_text().splitlines()[:3] if TSV.exists() else ['# package\tversion\tclassifiers\trequires\tpython']
    lines = [l for l in header if l.startswith('#')]
    for (name, version), row in sorted(rows.items(), key=lambda item: (item[0][0], key(item[0][1]))):
        classifiers = 'unreadable' if row['classifiers'] is None else ' '.join(row['classifiers'])
        lines.append('\t'.join([name, version, classifiers, row['requires'], row['python']]))
    TSV.write_text('\n'.join(lines) + '\n')


def fetch_one(rows, name, version):
    if (name, version) in rows:
        return rows[(name, version)]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / 'report.json'
        result = subprocess.run([sys.executable, '-m', 'pip', 'install', '--dry-run', '--no-deps', '--ignore-installed',
                                 '--ignore-requires-python', '--quiet', '--report', str(report), f'{name}=={version}'],
                                capture_output=True, text=True)
        if result.returncode != 0:
            row = {'classifiers': None, 'requires': '', 'python': ''}
        else:
            meta = json.loads(report.read_text())['install'][0]['metadata']
            row = {
                'classifiers': [c.split('::')[-1].strip() for c in meta.get('classifier', []) if c.startswith('Framework :: Django ::')],
                'requires': '; '.join(d for d in meta.get('requires_dist') or [] if re.match(r'(?i)django\b(?![-_.])', d)),
                'python': meta.get('requires_python') or '',
            }
    rows[(name, version)] = row
    print(name, version, row, file=sys.stderr)
    return row


def releases(rows, name):
    return sorted([(v, r) for (n, v), r in rows.items() if n == name], key=lambda item: key(item[0]))


def entries_of(rows, name):
    items = releases(rows, name)
    readable = [(v, r) for v, r in items if r['classifiers'] is not None]
    out = []
    if name in NOTES and NOTES[name][1]:
        return out
    for dj in DJANGO:
        prev = prev_row = first = None
        for v, r in readable:
            if dj in r['classifiers']:
                first = v
                break
            prev, prev_row = v, r
        if not first:
            continue
        if prev is None and any(r['classifiers'] is None and key(v) < key(first) for v, r in items):
            continue  # older releases exist whose metadata could not be read
        unknown_before = False
        if prev is None:
            source = f'PyPI classifiers of {name} {first} list Django {dj} (the oldest release checked)'
        elif not prev_row['classifiers']:
            source = f'PyPI classifiers: {name} {first} is the first release to list Django {dj}; {prev} and earlier publish no per-Django classifiers'
            unknown_before = True
        else:
            source = f'PyPI classifiers: {name} {first} is the first release to list Django {dj} ({prev} does not)'
        out.append((dj, first, source, unknown_before, prev))
    return out


def refine(rows, all_versions):
    """Reads the releases between the last one without and the first one with each classifier."""
    changed = True
    while changed:
        changed = False
        for name in ORDER:
            versions = all_versions(name)
            for dj, first, _, _, prev in entries_of(rows, name):
                if prev is None:
                    continue
                for v in sorted((v for v in versions if key(prev) < key(v) < key(first)), key=key)[:10]:
                    if (name, v) in rows:
                        continue
                    changed = True
                    row = fetch_one(rows, name, v)
                    if row['classifiers'] and dj in row['classifiers']:
                        break
        save(rows)


def pip_versions(name):
    result = subprocess.run([sys.executable, '-m', 'pip', 'index', 'versions', name], capture_output=True, text=True)
    match = re.search(r'Available versions: (.*)', result.stdout)
    return [v.strip() for v in match.group(1).split(',') if re.fullmatch(r'[\d.]+', v.strip())] if match else []


def generate(rows):
    out = []
    for name in ORDER:
        readable = [v for v, r in releases(rows, name) if r['classifiers'] is not None]
        out.append('  {')
        out.append(f"    name: '{name}',")
        if name in NOTES:
            out.append(f'    note: {json.dumps(NOTES[name][0])},')
        out.append(f"    checked: '{readable[0]}–{readable[-1]} ({len(readable)} releases)',")
        out.append('    django: [')
        for dj, first, source, unknown_before, _ in entries_of(rows, name):
            extra = ', unknownBefore: true' if unknown_before else ''
            out.append(f"      {{ django: '{dj}', first: '{first}'{extra}, source: {json.dumps(source)} }},")
        out.append('    ],')
        out.append('  },')
    print('\n'.join(out))


if __name__ == '__main__':
    command, *args = sys.argv[1:] or ['help']
    rows = load()
    if command == 'fetch':
        for spec in args:
            fetch_one(rows, *spec.split('=='))
        save(rows)
    elif command == 'refine':
        refine(rows, pip_versions)
    elif command == 'generate':
        generate(rows)
    else:
        print(__doc__)

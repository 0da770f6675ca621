"""Real checks of check_claims.py against real Django releases.

The first run downloads one wheel per Django minor (1.4 ... 6.1; 1.4 has only an
sdist) into
<repo>/.cache/django (gitignored); later runs reuse it without touching the
network, which `test_second_run_reuses_cache_without_pip` proves.

Run:  python3 -m pytest test/django-truth
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
TOOL = HERE / "check_claims.py"


def _repo_root() -> Path:
    for p in (HERE, *HERE.parents):
        if (p / ".git").exists():
            return p
    return HERE.parents[1]  # test/django-truth -> repo root


CACHE = _repo_root() / ".cache" / "django"

ALL_MINORS = [
    "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "2.0", "2.1", "2.2", "3.0", "3.1", "3.2",
    "4.0", "4.1", "4.2", "5.0", "5.1", "5.2", "6.0", "6.1",
]


def run_tool(payload, env=None, timeout=1800) -> subprocess.CompletedProcess:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return subprocess.run(
        [sys.executable, str(TOOL)], input=text, capture_output=True, text=True,
        env=env, timeout=timeout,
    )


def request(claims, cache=CACHE):
    return {"cacheDir": str(cache), "claims": claims}


# (version, symbol, exists, parameter, substring expected in "detail")
FACTS = [
    # django.conf.urls.url(): deprecated 3.1, removed 4.0
    ("3.2", "django.conf.urls.url", True, None, "django/conf/urls/__init__.py:"),
    ("4.0", "django.conf.urls.url", False, None, "not bound in django/conf/urls/__init__.py"),
    # django.core.urlresolvers -> django.urls (removed 2.0)
    ("1.11", "django.core.urlresolvers", True, None, "module at django/core/urlresolvers.py"),
    ("2.0", "django.core.urlresolvers", False, None, "module django/core/urlresolvers.py absent"),
    # django.urls.re_path (new in 2.0; a functools.partial assignment)
    ("2.0", "django.urls.re_path", True, None, "from django.urls.conf"),
    ("1.11", "django.urls.re_path", False, None, None),
    # force_text: deprecated 3.0, removed 4.0
    ("3.2", "django.utils.encoding.force_text", True, None, "RemovedInDjango40Warning"),
    ("4.0", "django.utils.encoding.force_text", False, None, None),
    # django.utils.six: removed in 3.0
    ("2.2", "django.utils.six", True, None, "module at django/utils/six.py"),
    ("3.0", "django.utils.six", False, None, "module django/utils/six.py absent"),
    # Signal(providing_args=...): deprecated 3.1, removed 4.0
    ("3.2", "django.dispatch.dispatcher.Signal.__init__", True, "providing_args", "in signature"),
    ("4.0", "django.dispatch.dispatcher.Signal.__init__", False, "providing_args", "not in signature"),
    ("4.0", "django.dispatch.Signal", True, "use_caching", "__init__"),  # class -> its __init__
    # TransactionTestCase.multi_db: the class attribute `multi_db = False`
    # exists up to 2.1 only.  In 2.2 and 3.0 (deprecation period) Django merely
    # reads `cls.multi_db` from user subclasses inside a descriptor; in 3.1 it
    # is gone entirely.
    ("2.1", "django.test.testcases.TransactionTestCase.multi_db", True, None, "class attribute"),
    ("2.2", "django.test.testcases.TransactionTestCase.multi_db", False, None,
     "only mentioned as attribute access `.multi_db`"),
    ("3.0", "django.test.testcases.TransactionTestCase.multi_db", False, None,
     "only mentioned as attribute access `.multi_db`"),
    ("3.1", "django.test.testcases.TransactionTestCase.multi_db", False, None, None),
    # HttpRequest.is_ajax(): deprecated 3.1, removed 4.0
    ("3.2", "django.http.request.HttpRequest.is_ajax", True, None, "method of HttpRequest"),
    ("3.2", "django.http.HttpRequest.is_ajax", True, None, "method of HttpRequest"),
    ("4.0", "django.http.request.HttpRequest.is_ajax", False, None, None),
    # NullBooleanField: deprecated 3.1; from 4.0 on still importable, but only
    # as a stub for historical migrations (system_check_removed_details).
    ("3.2", "django.db.models.NullBooleanField", True, None, "system_check_deprecated_details"),
    ("4.0", "django.db.models.NullBooleanField", True, None, "system_check_removed_details"),
    ("6.0", "django.db.models.NullBooleanField", True, None, "system_check_removed_details"),
    # settings.MIDDLEWARE_CLASSES: removed in 2.0
    ("1.11", "django.conf.global_settings.MIDDLEWARE_CLASSES", True, None, "global_settings.py:"),
    ("2.0", "django.conf.global_settings.MIDDLEWARE_CLASSES", False, None, None),
    # timezone.utc: deprecated 4.1 (served by module __getattr__), removed 5.0
    ("4.2", "django.utils.timezone.utc", True, None, "module __getattr__"),
    ("5.0", "django.utils.timezone.utc", False, None, None),
    # assertQuerysetEqual: deprecated 4.2 (-> assertQuerySetEqual), removed 5.1.
    # It lives on TransactionTestCase -- never on SimpleTestCase.
    ("5.0", "django.test.TransactionTestCase.assertQuerysetEqual", True, None, "RemovedInDjango51Warning"),
    ("5.0", "django.test.TestCase.assertQuerysetEqual", True, None, "inherited by TestCase"),
    ("5.0", "django.test.SimpleTestCase.assertQuerysetEqual", False, None, "not in class SimpleTestCase"),
    ("5.1", "django.test.TransactionTestCase.assertQuerysetEqual", False, None, None),
    ("4.1", "django.test.TransactionTestCase.assertQuerySetEqual", False, None, None),
    ("4.2", "django.test.TransactionTestCase.assertQuerySetEqual", True, None, None),
    # Module __getattr__ backed by a dict literal of names (Django 6.0)
    ("6.0", "django.core.mail.BadHeaderError", True, None, "_deprecate_on_import"),
    # Star-import chains with __all__, two levels deep
    ("4.0", "django.contrib.gis.db.models.CharField", True, None, "star-imported"),
    # **kwargs alone does not count as a parameter
    ("4.0", "django.db.models.Model.__init__", False, "pk", "only **kwargs"),
    # Old releases parse fine on Python 3.11 (six.with_metaclass bases etc.)
    ("1.8", "django.db.models.Model.save", True, None, "method of Model"),
    ("1.8", "django.template.RequestContext", True, None, "RemovedInDjango110Warning"),
    # 1.4 to 1.7: Python 2 sources (1.4 from its sdist), read through lib2to3's syntax fixers.
    # django/contrib/admin/util.py of 1.4 has `except E, e:`, which Python 3 cannot parse.
    ("1.4", "django.contrib.admin.util.quote", True, None, "def at django/contrib/admin/util.py:"),
    # `def __init__(self, ..., True=True, False=False)` in 1.4's bundled simplejson
    ("1.4", "django.utils.simplejson.encoder.JSONEncoder", True, None, "class defined at"),
    # 1.4 to 1.6 warned with the builtin warning classes
    ("1.4", "django.conf.urls.defaults", True, None, "PendingDeprecationWarning"),
    ("1.6", "django.conf.urls.defaults", False, None, "module django/conf/urls/defaults.py absent"),
    ("1.4", "django.core.management.execute_manager", True, None, "PendingDeprecationWarning"),
    ("1.6", "django.core.management.execute_manager", False, None, None),
    ("1.5", "django.contrib.localflavor", True, None, "DeprecationWarning"),
    ("1.6", "django.contrib.localflavor", False, None, None),
    ("1.5", "django.utils.simplejson", True, None, "PendingDeprecationWarning"),
    ("1.7", "django.utils.simplejson", False, None, None),
    ("1.6", "django.contrib.auth.models.User.get_profile", True, None, "inherited by User"),
    ("1.7", "django.contrib.auth.models.User.get_profile", False, None, None),
    ("1.7", "django.utils.datastructures.SortedDict", True, None, "RemovedInDjango19Warning"),
    ("1.9", "django.utils.datastructures.SortedDict", False, None, None),
    # 6.1 moved GenericForeignKey.get_prefetch_querysets() to the new GenericForeignKeyDescriptor
    ("6.0", "django.contrib.contenttypes.fields.GenericForeignKey.get_prefetch_querysets", True, None, None),
    ("6.1", "django.contrib.contenttypes.fields.GenericForeignKey.get_prefetch_querysets", False, None, None),
    ("6.1", "django.contrib.contenttypes.fields.GenericForeignKeyDescriptor.get_prefetch_querysets", True, None, None),
]


def _fact_id(f):
    v, sym, exists, param, _ = f
    return f"{v}:{sym}{'(' + param + ')' if param else ''}:{'present' if exists else 'absent'}"


@pytest.fixture(scope="session")
def truth():
    """One tool run over all facts + a sanity claim for every minor 1.4..6.1."""
    claims = []
    for i, (v, sym, exists, param, _) in enumerate(FACTS):
        c = {"id": f"fact{i}", "version": v, "symbol": sym, "exists": exists}
        if param:
            c["parameter"] = param
        claims.append(c)
    for v in ALL_MINORS:
        claims.append({"id": f"minor-{v}", "version": v, "symbol": "django.get_version",
                       "exists": True})
    proc = run_tool(request(claims))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    return {r["id"]: r for r in out["results"]}, out["versions"]


@pytest.mark.parametrize("fact", FACTS, ids=[_fact_id(f) for f in FACTS])
def test_known_fact(truth, fact):
    results, _ = truth
    i = FACTS.index(fact)
    v, sym, exists, param, detail_part = fact
    r = results[f"fact{i}"]
    assert r["version"] == v and r["symbol"] == sym and r["exists"] is exists
    assert r["found"] is exists, r["detail"]
    assert r["ok"] is True, r["detail"]
    if detail_part:
        assert detail_part in r["detail"], r["detail"]


@pytest.mark.parametrize("minor", ALL_MINORS)
def test_every_minor_downloads_and_resolves(truth, minor):
    results, versions = truth
    full = versions[minor]
    assert full == minor or full.startswith(minor + "."), full
    assert (CACHE / f"django-{full}" / "django" / "__init__.py").is_file()
    r = results[f"minor-{minor}"]
    assert r["found"] and r["ok"], r["detail"]
    assert r["detail"].startswith(f"Django {full}: ")


def test_python2_syntax_is_read_without_changing_bindings(tmp_path):
    """A Python 2 module (print statement, `except E, e`, octal and ur'' literals,
    a backtick repr) is read: its names are bound as Python 2 would bind them."""
    release = tmp_path / "cache" / "django-1.4.99"
    (release / "django" / "old").mkdir(parents=True)
    (release / "django" / "__init__.py").write_text("")
    (release / "django" / "old" / "__init__.py").write_text(
        "import os\n"
        "MODE = 0755\n"
        "LABEL = ur'x'\n"
        "def shout(x):\n"
        "    print x\n"
        "    try:\n"
        "        return `x`\n"
        "    except ValueError, e:\n"
        "        raise TypeError, 'no'\n"
        "class Old(object):\n"
        "    def method(self, (a, b)):\n"
        "        exec 'pass'\n"
    )
    claims = [
        {"id": "shout", "version": "1.4", "symbol": "django.old.shout", "exists": True},
        {"id": "mode", "version": "1.4", "symbol": "django.old.MODE", "exists": True},
        {"id": "method", "version": "1.4", "symbol": "django.old.Old.method", "exists": True},
        {"id": "absent", "version": "1.4", "symbol": "django.old.e", "exists": False},
    ]
    proc = run_tool(request(claims, cache=tmp_path / "cache"))
    assert proc.returncode == 0, proc.stderr
    results = {r["id"]: r for r in json.loads(proc.stdout)["results"]}
    assert all(r["ok"] for r in results.values()), results
    assert results["shout"]["detail"].startswith("Django 1.4.99: def at django/old/__init__.py:4")


def _fake_pip(tmp_path: Path) -> tuple[dict, Path]:
    """An environment in which `python -m pip` records its use and fails."""
    marker = tmp_path / "pip-was-called"
    pkg = tmp_path / "fakepip" / "pip"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "__main__.py").write_text(
        "import os, sys\n"
        "open(os.environ['FAKE_PIP_MARKER'], 'a').write(' '.join(sys.argv) + '\\n')\n"
        "sys.exit(1)\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = str(pkg.parent) + os.pathsep + env.get("PYTHONPATH", "")
    env["FAKE_PIP_MARKER"] = str(marker)
    return env, marker


def test_fake_pip_would_be_noticed(tmp_path):
    """Guard for the next test: with an empty cache, pip IS called (and the
    tool then exits 2 with a clear message)."""
    env, marker = _fake_pip(tmp_path)
    proc = run_tool(request([{"id": "x", "version": "3.2", "symbol": "django.urls",
                              "exists": True}], cache=tmp_path / "empty-cache"), env=env)
    assert proc.returncode == 2
    assert "cannot download django==3.2.*" in proc.stderr
    assert marker.exists()


def test_second_run_reuses_cache_without_pip(truth, tmp_path):
    env, marker = _fake_pip(tmp_path)
    claims = [{"id": v, "version": v, "symbol": "django.utils", "exists": True}
              for v in ALL_MINORS]
    start = time.monotonic()
    proc = run_tool(request(claims), env=env)
    elapsed = time.monotonic() - start
    assert proc.returncode == 0, proc.stderr
    assert not marker.exists(), marker.read_text()
    assert "downloading" not in proc.stderr
    out = json.loads(proc.stdout)
    assert out["versions"] == {v: truth[1][v] for v in ALL_MINORS}
    assert all(r["ok"] for r in out["results"])
    assert elapsed < 30, f"cached run took {elapsed:.1f}s"


def test_output_shape(truth):
    results, versions = truth
    r = results["fact0"]
    assert set(r) == {"id", "version", "symbol", "exists", "found", "ok", "detail"}
    param = results[f"fact{[f[1] for f in FACTS].index('django.dispatch.dispatcher.Signal.__init__')}"]
    assert param["parameter"] == "providing_args"
    assert versions["1.11"] == "1.11.29"  # 1.11 is long finished


def test_exit_code_zero_when_claim_is_wrong():
    proc = run_tool(request([{"id": "wrong", "version": "4.0", "symbol": "django.conf.urls.url",
                              "exists": True}]))
    assert proc.returncode == 0, proc.stderr
    (r,) = json.loads(proc.stdout)["results"]
    assert r["found"] is False and r["ok"] is False


def test_setting_reads():
    """Settings Django never defaulted in global_settings are proven by the release's own reads."""
    proc = run_tool(request([
        {"id": "read", "version": "1.5", "symbol": "django", "reads": "IGNORABLE_404_STARTS", "exists": True},
        {"id": "gone", "version": "1.6", "symbol": "django", "reads": "IGNORABLE_404_STARTS", "exists": True},
        {"id": "module", "version": "1.6", "symbol": "django.contrib.auth.models", "reads": "AUTH_PROFILE_MODULE", "exists": True},
    ]))
    assert proc.returncode == 0, proc.stderr
    by_id = {r["id"]: r for r in json.loads(proc.stdout)["results"]}
    assert by_id["read"]["found"] is True and "django/middleware/common.py" in by_id["read"]["detail"]
    assert by_id["read"]["reads"] == "IGNORABLE_404_STARTS"
    assert by_id["gone"]["found"] is False and "read nowhere in django" in by_id["gone"]["detail"]
    assert by_id["module"]["found"] is True


@pytest.mark.parametrize("payload, message", [
    ("not json", "not valid JSON"),
    ({"claims": []}, "cacheDir"),
    ({"cacheDir": "relative/path", "claims": []}, "absolute"),
    ({"cacheDir": "/tmp/x", "claims": {}}, "`claims` must be a list"),
    (request([{"id": "a", "version": "3", "symbol": "django.urls", "exists": True}]), "version"),
    (request([{"id": "a", "version": "3.2", "symbol": "django..urls", "exists": True}]), "symbol"),
    (request([{"id": "a", "version": "3.2", "symbol": "flask.Flask", "exists": True}]), "django."),
    (request([{"id": "a", "version": "3.2", "symbol": "django.urls", "exists": "yes"}]), "exists"),
    (request([{"id": "a", "version": "3.2", "symbol": "django.urls", "exists": True,
               "parameter": "not-an-identifier"}]), "parameter"),
    (request([{"version": "3.2", "symbol": "django.urls", "exists": True}]), "id"),
    (request([{"id": "a", "version": "3.2", "symbol": "django", "exists": True, "reads": "a b"}]), "reads"),
])
def test_bad_input_exits_2(payload, message):
    proc = run_tool(payload)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert message in proc.stderr

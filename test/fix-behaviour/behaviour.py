#!/usr/bin/env python3
"""Runs Python modules under real Django releases and summarises what they compute.

The fix-behaviour tests give it the text of a module (or a small package) before and after a fix;
it imports each under the releases asked for and returns a deterministic summary of what the
module computed, so the tests can check that a fix changed how the code is written and nothing
else. Test-only: the product never runs user code.

Request (JSON on stdin)::

    {"venvDir", "findLinks", "sourceDir",
     "jobs": [{"key", "version", "files": {"app/urls.py": "..."}, "modules": ["app/urls.py"],
               "counterpart": {"app/urls.py": "<the other side's text>"}, "settings": ["app/settings.py"]}]}

Every job runs in the interpreter of its release (one process per release, jobs one after the
other), as the package ``fixcheck.j<N>`` inside an installed app ``fixcheck``, so models get an
app label and relative imports work. A job with ``"project": {"apps", "rootUrlconf"}`` is a whole
Django project instead: its folder is on the path, its apps are installed (an app whose models do
not import on that release is left out, and the project run again), one process per job. Its modules are imported in order and each gets a summary
(see ``summarize``). Reply::

    {"versions": {"3.2": {"installed", "importable", "reason"}},
     "results": [{"key", "version", "modules": {"app/urls.py": {"error": null|"...", "summary": {...}}}}]}

Releases 2.1 and newer come from the environments of ``test/django-truth/import_examples.py``
(cached under ``venvDir``); 1.11 and 2.0 get their own environments and ``py311_compat``.
"""

from __future__ import annotations

import ast
import contextlib
import datetime
import decimal
import enum
import functools
import importlib
import inspect
import io
import json
import os
import re
import shutil
import subprocess
import sys
import symtable
import tempfile
import types
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "django-truth"))

import import_examples as environments  # noqa: E402 - shares the cached Django environments

# Releases that need py311_compat to import on Python 3.11.
COMPAT_RELEASES = {"1.11", "2.0"}


# --------------------------------------------------------------------------
# Environments
# --------------------------------------------------------------------------


def ensure_compat_environment(venv_dir: Path, find_links: list[Path], version: str) -> dict:
    """Django 1.11/2.0 with the Python 3.11 shims: <venv_dir>/django-X.Y-py311-compat, probed once."""
    env = venv_dir / f"django-{version}-py311-compat"
    marker = venv_dir / f"django-{version}-py311-compat.probe.json"
    with environments.locked(venv_dir / f".django-{version}-py311-compat.lock"):
        if marker.exists():
            verdict = json.loads(marker.read_text())
            if not verdict["importable"] or (env / "bin" / "python").exists():
                return verdict
        wheels = environments.ensure_dependency_wheels(venv_dir)
        if env.exists():
            shutil.rmtree(env)
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True, capture_output=True)
        wheel = environments.release_wheel([*find_links, wheels], version)
        if wheel is None:
            environments.pip("download", "--no-deps", "--only-binary", ":all:", "-d", str(wheels), f"django=={version}.*")
            wheel = environments.release_wheel([wheels], version)
        if wheel is None:
            verdict = {"installed": None, "importable": False, "reason": f"no wheel of Django {version} could be downloaded"}
        else:
            import zipfile

            site = environments.site_packages(env)
            for archive_path in [wheel, *sorted(wheels.glob("pytz-*.whl")), *sorted(wheels.glob("sqlparse-*.whl"))]:
                with zipfile.ZipFile(archive_path) as archive:
                    archive.extractall(site)
            shutil.copy(HERE / "py311_compat.py", site / "py311_compat.py")
            run = subprocess.run([str(env / "bin" / "python"), "-c", "import py311_compat\n" + environments.PROBE.replace("django.urls", "django.core.urlresolvers" if version < "1.10" else "django.urls")], capture_output=True, text=True)
            last = (run.stderr.strip().splitlines() or ["?"])[-1]
            verdict = {"installed": run.stdout.strip(), "importable": True, "reason": None} if run.returncode == 0 else {"installed": None, "importable": False, "reason": last}
        marker.write_text(json.dumps(verdict))
        return verdict


def interpreter(venv_dir: Path, version: str) -> Path:
    suffix = "-py311-compat" if version in COMPAT_RELEASES else ""
    return venv_dir / f"django-{version}{suffix}" / "bin" / "python"


# --------------------------------------------------------------------------
# Summaries (run inside one release's interpreter)
# --------------------------------------------------------------------------

MODULE_PACKAGE = "fixcheck"
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
MAX_DEPTH = 6
# Function attributes Django no longer reads (2.0 dropped `allow_tags`): a fix that drops them changes nothing.
IGNORED_FUNCTION_ATTRIBUTES = {"allow_tags"}
# Per-instance bookkeeping that depends on how many objects were created before, not on the code.
IGNORED_STATE = {"creation_counter"}
# What Django adds to every model class by itself (6.0 added NotUpdated).
MODEL_CLASS_ATTRIBUTES = {"_meta", "DoesNotExist", "MultipleObjectsReturned", "NotUpdated"}


def new_stub():
    return object.__new__(Stub)


def stub_attribute(stub, name):
    if name.startswith("__"):
        raise AttributeError(name)
    return new_stub()


def stub_result(stub, *args, **kwargs):
    return new_stub()


def stub_iterator(stub):
    return iter(())


def stub_repr(stub):
    return "<stub>"


class StubType(type):
    """Class-level behaviour of stubs, so that `class Test(TestCase)` with a stubbed TestCase works."""

    __getattr__ = stub_attribute
    __call__ = __getitem__ = stub_result
    __iter__ = stub_iterator
    __repr__ = stub_repr


class Stub(metaclass=StubType):
    """Stands for a name the module reads but does not define (`Book`, `request`): every operation
    gives another stub, so the rest of the module still runs, the same way before and after a fix."""

    __getattr__ = stub_attribute
    __call__ = __getitem__ = stub_result
    __iter__ = stub_iterator
    __repr__ = __str__ = stub_repr
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __mod__ = __or__ = __ror__ = __and__ = __invert__ = __neg__ = stub_result
    __lt__ = __le__ = __gt__ = __ge__ = __contains__ = lambda self, other: False

    def __setitem__(self, key, value):
        pass

    def __bool__(self):
        return False

    def __len__(self):
        return 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __hash__(self):
        return 0

    def __eq__(self, other):
        return isinstance(other, Stub)


class Renderer:
    """Renders values to JSON-able data that depends only on what they are, not on where they live."""

    def __init__(self, module_names: set[str], class_attributes: set[str], root: str):
        # Objects defined by the job's modules are rendered in detail; everything else (Django,
        # the standard library) as "<external>", since a fix may swap one for an equivalent.
        self.own = module_names
        # Class attributes either side sets: a class that inherits one (the fix dropped a value
        # equal to the default) renders the same as a class that sets it.
        self.class_attributes = class_attributes
        # Where the job's files were written (a settings module's BASE_DIR): a temporary folder.
        self.root = root

    def is_own(self, value) -> bool:
        return getattr(value, "__module__", None) in self.own

    def render(self, value, depth: int = 0):
        if depth > MAX_DEPTH:
            return "…"
        from django.utils.functional import Promise

        if isinstance(value, (Stub, StubType)):
            return "<stub>"
        if value is None or isinstance(value, (bool, int)):
            return value
        if isinstance(value, float):
            return value if value == value and abs(value) != float("inf") else repr(value)
        if isinstance(value, str):
            return value.replace(self.root, "<root>")
        if isinstance(value, Promise):  # lazy translation or lazy reverse()
            try:
                return {"lazy": str(value)}
            except Exception as error:  # noqa: BLE001
                return {"lazy raises": type(error).__name__}
        if isinstance(value, bytes):
            return {"bytes": value.decode("latin-1")}
        if isinstance(value, enum.Enum):
            return {"enum": f"{type(value).__name__}.{value.name}", "value": self.render(value.value, depth + 1)}
        if isinstance(value, datetime.datetime):
            # A value computed from the clock differs between two runs; a constant does not.
            near_now = abs((value.replace(tzinfo=None) - datetime.datetime.now()).total_seconds()) < 86400 * 2
            return {"datetime": "<around now>" if near_now else value.replace(tzinfo=None).isoformat(), "utcoffset": str(value.utcoffset())}
        if isinstance(value, (decimal.Decimal, uuid.UUID, datetime.date, datetime.time, datetime.timedelta)):
            return {type(value).__name__: str(value)}
        if isinstance(value, datetime.tzinfo):
            return {"tzinfo": str(value.utcoffset(None))}
        if isinstance(value, (list, tuple)):
            kind = type(value).__name__ if type(value) in (list, tuple) else "sequence"
            return {kind: [self.render(v, depth + 1) for v in value]}
        if isinstance(value, (set, frozenset)):
            return {"set": sorted(json.dumps(self.render(v, depth + 1), sort_keys=True) for v in value)}
        if isinstance(value, dict):
            return {"dict": [[self.render(k, depth + 1), self.render(v, depth + 1)] for k, v in value.items()]}
        if isinstance(value, types.ModuleType):
            return "<module>"
        if isinstance(value, functools.partial):
            return {"partial": self.render(value.func, depth + 1), "args": self.render(value.args, depth + 1), "keywords": self.render(value.keywords, depth + 1)}
        if inspect.isclass(value):
            return self.render_class(value, depth) if self.is_own(value) else "<external>"
        if (inspect.isfunction(value) or inspect.ismethod(value)) and self.is_own(value):
            return self.render_function(value, depth)
        if callable(value) and not hasattr(value, "__dict__") or inspect.isroutine(value):
            return "<external>"
        return self.render_object(value, depth)

    def render_function(self, function, depth: int):
        attributes = {
            k: self.render(v, depth + 1)
            for k, v in sorted(vars(function).items())
            if not k.startswith("__") and k not in IGNORED_FUNCTION_ATTRIBUTES
        }
        try:
            parameters = str(inspect.signature(function))
        except (TypeError, ValueError):
            parameters = "?"
        return {"function": function.__qualname__, "parameters": parameters, "attributes": attributes}

    def render_class(self, cls, depth: int):
        from django import forms
        from django.db import models

        rendered: dict = {"class": cls.__qualname__, "bases": [c.__qualname__ if self.is_own(c) else "<external>" for c in cls.__mro__[1:]]}
        is_model = issubclass(cls, models.Model) and getattr(cls, "_meta", None) is not None
        if is_model:
            rendered["model"] = self.render_model(cls)
        names = [k for k in vars(cls) if not k.startswith("__")]
        names += sorted(n for n in self.class_attributes - set(names) if hasattr(cls, n) and not n.startswith("__"))
        attributes = {}
        for key in names:
            try:
                value = inspect.getattr_static(cls, key)
            except AttributeError:
                continue
            if is_model and (key in MODEL_CLASS_ATTRIBUTES or type(value).__module__.startswith("django.db.models.")):
                continue  # fields, relations and managers are rendered from _meta
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            attributes[key] = self.render(value, depth + 1)
        rendered["attributes"] = attributes
        if issubclass(cls, forms.BaseForm) and depth == 0:
            # What the form shows: Django renders it from the same fields before and after.
            rendered["html"] = outcome(lambda: str(cls()), self)
        return rendered

    def render_model(self, model):
        from django.db import connection

        fields = []
        for field in model._meta.get_fields(include_hidden=False):
            if not getattr(field, "concrete", False) and not getattr(field, "many_to_many", False):
                continue
            entry = {
                "name": field.name,
                "column": getattr(field, "column", None),
                "null": field.null,
                "blank": field.blank,
                "unique": getattr(field, "unique", False),
                "primary_key": field.primary_key,
                "max_length": field.max_length,
                "default": self.render(field.default) if field.has_default() else "<none>",
                "choices": self.render(field.choices or None),
            }
            try:
                entry["db_type"] = field.db_type(connection)
            except Exception as error:  # noqa: BLE001
                entry["db_type"] = type(error).__name__
            remote = getattr(field, "remote_field", None)
            if remote is not None:
                target = remote.model
                entry["to"] = target._meta.label if hasattr(target, "_meta") else str(target)
                entry["on_delete"] = getattr(getattr(remote, "on_delete", None), "__name__", None)
                # What Django uses as the link to a parent model (1.11 promoted an implicit one itself).
                entry["parent_link"] = field in model._meta.parents.values()
            fields.append(entry)
        options = {}
        for option in ("db_table", "ordering", "unique_together", "verbose_name", "verbose_name_plural", "abstract", "proxy", "managed", "permissions", "get_latest_by", "default_related_name", "base_manager_name", "default_manager_name"):
            options[option] = self.render(getattr(model._meta, option, None))
        # `index_together` and `Meta.indexes` build the same indexes (the index_together fix).
        indexes = {json.dumps(sorted(index.fields)) for index in getattr(model._meta, "indexes", [])}
        indexes |= {json.dumps(sorted(group)) for group in getattr(model._meta, "index_together", ()) or ()}
        options["indexes"] = sorted(indexes)
        managers = [[m.name, type(m).__qualname__ if self.is_own(type(m)) else "<external>"] for m in model._meta.managers]
        return {"fields": fields, "options": options, "managers": managers}

    def render_object(self, value, depth: int):
        from django.db.models import Model

        kind = type(value)
        rendered: dict = {"object": kind.__qualname__ if self.is_own(kind) else "<external>"}
        if isinstance(value, Model):
            return rendered
        state = getattr(value, "__dict__", None)
        if isinstance(state, dict) and depth < MAX_DEPTH - 1:
            rendered["state"] = {k: self.render(v, depth + 1) for k, v in sorted(state.items()) if not k.startswith("_") and k not in IGNORED_STATE}
        else:
            rendered["repr"] = ADDRESS.sub("", repr(value))[:200]
        return rendered


def free_names(source: str) -> list[str]:
    """Names the module reads and nothing binds (see import_examples.free_names); [] if it does not compile."""
    try:
        return environments.free_names(source, "module")
    except SyntaxError:
        return []


def bound_names(source: str) -> tuple[list[str], set[str]]:
    """The names the module's own statements bind at module level, and those only imports bind."""
    try:
        table = symtable.symtable(source, "module", "exec")
    except SyntaxError:
        return [], set()
    assigned = [s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_namespace() and not s.is_imported()]
    imported = {s.get_name() for s in table.get_symbols() if s.is_imported() and not s.is_assigned()}
    return assigned, imported


def exported_candidates(source: str) -> set[str]:
    """Names other modules may import from this one: what it imports and never uses itself."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return {n for n in bound_names(source)[1] if n not in used}


def class_attribute_names(sources: list[str]) -> set[str]:
    names: set[str] = set()
    for source in sources:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for statement in node.body:
                    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target] if isinstance(statement, ast.AnnAssign) else []
                    names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def zero_argument(function) -> bool:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in signature.parameters.values())


def outcome(call, renderer: Renderer):
    """What calling `call()` gives: its rendered result, or the exception's type."""
    try:
        return {"returns": renderer.render(call())}
    except Exception as error:  # noqa: BLE001 - any failure is part of the behaviour
        return {"raises": type(error).__name__}


def resolve_probes(patterns, probes: list[str], renderer: Renderer):
    """How the URL patterns resolve each probe path: the view, its arguments (with their types) and the name."""
    import django

    if django.VERSION >= (2, 0):
        from django.urls.resolvers import RegexPattern, URLResolver

        resolver = URLResolver(RegexPattern(r"^/"), types.SimpleNamespace(urlpatterns=patterns))
    else:
        from django.urls.resolvers import RegexURLResolver

        resolver = RegexURLResolver(r"^/", types.SimpleNamespace(urlpatterns=patterns))
    from django.urls import Resolver404

    rendered = {}
    for probe in probes:
        try:
            match = resolver.resolve("/" + probe)
        except Resolver404:
            rendered[probe] = 404
            continue
        except Exception as error:  # noqa: BLE001
            rendered[probe] = {"raises": type(error).__name__}
            continue
        view = match.func
        view_class = getattr(view, "view_class", None) or getattr(view, "cls", None)
        # `Login.as_view(template_name=…)` and `login` with `{"template_name": …}` call the same code
        # with the same arguments: the class's initkwargs count as the view's keyword arguments.
        kwargs = {**getattr(view, "view_initkwargs", {}), **match.kwargs}
        rendered[probe] = {
            "view": renderer.render(view_class if view_class is not None and renderer.is_own(view_class) else view),
            "args": [[type(a).__name__, str(a)] for a in match.args],
            "kwargs": {k: [type(v).__name__, str(v)] for k, v in sorted(kwargs.items())},
            "name": match.url_name,
        }
    return rendered


def effective_settings(module) -> dict | str:
    """The settings Django builds from a settings module (its defaults, deprecation aliases such as
    PASSWORD_RESET_TIMEOUT_DAYS, …), or why it refuses the module."""
    from django.conf import Settings, global_settings

    zone = os.environ.get("TZ")
    # Django before 3.2 refuses settings without a SECRET_KEY; examples seldom set one.
    secret = global_settings.SECRET_KEY
    global_settings.SECRET_KEY = "fix-behaviour"
    try:
        return vars(Settings(module.__name__))
    except Exception as error:  # noqa: BLE001 - refusing the module is part of its behaviour
        return f"{type(error).__name__}: {error}"
    finally:
        global_settings.SECRET_KEY = secret
        # Settings() moves TIME_ZONE into the process environment.
        if zone is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = zone


def summarize(module, source: str, counterpart: str | None, renderer: Renderer, probes: list[str], is_settings: bool) -> dict:
    """What the module computed: its own module-level values, what its zero-argument functions return,
    which of its names are exported, and how its `urlpatterns` resolve the probe paths. A settings
    module's upper-case values are the settings Django makes of them, so that a setting left out
    and one set to its default compare equal."""
    assigned, _ = bound_names(source)
    namespace = vars(module)
    summary: dict = {"values": {}, "calls": {}}
    settings = effective_settings(module) if is_settings else None
    if isinstance(settings, str):
        summary["settings error"] = settings
    for name in assigned:
        if (name.startswith("__") and name != "__all__") or name == "urlpatterns" or name not in namespace:
            continue
        if isinstance(settings, dict) and name.isupper():
            continue
        value = namespace[name]
        summary["values"][name] = renderer.render(value)
        if inspect.isfunction(value) and renderer.is_own(value) and zero_argument(value):
            summary["calls"][name] = outcome(value, renderer)
    if isinstance(settings, dict):
        names = {n for n in assigned if n.isupper()} | {n for n in bound_names(counterpart or "")[0] if n.isupper()}
        summary["settings"] = {n: renderer.render(settings[n]) if n in settings else "<not a setting>" for n in sorted(names)}
    exported = namespace.get("__all__")
    candidates = set(exported) if isinstance(exported, (list, tuple)) else exported_candidates(source) | exported_candidates(counterpart or "")
    summary["exports"] = {
        name: ("<unbound>" if name not in namespace else "<module>" if isinstance(namespace[name], types.ModuleType) else "<bound>")
        for name in sorted(candidates)
    }
    patterns = namespace.get("urlpatterns")
    if isinstance(patterns, (list, tuple)):
        summary["urls"] = resolve_probes(patterns, probes, renderer)
    return summary


def reset_django_state() -> None:
    """Forgets what the previous job registered: its models, admin classes and pending relations."""
    from django.apps import apps
    from django.contrib import admin
    from django.urls import clear_url_caches

    apps.all_models[MODULE_PACKAGE].clear()
    apps.app_configs[MODULE_PACKAGE].models = apps.all_models[MODULE_PACKAGE]
    apps._pending_operations.clear()
    apps.clear_cache()
    clear_url_caches()
    admin.site._registry = {m: a for m, a in admin.site._registry.items() if m._meta.app_label != MODULE_PACKAGE}


def admin_registry(renderer: Renderer) -> dict:
    from django.contrib import admin

    return {
        model.__name__: renderer.render(type(model_admin))
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label == MODULE_PACKAGE
    }


CONTRIB_APPS = [
    "django.contrib.contenttypes", "django.contrib.auth", "django.contrib.admin", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles", "django.contrib.sites", "django.contrib.flatpages",
    "django.contrib.redirects", "django.contrib.sitemaps", "django.contrib.humanize",
]


def configure(root: str, project: dict | None = None) -> None:
    """Settings for the jobs: Django's contrib apps and `fixcheck`, whose packages the single-module
    jobs live in; for a project, also its apps, its templates and its ROOT_URLCONF."""
    import django
    from django.conf import settings

    sys.path.insert(0, root)
    os.makedirs(os.path.join(root, MODULE_PACKAGE), exist_ok=True)
    # The app is also the ROOT_URLCONF: reverse() then fails the same way in every job.
    Path(root, MODULE_PACKAGE, "__init__.py").write_text("urlpatterns = []\n")
    settings.configure(
        DEBUG=False,
        SECRET_KEY="fix-behaviour",
        INSTALLED_APPS=[*CONTRIB_APPS, MODULE_PACKAGE, *(project["apps"] if project else [])],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        ROOT_URLCONF=(project or {}).get("rootUrlconf") or MODULE_PACKAGE,
        TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [os.path.join(root, "templates")], "APP_DIRS": True, "OPTIONS": {}}],
        MIDDLEWARE=[],
        STATIC_URL="/static/",
        SITE_ID=1,
        USE_TZ=True,
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        SILENCED_SYSTEM_CHECKS=["*"],
    )
    django.setup()


def deterministic_randomness() -> None:
    """The same random bytes in every run (get_random_string, uuid4, secrets): only the code differs."""
    import random

    source = random.Random(0)
    random.seed(0)
    random._urandom = os.urandom = source.randbytes  # noqa: SLF001


def file_bytes(content) -> bytes:
    """A file's content: text (written as UTF-8), or {"base64": …} for exact bytes (a PEP 263 encoding)."""
    import base64

    return base64.b64decode(content["base64"]) if isinstance(content, dict) else content.encode("utf-8")


def source_texts(files: dict) -> dict:
    """The files' texts as Python reads them (by their coding declaration)."""
    import importlib.util

    return {relative: importlib.util.decode_source(file_bytes(content)) if isinstance(content, dict) else content for relative, content in files.items()}


def write_files(base: Path, files: dict) -> None:
    """The job's files, each folder a package (a migrations folder or an app needs one)."""
    base.mkdir(exist_ok=True)
    (base / "__init__.py").touch()
    for relative, content in files.items():
        target = base / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        for folder in target.relative_to(base).parents:
            (base / folder / "__init__.py").touch()
        target.write_bytes(file_bytes(content))
    importlib.invalidate_caches()


def run_modules(job: dict, names: dict[str, str], root: str) -> dict:
    """Imports the job's modules (`names`: dotted name → file) one after the other and summarises each."""
    import builtins
    import warnings

    files = source_texts(job["files"])
    counterpart = source_texts(job.get("counterpart", {}))
    texts = [*files.values(), *counterpart.values()]
    renderer = Renderer(set(names), class_attribute_names(texts), root)
    probes = probes_from(texts)
    stubs = {n: StubType(n, (Stub,), {}) for text in texts for n in free_names(text) if not hasattr(builtins, n)}
    for name, stub in stubs.items():
        setattr(builtins, name, stub)
    modules = {}
    try:
        for name, relative in names.items():
            deterministic_randomness()
            printed = io.StringIO()
            source = files[relative]
            run: dict = {"error": None, "summary": None, "free": free_names(source)}
            with warnings.catch_warnings(), contextlib.redirect_stdout(printed):
                warnings.simplefilter("ignore")
                try:
                    module = importlib.import_module(name)
                    run["summary"] = summarize(module, source, counterpart.get(relative), renderer, probes, relative in job.get("settings", []))
                    run["summary"]["printed"] = printed.getvalue()
                except Exception as error:  # noqa: BLE001 - the module's own failure is the result
                    run["error"] = f"{type(error).__name__}: {ADDRESS.sub('', str(error))[:300]}"
                except SystemExit as error:
                    run["error"] = f"SystemExit: {error.code}"
            modules[relative] = run
        registry = admin_registry(renderer)
        if registry:
            modules["<admin site>"] = {"error": None, "summary": registry, "free": []}
    finally:
        for name in stubs:
            delattr(builtins, name)
    return modules


def module_name(relative: str) -> str:
    return relative[:-3].replace("/", ".").removesuffix(".__init__")


def run_job(job: dict, root: str, number: int) -> dict:
    reset_django_state()
    package = f"{MODULE_PACKAGE}.j{number}"
    write_files(Path(root, MODULE_PACKAGE, f"j{number}"), job["files"])
    try:
        modules = run_modules(job, {f"{package}.{module_name(m)}": m for m in job["modules"]}, root)
    finally:
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]
    return {"key": job["key"], "modules": modules}


def worker(jobs: list[dict]) -> list[dict]:
    root = tempfile.mkdtemp(prefix="fixcheck-")
    try:
        configure(root)
        return [run_job(job, root, number) for number, job in enumerate(jobs)]
    finally:
        shutil.rmtree(root, ignore_errors=True)


def project_worker(job: dict) -> dict:
    """A whole project, its apps installed (one process each: settings are configured once). When
    an app's models do not import, says which app, so that the driver runs it again without."""
    root = tempfile.mkdtemp(prefix="fixcheck-project-")
    try:
        write_files(Path(root), job["files"])
        try:
            configure(root, job["project"])
        except Exception as error:  # noqa: BLE001 - some app of the project does not load here
            frames = [frame.filename for frame in __import__("traceback").extract_tb(error.__traceback__)]
            inside = [os.path.relpath(f, root).split(os.sep)[0] for f in frames if f.startswith(root + os.sep)]
            app = next((a for a in reversed(inside) if a in job["project"]["apps"]), None)
            return {"key": job["key"], "dropApp": app, "error": f"{type(error).__name__}: {error}"[:300]}
        modules = run_modules(job, {module_name(m): m for m in job["modules"]}, root)
        return {"key": job["key"], "modules": modules, "apps": job["project"]["apps"]}
    finally:
        shutil.rmtree(root, ignore_errors=True)


# --------------------------------------------------------------------------
# URL probes: paths that exercise every route of the texts, before and after the fix
# --------------------------------------------------------------------------

# Sample values a `path()` converter accepts.
CONVERTER_SAMPLES = {"int": "7", "slug": "my-slug", "str": "abc", "uuid": "12345678-1234-5678-1234-567812345678", "path": "a/b"}
ROUTE = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def char_in_set(items, char: str) -> bool:
    from re import _constants as c  # noqa: PLC2701 - sre's opcodes, to read parsed character sets

    negate = False
    found = False
    for op, arg in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            found |= ord(char) == arg
        elif op is c.RANGE:
            found |= arg[0] <= ord(char) <= arg[1]
        elif op is c.CATEGORY:
            found |= {
                c.CATEGORY_DIGIT: char.isdigit(), c.CATEGORY_NOT_DIGIT: not char.isdigit(),
                c.CATEGORY_WORD: char.isalnum() or char == "_", c.CATEGORY_NOT_WORD: not (char.isalnum() or char == "_"),
                c.CATEGORY_SPACE: char.isspace(), c.CATEGORY_NOT_SPACE: not char.isspace(),
            }.get(arg, False)
    return found != negate


def regex_sample(parsed) -> str:
    """One string the parsed regex matches, preferring letters and digits."""
    from re import _constants as c  # noqa: PLC2701

    out = []
    for op, arg in parsed:
        if op is c.LITERAL:
            out.append(chr(arg))
        elif op is c.NOT_LITERAL:
            out.append("a" if arg != ord("a") else "b")
        elif op is c.ANY:
            out.append("a")
        elif op is c.IN:
            out.append(next((ch for ch in "a1-_Z." if char_in_set(arg, ch)), "a"))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, item = arg
            out.append(regex_sample(item) * (low if low > 0 else 1 if high > 0 else 0))
        elif op is c.SUBPATTERN:
            out.append(regex_sample(arg[-1]))
        elif op is c.BRANCH:
            out.append(regex_sample(arg[1][0]))
        elif op is c.CATEGORY:
            out.append("1" if arg is c.CATEGORY_DIGIT else "a")
        # AT (anchors), GROUPREF, ASSERT…: nothing to add.
    return "".join(out)


def route_strings(source: str) -> list[tuple[str, str]]:
    """(function, first string argument) of the url()/re_path()/path() calls of a module."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else ""
            if name in ("url", "re_path", "path"):
                found.append((name, node.args[0].value))
    return found


def probes_from(sources: list[str]) -> list[str]:
    """Paths that match each route of the sources, and near misses (trailing slash, one more segment)."""
    import re._parser as sre_parse  # noqa: PLC2701

    samples = set()
    for source in sources:
        for function, route in route_strings(source):
            if function == "path":
                sample = ROUTE.sub(lambda m: CONVERTER_SAMPLES.get(m.group("converter") or "str", "abc"), route)
            else:
                try:
                    sample = regex_sample(sre_parse.parse(route))
                except Exception:  # noqa: BLE001 - an invalid regex has no sample
                    continue
            sample = sample.lstrip("/")
            samples.update({sample, sample + "x/", sample.rstrip("/"), sample + "/"})
    return sorted(samples)


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in ("--worker", "--project-worker"):
        # Every release before 3.0 needs it at run time (translations), 1.11 and 2.0 also to import.
        import py311_compat  # noqa: F401

        work = worker if sys.argv[1] == "--worker" else project_worker
        print(json.dumps(work(json.load(sys.stdin)), sort_keys=True))
        return 0
    try:
        request = json.load(sys.stdin)
        venv_dir, find_links, source_dir = environments.environment_paths(request)
        jobs = request["jobs"]
    except (ValueError, KeyError, TypeError) as error:
        print(f"bad input: {error}", file=sys.stderr)
        return 2
    from concurrent.futures import ThreadPoolExecutor

    versions = sorted({job["version"] for job in jobs}, key=environments.version_key)

    def prepare(version: str) -> dict:
        if version in COMPAT_RELEASES:
            return ensure_compat_environment(venv_dir, find_links, version)
        return environments.ensure_environment(venv_dir, find_links, source_dir, version)

    with ThreadPoolExecutor(max_workers=2) as pool:
        verdicts = dict(zip(versions, pool.map(prepare, versions)))

    def run_worker(version: str, flag: str, payload) -> tuple[str | None, object]:
        done = subprocess.run([str(interpreter(venv_dir, version)), os.path.abspath(__file__), flag], input=json.dumps(payload), capture_output=True, text=True)
        return (done.stderr.strip()[-2000:] or f"exit {done.returncode}", None) if done.returncode != 0 else (None, json.loads(done.stdout))

    def run(version: str) -> list[dict]:
        batch = [job for job in jobs if job["version"] == version and "project" not in job]
        if not batch or not verdicts[version]["importable"]:
            return []
        crashed, results = run_worker(version, "--worker", batch)
        if crashed:
            return [{"key": job["key"], "version": version, "crashed": crashed, "modules": {}} for job in batch]
        for result in results:
            result["version"] = version
        return results

    def run_project(job: dict) -> list[dict]:
        if not verdicts[job["version"]]["importable"]:
            return []
        project = dict(job["project"])
        while True:
            crashed, result = run_worker(job["version"], "--project-worker", {**job, "project": project})
            if crashed:
                return [{"key": job["key"], "version": job["version"], "crashed": crashed, "modules": {}}]
            if "dropApp" not in result:
                return [{**result, "version": job["version"]}]
            if result["dropApp"] is None:
                return [{"key": job["key"], "version": job["version"], "crashed": f"the project's apps do not load: {result['error']}", "modules": {}}]
            project["apps"] = [a for a in project["apps"] if a != result["dropApp"]]

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = [r for batch in pool.map(run, versions) for r in batch]
        outcomes += [r for batch in pool.map(run_project, [job for job in jobs if "project" in job]) for r in batch]
    print(json.dumps({"versions": verdicts, "results": outcomes}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

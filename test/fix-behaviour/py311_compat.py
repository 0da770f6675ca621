"""Lets Django 1.11 to 2.2 run on Python 3.11, for the behaviour tests only.

They were written for Python <= 3.7: they read the ABCs from ``collections`` (moved to
``collections.abc``, removed from ``collections`` in 3.10), pass ``codeset`` to
``gettext.translation()`` (removed in 3.11) and call ``set_output_charset()`` on translations
(removed in 3.11). Restoring those three is enough for the parts of Django the tests run (models,
forms, admin, URL resolving, templates, translations). Django 1.10 and older also need
``__classcell__`` support in ``ModelBase``, which is more than a shim should do, so they are not run.
"""

import collections
import collections.abc
import gettext

for _name in collections.abc.__all__:
    if not hasattr(collections, _name):
        setattr(collections, _name, getattr(collections.abc, _name))

_translation = gettext.translation


def _translation_without_codeset(*args, codeset=None, **kwargs):
    return _translation(*args, **kwargs)


gettext.translation = _translation_without_codeset
gettext.NullTranslations.set_output_charset = lambda self, charset: None

"""WSGI entry point used by gunicorn in production (see Procfile on the box)."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legacysite.settings")

application = get_wsgi_application()

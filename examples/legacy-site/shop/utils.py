"""Helpers shared by the shop API and the order e-mails."""
from decimal import Decimal, ROUND_HALF_UP

from django.conf import settings
from six import text_type


def url(path):
    """CDN address of a media file; unrelated to 'django.conf.urls.url'."""
    return "%s/%s" % (settings.SHOP_MEDIA_CDN.rstrip("/"), path.lstrip("/"))


def format_price(amount, currency="EUR"):
    # Machine-facing strings (feeds, CSV): no ugettext here on purpose.
    rounded = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return text_type(rounded) + " " + currency

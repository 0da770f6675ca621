import csv
from decimal import Decimal, InvalidOperation

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import six
from django.utils.text import slugify

from shop.models import Business, Product


class Command(BaseCommand):
    help = "Create or update a seller's products from a supplier CSV (sku,name,price,stock,attr_*)."
    # Runs from cron on the worker box, where the web-only checks fail.
    requires_system_checks = False

    def add_arguments(self, parser):
        parser.add_argument("csv_path")
        parser.add_argument("--business", required=True, help="Slug of the selling business.")
        parser.add_argument("--dry-run", action="store_true", help="Roll back instead of saving.")

    def handle(self, *args, **options):
        try:
            business = Business.objects.get(slug=options["business"])
        except Business.DoesNotExist:
            raise CommandError("No business with slug %r" % options["business"])

        created = updated = 0
        with open(options["csv_path"], encoding="utf-8") as fh, transaction.atomic():
            for lineno, row in enumerate(csv.DictReader(fh), start=2):
                try:
                    price = Decimal(row["price"])
                except (InvalidOperation, KeyError):
                    raise CommandError("line %d: bad or missing price" % lineno)
                attributes = {}
                for key, value in six.iteritems(row):
                    if key.startswith("attr_") and isinstance(value, six.string_types) and value.strip():
                        attributes[key[len("attr_"):]] = value.strip()
                _, was_created = Product.objects.update_or_create(
                    sku=row["sku"].strip(),
                    defaults={
                        "business": business,
                        "name": row["name"].strip(),
                        "slug": slugify("%s %s" % (row["name"], row["sku"])),
                        "price": price,
                        "stock": int(row.get("stock") or 0),
                        "attributes": attributes,
                    },
                )
                if was_created:
                    created += 1
                else:
                    updated += 1
            if options["dry_run"]:
                transaction.set_rollback(True)

        verb = "Would import" if options["dry_run"] else "Imported"
        self.stdout.write(self.style.SUCCESS("%s %d new and %d updated products." % (verb, created, updated)))

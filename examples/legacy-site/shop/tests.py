import os
import tempfile
from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from .models import Business, Product


class ImportProductsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.business = Business.objects.create(name="Acme Mugs", slug="acme")

    def write_csv(self, text):
        fd, path = tempfile.mkstemp(suffix=".csv")
        with os.fdopen(fd, "w") as fh:
            fh.write(text)
        self.addCleanup(os.remove, path)
        return path

    def test_creates_then_updates_by_sku(self):
        path = self.write_csv("sku,name,price,stock,attr_colour\nM-1,Mug,9.50,12,red\n")
        call_command("import_products", path, "--business=acme", stdout=StringIO())
        path = self.write_csv("sku,name,price,stock,attr_colour\nM-1,Mug,8.00,3,\n")
        call_command("import_products", path, "--business=acme", stdout=StringIO())
        product = Product.objects.get(sku="M-1")
        self.assertEqual((product.price, product.stock), (Decimal("8.00"), 3))
        self.assertEqual(product.attributes, {})

    def test_dry_run_saves_nothing(self):
        path = self.write_csv("sku,name,price\nM-2,Teapot,25\n")
        out = StringIO()
        call_command("import_products", path, "--business=acme", dry_run=True, stdout=out)
        self.assertIn("Would import 1 new", out.getvalue())
        self.assertFalse(Product.objects.exists())


class CartTests(TestCase):
    def test_ajax_add_to_cart_returns_item_count(self):
        business = Business.objects.create(name="Acme Mugs", slug="acme")
        Product.objects.create(business=business, name="Mug", slug="mug", sku="M-1", price=9, stock=5)
        response = self.client.post("/shop/cart/add/mug/", {"quantity": 2}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
        self.assertEqual(response.json(), {"items": 2})

from __future__ import unicode_literals

from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.fields import JSONField
from django.core.urlresolvers import reverse
from django.db import models
from django.utils.encoding import force_text, python_2_unicode_compatible
from django.utils.translation import ugettext_lazy as _


@python_2_unicode_compatible
class Business(models.Model):
    """A seller on the marketplace; staff users can belong to several."""
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(unique=True)
    employees = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="businesses", blank=True)

    class Meta:
        verbose_name_plural = _("businesses")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("shop:business_detail", args=[self.slug])


@python_2_unicode_compatible
class Product(models.Model):
    business = models.ForeignKey(Business, related_name="products")
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(unique=True)
    sku = models.CharField(_("SKU"), max_length=32, unique=True)
    price = models.DecimalField(_("price"), max_digits=8, decimal_places=2)
    stock = models.PositiveIntegerField(_("stock"), default=0)
    attributes = JSONField(_("attributes"), default=dict, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        index_together = [["business", "is_active"]]

    def __str__(self):
        return force_text(self.name)

    def get_absolute_url(self):
        return reverse("shop:product_detail", args=[self.slug])


@python_2_unicode_compatible
class CustomerProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, related_name="customer_profile")
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    shipping_address = models.TextField(_("shipping address"), blank=True)
    # None means "we never asked", which is not the same as "said no".
    newsletter = models.NullBooleanField(_("newsletter opt-in"))

    def __str__(self):
        return force_text(self.user)


@python_2_unicode_compatible
class Order(models.Model):
    PENDING, PAID, SHIPPED = "pending", "paid", "shipped"
    STATUS_CHOICES = ((PENDING, _("Pending")), (PAID, _("Paid")), (SHIPPED, _("Shipped")))

    customer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="orders")
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=PENDING)
    shipping_address = models.TextField(_("shipping address"))
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return "Order #%s" % self.pk

    def get_absolute_url(self):
        return reverse("shop:order_detail", args=[self.pk])

    def total(self):
        return sum((item.subtotal() for item in self.items.all()), Decimal("0.00"))


class OrderItem(models.Model):
    order = models.ForeignKey(Order, related_name="items")
    product = models.ForeignKey(Product, on_delete=models.PROTECT)
    quantity = models.PositiveIntegerField(default=1)
    unit_price = models.DecimalField(max_digits=8, decimal_places=2)

    def subtotal(self):
        return self.unit_price * self.quantity

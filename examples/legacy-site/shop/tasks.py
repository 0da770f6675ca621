from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail

from .utils import format_price


@shared_task
def send_order_confirmation(order_id):
    from .models import Order

    order = Order.objects.select_related("customer").get(pk=order_id)
    lines = ["%d x %s" % (item.quantity, item.product) for item in order.items.select_related("product")]
    send_mail(
        subject="Your Corner Shop order #%s" % order.pk,
        message="Thank you for your order!\n\n%s\n\nTotal: %s" % ("\n".join(lines), format_price(order.total())),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[order.customer.email],
    )

from django.dispatch import Signal, receiver

from .tasks import send_order_confirmation

# Sent by the checkout view once the order and its items are saved.
order_placed = Signal(providing_args=["order"])


@receiver(order_placed)
def queue_confirmation_email(sender, order, **kwargs):
    send_order_confirmation.delay(order.pk)

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.urlresolvers import reverse, reverse_lazy
from django.db import transaction
from django.db.models import DecimalField, F, Sum
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, FormView, ListView

from .forms import AddToCartForm, CheckoutForm
from .models import Business, Order, OrderItem, Product
from .signals import order_placed

CART_SESSION_KEY = "cart"


class ProductListView(ListView):
    queryset = Product.objects.filter(is_active=True).select_related("business")
    context_object_name = "products"
    paginate_by = 24


class ProductDetailView(DetailView):
    queryset = Product.objects.filter(is_active=True)

    def get_context_data(self, **kwargs):
        context = super(ProductDetailView, self).get_context_data(**kwargs)
        context["form"] = AddToCartForm(product=self.object)
        return context


class BusinessDetailView(DetailView):
    model = Business


def _cart_lines(request):
    cart = request.session.get(CART_SESSION_KEY, {})
    products = Product.objects.in_bulk([int(pk) for pk in cart])
    return [(products[int(pk)], qty) for pk, qty in cart.items() if int(pk) in products]


def cart(request):
    lines = _cart_lines(request)
    total = sum(product.price * qty for product, qty in lines)
    return render(request, "shop/cart.html", {"lines": lines, "total": total})


@require_POST
def add_to_cart(request, slug):
    product = get_object_or_404(Product, slug=slug, is_active=True)
    form = AddToCartForm(request.POST, product=product)
    if not form.is_valid():
        return render(request, "shop/product_detail.html", {"product": product, "form": form}, status=400)
    cart = request.session.setdefault(CART_SESSION_KEY, {})
    key = str(product.pk)
    cart[key] = cart.get(key, 0) + form.cleaned_data["quantity"]
    request.session.modified = True
    if request.is_ajax():
        return JsonResponse({"items": sum(cart.values())})
    messages.success(request, "%s was added to your cart." % product)
    return redirect("shop:cart")


class CheckoutView(LoginRequiredMixin, FormView):
    form_class = CheckoutForm
    template_name = "shop/checkout.html"
    success_url = reverse_lazy("shop:cart")

    def get_initial(self):
        profile = getattr(self.request.user, "customer_profile", None)
        return {"shipping_address": profile.shipping_address if profile else ""}

    def form_valid(self, form):
        lines = _cart_lines(self.request)
        if not lines:
            messages.error(self.request, "Your cart is empty.")
            return redirect(self.get_success_url())
        with transaction.atomic():
            order = Order.objects.create(
                customer=self.request.user, shipping_address=form.cleaned_data["shipping_address"]
            )
            for product, qty in lines:
                OrderItem.objects.create(order=order, product=product, quantity=qty, unit_price=product.price)
                Product.objects.filter(pk=product.pk).update(stock=F("stock") - qty)
        del self.request.session[CART_SESSION_KEY]
        order_placed.send(sender=Order, order=order)
        return redirect(reverse("shop:order_detail", args=[order.pk]))


def order_detail(request, pk):
    if not request.user.is_authenticated():
        return redirect("%s?next=%s" % (reverse("admin:login"), request.path))
    order = get_object_or_404(Order, pk=pk, customer=request.user)
    return render(request, "shop/order_detail.html", {"order": order})


@staff_member_required
def sales_report(request):
    rows = (
        OrderItem.objects.using("replica")
        .values("product__business__name", "product__name")
        .annotate(units=Sum("quantity"), revenue=Sum(F("quantity") * F("unit_price"), output_field=DecimalField()))
        .order_by("-revenue")
    )
    return render(request, "shop/sales_report.html", {"rows": rows})

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import ugettext_lazy as _


class AddToCartForm(forms.Form):
    quantity = forms.IntegerField(label=_("Quantity"), min_value=1, initial=1)

    def __init__(self, *args, **kwargs):
        self.product = kwargs.pop("product")
        super(AddToCartForm, self).__init__(*args, **kwargs)

    def clean_quantity(self):
        quantity = self.cleaned_data["quantity"]
        if quantity > self.product.stock:
            raise forms.ValidationError(
                _("Only %(stock)d left in stock."), params={"stock": self.product.stock}
            )
        return quantity


class CheckoutForm(forms.Form):
    shipping_address = forms.CharField(label=_("Shipping address"), widget=forms.Textarea(attrs={"rows": 3}))
    accept_terms = forms.BooleanField(label=_("I accept the terms and conditions"))

    def __init__(self, *args, **kwargs):
        super(CheckoutForm, self).__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Place order")))

from django import forms
from django.utils.translation import ugettext as _, ugettext_lazy

from .models import Comment

BANNED_WORDS = ("viagra", "casino", "crypto")


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["author_name", "email", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"email": ugettext_lazy("Never shown on the site.")}

    def clean_body(self):
        body = self.cleaned_data["body"]
        lowered = body.lower()
        if any(word in lowered for word in BANNED_WORDS):
            raise forms.ValidationError(_("Your comment looks like spam."))
        return body

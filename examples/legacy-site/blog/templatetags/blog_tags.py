from django import template
from django.utils.http import urlquote

register = template.Library()

WORDS_PER_MINUTE = 200


@register.simple_tag(takes_context=True)
def share_url(context, post):
    """Twitter intent link for a post, built from the current request's host."""
    absolute = context["request"].build_absolute_uri(post.get_absolute_url())
    return "https://twitter.com/intent/tweet?text=%s&url=%s" % (urlquote(post.title), urlquote(absolute, safe=""))


@register.filter
def reading_minutes(text):
    return max(1, len(text.split()) // WORDS_PER_MINUTE)

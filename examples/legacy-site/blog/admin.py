from django.contrib import admin
from django.utils import timezone
from django.utils.translation import ugettext_lazy as _, ungettext

from .models import Category, Comment, Post

STATUS_COLOURS = {Post.DRAFT: "#999", Post.PUBLISHED: "#2a7"}


class CommentInline(admin.TabularInline):
    model = Comment
    extra = 0


class PostAdmin(admin.ModelAdmin):
    list_display = ("title", "author", "category", "coloured_status", "published_at")
    list_filter = ("status", "category")
    search_fields = ("title", "body")
    prepopulated_fields = {"slug": ("title",)}
    inlines = [CommentInline]
    actions = ["publish"]

    def coloured_status(self, obj):
        return '<b style="color: %s">%s</b>' % (STATUS_COLOURS[obj.status], obj.get_status_display())
    coloured_status.short_description = _("Status")
    coloured_status.allow_tags = True

    def publish(self, request, queryset):
        updated = queryset.update(status=Post.PUBLISHED, published_at=timezone.now())
        self.message_user(request, ungettext(
            "%(count)d post was published.",
            "%(count)d posts were published.",
            updated,
        ) % {"count": updated})
    publish.short_description = _("Publish selected posts")


class CategoryAdmin(admin.ModelAdmin):
    prepopulated_fields = {"slug": ("name",)}


admin.site.register(Post, PostAdmin)
admin.site.register(Category, CategoryAdmin)

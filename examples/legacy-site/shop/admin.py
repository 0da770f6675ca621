from django.contrib import admin

from .models import Business, CustomerProfile, Order, OrderItem, Product


class ProductAdmin(admin.ModelAdmin):
    list_display = ("name", "sku", "business", "price", "stock_badge", "is_active")
    list_filter = ("business", "is_active")
    search_fields = ("name", "sku")
    prepopulated_fields = {"slug": ("name",)}

    def stock_badge(self, obj):
        css = "badge-danger" if obj.stock < 5 else "badge-success"
        return '<span class="badge %s">%d</span>' % (css, obj.stock)
    stock_badge.short_description = "Stock"
    stock_badge.allow_tags = True


class OrderItemInline(admin.TabularInline):
    model = OrderItem
    raw_id_fields = ("product",)
    extra = 0


class OrderAdmin(admin.ModelAdmin):
    list_display = ("__str__", "customer", "status", "created")
    list_filter = ("status",)
    inlines = [OrderItemInline]


admin.site.register(Product, ProductAdmin)
admin.site.register(Order, OrderAdmin)
admin.site.register(Business, filter_horizontal=("employees",))
admin.site.register(CustomerProfile)

from rest_framework import serializers, viewsets

from .models import Product
from .utils import url


class ProductSerializer(serializers.ModelSerializer):
    business = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    image_url = serializers.SerializerMethodField()

    class Meta:
        model = Product
        fields = ("slug", "name", "sku", "business", "price", "stock", "attributes", "image_url")

    def get_image_url(self, obj):
        image = obj.attributes.get("image")
        return url(image) if image else None


class ProductViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Product.objects.filter(is_active=True).select_related("business")
    serializer_class = ProductSerializer
    lookup_field = "slug"

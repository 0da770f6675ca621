from django.conf.urls import include, url
from rest_framework import routers

from . import api, views

app_name = "shop"

router = routers.DefaultRouter()
router.register(r'products', api.ProductViewSet)

urlpatterns = [
    url(r'^$', views.ProductListView.as_view(), name='product_list'),
    url(r'^cart/$', views.cart, name='cart'),
    url(r'^cart/add/(?P<slug>[-\w]+)/$', views.add_to_cart, name='add_to_cart'),
    url(r'^checkout/$', views.CheckoutView.as_view(), name='checkout'),
    url(r'^orders/(?P<pk>\d+)/$', views.order_detail, name='order_detail'),
    url(r'^reports/sales/$', views.sales_report, name='sales_report'),
    url(r'^sellers/(?P<slug>[-\w]+)/$', views.BusinessDetailView.as_view(), name='business_detail'),
    url(r'^api/', include(router.urls)),
    url(r'^(?P<slug>[-\w]+)/$', views.ProductDetailView.as_view(), name='product_detail'),
]

from django.conf.urls import url

from . import views

app_name = "blog"

urlpatterns = [
    url(r'^$', views.PostListView.as_view(), name='post_list'),
    url(r'^(?P<year>[0-9]{4})/$', views.archive, name='archive'),
    url(r'^(?P<slug>[-\w]+)/$', views.post_detail, name='post_detail'),
]

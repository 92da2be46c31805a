from django.http import HttpResponse
from django.urls import path

from apure.urls import handler403, handler404
from apure.urls import urlpatterns as portal_urlpatterns


def bare(request):
    """The yardstick: a Django view doing nothing, served by the same server in the same run."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare), *portal_urlpatterns]

__all__ = ["handler403", "handler404", "urlpatterns"]

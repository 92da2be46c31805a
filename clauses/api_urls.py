"""Mounted at /api/ by the root URLconf."""

from django.urls import path

from .api import api
from .views import api_docs

urlpatterns = [path("docs/", api_docs, name="clauses_api_docs"), path("", api.urls)]

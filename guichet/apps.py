from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuichetConfig(AppConfig):
    name = "guichet"
    verbose_name = _("Guichet Vert")

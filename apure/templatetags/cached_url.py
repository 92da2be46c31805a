"""`{% url %}` for every template (a builtin, see TEMPLATES in settings): an address without
arguments ("apure:home", "account_login"...) is reversed once per process instead of on every
page; one with arguments is reversed as Django does. The base template alone holds a dozen."""

from functools import lru_cache

from django import template
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as url_tag
from django.urls import get_script_prefix, reverse
from django.utils.html import conditional_escape

register = template.Library()


@lru_cache(maxsize=1024)
def _reverse(view_name: str, script_prefix: str, current_app: str | None) -> str:
    return reverse(view_name, current_app=current_app)


class CachedURLNode(URLNode):
    def render(self, context):
        if self.args or self.kwargs or self.asvar:
            return super().render(context)
        request = getattr(context, "request", None)
        current_app = getattr(request, "current_app", None)
        if current_app is None:
            current_app = getattr(getattr(request, "resolver_match", None), "namespace", None)
        url = _reverse(str(self.view_name.resolve(context)), get_script_prefix(), current_app)
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token):
    node = url_tag(parser, token)
    return CachedURLNode(node.view_name, node.args, node.kwargs, node.asvar)

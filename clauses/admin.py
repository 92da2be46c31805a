from django.contrib import admin, messages
from django.contrib.admin.views.main import ERROR_FLAG
from django.db import DataError, transaction
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    CONTENT_FIELDS,
    RELATION_FIELDS,
    Feedback,
    Fiche,
    Segment,
    Selection,
    SelectionItem,
    Synonym,
    Theme,
)


class SafeChangeListMixin:
    """A change list answers normally whatever its query string holds.

    A NUL byte in the search is dropped (PostgreSQL refuses it in text), and a filter whose
    value the database cannot take (a year out of range, a date such as 0001-01-01 that
    overflows once moved to UTC) is treated as Django treats an unknown filter: back to the
    list with its error flag, instead of a 500.
    """

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, search_term.replace("\x00", ""))

    def changelist_view(self, request, extra_context=None):
        try:
            with transaction.atomic():
                response = super().changelist_view(request, extra_context)
                if hasattr(response, "render"):
                    response.render()
        except (ValueError, OverflowError, DataError):
            if ERROR_FLAG in request.GET:
                raise
            return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")
        return response


@admin.register(Segment)
class SegmentAdmin(SafeChangeListMixin, admin.ModelAdmin):
    list_display = ["name", "parent", "slug", "position"]
    list_filter = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Theme)
class ThemeAdmin(SafeChangeListMixin, admin.ModelAdmin):
    list_display = ["label", "code", "position"]
    search_fields = ["label", "code"]


@admin.register(Synonym)
class SynonymAdmin(SafeChangeListMixin, admin.ModelAdmin):
    list_display = ["term", "expansions", "segment"]
    list_filter = ["segment"]
    search_fields = ["term", "expansions"]
    list_select_related = ["segment__parent"]
    autocomplete_fields = ["segment"]


# Text, status and taxonomy change through the services only (the portal's edit and moderation
# pages): they bump the version, write the audit entry and notify the author. The admin shows
# them read-only, cannot add a fiche, and cannot revert one from its history.
FICHE_WORKFLOW_FIELDS = ["slug", *CONTENT_FIELDS, *RELATION_FIELDS, "status"]
FICHE_WORKFLOW_FIELDS += ["review_comment", "published_at"]


@admin.register(Fiche)
class FicheAdmin(SafeChangeListMixin, SimpleHistoryAdmin):
    list_display = ["title", "kind", "contract_type", "level", "status", "version", "published_at"]
    list_filter = ["status", "kind", "contract_type", "level", "tender_document", "themes"]
    search_fields = ["title", "slug", "summary"]
    autocomplete_fields = ["author", "organisation"]
    readonly_fields = [
        "portal_links",
        *FICHE_WORKFLOW_FIELDS,
        "copy_count",
        "version",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["portal_links"]}),
        (_("Content and status"), {"fields": FICHE_WORKFLOW_FIELDS}),
        (_("Authorship"), {"fields": ["author", "organisation"]}),
        (_("Counters"), {"fields": ["copy_count", "version", "created_at", "updated_at"]}),
    ]
    history_list_display = ["status", "version"]

    @admin.display(description=_("On the portal"))
    def portal_links(self, obj: Fiche) -> str:
        if obj is None or obj.pk is None:
            return ""
        return format_html(
            '{} <a href="{}">{}</a> · <a href="{}">{}</a>',
            _(
                "Text and status are changed on the portal, so that each change makes a new "
                "version, is audited and notifies the author:"
            ),
            reverse("clauses:edit", args=[obj.slug]),
            _("edit the fiche"),
            obj.get_absolute_url(),
            _("publish, archive or send it back"),
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def revert_disabled(self, request: HttpRequest, obj=None) -> bool:
        return True

    def history_form_view(self, request: HttpRequest, object_id, version_id, extra_context=None):
        """No revert: the portal's history page shows the versions as a readable diff."""
        fiche = get_object_or_404(Fiche, pk=object_id)
        messages.info(request, _("Restore an older text by editing the fiche on the portal."))
        return redirect("clauses:history", slug=fiche.slug)


@admin.register(Feedback)
class FeedbackAdmin(SafeChangeListMixin, admin.ModelAdmin):
    list_display = ["fiche", "author", "used_in_contract", "status", "created_at"]
    list_filter = ["status", "used_in_contract"]
    list_select_related = ["fiche", "author"]
    raw_id_fields = ["fiche", "author"]


class SelectionItemInline(admin.TabularInline):
    model = SelectionItem
    raw_id_fields = ["fiche"]
    extra = 0


@admin.register(Selection)
class SelectionAdmin(SafeChangeListMixin, admin.ModelAdmin):
    list_display = ["name", "user", "contract_type", "is_active", "updated_at"]
    raw_id_fields = ["user", "segment"]
    search_fields = ["name", "user__email"]
    inlines = [SelectionItemInline]

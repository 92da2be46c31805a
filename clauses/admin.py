from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Feedback, Fiche, Segment, Selection, SelectionItem, Theme


@admin.register(Segment)
class SegmentAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "slug", "position"]
    list_filter = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["label", "code", "position"]
    search_fields = ["label", "code"]


@admin.register(Fiche)
class FicheAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "contract_type", "level", "status", "version", "published_at"]
    list_filter = ["status", "kind", "contract_type", "level", "tender_document", "themes"]
    search_fields = ["title", "slug", "summary"]
    filter_horizontal = ["segments", "themes"]
    autocomplete_fields = ["author", "organisation"]
    readonly_fields = ["copy_count", "version", "created_at", "updated_at"]
    history_list_display = ["status", "version"]


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["fiche", "author", "used_in_contract", "status", "created_at"]
    list_filter = ["status", "used_in_contract"]
    list_select_related = ["fiche", "author"]
    raw_id_fields = ["fiche", "author"]


class SelectionItemInline(admin.TabularInline):
    model = SelectionItem
    raw_id_fields = ["fiche"]
    extra = 0


@admin.register(Selection)
class SelectionAdmin(admin.ModelAdmin):
    list_display = ["user", "updated_at"]
    raw_id_fields = ["user"]
    inlines = [SelectionItemInline]

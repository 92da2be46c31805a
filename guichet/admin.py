from django.contrib import admin

from .models import QA, Event, Request, TimeEntry


class ReadOnlyAdmin(admin.ModelAdmin):
    """The workflow lives in the portal's pages (services: lock, audit, emails); the admin
    only looks."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Request)
class RequestAdmin(ReadOnlyAdmin):
    list_display = [
        "reference",
        "subject",
        "kind",
        "state",
        "organisation",
        "assignee",
        "created_at",
    ]
    list_filter = ["state", "kind", "channel"]
    search_fields = ["reference", "subject"]
    list_select_related = ["organisation", "assignee"]


@admin.register(TimeEntry)
class TimeEntryAdmin(ReadOnlyAdmin):
    list_display = ["request", "author", "date", "minutes", "channel"]
    list_filter = ["channel"]
    list_select_related = ["request", "author"]


@admin.register(Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ["request", "from_state", "to_state", "actor", "at"]
    list_select_related = ["request", "actor"]


@admin.register(QA)
class QAAdmin(ReadOnlyAdmin):
    list_display = ["title", "status", "published_at"]
    list_filter = ["status", "kind"]
    search_fields = ["title"]

"""Read-only admin views: every change goes through the staff pages, which call the services
(so that places, waiting lists and emails stay right)."""

from django.contrib import admin

from .models import Event, Registration


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ("title", "kind", "starts_at", "status", "capacity")
    list_filter = ("status", "kind", "audience")
    search_fields = ("title",)
    date_hierarchy = "starts_at"


@admin.register(Registration)
class RegistrationAdmin(ReadOnlyAdmin):
    list_display = ("last_name", "first_name", "event", "status", "sequence", "checked_in_at")
    list_filter = ("status",)
    search_fields = ("last_name", "email_normalised")
    list_select_related = ("event",)
    exclude = ("secret",)

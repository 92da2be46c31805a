from django.urls import path, re_path

from . import views

app_name = "events"

# Fixed paths come before "<slug>/": an event slug can never take them (RESERVED_SLUGS).
urlpatterns = [
    path("", views.event_list, name="list"),
    path("calendrier.ics", views.feed_ics, name="feed_ics"),
    path("nouveau/", views.event_create, name="create"),
    path("statistiques/", views.period_statistics, name="statistics"),
    path("confirmer/<str:token>/", views.confirm, name="confirm"),
    path("inscription/<str:token>/", views.personal, name="personal"),
    path("inscription/<str:token>/groupes/", views.personal_groups, name="personal_groups"),
    path("inscription/<str:token>/annuler/", views.personal_cancel, name="personal_cancel"),
    path("inscription/<str:token>/calendrier.ics", views.personal_ics, name="personal_ics"),
    path(
        "inscription/<str:token>/documents/<int:pk>/",
        views.personal_document,
        name="personal_document",
    ),
    path("presence/<str:token>/", views.checkin_link, name="checkin_link"),
    path("<slug:slug>/", views.event_detail, name="detail"),
    path("<slug:slug>/calendrier.ics", views.event_ics, name="ics"),
    path("<slug:slug>/inscription/", views.register, name="register"),
    path("<slug:slug>/modifier/", views.event_edit, name="edit"),
    path("<slug:slug>/programme/", views.programme, name="programme"),
    path("<slug:slug>/programme/<int:pk>/", views.item_edit, name="item_edit"),
    path("<slug:slug>/programme/<int:pk>/supprimer/", views.item_delete, name="item_delete"),
    path("<slug:slug>/programme/<int:pk>/groupes/", views.group_add, name="group_add"),
    path("<slug:slug>/groupes/<int:pk>/", views.group_edit, name="group_edit"),
    path("<slug:slug>/groupes/<int:pk>/supprimer/", views.group_delete, name="group_delete"),
    path("<slug:slug>/publier/", views.event_publish, name="publish"),
    path("<slug:slug>/annuler/", views.event_cancel, name="cancel"),
    path("<slug:slug>/documents/", views.documents, name="documents"),
    path("<slug:slug>/documents/<int:pk>/", views.document_download, name="document"),
    path(
        "<slug:slug>/documents/<int:pk>/supprimer/", views.document_delete, name="document_delete"
    ),
    path("<slug:slug>/inscriptions/", views.registrations, name="registrations"),
    path("<slug:slug>/inscriptions/ajouter/", views.registration_add, name="registration_add"),
    re_path(
        r"^(?P<slug>[-a-zA-Z0-9_]+)/inscriptions/export\.(?P<fmt>csv|xlsx)$",
        views.registrations_export,
        name="export",
    ),
    path(
        "<slug:slug>/inscriptions/<int:pk>/groupes/",
        views.registration_move,
        name="registration_move",
    ),
    path(
        "<slug:slug>/inscriptions/<int:pk>/annuler/",
        views.registration_cancel,
        name="registration_cancel",
    ),
    path("<slug:slug>/emargement/", views.checkin, name="checkin"),
    path("<slug:slug>/emargement/<int:pk>/", views.checkin_toggle, name="checkin_toggle"),
    path("<slug:slug>/statistiques/", views.event_statistics, name="event_statistics"),
]

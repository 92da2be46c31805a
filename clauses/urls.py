from django.urls import path, re_path

from . import views
from .views import selection as selection_views

app_name = "clauses"

# Fixed paths come before "<slug>/": a fiche slug can never take them (see RESERVED_SLUGS).
urlpatterns = [
    path("", views.fiche_list, name="list"),
    path("kit-loi-climat/", views.kit, name="kit"),
    path("selection/", views.selection_page, name="selection"),
    path("selection/ajouter/", views.selection_add, name="selection_add"),
    path("selection/retirer/", views.selection_remove, name="selection_remove"),
    path("selection/nouvelle/", selection_views.selection_create, name="selection_create"),
    path(
        "selection/<int:pk>/activer/", selection_views.selection_activate, name="selection_activate"
    ),
    path("selection/<int:pk>/modifier/", selection_views.selection_update, name="selection_update"),
    path("selection/<int:pk>/vider/", selection_views.selection_empty, name="selection_empty"),
    path(
        "selection/<int:pk>/supprimer/", selection_views.selection_delete, name="selection_delete"
    ),
    re_path(
        r"^selection/export\.(?P<fmt>docx|odt)$", views.selection_export, name="selection_export"
    ),
    path("proposer/", views.fiche_propose, name="propose"),
    path("mes-propositions/", views.my_proposals, name="my_proposals"),
    path("moderation/", views.moderation, name="moderation"),
    path("moderation/avis/<int:pk>/", views.feedback_moderate, name="feedback_moderate"),
    re_path(
        r"^catalogue/export\.(?P<fmt>csv|json)$", views.catalogue_export, name="catalogue_export"
    ),
    path("catalogue/import/", views.catalogue_import, name="catalogue_import"),
    path("<slug:slug>/", views.fiche_detail, name="detail"),
    path("<slug:slug>/copie/", views.fiche_copy, name="copy"),
    path("<slug:slug>/avis/", views.feedback_create, name="feedback"),
    path("<slug:slug>/modifier/", views.fiche_edit, name="edit"),
    path("<slug:slug>/soumettre/", views.fiche_submit, name="submit"),
    path("<slug:slug>/publier/", views.fiche_publish, name="publish"),
    path("<slug:slug>/archiver/", views.fiche_archive, name="archive"),
    path(
        "<slug:slug>/demander-modifications/", views.fiche_request_changes, name="request_changes"
    ),
    path("<slug:slug>/historique/", views.fiche_history, name="history"),
]

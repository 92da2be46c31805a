from django.urls import path, re_path

from . import views

app_name = "chantiers"

# Fixed paths come before "<slug>/": a chantier slug can never take them (RESERVED_SLUGS).
urlpatterns = [
    path("", views.index, name="index"),
    path("appels/nouveau/", views.call_create, name="call_create"),
    path("appels/<slug:slug>/", views.call_detail, name="call"),
    path("appels/<slug:slug>/modifier/", views.call_edit, name="call_edit"),
    path("appels/<slug:slug>/publier/", views.call_publish, name="call_publish"),
    path("appels/<slug:slug>/cloturer/", views.call_close, name="call_close"),
    path("appels/<slug:slug>/proposer/", views.proposal_create, name="propose"),
    path("appels/<slug:slug>/vote/", views.ballot, name="ballot"),
    path("appels/<slug:slug>/resultats/", views.results, name="results"),
    path("appels/<slug:slug>/resultats/publier/", views.results_publish, name="results_publish"),
    re_path(
        r"^appels/(?P<slug>[-a-zA-Z0-9_]+)/depouillement\.(?P<fmt>csv|xlsx)$",
        views.audit_export,
        name="audit_export",
    ),
    path(
        "appels/<slug:slug>/propositions/<slug:proposal_slug>/",
        views.proposal_detail,
        name="proposal",
    ),
    path(
        "appels/<slug:slug>/propositions/<slug:proposal_slug>/modifier/",
        views.proposal_edit,
        name="proposal_edit",
    ),
    path(
        "appels/<slug:slug>/propositions/<slug:proposal_slug>/eligibilite/",
        views.proposal_review,
        name="proposal_review",
    ),
    path("collectif/<str:token>/", views.invitation, name="invitation"),
    path("<slug:slug>/", views.chantier_detail, name="chantier"),
    path("<slug:slug>/avancement/", views.progress_add, name="progress_add"),
    path("<slug:slug>/livrables/", views.deliverable_add, name="deliverable_add"),
    path("<slug:slug>/livrables/<int:pk>/", views.deliverable_download, name="deliverable"),
    path(
        "<slug:slug>/livrables/<int:pk>/publier/",
        views.deliverable_publish,
        name="deliverable_publish",
    ),
    path("<slug:slug>/livre/", views.chantier_deliver, name="deliver"),
]

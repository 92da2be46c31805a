from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from . import views

admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Portail APuRe"
admin.site.site_title = "Portail APuRe"

core_patterns = (
    [
        path("", views.home, name="home"),
        path("tableau-de-bord/", views.dashboard, name="dashboard"),
        path("compte/", views.profile, name="profile"),
        path("compte/organisation/", views.organisation_change, name="organisation"),
        path("compte/mes-donnees.json", views.export_my_data, name="export"),
        path("compte/supprimer/", views.delete_account, name="delete"),
        path("compte/session/", views.session_keepalive, name="keepalive"),
        path("compte/roles/", views.role_list, name="roles"),
        path("compte/roles/<int:pk>/", views.role_edit, name="role_edit"),
        path("sante/", views.health, name="health"),
        path("accessibilite/", views.legal_page, {"page": "accessibility"}, name="accessibility"),
        path("mentions-legales/", views.legal_page, {"page": "legal"}, name="legal"),
        path("donnees-personnelles/", views.legal_page, {"page": "privacy"}, name="privacy"),
        path("contact/", views.contact, name="contact"),
    ],
    "apure",
)

urlpatterns = [
    path("", include(core_patterns)),
    path("comptes/", include("allauth.urls")),
    path("clauses/", include("clauses.urls")),
    path("guichet-vert/", include("guichet.urls")),
    path("chantiers/", include("chantiers.urls")),
    path("evenements/", include("events.urls")),
    path("api/", include("clauses.api_urls")),
    path("admin/", admin.site.urls),
]

handler404 = "apure.views.error_404"
handler403 = "apure.views.error_403"

from django.urls import path, re_path

from . import views

app_name = "guichet"

REF = r"(?P<reference>GV-[0-9]{4}-[0-9]{4,6})"

urlpatterns = [
    path("", views.index, name="index"),
    path("demandes/", views.request_list, name="requests"),
    re_path(rf"^demandes/{REF}/$", views.request_detail, name="request"),
    re_path(rf"^demandes/{REF}/repondre/$", views.request_reply, name="reply"),
    re_path(rf"^demandes/{REF}/note/$", views.request_note, name="note"),
    re_path(rf"^demandes/{REF}/prendre/$", views.request_take, name="take"),
    re_path(rf"^demandes/{REF}/attribuer/$", views.request_assign, name="assign"),
    re_path(rf"^demandes/{REF}/temps/$", views.time_create, name="time"),
    re_path(rf"^demandes/{REF}/temps/(?P<pk>[0-9]{{1,12}})/$", views.time_edit, name="time_edit"),
    re_path(rf"^demandes/{REF}/cloturer/$", views.request_close, name="close"),
    re_path(rf"^demandes/{REF}/reorienter/$", views.request_redirect, name="redirect"),
    re_path(rf"^demandes/{REF}/retirer/$", views.request_withdraw, name="withdraw"),
    re_path(rf"^demandes/{REF}/evaluer/$", views.request_rate, name="rate"),
    re_path(rf"^demandes/{REF}/capitaliser/$", views.request_capitalise, name="capitalise"),
    re_path(
        rf"^demandes/{REF}/pieces/(?P<pk>[0-9]{{1,12}})/$",
        views.attachment_download,
        name="attachment",
    ),
    path("file/", views.queue, name="queue"),
    path("statistiques/", views.statistics_page, name="stats"),
    re_path(
        r"^statistiques/export/(?P<what>demandes|temps)\.(?P<fmt>csv|xlsx)$",
        views.statistics_export,
        name="export",
    ),
    path("faq/", views.faq, name="faq"),
    path("faq/<int:pk>/modifier/", views.qa_edit, name="qa_edit"),
    path("faq/<int:pk>/depublier/", views.qa_unpublish, name="qa_unpublish"),
]

"""Thin views: parse, check the permission, call a selector or a service, render.

Split by subject: the public pages (search, fiche, kit), the selection, contribution and
review of fiches, and the staff pages (moderation, catalogue).
"""

from .contribution import (
    fiche_archive,
    fiche_edit,
    fiche_history,
    fiche_propose,
    fiche_publish,
    fiche_request_changes,
    fiche_submit,
    my_proposals,
)
from .moderation import catalogue_export, catalogue_import, feedback_moderate, moderation
from .public import api_docs, feedback_create, fiche_copy, fiche_detail, fiche_list, kit
from .selection import (
    selection_add,
    selection_export,
    selection_page,
    selection_remove,
)

__all__ = [
    "api_docs",
    "catalogue_export",
    "catalogue_import",
    "feedback_create",
    "feedback_moderate",
    "fiche_archive",
    "fiche_copy",
    "fiche_detail",
    "fiche_edit",
    "fiche_history",
    "fiche_list",
    "fiche_propose",
    "fiche_publish",
    "fiche_request_changes",
    "fiche_submit",
    "kit",
    "moderation",
    "my_proposals",
    "selection_add",
    "selection_export",
    "selection_page",
    "selection_remove",
]

"""Who may do what in La Clause Verte. Views, templates and selectors ask these rules only."""

from __future__ import annotations

import rules

from apure.permissions import is_authenticated, is_buyer, is_expert, is_network_staff

is_moderator = is_network_staff


@rules.predicate
def is_author(user, fiche) -> bool:
    return bool(
        fiche is not None
        and user is not None
        and user.is_authenticated
        and fiche.author_id == user.pk
    )


@rules.predicate
def is_published(user, fiche) -> bool:
    return bool(fiche is not None and fiche.status == "published")


@rules.predicate
def is_draft(user, fiche) -> bool:
    return bool(fiche is not None and fiche.status == "draft")


@rules.predicate
def is_in_review(user, fiche) -> bool:
    return bool(fiche is not None and fiche.status == "review")


can_propose = is_expert | is_network_staff

# Published fiches are public; a proposal exists only for its author and staff (others get 404).
rules.add_perm("clauses.see_fiche", is_published | is_moderator | is_author)
rules.add_perm("clauses.propose_fiche", can_propose)
# The author edits and submits their draft (also after staff asked for changes); staff edit all.
rules.add_perm("clauses.edit_fiche", is_moderator | (is_author & is_draft & can_propose))
rules.add_perm("clauses.submit_fiche", is_author & is_draft & can_propose)
rules.add_perm("clauses.moderate", is_moderator)
# The "Manage this fiche" panel: staff, and the author of the fiche.
rules.add_perm("clauses.manage_fiche", is_moderator | is_author)
# Staff send a proposal (in review, or a draft they are looking at) back to its author.
rules.add_perm("clauses.request_changes", is_moderator & (is_in_review | is_draft))
rules.add_perm("clauses.see_history", is_moderator)
rules.add_perm("clauses.give_feedback", is_buyer)
rules.add_perm("clauses.manage_catalogue", is_moderator)
rules.add_perm("clauses.save_selection", is_authenticated)

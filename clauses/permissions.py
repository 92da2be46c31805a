"""Who may do what in La Clause Verte. Views, templates and selectors ask these rules only.

One permission per action on a fiche (see, propose, edit, submit, publish, archive, request
changes, see the history); a template asks `{% has_perm "clauses.publish_fiche" user fiche %}`
and never compares a status itself.
"""

from __future__ import annotations

import rules

from apure.permissions import is_buyer, is_expert, is_network_staff

from .models import Fiche

is_moderator = is_network_staff


@rules.predicate
def is_author(user, fiche) -> bool:
    return bool(
        fiche is not None
        and user is not None
        and user.is_authenticated
        and fiche.author_id == user.pk
    )


def _status_is(status: Fiche.Status, name: str):
    def check(user, fiche) -> bool:
        return bool(fiche is not None and fiche.status == status)

    return rules.predicate(check, name=name)


is_draft = _status_is(Fiche.Status.DRAFT, "is_draft")
is_in_review = _status_is(Fiche.Status.REVIEW, "is_in_review")
is_published = _status_is(Fiche.Status.PUBLISHED, "is_published")
is_archived = _status_is(Fiche.Status.ARCHIVED, "is_archived")

can_propose = is_expert | is_network_staff

# Published fiches are public; a proposal exists only for its author and staff (others get 404).
rules.add_perm("clauses.see_fiche", is_published | is_moderator | is_author)
rules.add_perm("clauses.propose_fiche", can_propose)
# The author edits and submits their draft (also after staff asked for changes); staff edit all,
# but only the author sends a draft for review (through its page or the edit form).
rules.add_perm("clauses.edit_fiche", is_moderator | (is_author & is_draft & can_propose))
rules.add_perm("clauses.submit_fiche", is_author & is_draft & can_propose)
rules.add_perm("clauses.publish_fiche", is_moderator & ~is_published)
rules.add_perm("clauses.archive_fiche", is_moderator & ~is_archived)
# Staff send a proposal (in review, or a draft they are looking at) back to its author.
rules.add_perm("clauses.request_changes", is_moderator & (is_in_review | is_draft))
rules.add_perm("clauses.see_history", is_moderator)
# The review queue and feedback moderation; the catalogue's import and export.
rules.add_perm("clauses.moderate", is_moderator)
rules.add_perm("clauses.manage_catalogue", is_moderator)
# The "Manage this fiche" panel: staff, and the author of the fiche.
rules.add_perm("clauses.manage_fiche", is_moderator | is_author)
rules.add_perm("clauses.give_feedback", is_buyer)

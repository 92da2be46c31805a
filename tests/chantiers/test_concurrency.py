"""Concurrent submissions of the same member end with one ballot holding the last choice."""

import threading

import pytest
from django.db import close_old_connections, connection

from apure.models import AuditEntry
from chantiers import services
from chantiers.models import Ballot, BallotChoice, Call
from tests.chantiers.conftest import build_call, build_proposal, make_member


@pytest.mark.django_db(transaction=True)
def test_concurrent_ballots_of_one_member_leave_one_ballot_with_the_last_choice():
    call = build_call(phase="voting", max_choices=1)
    proposals = [build_proposal(call) for _ in range(4)]
    voter = make_member()
    barrier = threading.Barrier(len(proposals))
    errors = []
    committed = {}

    def vote(proposal):
        try:
            barrier.wait(timeout=10)
            ballot = services.ballot_cast(
                call=Call.objects.get(pk=call.pk), voter=voter, proposal_ids=[proposal.pk]
            )
            committed[ballot.revision] = proposal.pk
        except Exception as error:
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=vote, args=(p,)) for p in proposals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    ballot = Ballot.objects.get(call=call, voter=voter)
    assert ballot.revision == len(proposals)
    choices = list(BallotChoice.objects.filter(ballot=ballot).values_list("proposal_id", flat=True))
    assert choices == [committed[ballot.revision]]
    assert sorted(committed) == [1, 2, 3, 4]
    # The last submission to commit is the one that counts: the last audit entry's revision.
    last = AuditEntry.objects.filter(action="chantiers.ballot_cast").order_by("-pk").first()
    assert last.data["revision"] == ballot.revision
    assert BallotChoice.objects.count() == 1

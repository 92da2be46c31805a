"""Load benchmark of the Appels à chantiers on PostgreSQL, under gunicorn (2 workers).

    .venv/bin/python bench/chantiers.py --duration 5

The busiest page: the ballot page of a call in its vote with 40 eligible proposals and 300
members (100 of whom have voted), requested by a signed-in member with a ballot (their session
cookie), as a ratio to /bench/bare/ measured in the same run (bare and page alternate, 3
repetitions, medians). Budget: at least 20 % of the bare view. The call page (visitor) is
measured the same way.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import check_page, compare  # noqa: E402
from bench.run import PORT, PYTHON, environment, manage, serve  # noqa: E402

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/apure_bench_chantiers"
PROPOSALS = 40
MEMBERS = 300
VOTERS = 100

SEED = f"""
import django
django.setup()
from datetime import timedelta
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from stdnum import luhn
from apure.models import Organisation, User
from apure.roles import Role
from apure.services import user_set_roles
from bench.common import session_key_for
from chantiers import services
from chantiers.models import Call, Proposal

def siret(n):
    siren8 = f"3{{n:07d}}"
    siren = siren8 + luhn.calc_check_digit(siren8)
    base = siren + "0001"
    return base + luhn.calc_check_digit(base)

with transaction.atomic():
    Call.objects.filter(slug="bench-vote").delete()
    Proposal.objects.filter(slug__startswith="bench-").delete()
    User.objects.filter(email__endswith="@bench.apure.test").delete()
    Organisation.objects.filter(siret__startswith="3").delete()
    departements = ["02", "59", "60", "62", "80"]
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"Collectivité banc {{i}}", siret=siret(i), kind="commune",
                     departement=departements[i % 5], is_apure_member=True)
        for i in range({MEMBERS})
    )
    staff = User.objects.create_user(email="staff@bench.apure.test")
    user_set_roles(user=staff, roles={{Role.STAFF}}, by=None)
    members = []
    for i, organisation in enumerate(organisations):
        user = User.objects.create_user(
            email=f"membre{{i}}@bench.apure.test", organisation=organisation,
            organisation_confirmed=True, first_name="Membre", last_name=str(i))
        user_set_roles(user=user, roles={{Role.BUYER, Role.MEMBER}}, by=None)
        members.append(user)
    now = timezone.now()
    call = services.call_create(by=staff, slug="bench-vote", data={{
        "title": "Appel à chantiers (banc d'essai)", "description": "Banc.",
        "eligibility_rules": "Banc.", "max_choices": 3, "seats": 3,
        "proposals_open_at": now - timedelta(days=30),
        "proposals_close_at": now - timedelta(days=20),
        "voting_opens_at": now - timedelta(days=1), "voting_closes_at": now + timedelta(days=10)}})
    services.call_publish(call=call, by=staff)
    proposals = Proposal.objects.bulk_create(
        Proposal(call=call, slug=f"bench-{{i}}", title=f"Chantier du banc d'essai numéro {{i}}",
                 theme="evaluation", problem="Une problématique. " * 20,
                 lead_organisation=organisations[i], lead=members[i], deliverable_kind="method",
                 deliverable="Une méthode.", timeline="Six mois.", eligibility="eligible")
        for i in range({PROPOSALS})
    )
    for i, voter in enumerate(members[{PROPOSALS}:{PROPOSALS} + {VOTERS}]):
        picks = [proposals[(i + k * 7) % {PROPOSALS}].pk for k in range(3)]
        services.ballot_cast(call=call, voter=voter, proposal_ids=picks)
    voter = members[{PROPOSALS}]
    session_key = session_key_for(voter)
print(settings.SESSION_COOKIE_NAME + "=" + session_key)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--repetitions", type=int, default=3)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    env = environment(DATABASE_URL)
    name = DATABASE_URL.rsplit("/", 1)[1]
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], capture_output=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    cookie = subprocess.run(
        [PYTHON, "-c", SEED], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()[-1]
    base = f"http://127.0.0.1:{PORT}"
    pages = {
        "ballot page (member, 40 proposals, 300 members)": (
            "/chantiers/appels/bench-vote/vote/",
            cookie,
        ),
        "call page (visitor)": ("/chantiers/appels/bench-vote/", None),
    }
    server = serve(env)
    try:
        body = check_page(
            base + pages["ballot page (member, 40 proposals, 300 members)"][0], cookie
        )
        assert body.count('name="choice"') == PROPOSALS, "not the member's ballot page"
        compare(
            base,
            {label: (base + path, with_cookie) for label, (path, with_cookie) in pages.items()},
            duration=args.duration,
            repetitions=args.repetitions,
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()


if __name__ == "__main__":
    main()

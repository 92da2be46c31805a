"""Load benchmark of the Guichet Vert on PostgreSQL, under gunicorn (2 workers), against the
bare view.

    .venv/bin/python bench/guichet.py --duration 5

10,000 requests (most of them closed, a few hundred waiting, as after a few years of
service), one of them with a 30-message exchange. Measured as ratios to /bench/bare/ in the
same run (bare and page alternate, 3 repetitions, medians): the advisors' queue (default
view, every state, and 12 filters taken in turn), and the request page with 30 messages
(advisor, buyer). Budget: at least 20 % of the bare view. The request page is also measured
on the first view after a change (every cached page stale), one request at a time.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import run  # noqa: E402
from bench.common import bump, cold, compare  # noqa: E402
from bench.run import PYTHON, environment, manage, serve  # noqa: E402

# The clause harness and the other services' scripts may hold their ports: this one has its own.
PORT = run.PORT = 8772

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/apure_bench_guichet"
SIZE = 10_000
MESSAGES = 30


def seed_database() -> None:
    """Inside a subprocess with Django set up. Prints `key=value` lines for the parent."""
    import datetime as dt
    import uuid

    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import encrypt
    from django.db import connection
    from django.utils import timezone

    from apure.models import Organisation, User
    from apure.roles import Role
    from apure.services import user_set_roles
    from bench.common import session_key_for as session_for
    from guichet import services
    from guichet.models import Event, Message, Request, RequestCounter, TimeEntry

    organisation, _ = Organisation.objects.get_or_create(
        siret="21621007000019",
        defaults={"name": "Commune de Pecquencourt", "kind": "commune", "departement": "59"},
    )
    buyer, _ = User.objects.get_or_create(
        email="bench-acheteur@bench.example.fr",
        defaults={"organisation": organisation, "organisation_confirmed": True},
    )
    user_set_roles(user=buyer, roles={Role.BUYER}, by=None)
    advisor, _ = User.objects.get_or_create(
        email="bench-conseiller@bench.example.fr",
        defaults={"first_name": "Thomas", "last_name": "Leroy"},
    )
    user_set_roles(user=advisor, roles={Role.ADVISOR}, by=None)
    Authenticator.objects.get_or_create(
        user=advisor,
        type=Authenticator.Type.TOTP,
        defaults={"data": {"secret": encrypt("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")}},
    )
    if Request.objects.count() < SIZE:
        Request.objects.all().delete()
        RequestCounter.objects.all().delete()
        now = timezone.now()
        kinds, channels = ["strategy", "project", "targeted"], ["visio", "phone", "email"]
        rows = []
        for i in range(SIZE - 1):
            created = now - dt.timedelta(hours=6 * (SIZE - i))
            waiting = i >= SIZE - 300
            state = ("new", "assigned", "in_progress")[i % 3] if waiting else "closed"
            rows.append(
                Request(
                    reference=f"GV-{2020 + i // 2000}-{i % 2000 + 1:04d}",
                    year=2020 + i // 2000,
                    number=i % 2000 + 1,
                    token=uuid.uuid4(),
                    kind=kinds[i % 3],
                    subject=f"Question de charge numéro {i}",
                    question="Quels critères pour notre marché ?",
                    channel=channels[i % 3],
                    requester=buyer,
                    organisation=organisation,
                    state=state,
                    assignee=None if state == "new" else advisor,
                    created_at=created,
                    assigned_at=None if state == "new" else created + dt.timedelta(hours=2),
                    first_answer_at=created + dt.timedelta(days=1) if state == "closed" else None,
                    closed_at=created + dt.timedelta(days=2) if state == "closed" else None,
                    summary="Synthèse" if state == "closed" else "",
                )
            )
        Request.objects.bulk_create(rows, batch_size=1000)
        RequestCounter.objects.create(year=2026, last=5000)
        request, _ = services.request_submit(
            by=buyer,
            kind="project",
            subject="Restauration scolaire : 30 messages",
            question="Quels critères pour 50 % de produits durables ?",
            channel="phone",
        )
        services.request_take(request=request, by=advisor)
        for i in range(MESSAGES):
            services.message_post(
                request=request,
                by=buyer if i % 3 == 2 else advisor,
                body=f"Message {i} : " + "réponse détaillée sur les critères. " * 8,
                internal=i % 3 == 1,
            )
        for _ in range(5):
            services.time_entry_create(
                request=request,
                by=advisor,
                date=timezone.localdate(),
                minutes=30,
                channel="phone",
            )
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    request = Message.objects.order_by("-pk").first().request
    assert Message.objects.filter(request=request).count() >= MESSAGES
    assert Event.objects.exists() and TimeEntry.objects.exists()
    print(f"reference={request.reference}")
    print(f"advisor={session_for(advisor)}")
    print(f"buyer={session_for(buyer)}")


def seed(env: dict) -> dict[str, str]:
    code = "import django; django.setup(); from bench.guichet import seed_database; seed_database()"
    out = subprocess.run(
        [PYTHON, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return dict(re.findall(r"^(\w+)=(\S+)$", out, re.M))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--database-url", default=DATABASE_URL)
    args = parser.parse_args()
    env = environment(args.database_url)
    name = args.database_url.rsplit("/", 1)[1]
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], capture_output=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    keys = seed(env)
    base = f"http://127.0.0.1:{PORT}"
    advisor, buyer = f"sessionid={keys['advisor']}", f"sessionid={keys['buyer']}"
    detail = f"{base}/guichet-vert/demandes/{keys['reference']}/"
    pages = {
        "queue, 10,000 requests (advisor)": (f"{base}/guichet-vert/file/", advisor),
        "queue, every state (advisor)": (f"{base}/guichet-vert/file/?state=all", advisor),
        "queue, 12 filters in turn (advisor)": (
            [
                f"{base}/guichet-vert/file/?{query}"
                for query in (
                    "state=all&page=2",
                    "state=open&departement=59",
                    "state=new",
                    "state=assigned",
                    "state=in_progress",
                    "state=closed",
                    "kind=project",
                    "kind=strategy&state=all",
                    "assignee=me",
                    "assignee=none",
                    "age=overdue",
                    "state=closed&kind=targeted&age=20&page=3",
                )
            ],
            advisor,
        ),
        "request page, 30 messages (advisor)": (detail, advisor),
        "request page, 30 messages (buyer)": (detail, buyer),
    }
    server = serve(env)
    try:
        results = {
            label: result["ratio"]
            for label, result in compare(base, pages, duration=args.duration).items()
        }
        # A request page is kept per person until any request changes: the first view after
        # a change is rendered, and is reported too (not part of the budget's figure).
        cold(
            base,
            {label: pages[label] for label in pages if label.startswith("request page")},
            bump(args.database_url, "guichet"),
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    failed = [label for label, ratio in results.items() if ratio < 0.20]
    if failed:
        sys.exit(f"below 20 % of the bare view: {', '.join(failed)}")


if __name__ == "__main__":
    main()

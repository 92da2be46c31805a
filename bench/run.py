"""Load benchmarks of La Clause Verte on PostgreSQL, as ratios to a bare Django view.

    make bench                                   # 1,000, 10,000 and 100,000 fiches
    .venv/bin/python bench/run.py --sizes 1000 --duration 3 --repetitions 3

For each catalogue size: fill a dedicated database (`apure_bench`), start gunicorn (2 workers,
the machine has 2 cores) with bench.settings, then measure every page with wrk
(bench/common.py: bare and page runs alternate, medians of the repetitions):

* for an anonymous visitor, against the anonymous bare view;
* for a signed-in buyer (with a selection of 5 fiches), against the bare view requested with
  that buyer's session, itself compared with the anonymous bare view;
* the cold path: the first list and the first search after a catalogue change (one request
  each, after a publication bumped the catalogue's version), median of 5.

Prints a Markdown table and writes it to bench/results/ (not committed; bench/RESULTS.md keeps
the figures of record).
"""

import argparse
import datetime
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import BARE, compare  # noqa: E402

PYTHON = sys.executable
PORT = 8765
PAGES = {
    "clause list": "/clauses/",
    "search « béton de chanvre »": "/clauses/?q=b%C3%A9ton+de+chanvre",
    "search + facet": "/clauses/?q=produits+nettoyage+ecolabel&contract_type=supplies",
    "search, page 2": "/clauses/?q=r%C3%A9emploi&page=2",
    "fiche page": "/clauses/{slug}/",
    "Loi Climat kit": "/clauses/kit-loi-climat/?contract_type=supplies&segment={segment}",
    "API search": "/api/clauses/?q=r%C3%A9emploi",
    "home page": "/",
}
COLD = {
    "first list": "/clauses/",
    "first search": "/clauses/?q=isolant+biosourc%C3%A9",
}
BUYER = "acheteur@demo.apure.test"
# A change of the catalogue, as staff make one (the fiche is saved: the services that follow a
# change run, as they would after an edit).
CHANGE = (
    "from clauses.models import Fiche;"
    "fiche = Fiche.objects.filter(status='published').order_by('pk').first();"
    "fiche.save(update_fields=['updated_at'])"
)


def environment(database_url: str) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=database_url,
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PYTHONPATH=str(ROOT),
    )
    env.pop("REDIS_URL", None)
    return env


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def django(env: dict, code: str) -> list[str]:
    """Runs `code` in a process with Django set up; returns its printed words."""
    return subprocess.run(
        [PYTHON, "-c", "import django; django.setup();" + code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()


def seed(env: dict, size: int) -> dict[str, str]:
    """The catalogue of `size` fiches; returns a fiche's slug, a segment and a buyer's cookie."""
    words = django(
        env,
        "from bench.seed import analyze, seed_fiches, buyer_session;"
        f"print(seed_fiches({size}));"
        "analyze();"
        "from clauses.models import Fiche;"
        "print(Fiche.objects.filter(slug__startswith='bench-').order_by('pk').last().slug);"
        "print(Fiche.objects.filter(contract_type='supplies', status='published')"
        ".exclude(segments=None).values_list('segments__slug', flat=True).first());"
        f"print(buyer_session({BUYER!r}))",
    )
    return {"slug": words[-3], "segment": words[-2], "cookie": f"sessionid={words[-1]}"}


def serve(env: dict) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "apure.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}{BARE}", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def cold(env: dict, base: str) -> dict[str, float]:
    """Milliseconds of the first request after a catalogue change (median of 5)."""
    timings: dict[str, list[float]] = {label: [] for label in COLD}
    for _ in range(5):
        for label, path in COLD.items():
            django(env, CHANGE)
            start = time.perf_counter()
            with urllib.request.urlopen(base + path, timeout=30) as response:  # noqa: S310
                response.read()
            timings[label].append((time.perf_counter() - start) * 1000)
    return {label: statistics.median(values) for label, values in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--duration", type=int, default=3)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/apure_bench")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    env = environment(args.database_url)
    name = args.database_url.rsplit("/", 1)[1]
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], capture_output=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    base = f"http://127.0.0.1:{PORT}"
    rows, colds = [], {}
    for size in args.sizes:
        print(f"## {size:,} fiches", flush=True)
        found = seed(env, size)
        server = serve(env)
        try:
            colds[size] = cold(env, base)
            pages = {}
            for label, path in PAGES.items():
                url = base + path.format(**found)
                pages[f"{label}|anonymous"] = (url, None)
                pages[f"{label}|buyer"] = (url, found["cookie"])
            pages["bare view, buyer's session|buyer"] = (base + BARE, found["cookie"])
            results = compare(base, pages, duration=args.duration, repetitions=args.repetitions)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait()
        for key, figures in results.items():
            label, who = key.split("|")
            rows.append((size, label, who, figures))
        print(f"cold path: {colds[size]}", flush=True)
    print("\n".join(report(args, rows, colds)))


def report(args, rows, colds) -> list[str]:
    today = datetime.datetime.now(datetime.UTC).date()
    out = ROOT / "bench" / "results"
    lines = [
        f"Bench of {today}: `{' '.join(sys.argv)}` (PostgreSQL, gunicorn 2 workers, "
        f"wrk -t2 -c8, {args.repetitions} alternated repetitions of {args.duration} s, medians)",
        "",
        "| fiches | page | visitor: req/s | visitor: share of bare | buyer: req/s "
        "| buyer: share of bare with the buyer's session |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    table: dict[tuple[int, str], dict[str, dict]] = {}
    for size, label, who, figures in rows:
        table.setdefault((size, label), {})[who] = figures
    for (size, label), by in table.items():
        anon, buyer = by.get("anonymous"), by.get("buyer")
        if label.startswith("bare view"):
            lines.append(
                f"| {size:,} | {label} | {buyer['bare_anonymous']:.0f} (anonymous bare) | – "
                f"| {buyer['page']:.0f} | {buyer['ratio_anonymous']:.0%} of the anonymous bare |"
            )
            continue
        lines.append(
            f"| {size:,} | {label} | {anon['page']:.0f} | {anon['ratio']:.0%} "
            f"| {buyer['page']:.0f} | {buyer['ratio']:.0%} |"
        )
    lines += ["", "| fiches | first list after a change | first search after a change |"]
    lines.append("|---:|---:|---:|")
    for size, timing in colds.items():
        first_list, first_search = timing["first list"], timing["first search"]
        lines.append(f"| {size:,} | {first_list:.0f} ms | {first_search:.0f} ms |")
    out.mkdir(exist_ok=True)
    (out / f"{today}.md").write_text("\n".join(lines) + "\n")
    return lines


if __name__ == "__main__":
    main()

"""Load benchmarks of Portail APuRe on PostgreSQL, as ratios to a bare Django view.

    .venv/bin/python bench/run.py --sizes 1000 10000 100000 --duration 10

For each catalogue size: fill a dedicated database (`apure_bench`), start gunicorn (2 workers,
the machine has 2 cores) with bench.settings, and measure every page with wrk against the bare
view in the same run. Prints a Markdown table and writes it to bench/results/.
"""

import argparse
import datetime
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PORT = 8765
PAGES = {
    "bare view": "/bench/bare/",
    "clause list": "/clauses/",
    "search « béton de chanvre »": "/clauses/?q=b%C3%A9ton+de+chanvre",
    "search + facet": "/clauses/?q=produits+nettoyage+ecolabel&contract_type=supplies",
    "fiche page": "/clauses/{slug}/",
    "API search": "/api/clauses/?q=r%C3%A9emploi",
}


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


def seed(env: dict, size: int) -> str:
    code = (
        "import django; django.setup();"
        "from bench.seed import analyze, seed_fiches;"
        f"print(seed_fiches({size}));"
        "analyze();"
        "from clauses.models import Fiche;"
        "print(Fiche.objects.filter(slug__startswith='bench-').order_by('pk').last().slug)"
    )
    out = subprocess.run(
        [PYTHON, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return out[-1]


def wrk(url: str, duration: int) -> tuple[float, float]:
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    factor = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p50.group(2)]
    return rps, float(p50.group(1)) * factor


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
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/bench/bare/", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/apure_bench")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    env = environment(args.database_url)
    name = args.database_url.rsplit("/", 1)[1]
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], capture_output=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    rows = []
    for size in args.sizes:
        slug = seed(env, size)
        server = serve(env)
        try:
            results = {}
            for label, path in PAGES.items():
                url = f"http://127.0.0.1:{PORT}{path.format(slug=slug)}"
                with urllib.request.urlopen(url, timeout=10) as response:
                    assert response.status == 200, (url, response.status)
                wrk(url, 2)  # warm up the workers and the database cache
                results[label] = wrk(url, args.duration)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait()
        bare = results["bare view"][0]
        for label, (rps, p50) in results.items():
            rows.append((size, label, rps, rps / bare, p50))
            print(
                f"{size:>7} {label:<32} {rps:9.1f} req/s  {rps / bare:6.1%}  p50 {p50:.1f} ms",
                flush=True,
            )
    today = datetime.datetime.now(datetime.UTC).date()
    lines = [
        f"Bench of {today}: `{' '.join(sys.argv)}` (PostgreSQL, gunicorn 2 workers, wrk -t2 -c8)",
        "",
        "| fiches | page | req/s | vs bare view | median latency |",
        "|---:|---|---:|---:|---:|",
        *(
            f"| {s:,} | {label} | {rps:.0f} | {ratio:.0%} | {p50:.1f} ms |"
            for s, label, rps, ratio, p50 in rows
        ),
    ]
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"{today}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

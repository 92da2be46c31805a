"""Measuring pages against the bare view, shared by the services' benchmark scripts.

A page a signed-in person sees is compared with the bare view requested with the same
session cookie (the session and user loading every signed-in request pays is not the page's
cost), and, for the record, with the anonymous bare view. Bare and page runs alternate, and the
median of the repetitions is kept, since this machine is noisy.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable

BARE = "/bench/bare/"


def wrk_rps(url: str | list[str], duration: int, cookie: str | None = None) -> float:
    """Requests per second on `url`, or on a mix of URLs of one server, taken in turn."""
    urls = [url] if isinstance(url, str) else url
    command = ["wrk", "-t2", "-c8", f"-d{duration}s", urls[0]]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        if len(urls) > 1:
            paths = ", ".join(_lua_string(_path(u)) for u in urls)
            script.write(
                f"local paths = {{{paths}}}\nlocal n = 0\n"
                "request = function()\n  n = n % #paths + 1\n"
                "  return wrk.format(nil, paths[n])\nend\n"
            )
            script.flush()
            command[1:1] = ["-s", script.name]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    if re.search(r"Non-2xx or 3xx responses", out):
        raise RuntimeError(f"errors while measuring {urls[0]}: {out}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def _path(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _get_ms(url: str, cookie: str | None) -> float:
    request = urllib.request.Request(url, headers={"Cookie": cookie or ""})  # noqa: S310
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310  (loopback)
        response.read()
    return (time.perf_counter() - start) * 1000


def cold(
    base: str,
    pages: dict[str, tuple[str, str | None]],
    change: Callable[[], None],
    *,
    repetitions: int = 30,
) -> dict[str, dict[str, float]]:
    """The first request after a change (`change()`, e.g. a version bump), one at a time:
    median milliseconds of the page and of the bare view with the same cookie, taken in
    turn, and the page's throughput as a share of the bare view's. Prints one line per page."""
    results = {}
    for label, (url, cookie) in pages.items():
        page_ms, bare_ms = [], []
        for _ in range(repetitions):
            bare_ms.append(_get_ms(base + BARE, cookie))
            change()
            page_ms.append(_get_ms(url, cookie))
        page, bare = statistics.median(page_ms), statistics.median(bare_ms)
        results[label] = {"page_ms": page, "bare_ms": bare, "ratio": bare / page}
        print(
            f"{label:<46} first request after a change {page:6.1f} ms | bare {bare:5.1f} ms: "
            f"{bare / page:6.1%}",
            flush=True,
        )
    return results


def bump(database_url: str, name: str) -> Callable[[], None]:
    """A change, as a service makes one: the namespace `name` gets a new version (every page
    cached under it is stale)."""
    import psycopg

    def change() -> None:
        with psycopg.connect(database_url, autocommit=True) as connection:
            connection.execute(
                "UPDATE apure_cachenamespace SET version = gen_random_uuid() WHERE name = %s",
                [name],
            )

    return change


def check_page(url: str, cookie: str | None) -> str:
    """The page answers 200 to that cookie (not the login page); returns its HTML."""
    request = urllib.request.Request(url, headers={"Cookie": cookie or ""})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310  (loopback)
        assert response.status == 200 and "/comptes/" not in response.url, url
        return response.read().decode()


def compare(
    base: str, pages: dict[str, tuple[str, str | None]], *, duration: int, repetitions: int = 3
) -> dict[str, dict[str, float]]:
    """For each page (label -> (url, cookie or None)): req/s of the page, of the bare view with
    the same cookie and of the anonymous bare view, medians over `repetitions`, and the ratios.
    `url` may be a list: a mix of pages taken in turn. Prints one line per page."""
    results = {}
    for label, (url, cookie) in pages.items():
        for one in [url] if isinstance(url, str) else url:
            check_page(one, cookie)
        wrk_rps(url, 1, cookie)  # warm-up
        page_runs, same_runs, anon_runs = [], [], []
        for _ in range(repetitions):
            anon_runs.append(wrk_rps(base + BARE, duration))
            if cookie:
                same_runs.append(wrk_rps(base + BARE, duration, cookie))
            page_runs.append(wrk_rps(url, duration, cookie))
        page = statistics.median(page_runs)
        anon = statistics.median(anon_runs)
        same = statistics.median(same_runs) if cookie else anon
        results[label] = {
            "page": page,
            "bare": same,
            "bare_anonymous": anon,
            "ratio": page / same,
            "ratio_anonymous": page / anon,
        }
        print(
            f"{label:<46} {page:8.1f} req/s | bare, same session {same:8.1f}: "
            f"{page / same:6.1%} | bare, anonymous {anon:8.1f}: {page / anon:6.1%}",
            flush=True,
        )
    return results


def session_key_for(user) -> str:
    """Inside a process where Django is set up: a session signed in as `user` (a day long),
    for wrk's Cookie header."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    from apure.sessions import SessionStore

    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.set_expiry(24 * 3600)
    store.save()
    return store.session_key

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
import urllib.request

BARE = "/bench/bare/"


def wrk_rps(url: str, duration: int, cookie: str | None = None) -> float:
    command = ["wrk", "-t2", "-c8", f"-d{duration}s", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


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
    Prints one line per page."""
    results = {}
    for label, (url, cookie) in pages.items():
        check_page(url, cookie)
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

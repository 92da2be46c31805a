"""Browser tests: Playwright driving Debian's Chromium against Django's live server.

Without Chromium the tests are skipped with the reason, except under CI where it is a failure.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
SERIOUS = {"serious", "critical"}


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        message = "Chromium is not installed (/usr/bin/chromium): apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "fr-FR", "timezone_id": "Europe/Paris"}


@pytest.fixture
def login(session_cookie_for):
    """`login(page, user)`: the page's browser context gets that user's session cookie."""

    def do_login(page, user):
        page.context.add_cookies(session_cookie_for(user))
        return page

    return do_login


@pytest.fixture
def axe_violations(browser):
    """`axe_violations(url)` -> the serious and critical axe-core violations of that page.

    axe is injected into a context that bypasses the CSP (the CSP would refuse the injected
    script); another test checks the pages with the CSP on. Give `cookies` to audit a page
    as a logged-in user.
    """
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    contexts = []

    def run(url: str, cookies: list | None = None) -> list[dict]:
        context = browser.new_context(bypass_csp=True, locale="fr-FR")
        contexts.append(context)
        if cookies:
            context.add_cookies(cookies)
        page = context.new_page()
        page.goto(url)
        results = axe.run(page)
        return [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "nodes": [n["target"] for n in v["nodes"]][:5],
            }
            for v in results.response["violations"]
            if v.get("impact") in SERIOUS
        ]

    yield run
    for context in contexts:
        context.close()


@pytest.fixture
def phone_overflow(browser):
    """`phone_overflow(url, cookies=None)` -> how many CSS pixels the page is wider than a
    375 px phone screen (0 when nothing scrolls sideways)."""
    contexts = []

    def run(url: str, cookies: list | None = None) -> int:
        context = browser.new_context(
            viewport={"width": 375, "height": 740}, locale="fr-FR", is_mobile=True
        )
        contexts.append(context)
        if cookies:
            context.add_cookies(cookies)
        page = context.new_page()
        page.goto(url)
        return page.evaluate(
            "() => Math.max(document.documentElement.scrollWidth,"
            " document.body.scrollWidth) - window.innerWidth"
        )

    yield run
    for context in contexts:
        context.close()


@pytest.fixture
def session_cookie_for(live_server):
    """The cookie list that logs a browser context in as `user`."""

    def cookies(user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        return [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]

    return cookies


@pytest.fixture(autouse=True)
def _short_timeouts(request):
    """Fail in seconds, not in half a minute, when an element is not there."""
    if "page" in request.fixturenames:
        page = request.getfixturevalue("page")
        page.set_default_timeout(8000)
        page.set_default_navigation_timeout(15000)

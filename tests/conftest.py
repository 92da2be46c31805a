import os

import pytest

from tests.factories import UserFactory, make_user

# The browser tests drive the live server from the test thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROLES = ["visitor", "acheteur", "membre", "conseiller", "expert", "equipe"]


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _eager_tasks():
    """Side effects run in process in tests, whatever REDIS_URL says; the broker tests
    (tests/apure/test_outbox.py, test_celery_worker.py) switch it off themselves."""
    from apure.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _commit_after_each_request(request, monkeypatch):
    """In production every request commits, then its on-commit hooks (the outbox relay)
    run. Tests wrapped in a transaction never commit, so the test client runs the hooks
    registered during each request when the request ends. Services called directly from a
    test use `django_capture_on_commit_callbacks(execute=True)` for the same effect."""
    if {"transactional_db", "live_server"} & set(request.fixturenames):
        return
    from django.test import Client, TestCase

    original = Client.request

    def request_then_commit(self, **kwargs):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return original(self, **kwargs)

    monkeypatch.setattr(Client, "request", request_then_commit)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate-limit counters must not leak between tests. The database cache (used when
    REDIS_URL is set) is rolled back with each test; local memory is cleared here."""
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    for alias in ("default", "local", "pages"):
        if isinstance(caches[alias], LocMemCache):
            caches[alias].clear()
    yield


@pytest.fixture
def user_factory(db):
    return UserFactory


@pytest.fixture
def role_user(db):
    """`role_user("conseiller")` -> a user with that role (None for "visitor")."""
    return make_user


@pytest.fixture
def buyer(db):
    return make_user("acheteur")


@pytest.fixture
def staff(db):
    return make_user("equipe")


@pytest.fixture
def client_for(client):
    """`client_for(user)` -> the test client logged in as that user (anonymous for None)."""

    def login(user):
        if user is not None:
            client.force_login(user)
        return client

    return login

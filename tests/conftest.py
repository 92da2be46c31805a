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
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


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

"""Settings come from the environment only; each case loads them in a fresh process."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json
import django
from django.conf import settings
django.setup()
from apure.celery import app
db = settings.DATABASES["default"]
print(json.dumps({
    "engine": db["ENGINE"],
    "options": {k: v for k, v in db.get("OPTIONS", {}).items() if isinstance(v, (str, int))},
    "health_checks": db.get("CONN_HEALTH_CHECKS", False),
    "cache": settings.CACHES["default"]["BACKEND"],
    "sessions": settings.SESSION_ENGINE,
    "eager": app.conf.task_always_eager,
    "broker": app.conf.broker_url,
    "debug": settings.DEBUG,
}))
"""
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "k" * 20 + "-production-secret-that-is-long-enough-1234567890",
    "ALLOWED_HOSTS": "apure.example.fr",
    "DATABASE_URL": "postgres://apure@127.0.0.1:5432/apure",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def _env(**overrides) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DATABASE_URL",
            "REDIS_URL",
            "DEBUG",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    env["DJANGO_SETTINGS_MODULE"] = "apure.settings"
    env.update(overrides)
    return env


def _probe(**env) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_sqlite_and_eager_tasks_by_default():
    conf = _probe()
    assert conf["engine"] == "django.db.backends.sqlite3"
    assert conf["options"]["transaction_mode"] == "IMMEDIATE"
    assert conf["eager"] is True
    assert conf["cache"].endswith("LocMemCache")


def test_postgresql_and_redis_from_the_environment():
    conf = _probe(
        DATABASE_URL="postgres://apure:secret@db.example:5432/apure",
        REDIS_URL="redis://redis.example:6379/0",
    )
    assert conf["engine"] == "django.db.backends.postgresql"
    assert conf["health_checks"] is True
    assert conf["eager"] is False
    assert conf["broker"] == "redis://redis.example:6379/0"
    # Rate limits and sessions never live on the broker's Redis.
    assert conf["cache"].endswith("DatabaseCache")
    assert conf["sessions"] == "apure.sessions"


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS"], ids=["no secret key", "no allowed hosts"]
)
def test_production_refuses_to_start_without_its_secrets(missing):
    env = _env(**PRODUCTION)
    env.pop(missing)
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and missing in result.stderr


def test_production_without_redis_shares_its_counters_through_the_database():
    env = {**PRODUCTION}
    env.pop("REDIS_URL")
    conf = _probe(**env)
    assert conf["cache"].endswith("DatabaseCache")
    assert conf["eager"] is True


def _database_url() -> str:
    from django.db import connection

    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or "postgres"
    return (
        f"postgres://{user}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"
    )


FAILED_LOGINS = """
import django
django.setup()
from django.conf import settings
from django.test import Client
# No collectstatic in tests: plain static storage, the rest as in production.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
client = Client()
for _ in range(6):
    client.post("/comptes/login/", {"login": "%s", "password": "pas-le-bon-mot-de-passe"})
"""


@pytest.mark.django_db(transaction=True)
def test_failed_logins_in_one_worker_lock_the_account_in_another(settings, client):
    """Two gunicorn workers are two processes: the per-account limit holds across them."""
    from django.core.cache import cache
    from django.urls import reverse

    from tests.factories import PASSWORD, UserFactory

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "apure_cache",
        },
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    user = UserFactory(email="verrou-multi-processus@mairie.example.fr")
    env = {**PRODUCTION, "ALLOWED_HOSTS": "testserver", "SECURE_SSL_REDIRECT": "false"}
    env.pop("REDIS_URL")
    env["DATABASE_URL"] = _database_url()
    subprocess.run(
        [sys.executable, "-c", FAILED_LOGINS % user.email],
        cwd=ROOT,
        env=_env(**env),
        check=True,
        timeout=120,
        capture_output=True,
    )
    try:
        response = client.post(
            reverse("account_login"), {"login": user.email, "password": PASSWORD}
        )
        # The right password is refused for now: the other process's failures count here.
        assert response.status_code in (200, 429)
        assert "_auth_user_id" not in client.session
    finally:
        cache.clear()


def test_static_files_build_as_in_the_docker_image(tmp_path):
    """The Dockerfile runs collectstatic with hashed, compressed names: a file that refers to
    a missing one (a source map, say) would break the image's build."""
    env = {**PRODUCTION, "STATIC_ROOT": str(tmp_path / "static")}
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=ROOT,
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    assert "css/apure.css" in manifest["paths"]
    assert (tmp_path / "static" / (manifest["paths"]["css/apure.css"] + ".gz")).exists()


def test_check_deploy_is_clean_with_production_variables():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_env(**PRODUCTION),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout

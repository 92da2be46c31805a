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
    assert conf["sessions"] == "django.contrib.sessions.backends.db"


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

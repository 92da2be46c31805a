"""The Celery application: Redis as broker when REDIS_URL is set, eager tasks otherwise."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "apure.settings")

app = Celery("apure")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Defaults for our own tasks: retried with exponential backoff, idempotent by design.
RETRYING_TASK = {
    "autoretry_for": (Exception,),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 8,
}

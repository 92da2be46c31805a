"""The Celery application: Redis as broker when REDIS_URL is set, eager tasks otherwise."""

import os

from celery import Celery, Task

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "apure.settings")


class RetryingTask(Task):
    """The default for our tasks: retried with exponential backoff. Tasks are idempotent
    (they take ids and re-check the state), so a retry never does anything twice."""

    autoretry_for = (Exception,)
    retry_backoff = True
    retry_backoff_max = 600
    retry_jitter = True
    max_retries = 8


app = Celery("apure", task_cls=RetryingTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

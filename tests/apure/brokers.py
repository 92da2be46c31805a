"""Point the Celery app at a given broker for one test: a dead port, a silent port, or the
real Redis of REDIS_URL."""

import contextlib
import os
import socket
import threading

from kombu import pools

from apure.celery import app


@contextlib.contextmanager
def celery_broker(url: str):
    previous = (app.conf.broker_url, app.conf.task_always_eager)
    _switch(url, eager=False)
    try:
        yield app
    finally:
        _switch(*previous)


def _switch(url: str, eager: bool) -> None:
    app.conf.broker_url = url
    app.conf.task_always_eager = eager
    if app._pool is not None:
        app._pool.force_close_all()
        app._pool = None
    app.amqp._producer_pool = None
    pools.reset()  # kombu keeps producer pools per connection, closed ones included


@contextlib.contextmanager
def closed_port():
    """A port nobody listens on: connections are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield f"redis://127.0.0.1:{port}/0"


@contextlib.contextmanager
def silent_port():
    """A port that accepts connections and never answers: the worst broker failure."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                accepted.append(server.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        server.close()


REDIS_URL = os.environ.get("REDIS_URL", "")

import pytest

from apure.caching import cached, namespace_bump, namespace_version

pytestmark = pytest.mark.django_db


def test_a_cached_value_is_computed_once_until_its_namespace_changes():
    calls = []

    def compute():
        calls.append(1)
        return {"béton": len(calls)}

    assert cached("test", ("q", "beton"), compute) == {"béton": 1}
    assert cached("test", ("q", "beton"), compute) == {"béton": 1}
    assert cached("test", ("q", "chanvre"), compute) == {"béton": 2}
    assert len(calls) == 2

    before = namespace_version("test")
    namespace_bump("test")
    assert namespace_version("test") != before
    assert cached("test", ("q", "beton"), compute) == {"béton": 3}


def test_namespaces_are_independent():
    namespace_bump("a")
    version_b = namespace_version("b")
    namespace_bump("a")
    assert namespace_version("b") == version_b


def test_a_request_reads_each_version_once():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from apure.caching import request_scope

    namespace_bump("lecture")
    with CaptureQueriesContext(connection) as queries, request_scope():
        for _ in range(4):
            namespace_version("lecture")
    reads = [q for q in queries.captured_queries if "apure_cachenamespace" in q["sql"]]
    assert len(reads) == 1


def test_a_write_inside_the_request_is_seen_by_the_rest_of_the_request():
    from apure.caching import request_scope

    with request_scope():
        before = namespace_version("lecture")
        namespace_bump("lecture")
        assert namespace_version("lecture") != before


def test_a_batch_of_writes_bumps_the_version_once():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from apure.caching import bumps_batched

    before = namespace_version("lot")
    with CaptureQueriesContext(connection) as queries, bumps_batched():
        for _ in range(1000):
            namespace_bump("lot")
        with bumps_batched():  # a service called by another batches with it
            namespace_bump("lot")
    writes = [
        q
        for q in queries.captured_queries
        if "apure_cachenamespace" in q["sql"] and q["sql"].startswith(("UPDATE", "INSERT"))
    ]
    assert len(writes) == 1
    assert namespace_version("lot") != before

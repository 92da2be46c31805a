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

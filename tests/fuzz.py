"""Property-based input for every form and GET parameter: no input ever yields a 500, and a
refused submission changes nothing.

Each app drives its own pages with it (tests/<app>/test_fuzz.py), as each role:

    def test_queue_parameters_never_fail(client_for, advisor):
        fuzz(client_for(advisor), "get", "/guichet-vert/file/",
             fields=["state", "assignee", "kind", "segment", "departement", "age", "page"])

    def test_request_form_refuses_cleanly(client_for, buyer):
        fuzz(client_for(buyer), "post", "/guichet-vert/", fields=[...], models=[Request])

`models`: the models whose row counts must not change when the answer is a refusal (a status
of 400 or more, or the form shown again with 200). A redirect (302/303) is a success.
"""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SPECIAL = [
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "9" * 40,
    "abc",
    "%",
    "%00",
    "\x00",
    "a\x00b",
    "\x01\x1f\x7f",
    "\r\n",
    "\t=cmd|' /C calc'!A0",
    "2026-13-45",
    "0001-01-01",
    "9999-12-31",
    "<script>alert(1)</script>",
    "'; DROP TABLE x; --",
    "../../etc/passwd",
    "//evil.example/",
    "https://evil.example/",
    "😀🌍",
    "\u202e\u200b",
    "مرحبا",
    "日本語",
    "Ωμέγα",
    "true",
    "null",
    "[]",
    "{}",
]

value = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    # Huge values cost no entropy: a pattern repeated to a generated length.
    st.integers(min_value=3000, max_value=12000).map(lambda n: ("aé€ 0\n;" * n)[:n]),
)


def fuzz(
    client,
    method: str,
    url: str,
    *,
    fields: Iterable[str],
    models: Iterable = (),
    fixed: dict | None = None,
    max_examples: int = 25,
) -> None:
    """Send generated values for `fields` (plus `fixed` ones) to `url`; assert no 5xx, and
    that a refusal leaves the row counts of `models` unchanged."""
    fields = list(fields)
    models = list(models)
    strategy = st.fixed_dictionaries(
        {}, optional={name: st.one_of(value, st.lists(value, max_size=2)) for name in fields}
    )

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(strategy)
    def check(data):
        payload = {**(fixed or {}), **data}
        before = [m._default_manager.count() for m in models]
        if method == "get":
            response = client.get(url, payload)
        else:
            response = getattr(client, method)(url, payload)
        assert response.status_code < 500, (url, payload, response.status_code)
        refused = response.status_code >= 400 or (response.status_code == 200 and method != "get")
        if refused:
            after = [m._default_manager.count() for m in models]
            assert after == before, (url, payload, "a refused submission changed rows")

    check()

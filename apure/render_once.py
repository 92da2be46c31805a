"""Pages rendered once and served many times.

A read page whose content depends on shared data (the catalogue) and on the query, not on who
asks, is rendered once per data version and canonical query, kept in the process's "pages" cache
(which may be emptied at any time: the page is rendered again), and each response is assembled
from that stored part and the small per-user parts.

How a view uses it (clauses/views/public.py is the worked example)::

    return render_once(
        request,
        "clauses/fiche_list.html",
        namespaces=("clauses",),                 # the data versions the page depends on
        key=("list", canonical_query),           # sorted known parameters, page number included
        context=lambda: {...},                   # the shared context, on a miss only; its
                                                 # "status" entry, if any, is the response's
        personal=lambda: {"selection": store},   # the context of the per-user parts
        choices={"selection": lambda pk: "in" if int(pk) in ids else "out"},
    )

What is per user is marked in the templates, and only there:

* ``{% personal "app/_part.html" %}`` (apure.templatetags.portal): in a shared rendering it
  leaves a marker; each response renders that template with the request's own context (the
  header's account links and menu, the messages, the selection counter). Outside render-once
  (every other page) it is a plain include, so the base template serves both.
* ``personal_choice(context, group, key, variants)``: a part with a few possible renderings
  (a card's "Add to my selection" / "In my selection" button): all are rendered once, and
  ``choices[group](key)`` picks one per response.
* The CSRF token: the shared rendering holds a placeholder, replaced by the request's token.

The shared rendering sees no request, no user, no messages and no permissions: a template
that would ask for them gets the anonymous answer, never another person's. The cache key holds
the data versions read from the database (once per request, apure.caching), so a publish, an
edit or an archive is visible on the very next request in every process.

A private page uses it only with everything it reads of the person in its key: the staff list
of an event's registrations is the same for every member of staff allowed to see it; the
Guichet's request page is kept per person, roles and organisation, and rendered (with its
permission check: a 404 is never kept) on the first view after a change. The first view must
still be fast: bounded queries and light templates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from typing import Any, TypeVar

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.template import Context, RequestContext
from django.template.loader import get_template
from django.utils.crypto import salted_hmac

from .caching import versioned
from .context_processors import portal

T = TypeVar("T")

COLLECTOR = "_apure_render_once"
TIMEOUT = 3600


def _nonce() -> str:
    # Markers nobody can write into content: derived from the secret key (stable across the
    # processes, unknown outside).
    return salted_hmac("apure.render_once", "marker", secret=settings.SECRET_KEY).hexdigest()[:16]


class _Markers:
    def __init__(self):
        nonce = _nonce()
        self.csrf = f"csrf{nonce}"
        self.start = f"\x02ro{nonce}:"
        self.pattern = re.compile(re.escape(self.start) + "([^\x03]*)\x03")

    def part(self, spec: str) -> str:
        return f"{self.start}{spec}\x03"


_markers: _Markers | None = None


def markers() -> _Markers:
    global _markers
    if _markers is None:
        _markers = _Markers()
    return _markers


class Collector:
    """Present in the context of a shared rendering: gathers the variants of choice parts."""

    def __init__(self):
        self.variants: dict[str, dict[str, str]] = {}


def collector(context) -> Collector | None:
    return context.get(COLLECTOR)


def personal_part(name: str) -> str:
    return markers().part(f"i:{name}")


def personal_choice(context, group: str, key: Any, variants: dict[str, str]) -> str | None:
    """In a shared rendering: keeps the variants and returns the marker; otherwise None."""
    found = collector(context)
    if found is None:
        return None
    spec = f"c:{group}:{key}"
    found.variants[spec] = variants
    return markers().part(spec)


def _render_shared(template_name: str, context: dict[str, Any]) -> tuple[list, dict, int]:
    status = context.pop("status", 200)
    found = Collector()
    shared = {**context, COLLECTOR: found, "csrf_token": markers().csrf}
    html = get_template(template_name).template.render(Context(shared, autoescape=True))
    parts: list[Any] = []
    position = 0
    for match in markers().pattern.finditer(html):
        parts.append(html[position : match.start()])
        parts.append(match.group(1))  # a spec: "i:<template>" or "c:<group>:<key>"
        position = match.end()
    parts.append(html[position:])
    # Even indexes are text, odd ones are specs.
    return parts, found.variants, status


def shared(
    namespaces: Iterable[str],
    key: Any,
    compute: Callable[[], T],
    *,
    everywhere: bool = False,
    refresh: bool = False,
) -> T:
    """`compute()` once per version of `namespaces` and `key`, kept with the rendered pages:
    for a body that holds nothing personal at all (the API's JSON).

    `everywhere`: also looked up in (and written to) the cache every process shares (the
    database cache in production), for the few pages a service renders ahead of the first
    visitor after a change (`warm`). `refresh`: computed even if already stored."""
    return versioned(
        tuple(namespaces),
        ("render-once", key),
        compute,
        aliases=("pages", "default") if everywhere else ("pages",),
        refresh=refresh,
        timeout=TIMEOUT,
    )


def warm(
    template_name: str, *, namespaces: Iterable[str], key: Any, context: Callable[[], dict]
) -> None:
    """Render a page's shared part now and store it for every process: what the first
    visitor after a change would otherwise wait for. Called by the services that change the
    data, once their transaction has committed."""
    shared(
        namespaces,
        (template_name, key),
        lambda: _render_shared(template_name, context()),
        everywhere=True,
        refresh=True,
    )


def render_once(
    request: HttpRequest,
    template_name: str,
    *,
    namespaces: Iterable[str],
    key: Any,
    context: Callable[[], dict[str, Any]],
    personal: Callable[[], dict[str, Any]] | None = None,
    choices: dict[str, Callable[[str], str]] | None = None,
    everywhere: bool = False,
    personal_state: Any = None,
    visitor_state: Any = None,
) -> HttpResponse:
    """`everywhere`: a page a service renders ahead (`warm`) is looked up in the shared cache
    too.

    `personal_state`: what the person's own parts depend on besides who they are, their
    roles, the address and the menu (e.g. their active selection's name and fiches). When
    given, and no message waits for them, the whole page is kept for that person in that
    state (for every visitor in it, when not signed in), and only the CSRF token is put in per
    response. `visitor_state` is the same for visitors only (signed-in people get their parts
    rendered)."""

    def stored() -> tuple[list, dict, int]:
        return shared(
            namespaces,
            (template_name, key),
            lambda: _render_shared(template_name, context()),
            everywhere=everywhere,
        )

    def assembled() -> tuple[tuple[str, ...], int]:
        parts = stored()
        html = _assemble(request, parts, personal, choices)
        return tuple(html.split(markers().csrf)), parts[2]  # the places of the CSRF token

    state = personal_state
    if state is None and not request.user.is_authenticated:
        state = visitor_state
    whole = _whole_key(request, state) if state is not None else None
    if whole is not None:
        chunks, status = shared(namespaces, ("whole", template_name, key, whole), assembled)
    else:
        chunks, status = assembled()
    html = get_token(request).join(chunks) if len(chunks) > 1 else chunks[0]
    return HttpResponse(html, status=status)


def _whole_key(request: HttpRequest, state: Any) -> tuple | None:
    """Everything the personal parts of the base template read, with the caller's state; None
    when a message waits (messages are shown once)."""
    storage = getattr(request, "_messages", None)
    if storage is not None and len(storage):  # read without marking them as shown
        return None
    if request.user.is_authenticated:
        return (*person_key(request, portal(request)["nav_items"]), state)
    return (*_visitor_key(request), state)


def person_key(request: HttpRequest, nav_items) -> tuple:
    """What the header, the menu and the footer show a person: the address (the menu marks
    the current page), who they are and their roles, the menu's entries and badges."""
    user = request.user
    who = None
    if user.is_authenticated:
        who = (user.pk, user.get_full_name(), user.email, tuple(sorted(user.role_names)))
    menu = tuple(
        (str(item["label"]), item["url"], item["current"], item["badge"]) for item in nav_items
    )
    return (request.path, who, menu)


_visitor_keys: dict[str, tuple] = {}


def _visitor_key(request: HttpRequest) -> tuple:
    """`person_key` of a visitor: the same for every visitor at an address, kept per process
    unless the visitors' menu shows a badge (a count that moves)."""
    found = _visitor_keys.get(request.path)
    if found is None:
        nav_items = portal(request)["nav_items"]
        found = person_key(request, nav_items)
        if not any(item["badge"] for item in nav_items):
            if len(_visitor_keys) > 2000:  # addresses are not all alike: stay small
                _visitor_keys.clear()
            _visitor_keys[request.path] = found
    return found


def personal_chrome(context, name: str, render: Callable[[], str]) -> str:
    """A part of the base template (apure/personal/*, messages aside) on an ordinary page:
    rendered once per person, menu and address, with the CSRF token put in per response."""
    request = context.get("request")
    if request is None or "nav_items" not in context:
        return render()
    key = ("chrome", name, person_key(request, context["nav_items"]))

    def rendered() -> str:
        with context.push(csrf_token=markers().csrf):
            return render()

    return _with_csrf(request, versioned((), key, rendered, aliases=("pages",)))


def _with_csrf(request, html: str) -> str:
    csrf = markers().csrf
    if csrf in html:
        html = html.replace(csrf, get_token(request))
    return html


def _assemble(request, stored, personal=None, choices=None) -> str:
    """The stored shared part with this request's own parts put in (the CSRF token aside)."""
    parts, variants, _status = stored
    out: list[str] = []
    holes: dict[str, str] = {}
    with ExitStack() as bound:
        request_context = None
        for index, part in enumerate(parts):
            if not index % 2:
                out.append(part)
            elif part.startswith("i:"):
                name = part[2:]
                if name not in holes:
                    template = get_template(name).template
                    if request_context is None:
                        # Bound once for every part: the context processors run once.
                        request_context = RequestContext(request, personal() if personal else {})
                        bound.enter_context(request_context.bind_template(template))
                    holes[name] = template.render(request_context)
                out.append(holes[name])
            else:
                group, key = part[2:].split(":", 1)
                out.append(variants[part][choices[group](key)])
    return "".join(out)

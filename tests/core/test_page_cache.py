"""core.page_cache: versions per namespace, visitor keys, and the one policy of the mixin."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.http import HttpResponse, QueryDict
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.views import View

from core import page_cache
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def visitor_request(path="/fr/page/", method="get", user=None):
    request = getattr(RequestFactory(), method)(path)
    request.user = user or AnonymousUser()
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


class CountingView(page_cache.CachedForVisitorsMixin, View):
    """Answers with how many times it rendered; ``answer`` shapes the response."""

    page_cache_namespace = "testing"
    page_cache_kind = "counting"
    renders = 0
    answer = staticmethod(lambda request, response: response)

    def get(self, request):
        type(self).renders += 1
        return self.answer(request, HttpResponse(f"render {type(self).renders}"))


@pytest.fixture
def view():
    CountingView.renders = 0
    CountingView.answer = staticmethod(lambda request, response: response)
    return CountingView


def test_bumping_a_namespace_changes_its_version_only():
    toolkit, other = page_cache.version("toolkit"), page_cache.version("other")
    page_cache.bump_version("toolkit")
    assert page_cache.version("toolkit") > toolkit
    assert page_cache.version("other") == other


def test_a_bump_is_repeated_once_the_transaction_commits(django_capture_on_commit_callbacks):
    before = page_cache.version("toolkit")
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.bump_version("toolkit")
        during = page_cache.version("toolkit")
    assert before < during < page_cache.version("toolkit")


def test_a_missing_counter_starts_from_the_clock_not_from_one():
    page_cache.bump_version("fresh")  # no counter yet: creates one
    assert page_cache.version("fresh") > 10**12


def test_visitor_keys_differ_by_namespace_kind_and_query_string():
    keys = {
        page_cache.visitor_page_key(visitor_request("/fr/a/"), "toolkit", "list"),
        page_cache.visitor_page_key(visitor_request("/fr/a/?x=1"), "toolkit", "list"),
        page_cache.visitor_page_key(visitor_request("/fr/a/"), "toolkit", "detail"),
        page_cache.visitor_page_key(visitor_request("/fr/a/"), "other", "list"),
    }
    assert len(keys) == 4 and None not in keys
    key = page_cache.visitor_page_key(visitor_request("/fr/a/"), "toolkit", "list")
    page_cache.bump_version("toolkit")
    assert page_cache.visitor_page_key(visitor_request("/fr/a/"), "toolkit", "list") != key


def test_no_key_for_signed_in_users_posts_or_waiting_messages():
    assert page_cache.visitor_page_key(visitor_request(user=UserFactory()), "t", "k") is None
    assert page_cache.visitor_page_key(visitor_request(method="post"), "t", "k") is None
    request = visitor_request()
    request._messages.add(20, "Saved")
    assert page_cache.visitor_page_key(request, "t", "k") is None
    assert page_cache.visitor_page_key(visitor_request(method="head"), "t", "k") is not None


def test_a_visitor_gets_the_stored_page_until_the_version_changes(view):
    first = view.as_view()(visitor_request())
    again = view.as_view()(visitor_request())
    assert first.content == again.content == b"render 1"
    page_cache.bump_version("testing")
    assert view.as_view()(visitor_request()).content == b"render 2"


def test_signed_in_users_and_query_strings_are_rendered_each_time(view):
    user = UserFactory()
    view.as_view()(visitor_request())
    assert view.as_view()(visitor_request(user=user)).content == b"render 2"
    assert view.as_view()(visitor_request("/fr/page/?x=1")).content == b"render 3"
    assert view.as_view()(visitor_request("/fr/page/?x=1")).content == b"render 4"


@pytest.mark.parametrize(
    "answer",
    [
        lambda request, response: HttpResponse("gone", status=404),
        lambda request, response: (response.set_cookie("c", "1"), response)[1],
        lambda request, response: (get_token(request), response)[1],
    ],
    ids=["not-200", "cookie", "csrf-token"],
)
def test_answers_for_one_visitor_or_errors_are_not_stored(view, answer):
    view.answer = staticmethod(answer)
    view.as_view()(visitor_request())
    view.as_view()(visitor_request())
    assert view.renders == 2


@pytest.mark.parametrize("control", ["private, no-store", "no-store", "private"])
def test_answers_no_shared_cache_may_keep_are_not_stored(view, control):
    """A staff preview says so in Cache-Control; the policy honours it for every page."""

    def private(request, response):
        response["Cache-Control"] = control
        return response

    view.answer = staticmethod(private)
    view.as_view()(visitor_request())
    view.as_view()(visitor_request())
    assert view.renders == 2


@pytest.mark.parametrize(
    ("query", "offered"),
    [
        ("", True),
        ("kind=news", True),
        ("kind=news&page=2", True),
        ("kind=&page=", True),  # a filter form sends its empty fields
        ("q=", True),
        ("q=bikes", False),  # free text: no value is offered
        ("kind=recipes", False),
        ("kind=news&kind=news", False),  # twice
        ("utm_source=mail", False),  # not a parameter of the page
        ("page=0", False),
        ("page=1%00", False),
    ],
)
def test_only_offered_parameters_and_values_make_a_query_cacheable(query, offered):
    parameters = {"kind": {"news", "article"}, "page": {"1", "2"}, "q": set()}
    assert page_cache.query_is_offered(QueryDict(query), parameters) is offered


class FilteredView(CountingView):
    """A list whose links use ``kind``; counts how often its parameters are computed."""

    computed = 0

    def page_cache_parameters(self):
        type(self).computed += 1
        return {"kind": {"news"}}


def test_a_view_caches_the_addresses_of_its_own_parameters(view):
    FilteredView.computed = FilteredView.renders = 0
    for _ in range(2):
        FilteredView.as_view()(visitor_request("/fr/page/?kind=news"))
        FilteredView.as_view()(visitor_request("/fr/page/?kind=other"))
        FilteredView.as_view()(visitor_request("/fr/page/"))
    # The first of each address rendered, the offered one and the bare one then served.
    assert FilteredView.renders == 4
    # Computed once per version, not per request; again after a bump.
    assert FilteredView.computed == 1
    page_cache.bump_version("testing")
    FilteredView.as_view()(visitor_request("/fr/page/?kind=news"))
    assert FilteredView.computed == 2


def test_a_timeout_of_zero_stores_nothing(view, monkeypatch):
    monkeypatch.setattr(view, "page_cache_timeout", 0)
    view.as_view()(visitor_request())
    view.as_view()(visitor_request())
    assert view.renders == 2


class BrokenCache:
    """Every call fails, as a cache server that is down does."""

    def __getattr__(self, name):
        def broken(*args, **kwargs):
            raise ConnectionError("cache down")

        return broken


def test_pages_are_rendered_when_the_cache_is_down(view, monkeypatch):
    # Replaced where core.page_cache looks it up, so it holds whichever backend runs the suite.
    monkeypatch.setattr(page_cache, "cache", BrokenCache())
    assert view.as_view()(visitor_request()).content == b"render 1"
    page_cache.bump_version("testing")  # logged, not raised


def test_a_page_whose_expiry_cannot_be_read_is_rendered_and_not_stored(view, monkeypatch):
    # The expiry may read the cache (the toolkit's next scheduled publication): when that read
    # fails the page is still rendered, as when the cache is down, and nothing is stored.
    def unreadable(self):
        raise ConnectionError("cache down")

    monkeypatch.setattr(view, "get_page_cache_timeout", unreadable)
    assert view.as_view()(visitor_request()).content == b"render 1"
    monkeypatch.undo()
    assert view.as_view()(visitor_request()).content == b"render 2"

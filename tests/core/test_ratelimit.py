"""core.ratelimit: a fixed window per client and action, keyed without personal data."""

import time

import pytest
from django.test import RequestFactory

from core import ratelimit

pytestmark = pytest.mark.django_db


def request_from(ip: str, **headers):
    return RequestFactory().post("/", REMOTE_ADDR=ip, headers=headers)


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("5/h", (5, 3600)), ("10/m", (10, 60)), ("1/s", (1, 1)), ("3/d", (3, 86400))],
)
def test_parse_rate(rate, expected):
    assert ratelimit.parse_rate(rate) == expected


def test_the_attempt_after_the_limit_is_refused():
    request = request_from("198.51.100.7")
    assert [ratelimit.is_limited(request, "contact", "3/h") for _ in range(5)] == [
        False,
        False,
        False,
        True,
        True,
    ]


def test_the_window_opens_again_after_its_period():
    # A real second, so that Redis (which expires keys on its own clock) is tested too.
    request = request_from("198.51.100.7")
    assert not ratelimit.is_limited(request, "contact", "1/s")
    assert ratelimit.is_limited(request, "contact", "1/s")
    time.sleep(1.1)
    assert not ratelimit.is_limited(request, "contact", "1/s")


def test_clients_and_actions_are_counted_apart():
    first, second = request_from("198.51.100.7"), request_from("203.0.113.9")
    assert not ratelimit.is_limited(first, "contact", "1/h")
    assert ratelimit.is_limited(first, "contact", "1/h")
    assert not ratelimit.is_limited(second, "contact", "1/h")
    assert not ratelimit.is_limited(first, "relay", "1/h")


def test_an_ipv6_client_is_limited_for_its_whole_network():
    one = request_from("2001:db8:1:2::10")
    same_network = request_from("2001:db8:1:2:ffff::1")
    other_network = request_from("2001:db8:1:3::10")
    assert ratelimit.client_key(one) == ratelimit.client_key(same_network)
    assert ratelimit.client_key(one) != ratelimit.client_key(other_network)


def test_the_key_holds_no_address_and_depends_on_the_secret_key(settings):
    request = request_from("198.51.100.7")
    key = ratelimit.client_key(request)
    assert "198.51.100.7" not in key
    assert len(key) == 32
    settings.SECRET_KEY = "another-secret-key-for-this-test-0123456789-abcdefghijklmnop"
    assert ratelimit.client_key(request) != key  # not a plain hash anyone can reverse


def test_without_trusted_proxies_a_forged_forwarded_for_is_ignored(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    request = request_from("198.51.100.7", x_forwarded_for="203.0.113.50")
    assert ratelimit.client_ip(request) == "198.51.100.7"


def test_behind_the_proxy_the_address_it_reports_is_counted(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    # The client forged the first entry; our proxy appended the real address.
    request = request_from("10.0.0.2", x_forwarded_for="192.0.2.1, 203.0.113.50")
    assert ratelimit.client_ip(request) == "203.0.113.50"

    # Every visitor arrives from the proxy's address, yet each is counted on their own.
    first = request_from("10.0.0.2", x_forwarded_for="203.0.113.50")
    second = request_from("10.0.0.2", x_forwarded_for="203.0.113.51")
    assert not ratelimit.is_limited(first, "contact", "1/h")
    assert ratelimit.is_limited(first, "contact", "1/h")
    assert not ratelimit.is_limited(second, "contact", "1/h")

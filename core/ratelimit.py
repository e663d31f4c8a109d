"""A small fixed-window rate limit on Django's cache, for forms outside allauth."""

from __future__ import annotations

import ipaddress

from allauth.account.adapter import get_adapter
from django.core.cache import cache
from django.utils.crypto import salted_hmac

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """``"5/h"`` → (5, 3600)."""
    count, period = rate.split("/")
    return int(count), _PERIODS[period]


def client_ip(request) -> str:
    """The client's address, as allauth's login rate limits see it.

    gunicorn leaves REMOTE_ADDR as the address of the reverse proxy in front of it; with
    ``TRUSTED_PROXY_COUNT`` (``ALLAUTH_TRUSTED_PROXY_COUNT``) set, the address those proxies
    appended to X-Forwarded-For is used instead, and a forged header cannot pick it.
    """
    return get_adapter(request).get_client_ip(request)


def client_key(request) -> str:
    """A keyed hash of the client's address: no personal data in the cache keys.

    An IPv6 client usually holds a whole /64, so the limit applies to the network.
    """
    ip = client_ip(request)
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        pass
    else:
        if address.version == 6:
            ip = str(ipaddress.ip_network(f"{address}/64", strict=False))
    return salted_hmac("core.ratelimit", ip).hexdigest()[:32]


def is_limited(request, action: str, rate: str) -> bool:
    """Count one attempt of ``action`` for this client; True once the rate is exceeded."""
    limit, period = parse_rate(rate)
    key = f"ratelimit:{action}:{client_key(request)}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    return count > limit

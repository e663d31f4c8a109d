"""A small fixed-window rate limit on Django's cache, for forms outside allauth."""

from __future__ import annotations

import hashlib

from django.core.cache import cache

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """``"5/h"`` → (5, 3600)."""
    count, period = rate.split("/")
    return int(count), _PERIODS[period]


def client_ip(request) -> str:
    # Behind the reverse proxy REMOTE_ADDR is rewritten by gunicorn's forwarded-allow-ips.
    return request.META.get("REMOTE_ADDR", "")


def is_limited(request, action: str, rate: str) -> bool:
    """Count one attempt of ``action`` for this client; True once the rate is exceeded.

    The IP address is hashed so that no personal data sits in the cache keys.
    """
    limit, period = parse_rate(rate)
    ip_hash = hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{action}:{ip_hash}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    return count > limit

"""The health check: Docker's probe and the load benchmark's baseline.

It lives outside ``i18n_patterns`` (no language redirect) and passes through the whole
middleware stack, so ``bench/run.py`` uses it as the cost of "a bare Django view"; the
database round trip is what tells a probe that the process can actually serve pages.
"""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def health(request):
    """200 ``ok`` when the database answers ``SELECT 1``; 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")

"""Security headers Django does not set by itself."""

from django.conf import settings


class SecurityHeadersMiddleware:
    """Adds a strict Content-Security-Policy and a Permissions-Policy to every response.

    Scripts and styles come only from our own static files, never inline, so ``script-src``
    needs neither ``unsafe-inline`` nor ``unsafe-eval``.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        img_src = " ".join(["'self'", "data:", *settings.CSP_EXTRA_IMG_SRC])
        self.policy = "; ".join(
            [
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                f"img-src {img_src}",
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'",
            ]
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(self), payment=()"
        )
        return response

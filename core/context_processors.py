from django.conf import settings

from core import registry


def site(request):
    """Facts every template may show: the site's name, sections and the service's contact."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SERVICE_EMAIL": settings.SERVICE_EMAIL,
        "SERVICE_PHONE": settings.SERVICE_PHONE,
        "site_sections": registry.site_sections(request.path),
    }

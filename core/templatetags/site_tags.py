from django import template
from django.urls import translate_url
from django.utils.translation import get_language

from core.languages import LANGUAGE_NAMES

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in each language, keeping the query string."""
    request = context.get("request")
    current = get_language()
    links = []
    for code, name in LANGUAGE_NAMES.items():
        url = f"/{code}/"
        if request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"languages": links}

"""Rich text written by staff or users, safe to render whatever path stored it.

Models sanitise their rich-text fields in ``save()``, but ``QuerySet.update()``,
``bulk_create()`` and ``loaddata`` write without it. Templates therefore never mark stored HTML
safe as is: ``{{ article.body|sanitised }}`` cleans it again (nh3 is fast; an already clean
text comes out the same).
"""

from django import template
from django.utils.safestring import SafeString, mark_safe

from core.sanitise import sanitise_html

register = template.Library()


@register.filter(is_safe=False)
def sanitised(html: str | None) -> SafeString:
    """``html`` with only the tags, attributes and URL schemes of ``core.sanitise`` kept."""
    # Safe because it has just been cleaned: nh3 keeps only the allowed markup.
    return mark_safe(sanitise_html(str(html) if html is not None else ""))

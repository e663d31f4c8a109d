"""``{% contributions "slot-name" subject %}``: the blocks other apps contribute to a slot of
this page (``core.registry.register_block``), rendered in order; nothing when none has content.

A lower app's page offers a slot and never names the apps that fill it: the method sheet says
``{% contributions "toolkit-method-sheet" method %}`` and the initiatives app adds its list.
"""

from django import template
from django.utils.safestring import mark_safe

from core import registry

register = template.Library()


@register.simple_tag(takes_context=True)
def contributions(context, slot: str, subject=None) -> str:
    rendered = registry.render_slot(slot, context.get("request"), subject)
    # Each block's HTML was rendered (and escaped) by its own template.
    return mark_safe("".join(block.html for block in rendered))

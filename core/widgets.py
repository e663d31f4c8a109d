"""Form widgets shared by the apps."""

from __future__ import annotations

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe


def html_attrs(attrs: dict) -> str:
    """Attributes as Django's ``attrs.html`` writes them: True alone, False left out."""
    return "".join(
        f" {name}" if value is True else f' {name}="{conditional_escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


class PlainSelect(forms.Select):
    """A select written in Python, with exactly the markup of Django's own template.

    Django renders every option through two small templates (``select_option.html`` and
    ``attrs.html``); filter forms with a hundred options spent a third of a list page's
    rendering time there. ``tests/core/test_widgets.py`` compares the two outputs character by
    character.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"', widget["name"]), html_attrs(widget["attrs"])]
        parts.append(">")
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('\n  <optgroup label="{}">', group_name))
            for option in options:
                parts.append(
                    format_html('\n  <option value="{}"', str(option["value"]))
                    + html_attrs(option["attrs"])
                    + format_html(">{}</option>\n", option["label"])
                )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))

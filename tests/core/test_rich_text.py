"""The ``sanitised`` template filter (core.templatetags.rich_text): stored HTML is cleaned when
shown, whatever path wrote it."""

from __future__ import annotations

from django.template import Context, Template


def render(value) -> str:
    return Template("{% load rich_text %}{{ value|sanitised }}").render(Context({"value": value}))


def test_formatting_and_links_stay():
    html = '<h2>Title</h2><p>A <strong>bold</strong> <a href="https://example.org">link</a>.</p>'
    assert render(html) == (
        '<h2>Title</h2><p>A <strong>bold</strong> <a href="https://example.org" '
        'rel="noopener noreferrer">link</a>.</p>'
    )


def test_scripts_handlers_styles_and_unsafe_urls_go():
    html = (
        '<p onclick="steal()" style="color:red">Hi</p><script>alert(1)</script>'
        '<a href="javascript:alert(2)">x</a><iframe src="https://evil.example"></iframe>'
    )
    rendered = render(html)
    assert rendered == '<p>Hi</p><a rel="noopener noreferrer">x</a>'


def test_nothing_renders_as_nothing():
    assert render(None) == ""
    assert render("") == ""


def test_the_result_is_not_escaped_again():
    assert render("<p>Caf&eacute; &amp; co</p>") == "<p>Café &amp; co</p>"

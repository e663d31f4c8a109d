from core.sanitise import sanitise_html


def test_scripts_and_event_handlers_are_removed():
    dirty = (
        '<p onclick="steal()">Hello <script>alert(1)</script>'
        '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">link</a></p>'
        "<style>body{display:none}</style><iframe src='https://evil.example'></iframe>"
    )
    clean = sanitise_html(dirty)
    for forbidden in ("script", "onclick", "onerror", "javascript:", "<img", "<style", "iframe"):
        assert forbidden not in clean
    assert "Hello" in clean
    assert "<p>" in clean


def test_formatting_and_safe_links_are_kept():
    clean = sanitise_html(
        '<h2>Title</h2><p><strong>bold</strong> <a href="https://be.brussels">site</a></p>'
        "<ul><li>one</li></ul>"
    )
    assert "<h2>Title</h2>" in clean
    assert "<strong>bold</strong>" in clean
    assert 'href="https://be.brussels"' in clean
    assert 'rel="noopener noreferrer"' in clean
    assert "<li>one</li>" in clean


def test_empty_input():
    assert sanitise_html("") == ""
    assert sanitise_html(None) == ""

"""A footnote's HTML for the popup keeps its links."""

from __future__ import annotations

import re

from desktop.core.footnotes import footnote_html


def test_a_footnote_keeps_its_web_and_glossary_links_and_drops_its_number_and_back_link(store):
    section = store.paragraph("fn:1").section_id
    html = footnote_html(store.section_html(section), "fn:1")
    assert html.startswith("Two resolutions were passed")
    assert '<a href="https://undocs.org/S/RES/2596%282021%29">S/RES/2596(2021)</a>' in html
    assert 'href="term:unama"' in html
    assert "fnref:1" not in html and "<sup>" not in html
    assert re.sub(r"<[^>]+>", "", html).replace("&#160;", " ") in store.paragraph("fn:1").text


def test_no_such_footnote_is_empty(store):
    assert footnote_html(store.section_html("conclusions"), "fn:999") == ""

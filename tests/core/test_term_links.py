"""Glossary links: the first mention of an entry in each section is marked, later ones are quiet."""

from __future__ import annotations

import re

from desktop.core.glossary.term_links import first_mentions


def test_only_the_first_mention_in_each_section_is_marked(store):
    html = first_mentions(store.document_html())
    sections = html.split('<div class="section" id="section-')[1:]
    marked_total = 0
    for section in sections:
        marked = re.findall(r'<a class="term" href="term:([^"]+)">', section)
        assert len(marked) == len(set(marked))  # each entry marked once per section
        again = set(re.findall(r'<a class="term-again" href="term:([^"]+)">', section))
        assert again <= set(marked)  # a quiet mention always follows a marked one
        marked_total += len(marked)
    before = len(re.findall(r'<a class="term" href="term:', store.document_html()))
    after_all = len(re.findall(r'href="term:', html))
    assert after_all == before  # every mention is still a link (hover, click)
    assert marked_total < before  # and fewer are marked


def test_the_text_is_unchanged():
    html = (
        '<div class="section" id="section-a"><p><a class="term" href="term:x">X</a> and '
        '<a class="term" href="term:x">X</a></p></div><div class="section" id="section-b">'
        '<p><a class="term" href="term:x">X</a></p></div>'
    )
    out = first_mentions(html)
    assert re.sub(r"<[^>]+>", "", out) == re.sub(r"<[^>]+>", "", html)
    assert out.count('class="term"') == 2 and out.count('class="term-again"') == 1

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


SENTENCE = "Uzbekistan has twice been a member of CSTO"


def test_every_mention_in_a_paragraph_is_a_link_not_only_the_first(store):
    """The sentence the glossary quotes names CSTO a second time in its paragraph: a link too."""
    section_id = next(s.id for s in store.sections if SENTENCE in store.section_text(s.id))
    html = f'<div class="section" id="section-{section_id}">{store.section_html(section_id)}</div>'
    paragraph = next(p for p in re.findall(r"<p[^>]*>.*?</p>", html, re.S) if "twice been a member" in p)
    links = re.findall(r'<a class="term" href="term:csto">(.*?)</a>', paragraph)
    # the name, "(CSTO)", "member of CSTO" and "Central Asian CSTO member states"
    assert links == ["Collective Security Treaty Organisation", "CSTO", "CSTO", "CSTO"]
    assert 'member of <a class="term" href="term:csto">CSTO</a>' in paragraph
    quiet = first_mentions(html)
    assert 'member of <a class="term-again" href="term:csto">CSTO</a>' in quiet  # alive, not marked


def test_linking_every_mention_keeps_the_words_and_skips_links_and_the_series_line():
    from desktop.core.glossary.entries import AliasMatcher
    from desktop.core.glossary.term_links import link_every_mention

    matcher = AliasMatcher.for_aliases("csto", ["CSTO"])
    html = '<p class="series">CSTO</p><p>CSTO, CSTO and <a href="#fn:1">CSTO</a>.</p><p>Again CSTO.</p>'
    out = link_every_mention(html, matcher)
    assert re.sub(r"<[^>]+>", "", out) == re.sub(r"<[^>]+>", "", html)
    assert out.count('href="term:csto"') == 3  # two in the first paragraph, one in the next
    assert '<p class="series">CSTO</p>' in out and '<a href="#fn:1">CSTO</a>' in out

"""A footnote's own HTML, cut from its section, so a popup can show it with its links."""

from __future__ import annotations

import re

_BACK_LINK = re.compile(r'&#160;<a class="footnote-backref"[^>]*>.*?</a>', re.S)
_NUMBER = re.compile(r"^<sup>[^<]*</sup>(&#160;)?")


def footnote_html(section_html: str, anchor: str) -> str:
    """The inside of footnote ``anchor`` (``fn:3``) in ``section_html``: its words and links
    (glossary terms, web sources), without its number or its link back to the text.
    ``""`` when the section has no such footnote."""
    found = re.search(rf'<p class="footnote" id="{re.escape(anchor)}">(.*?)</p>', section_html, re.S)
    if found is None:
        return ""
    return _NUMBER.sub("", _BACK_LINK.sub("", found.group(1))).strip()

"""Plain text from the HTML we render ourselves (report sections, footnotes)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACE = re.compile(r"\s+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._superscript = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "sup":
            self._superscript += 1
        elif tag == "a" and "footnote-backref" in (attributes.get("class") or ""):
            self._skip += 1
        elif tag in {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6"}:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "sup":
            self._superscript = max(0, self._superscript - 1)
        elif tag == "a" and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._superscript:
            data = data.translate(SUPERSCRIPT_DIGITS)
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed; footnote marks as ¹ ²."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return _SPACE.sub(" ", "".join(parts for parts in parser.parts)).strip()

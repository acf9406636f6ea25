"""What a link in the text is, said in words: for a list of links a screen reader reads out.

A link's words alone ("3", "Russia") do not say where it leads; the label adds it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from desktop.core.messages import QT_TRANSLATE_NOOP, Message


def link_kind(href: str) -> Message:
    """Where ``href`` leads, in a few words: "glossary entry", "footnote", "web page, …"."""
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme == "term":
        return Message(QT_TRANSLATE_NOOP("Links", "glossary entry"))
    if scheme in ("http", "https"):
        return Message(
            QT_TRANSLATE_NOOP("Links", "web page, opens in your browser ({site})"), site=parts.netloc
        )
    if scheme == "mailto":
        return Message(QT_TRANSLATE_NOOP("Links", "e-mail address"))
    if not scheme and parts.fragment.startswith("fnref"):
        return Message(QT_TRANSLATE_NOOP("Links", "back to the text"))
    if not scheme and parts.fragment.startswith("fn"):
        return Message(QT_TRANSLATE_NOOP("Links", "footnote"))
    if not scheme and parts.fragment:
        return Message(QT_TRANSLATE_NOOP("Links", "elsewhere in the report"))
    if scheme:
        return Message(QT_TRANSLATE_NOOP("Links", "{scheme} link"), scheme=scheme)
    return Message(QT_TRANSLATE_NOOP("Links", "link"))


def link_label(text: str, href: str) -> Message:
    """``text`` and where ``href`` leads: "Russia — glossary entry", "3 — footnote"."""
    words = " ".join(text.split()) or href
    return Message(QT_TRANSLATE_NOOP("Links", "{words} — {kind}"), words=words, kind=link_kind(href))


def merged_links(fragments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(text, href) runs of a text with the runs of one link joined, in order.

    A link broken over several formatting runs (an italic word inside it) is one link.
    """
    links: list[tuple[str, str]] = []
    previous = ""
    for text, href in fragments:
        if href and href == previous and links:
            links[-1] = (links[-1][0] + text, href)
        elif href:
            links.append((text, href))
        previous = href
    return links

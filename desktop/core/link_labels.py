"""What a link in the text is, said in words: for a list of links a screen reader reads out.

A link's words alone ("3", "Russia") do not say where it leads; the label adds it.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def link_label(text: str, href: str) -> str:
    """``text`` and where ``href`` leads: "Russia — glossary entry", "3 — footnote"."""
    words = " ".join(text.split()) or href
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme == "term":
        kind = "glossary entry"
    elif scheme in ("http", "https"):
        kind = f"web page, opens in your browser ({parts.netloc})"
    elif scheme == "mailto":
        kind = "e-mail address"
    elif not scheme and parts.fragment.startswith("fn"):
        kind = "footnote" if not parts.fragment.startswith("fnref") else "back to the text"
    elif not scheme and parts.fragment:
        kind = "elsewhere in the report"
    else:
        kind = f"{scheme} link" if scheme else "link"
    return f"{words} — {kind}"


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

"""The one place where Markdown becomes HTML.

Content (the report, glossary bodies) is ours and trusted: it may use footnotes
and attribute lists. Python-Markdown is imported lazily: it is a build-time
dependency and must stay off the start-up path.
"""

from __future__ import annotations

CONTENT_EXTENSIONS = ("footnotes", "attr_list")


_converter = None


def render_markdown(text: str) -> str:
    """Render trusted content Markdown (footnotes, ``{#id}`` attributes) to HTML."""
    global _converter  # one converter, reset per text: building one costs more than rendering
    if _converter is None:
        import markdown

        _converter = markdown.Markdown(
            extensions=list(CONTENT_EXTENSIONS),
            extension_configs={"footnotes": {"BACKLINK_TITLE": "Back to the text"}},
            output_format="html",
        )
    return _converter.reset().convert(text)


SAFE_SCHEMES = ("http:", "https:", "mailto:")
_note_converter = None


def _safe_converter():
    """Markdown for text people type: raw HTML shown as text, no images, only web links."""
    import markdown
    from markdown.treeprocessors import Treeprocessor

    class LinkGuard(Treeprocessor):
        def run(self, root):
            for element in root.iter():
                if element.tag == "a":
                    href = (element.get("href") or "").strip()
                    if not (href.lower().startswith(SAFE_SCHEMES) or href.startswith("#")):
                        element.tag = "span"
                        element.attrib.clear()
                        element.set("class", "refused-link")
                elif element.tag == "img":  # belt and braces: image patterns are removed below
                    element.tag = "span"
                    alt = element.get("alt", "")
                    element.attrib.clear()
                    element.text = alt

    converter = markdown.Markdown(extensions=["fenced_code", "sane_lists"], output_format="html")
    converter.preprocessors.deregister("html_block")
    for pattern in ("html", "image_link", "image_reference", "short_image_ref"):
        if pattern in converter.inlinePatterns:
            converter.inlinePatterns.deregister(pattern)
    converter.treeprocessors.register(LinkGuard(converter), "link_guard", 0)
    return converter


# Python-Markdown's time grows with the square of unclosed brackets and steeply with length:
# beyond these a preview is the text as typed, so rendering never holds the window up.
PREVIEW_MAX_CHARS = 30_000
PREVIEW_MAX_BRACKETS = 400


def _as_typed(text: str, why: str) -> str:
    from desktop.core.escape import escape

    shown = text[:PREVIEW_MAX_CHARS]
    more = f" (the first {PREVIEW_MAX_CHARS:,} characters)" if len(text) > len(shown) else ""
    return f"<p><i>{why}: shown as typed{more}.</i></p><pre>{escape(shown)}</pre>"


def render_note(text: str) -> str:
    """Render a note's Markdown safely; never runs HTML, loads nothing, links only to the web.

    Text too long or too bracket-heavy to render quickly is shown as typed, escaped.
    """
    global _note_converter
    if len(text) > PREVIEW_MAX_CHARS:
        return _as_typed(text, "This note is too long to preview")
    if text.count("[") > PREVIEW_MAX_BRACKETS:
        return _as_typed(text, "This note has too many brackets to preview")
    if _note_converter is None:
        _note_converter = _safe_converter()
    try:
        return _note_converter.reset().convert(text)
    except RecursionError:  # absurdly nested Markdown: show it as typed
        return _as_typed(text, "This note nests too deeply to preview")


_LINK = None
_MARKUP = frozenset("*_`~[#>-+0123456789")


def plain_line(text: str) -> str:
    """One line of Markdown as a person reads it: ``**15,000**`` is 15,000, ``[a](url)`` is a."""
    import re

    global _LINK
    if _LINK is None:
        _LINK = (
            re.compile(r"!?\[([^\]]*)\]\([^)]*\)"),
            re.compile(r"^\s{0,3}(#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+"),
            re.compile(r"(\*\*|__|\*|`+|~~)(?=\S)(.+?)(?<=\S)\1"),
            re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"),
        )
    if not _MARKUP.intersection(text):
        return text.strip()  # most lines: nothing to take out
    link, lead, emphasis, underscore = _LINK
    text = lead.sub("", link.sub(r"\1", text))
    for _ in range(3):  # nested emphasis: ***a*** and **_a_**
        unmarked = underscore.sub(r"\1", emphasis.sub(r"\2", text))
        if unmarked == text:
            break
        text = unmarked
    return text.strip()

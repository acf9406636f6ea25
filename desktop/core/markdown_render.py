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


def render_note(text: str) -> str:
    """Render a note's Markdown safely; never runs HTML, loads nothing, links only to the web."""
    from html import escape

    global _note_converter
    if _note_converter is None:
        _note_converter = _safe_converter()
    try:
        return _note_converter.reset().convert(text)
    except RecursionError:  # absurdly nested Markdown: show it as typed
        return f"<pre>{escape(text)}</pre>"

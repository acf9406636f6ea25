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

"""The one place where Markdown becomes HTML.

Content (the report, glossary bodies) is ours and trusted: it may use footnotes
and attribute lists. Python-Markdown is imported lazily: it is a build-time
dependency and must stay off the start-up path.
"""

from __future__ import annotations

CONTENT_EXTENSIONS = ("footnotes", "attr_list")


def render_markdown(text: str) -> str:
    """Render trusted content Markdown (footnotes, ``{#id}`` attributes) to HTML."""
    import markdown

    return markdown.markdown(
        text,
        extensions=list(CONTENT_EXTENSIONS),
        extension_configs={"footnotes": {"BACKLINK_TITLE": "Back to the text"}},
        output_format="html",
    )

"""HTML escaping for the text we hand to Qt's rich text.

The same rules as ``html.escape``, without importing ``html`` and its entity tables, which the
window's start never needs.
"""

from __future__ import annotations

_TABLE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``text`` with ``& < > " '`` written as character references."""
    return text.translate(_TABLE)


MARK_START, MARK_END = "\x02", "\x03"  # what FTS5's highlight() and snippet() are asked to put around a match


def marked_html(text: str) -> str:
    """``text`` escaped, with FTS5's match marks turned into bold."""
    return escape(text).replace(MARK_START, "<b>").replace(MARK_END, "</b>")

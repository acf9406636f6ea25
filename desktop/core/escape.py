"""HTML escaping for the text we hand to Qt's rich text.

The same rules as ``html.escape``, without importing ``html`` and its entity tables, which the
window's start never needs.
"""

from __future__ import annotations

_TABLE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``text`` with ``& < > " '`` written as character references."""
    return text.translate(_TABLE)

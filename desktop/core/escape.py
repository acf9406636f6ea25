"""HTML escaping for the text we hand to Qt's rich text.

The same rules as ``html.escape``; importing ``html`` loads its entity tables, about 1.5 ms
of start-up that the window never needs.
"""

from __future__ import annotations

_TABLE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``text`` with ``& < > " '`` written as character references."""
    return text.translate(_TABLE)

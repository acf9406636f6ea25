"""Argument types and choices for the command line that need no content, no Qt, no core import.

Building the whole parser must stay cheap: a script calling ``dossier search`` in a loop pays
for it on every call.
"""

from __future__ import annotations

import argparse

# The map's layers (``desktop.core.facts.LAYERS``, checked equal by the tests).
MAP_LAYER_IDS = ("csto", "c5", "borders-afghanistan", "russian-military")
CITATION_FORMATS = ("chicago", "apa", "bibtex", "ris", "csl-json")  # ``desktop.core.citation.FORMATS``
NOTES_EXPORT_FORMATS = ("md", "json")  # ``desktop.core.exporting.EXPORT_FORMATS``, checked likewise


def view_size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` in pixels, each 100 to 8000 (an argparse type: a bad one is one clear line)."""
    width, _, height = text.lower().partition("x")
    if not (
        width.isdigit() and height.isdigit() and 100 <= int(width) <= 8000 and 100 <= int(height) <= 8000
    ):
        raise argparse.ArgumentTypeError(
            f"needs WIDTHxHEIGHT in pixels, each 100 to 8000 (e.g. 800x520), got {text!r}"
        )
    return int(width), int(height)

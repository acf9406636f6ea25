"""How much of each section a reader has had in view, and where they are in the report.

Text logic over document positions and section spans (``{section_id: (start, end)}``), so
the reader widget only reports what is in view and draws what this returns. What was seen is
kept as merged intervals of offsets within each section: a jump into the middle of a section
counts only what was shown, not everything before it. A section is read once nearly all of it
has been in view ("scrolled past").
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

READ_AT = 0.95  # of a section's characters seen: it counts as read (its last line may never reach the view)
Spans = Mapping[str, tuple[int, int]]


def report_key(meta: Mapping[str, object]) -> str:
    """A stable name for the report, for keeping its progress apart from another report's."""
    words = " ".join(str(meta.get(key, "")) for key in ("series", "number", "title"))
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-") or "report"


def _merged(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


class ReadingLog:
    """What of each section has been seen, as offsets within the section."""

    def __init__(self, seen: Mapping[str, list[tuple[int, int]]] | None = None) -> None:
        self.seen: dict[str, list[tuple[int, int]]] = {k: _merged(list(v)) for k, v in (seen or {}).items()}

    def see(self, spans: Spans, top: int, bottom: int) -> set[str]:
        """Note that document positions ``top``..``bottom`` were in view; the sections whose
        seen part grew."""
        grown = set()
        for section_id, (start, end) in spans.items():
            low, high = max(top, start), min(bottom, end)
            if high <= low:
                continue
            before = self.seen.get(section_id, [])
            after = _merged([*before, (low - start, high - start)])
            if after != before:
                self.seen[section_id] = after
                grown.add(section_id)
        return grown

    def seen_chars(self, section_id: str, length: int) -> int:
        return sum(max(0, min(end, length) - start) for start, end in self.seen.get(section_id, []))

    def fraction(self, section_id: str, length: int) -> float:
        """How much of the section (``length`` characters) was seen, 0..1; read counts as 1."""
        if length <= 0:
            return 0.0
        share = min(1.0, self.seen_chars(section_id, length) / length)
        return 1.0 if share >= READ_AT else share

    def fractions(self, spans: Spans) -> dict[str, float]:
        return {
            section_id: self.fraction(section_id, end - start) for section_id, (start, end) in spans.items()
        }

    def overall(self, spans: Spans) -> float:
        """The share of the whole report seen, 0..1."""
        total = sum(end - start for start, end in spans.values())
        seen = sum(self.seen_chars(s, end - start) for s, (start, end) in spans.items())
        return seen / total if total else 0.0

    def to_text(self) -> str:
        return json.dumps({k: [list(i) for i in v] for k, v in self.seen.items()}, separators=(",", ":"))

    @classmethod
    def from_text(cls, text: str) -> ReadingLog:
        """The log kept by ``to_text``; anything else (a damaged or hand-edited value) is empty."""
        try:
            data = json.loads(text) if text else {}
            seen = {
                str(k): [(int(a), int(b)) for a, b in v if 0 <= int(a) <= int(b)] for k, v in data.items()
            }
        except (ValueError, TypeError, AttributeError):
            return cls()
        return cls(seen)


def place_in_report(position: int, total: int) -> float:
    """Where ``position`` is in a text of ``total`` characters, 0..1."""
    return min(1.0, max(0.0, position / total)) if total > 0 else 0.0

"""Dates as the timeline's content writes them, and the report's sentences that state one.

An event's ``date`` is ISO-like text whose form says its precision: ``1979-12-27`` (day),
``2021-08`` (month), ``2021-Q3`` (quarter), ``1878`` (year), ``1990s`` (decade) and
``early 1970s`` / ``mid 1990s`` / ``late 1980s`` (part of a decade). An ``end`` makes the
event a span. Each date becomes a range of fractional years, which is all the axis and the
filters need; the text is kept as written for people to read.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
PRECISIONS = ("day", "month", "quarter", "year", "decade", "span")
FIRST_YEAR, LAST_YEAR = 1800, 2030  # a four-digit number in this range reads as a year

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(?:(early|mid|late) )?(\d{3}0)s$")
_PART_YEAR = re.compile(r"^(early|mid|late) (\d{4})$")
_PART = {"early": (0, 4), "mid": (3, 7), "late": (6, 10), None: (0, 10)}  # tenths of the whole
# How the report may word a part of a decade or a year ("the end of 2016" is late 2016).
PART_WORDS = {"early": ("early", "beginning", "start"), "mid": ("mid", "middle"), "late": ("late", "end")}
# Days people name rather than number.
NAMED_DAYS = {(12, 25): "Christmas Day", (1, 1): "New Year's Day"}
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# A year in running text: 1800-2030, not part of a longer number ("18000", "1,979,000").
YEAR_IN_TEXT = re.compile(r"(?<![\d,.])(1[89]\d\d|20[0-3]\d)(?:s\b|(?!\d|[,.]\d))")
_MONTH_YEAR = re.compile(rf"\b({'|'.join(MONTHS)})\b[^.;]{{0,12}}?\b(1[89]\d\d|20[0-3]\d)\b")
# Where a sentence ends: after . ! ? (and a closing quote or bracket), before a capital or a quote.
# Initials and the report's abbreviations ("para. 97", "No 1", "U.S.") do not end one.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_NOT_AN_END = re.compile(
    r"(?:\b[A-Z]|\bpara|\bNo|\bpp?|\bVol|\bet al|\bDr|\bMr|\bMs|\bSt|\bvs|\bcf|\be\.g|\bi\.e)\.$"
)


class DateRange(NamedTuple):
    """A date as fractional years: ``start`` inclusive, ``end`` exclusive (1979 is 1979.0-1980.0)."""

    start: float
    end: float
    precision: str

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2


def parse_date(text: str) -> DateRange | None:
    """The range a date string covers, or None when it is not one of the forms above."""
    text = text.strip()
    if match := _DAY.match(text):
        year, month, day = (int(part) for part in match.groups())
        if not (1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]):
            return None
        start = year + (month - 1) / 12 + (day - 1) / (12 * _DAYS_IN_MONTH[month - 1])
        return DateRange(start, start + 1 / 365, "day")
    if match := _MONTH.match(text):
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            return None
        return DateRange(year + (month - 1) / 12, year + month / 12, "month")
    if match := _QUARTER.match(text):
        year, quarter = int(match.group(1)), int(match.group(2))
        return DateRange(year + (quarter - 1) / 4, year + quarter / 4, "quarter")
    if match := _YEAR.match(text):
        return DateRange(int(text), int(text) + 1, "year")
    if match := _DECADE.match(text):
        first, last = _PART[match.group(1)]
        decade = int(match.group(2))
        return DateRange(decade + first, decade + last, "decade")
    if match := _PART_YEAR.match(text):
        first, last = _PART[match.group(1)]
        year = int(match.group(2))
        return DateRange(year + first / 10, year + last / 10, "year")
    return None


def event_range(date: str, end: str = "") -> DateRange | None:
    """The range of an event from its ``date`` and optional ``end`` (then a span), or None."""
    first = parse_date(date)
    if first is None or not end:
        return first
    last = parse_date(end)
    if last is None or last.end <= first.start:
        return None
    return DateRange(first.start, last.end, "span")


def date_words(date: str) -> list[tuple[str, ...]]:
    """What a quote must say for the date to be its own: groups of words, one of each group.

    The year (or decade), the month where the date has one, the day (or the day's name), and
    the part ("early", "mid", "late", or the report's synonyms) where the date gives one.
    """
    text = date.strip()
    part = ""
    if match := _DECADE.match(text):
        words: list[tuple[str, ...]] = [(f"{match.group(2)}s",)]
        part = match.group(1) or ""
    elif match := _PART_YEAR.match(text):
        words = [(match.group(2),)]
        part = match.group(1)
    else:
        words = [(text[:4],)]
    if part:
        words.append(PART_WORDS[part])
    if (month := _MONTH.match(text)) or (month := _DAY.match(text)):
        words.append((MONTHS[int(month.group(2)) - 1],))
    if day := _DAY.match(text):
        named = NAMED_DAYS.get((int(day.group(2)), int(day.group(3))))
        if named is not None:
            words[-1] = (*words[-1], named)  # "Christmas Day" says both the month and the day
            words.append((str(int(day.group(3))), named))
        else:
            words.append((str(int(day.group(3))),))
    return words


def _says(word: str, text: str) -> bool:
    if word.isdigit() and len(word) <= 2:
        return re.search(rf"(?<!\d){word}(?!\d)", text) is not None
    if word.isdigit():
        return re.search(rf"(?<!\d){word}", text) is not None  # "2021" also in "2021-22"
    return re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE) is not None


def missing_date_words(date: str, text: str) -> list[str]:
    """The parts of ``date`` (see ``date_words``) that ``text`` does not say, as "a or b"."""
    return [" or ".join(group) for group in date_words(date) if not any(_says(w, text) for w in group)]


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, split where a full stop is followed by a capital."""
    found: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rstrip("\"'”’)")
        if _NOT_AN_END.search(before):
            continue
        found.append(text[start : match.start()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        found.append(tail)
    return found


def is_dated(sentence: str) -> bool:
    """Whether a sentence states a date: a year from 1800 to 2030, or a month with a year."""
    return bool(YEAR_IN_TEXT.search(sentence) or _MONTH_YEAR.search(sentence))

"""The glossary and index: entries, where the report mentions them, and lookup.

Entries live in ``content/glossary/*.toml`` (terms, people, places). At build
time every alias is matched against the report with word boundaries, longest
alias first; short acronyms and aliases with digits or symbols match only in
their own case, so "IS" never matches "is" and "CIS" never matches inside a
word. Lookup (``find_entries``) forgives typos, spacing and punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.content.records import Field, Problems, TomlFile, check_fields, read_toml, records

KINDS = (
    "organisation", "armed-group", "movement", "dialogue-format", "treaty", "document",
    "operation", "event", "term", "person", "place",
)  # fmt: skip
KIND_LABELS = {
    "organisation": "Organisations", "armed-group": "Armed groups", "movement": "Movements",
    "dialogue-format": "Dialogue formats", "treaty": "Treaties and agreements",
    "document": "Official documents", "operation": "Military operations", "event": "Events",
    "term": "Terms", "person": "People", "place": "Places",
}  # fmt: skip
KIND_NAMES = {
    "organisation": "organisation", "armed-group": "armed group", "movement": "movement",
    "dialogue-format": "dialogue format", "treaty": "treaty or agreement",
    "document": "official document", "operation": "military operation", "event": "event",
    "term": "term", "person": "person", "place": "place", "country": "country",
}  # fmt: skip


def kind_name(kind: str) -> str:
    """One thing of ``kind`` in words ("treaty or agreement"); the heading of a group is KIND_LABELS."""
    return KIND_NAMES.get(kind, kind.replace("-", " "))


SHORT_MAX = 160
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass
class Entry:
    id: str
    term: str
    kind: str
    aliases: list[str]
    short: str
    body: str
    related: list[str] = field(default_factory=list)
    report_quotes: list[str] = field(default_factory=list)
    general: str = ""
    role: str = ""  # a person's office, dated ("President of Russia (2000-2008, 2012- )")
    lat: float | None = None
    lon: float | None = None
    country: str = ""
    # words our text quotes from elsewhere than the report -> the source named for them
    quote_sources: dict[str, str] = field(default_factory=dict)
    where: str = ""  # the file and line of the entry, for messages
    line: int = 1
    toml: TomlFile | None = field(default=None, repr=False, compare=False)

    @property
    def source(self) -> str:
        return f"{self.where}:{self.line}"

    def key_line(self, key: str) -> int:
        return self.toml.key_line(self.line, key) if self.toml else self.line

    def text_line(self, key: str, text: str) -> int:
        return self.toml.text_line(self.line, key, text) if self.toml else self.line


def is_case_sensitive(alias: str) -> bool:
    """Acronyms and aliases with digits or symbols match only in their own case."""
    letters = [ch for ch in alias if ch.isalpha()]
    has_symbol = any(not ch.isalnum() and not ch.isspace() and ch not in "'’-." for ch in alias)
    upper = bool(letters) and all(ch.isupper() for ch in letters)
    return upper or has_symbol or any(ch.isdigit() for ch in alias)


# A mention is not part of a longer word, number or acronym ("IS" in "ISIS", "US" in "US$").
_LEFT = r"(?<![\w+])"
_RIGHT = r"(?![\w+$])"


def _alias_pattern(alias: str) -> str:
    escaped = re.escape(alias).replace(r"\ ", r"\s+")
    escaped = escaped.replace("'", "['’]")
    return escaped if is_case_sensitive(alias) else f"(?i:{escaped})"


class AliasMatcher:
    """Finds entry aliases in text: word boundaries, longest alias first, case rules."""

    @classmethod
    def for_aliases(cls, entry_id: str, aliases: Sequence[str]) -> AliasMatcher:
        return cls([Entry(entry_id, entry_id, "term", list(aliases), "", "")])

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.owner: dict[str, str] = {}
        self.case_folded_owner: dict[str, str] = {}
        aliases: list[str] = []
        for entry in entries:
            for alias in entry.aliases:
                aliases.append(alias)
                if is_case_sensitive(alias):
                    self.owner[alias] = entry.id
                else:
                    self.case_folded_owner[alias.casefold()] = entry.id
        aliases.sort(key=len, reverse=True)
        alternatives = "|".join(_alias_pattern(alias) for alias in aliases)
        self.pattern = re.compile(f"{_LEFT}(?:{alternatives}){_RIGHT}") if aliases else None

    def entry_for(self, surface: str) -> str | None:
        normalised = re.sub(r"\s+", " ", surface).replace("’", "'")
        return self.owner.get(normalised) or self.case_folded_owner.get(normalised.casefold())

    def find(self, text: str, nested: bool = False) -> list[tuple[int, int, str]]:
        """``(start, end, entry_id)`` of every mention in ``text``, left to right.

        With ``nested``, mentions inside a longer one count too ("Andijan" in "Andijan
        massacre"), for the index; links use only the outermost.
        """
        if self.pattern is None:
            return []
        found = []
        for match in self.pattern.finditer(text):
            entry_id = self.entry_for(match.group(0))
            if not entry_id:
                continue
            found.append((match.start(), match.end(), entry_id))
            if nested:
                found.extend(self._inside(text, match.start(), match.end(), entry_id))
        return found

    def _inside(self, text: str, start: int, end: int, outer: str) -> list[tuple[int, int, str]]:
        assert self.pattern is not None
        inner = []
        offsets = [0] + [m.end() for m in re.finditer(r"\W+", text[start:end]) if m.end() < end - start]
        for offset in offsets:
            # At the outer mention's own start, a shorter alias must end before it does.
            match = self.pattern.match(text, start + offset, end - 1 if offset == 0 else end)
            entry_id = self.entry_for(match.group(0)) if match else None
            if match and entry_id and entry_id != outer:
                inner.append((match.start(), match.end(), entry_id))
        return inner


# -- loading and validating ---------------------------------------------------------------------
FIELDS = (
    Field("id", "id", True), Field("term", "str", True), Field("kind", "str", True),
    Field("aliases", "strs", True), Field("short", "str", True), Field("body", "text", True),
    Field("role", "str"), Field("related", "strs"), Field("report_quotes", "strs"),
    Field("general", "text"), Field("lat", "float"), Field("lon", "float"), Field("country", "str"),
    Field("quote_sources", "strmap"),
)  # fmt: skip
_ISO3 = re.compile(r"^[A-Z]{3}$")


def load_entries(folder: Path, problems: Problems) -> list[Entry]:
    """Every usable entry of every ``*.toml`` file in ``folder``, in file order; shape checked."""
    entries: list[Entry] = []
    first = {"terms.toml": 0, "people.toml": 1, "places.toml": 2}  # CSTO, C5+1, ISIS-K lead
    for path in sorted(folder.glob("*.toml"), key=lambda p: (first.get(p.name, 3), p.name)):
        toml = read_toml(path, f"{folder.name}/{path.name}", problems)
        if toml is None:
            continue
        for table in sorted(set(toml.data) - {"entry"}):
            problems.add(toml.where, 1, f"unknown table {table!r}; use [[entry]]")
        for line, raw in records(toml, "entry", problems):
            entry = _entry(raw, toml, line, problems)
            if entry is not None:
                entries.append(entry)
    return entries


def _entry(raw: Mapping[str, object], toml: TomlFile, line: int, problems: Problems) -> Entry | None:
    if not check_fields(raw, FIELDS, "entry", toml, line, problems):
        return None
    entry_id, kind = str(raw["id"]), str(raw["kind"])
    usable = True
    if kind not in KINDS:
        problems.add(toml.where, toml.key_line(line, "kind"), f"entry {entry_id!r} has unknown kind {kind!r}")
        usable = False
    short = " ".join(str(raw["short"]).split())
    if len(short) > SHORT_MAX:
        problems.add(
            toml.where,
            toml.key_line(line, "short"),
            f"entry {entry_id!r}: short is over {SHORT_MAX} characters",
        )
    role = " ".join(str(raw.get("role", "")).split())
    if kind == "person" and not role:
        problems.add(toml.where, line, f"person {entry_id!r} lacks role (what they are, dated)")
    elif role and kind != "person":
        problems.add(toml.where, toml.key_line(line, "role"), f"entry {entry_id!r}: only a person has a role")
    country = str(raw.get("country", ""))
    if country and not _ISO3.match(country):
        problems.add(
            toml.where,
            toml.key_line(line, "country"),
            f"entry {entry_id!r}: country {country!r} is not an ISO3 code",
        )
    if ("lat" in raw) != ("lon" in raw):
        problems.add(toml.where, line, f"entry {entry_id!r} has one of lat and lon without the other")
        usable = False
    if not usable:
        problems.dropped.add(entry_id)
        return None
    return Entry(
        id=entry_id,
        term=str(raw["term"]),
        kind=kind,
        aliases=list(raw["aliases"]),  # type: ignore[call-overload]
        short=short,
        body=str(raw["body"]).strip(),
        related=list(raw.get("related", [])),  # type: ignore[call-overload]
        report_quotes=[" ".join(q.split()) for q in raw.get("report_quotes", [])],  # type: ignore[union-attr]
        general=str(raw.get("general", "")).strip(),
        role=role,
        lat=float(raw["lat"]) if "lat" in raw else None,  # type: ignore[arg-type]
        lon=float(raw["lon"]) if "lon" in raw else None,  # type: ignore[arg-type]
        country=country,
        quote_sources={" ".join(k.split()): v for k, v in raw.get("quote_sources", {}).items()},  # type: ignore[union-attr]
        where=toml.where,
        line=line,
        toml=toml,
    )


def validate_entries(
    entries: Sequence[Entry], paragraphs: Sequence[str], problems: Problems
) -> dict[tuple[str, str], int]:
    """Check ids, aliases, related links and quotes against the report's paragraphs.

    Returns, for every ``(entry id, quote)`` found, the index of the paragraph that holds it.
    """
    ids: dict[str, Entry] = {}
    aliases: dict[str, str] = {}
    for entry in entries:
        if entry.id in ids:
            problems.add(entry.where, entry.line, f"id {entry.id!r} already used at {ids[entry.id].source}")
            continue
        ids[entry.id] = entry
        for alias in entry.aliases:
            key = alias.casefold()
            if key in aliases and aliases[key] != entry.id:
                problems.add(
                    entry.where,
                    entry.key_line("aliases"),
                    f"alias {alias!r} of {entry.id!r} already belongs to {aliases[key]!r}",
                )
            aliases.setdefault(key, entry.id)
    report = "\n".join(paragraphs)
    quote_places: dict[tuple[str, str], int] = {}
    all_read = problems.readable("glossary/")
    for entry in entries:
        for related in entry.related:
            if related not in ids and related not in problems.dropped and all_read:
                problems.add(
                    entry.where,
                    entry.key_line("related"),
                    f"{entry.id!r} is related to unknown entry {related!r}",
                )
        for quote in entry.report_quotes:
            holder = next((i for i, text in enumerate(paragraphs) if quote in text), None)
            if holder is None:
                problems.add(
                    entry.where,
                    entry.text_line("report_quotes", quote[:40]),
                    f"quote of {entry.id!r} is not verbatim in the report: {quote[:70]!r}",
                )
                continue
            quote_places[(entry.id, quote)] = holder
        if entry.report_quotes:
            for alias in entry.aliases:
                if not alias_occurs(alias, report):
                    problems.add(
                        entry.where,
                        entry.key_line("aliases"),
                        f"alias {alias!r} of {entry.id!r} never occurs in the report",
                    )
    return quote_places


def alias_occurs(alias: str, text: str) -> bool:
    """Whether ``alias`` stands in ``text`` as a mention (boundaries and case rules applied)."""
    return re.search(_LEFT + _alias_pattern(alias) + _RIGHT, text) is not None


# -- lookup ---------------------------------------------------------------------------------------
def lookup_key(text: str) -> str:
    """Lower case, letters and digits only: "C5 + 1" and "c5+1" are both "c51"."""
    from desktop.core.search.words import fold

    return _NOT_ALNUM.sub("", fold(text))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap counts once), stopping past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@dataclass(frozen=True)
class LookupKey:
    key: str
    entry_id: str
    rank: int  # 0 the term itself, 1 an alias, 2 the id


def build_lookup(entries: Iterable[tuple[str, str, Sequence[str]]]) -> list[LookupKey]:
    """Keys for ``find_entries`` from ``(id, term, aliases)`` triples."""
    keys: list[LookupKey] = []
    for entry_id, term, aliases in entries:
        seen: set[str] = set()
        for rank, texts in ((0, [term]), (1, list(aliases)), (2, [entry_id])):
            for text in texts:
                key = lookup_key(text)
                if key and key not in seen:
                    seen.add(key)
                    keys.append(LookupKey(key, entry_id, rank))
    return keys


EXACT_SCORE = 100.0  # the term or an alias itself (less its rank among the entry's names)
PREFIX_SCORE = 80.0  # a name that starts with the query
INSIDE_SCORE = 60.0  # a name that contains it
MATCH_FLOOR = 30.0  # below this a "match" is a guess, not an answer


def is_exact(score: float) -> bool:
    """Whether a ``find_entries`` score means the query is one of the entry's names."""
    return score > PREFIX_SCORE


def find_entries(query: str, keys: Sequence[LookupKey], limit: int = 10) -> list[tuple[str, float]]:
    """Entry ids best first with a score: exact, then prefix, then inside a word, then typos."""
    wanted = lookup_key(query)
    if not wanted:
        return []
    allowed = 0 if len(wanted) < 3 else 1 if len(wanted) < 7 else 2
    best: dict[str, float] = {}
    for item in keys:
        key = item.key
        if key == wanted:
            score = EXACT_SCORE - item.rank
        elif key.startswith(wanted):
            score = PREFIX_SCORE - item.rank - min(10, (len(key) - len(wanted)) / 4)
        elif len(wanted) >= 3 and wanted in key:
            score = INSIDE_SCORE - item.rank
        elif allowed and (key[0] == wanted[0] or key[0] == wanted[1] or key[1:2] == wanted[0]):
            # Typos: people rarely get the first letter wrong (a swap of the first two is caught).
            # Typos in a whole key, or in the beginning of a longer one ("isisk" in "isiskhorasan...").
            whole = len(key) <= len(wanted) + allowed
            distance = edit_distance(wanted, key if whole else key[: len(wanted)], allowed)
            if distance > allowed:
                continue
            score = (50.0 if whole else 40.0) - 10 * distance - item.rank
        else:
            continue
        if score > best.get(item.entry_id, -1.0):
            best[item.entry_id] = score
    ranked = sorted(best.items(), key=lambda pair: -pair[1])
    return ranked[:limit]


def nearest_entries(query: str, keys: Sequence[LookupKey], limit: int = 3) -> list[str]:
    """Entry ids whose keys are closest to ``query`` by edit distance, however far."""
    wanted = lookup_key(query)
    if not wanted:
        return []
    distances: dict[str, int] = {}
    for item in keys:
        distance = edit_distance(wanted, item.key[: len(wanted) + 2], 99)
        if distance < distances.get(item.entry_id, 1 << 30):
            distances[item.entry_id] = distance
    return [entry_id for entry_id, _ in sorted(distances.items(), key=lambda pair: pair[1])[:limit]]

"""Irregular English verb forms, so a question's "leave" finds the report's "left".

The index's Porter stemmer joins "negotiate" and "negotiations" but knows nothing of "buy" and
"bought". A small table of the common irregular verbs (base, past, past participle) lets a
search word match its other forms; the stemmer still does the regular endings of each.
"""

from __future__ import annotations

from functools import cache

# base past participle; "-" where the form is the base's or the past's
_VERBS = """
arise arose arisen; be was were been; bear bore born; beat beat beaten; become became -;
begin began begun; bind bound -; break broke broken; bring brought -; build built -;
buy bought -; catch caught -; choose chose chosen; come came -; cost cost -; deal dealt -;
do did done; draw drew drawn; drive drove driven; eat ate eaten; fall fell fallen;
feed fed -; feel felt -; fight fought -; find found -; flee fled -; fly flew flown;
forbid forbade forbidden; foresee foresaw foreseen; forget forgot forgotten; freeze froze frozen;
get got gotten; give gave given; go went gone; grow grew grown; hang hung -; have had -;
hear heard -; hide hid hidden; hold held -; keep kept -; know knew known; lay laid -;
lead led -; leave left -; lend lent -; lie lay lain; lose lost -; make made -; mean meant -;
meet met -; overcome overcame -; overtake overtook overtaken; pay paid -; rise rose risen;
run ran -; say said -; see saw seen; seek sought -; sell sold -; send sent -; set set -;
shake shook shaken; shoot shot -; show showed shown; sit sat -; speak spoke spoken;
spend spent -; stand stood -; steal stole stolen; strike struck -; swear swore sworn;
take took taken; teach taught -; tell told -; think thought -; throw threw thrown;
understand understood -; undertake undertook undertaken; uphold upheld -;
win won -; withdraw withdrew withdrawn; withhold withheld -; write wrote written
"""


_PADDED = " " + _VERBS.replace(";", " ").replace("\n", " ") + " "


@cache
def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    for entry in _VERBS.split(";"):
        forms = [form for form in entry.split() if form != "-"]
        for form in forms:
            table.setdefault(form, set()).update(forms)
    return {form: tuple(sorted(others - {form})) for form, others in table.items()}


def other_forms(word: str) -> tuple[str, ...]:
    """The other forms of an irregular verb ("leave" -> "left"; "fought" -> "fight"), or ()."""
    word = word.lower()
    if f" {word} " not in _PADDED:  # most words: known at once, without building the table
        return ()
    return _table().get(word, ())

"""The notes list at scale: only what is shown is read, in the same order as the full grouping."""

from __future__ import annotations

import re

from desktop.context import open_notes
from desktop.core.notes.bench_data import make_bench_notes
from desktop.core.notes.store import NotesIndex


def test_the_listing_is_the_first_page_of_the_full_grouping(data_dir, store):
    make_bench_notes(data_dir / "notes.sqlite", store, 900)
    notes = open_notes(data_dir)
    order = {section.id: section.order for section in store.sections}
    notes.delete(notes.notes()[5].id)
    grouped = [n.id for _, group in NotesIndex(order).group(notes.notes()) for n in group]
    listing = notes.listing(order, limit=300)
    assert [n.id for n in listing.notes] == grouped[:300]
    assert listing.counts == notes.counts_by_section() and listing.total == 899
    assert len({n.section_id for n in notes.notes()}) > 5  # spread over the report
    trash = notes.listing(order, deleted=True)
    assert trash.total == 1 and len(trash.notes) == 1


def test_the_filtered_listing_matches_the_full_text_search(data_dir, store):
    make_bench_notes(data_dir / "notes.sqlite", store, 900)
    notes = open_notes(data_dir)
    order = {section.id: section.order for section in store.sections}
    wanted = {
        n.id for n in notes.notes() if "csto" in re.findall(r"\w+", f"{n.body} {n.quote} {n.tags}".lower())
    }
    listing = notes.listing(order, "csto", limit=10_000)
    assert {n.id for n in listing.notes} == wanted and not listing.partial
    grouped = [n.id for _, group in NotesIndex(order).group(notes.notes()) for n in group if n.id in wanted]
    assert [n.id for n in listing.notes] == grouped
    assert notes.listing(order, "").total == 900


def test_a_common_word_in_many_notes_is_listed_partially_and_says_so(data_dir, store, monkeypatch):
    from desktop.core.notes import store as notes_module

    make_bench_notes(data_dir / "notes.sqlite", store, 400)
    monkeypatch.setattr(notes_module, "MATCH_CAP", 50)
    listing = open_notes(data_dir).listing({}, "the", limit=20)
    assert listing.partial and len(listing.notes) == 20 and listing.total == 50

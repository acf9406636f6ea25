"""The bundled report is the seed, word for word, with its layout repaired."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.content import cache as contentdb
from desktop.core.content.build import load_report
from desktop.core.content.cache import STAMP_NAME, ensure_database
from desktop.core.errors import ContentError
from desktop.core.htmltext import html_to_text
from tests.conftest import REPO, SEED_COPY

EXPECTED_SECTION_IDS = [
    "title-page",
    "executive-summary",
    "history",
    "soviet-invasion",
    "post-occupation",
    "post-2001",
    "economic-return",
    "russias-interests",
    "taliban-relationship",
    "ghani-administration",
    "withdrawal",
    "conclusions",
    "about-the-author",
    "about-sceeus",
    "previous-publications",
]


def seed_without_markup(seed: str) -> str:
    """The seed with its PDF extraction's Markdown escapes removed (the words stay)."""
    text = re.sub(r"\\([$()])", r"\1", seed)
    text = re.sub(r"\[([^\]]+)\]\(#\)", r"\1", text)
    return re.sub(r"\*(\w+)\*", r"\1", text)


def seed_blocks(seed: str) -> tuple[list[str], list[str]]:
    lines = [line.strip() for line in seed_without_markup(seed).splitlines() if line.strip()]
    notes = [line for line in lines if line[0] in "¹²"]
    return [line for line in lines if line[0] not in "¹²"], notes


def test_seed_copy_matches_shared_seed():
    shared = REPO.parent / "shared" / "seed" / "russian-interests-in-afghanistan.txt"
    if not shared.exists():
        pytest.skip("no shared/ folder beside this checkout")
    assert SEED_COPY.read_bytes() == shared.read_bytes()


def test_every_word_of_the_seed_in_order(store, seed_text):
    body, notes = seed_blocks(seed_text)
    compiled_body = []
    compiled_notes = []
    for section in store.sections:
        html = store.section_html(section.id)
        text_part, _, notes_part = html.partition('<div class="footnotes">')
        compiled_body.append(html_to_text(text_part))
        compiled_notes.append(html_to_text(notes_part))
    assert " ".join(compiled_body).split() == " ".join(body).split()
    assert " ".join(compiled_notes).split() == " ".join(notes).split()


def test_every_sentence_of_the_seed_is_in_one_paragraph(store, seed_text):
    paragraphs = [p.text for p in store.paragraphs()]
    body, notes = seed_blocks(seed_text)
    missing = []
    for block in body + notes:
        for sentence in re.split(r"(?<=[.?!])\s+", block):
            if not any(sentence in paragraph for paragraph in paragraphs):
                missing.append(sentence)
    assert missing == []


@pytest.mark.parametrize(
    "joined",
    [
        "In line with traditional Russian foreign policy thinking, which sought security through the",
        "reports of Taliban support for Chechen rebels, and anxious that the Taliban",
        'adopted a "neutral" foreign policy, while Uzbekistan has twice been a member of CSTO',
    ],
)
def test_paragraphs_cut_by_page_breaks_are_whole(store, joined):
    holders = [p for p in store.paragraphs() if joined in p.text]
    assert len(holders) == 1 and holders[0].kind == "para"


def test_footnotes_hang_off_their_references(store):
    by_id = {p.id: p for p in store.paragraphs()}
    assert by_id["fn:1"].section_id == "executive-summary"
    assert by_id["fn:2"].section_id == "russias-interests"
    assert by_id["fn:2"].text.startswith("² The C5+1 format consists of the US plus")
    interests = store.section_html("russias-interests")
    assert interests.index('href="#fn:2"') < interests.index('id="fn:2"')
    # No footnote is left standing as a body paragraph.
    assert not [p for p in store.paragraphs() if p.kind == "para" and p.text[:1] in "¹²"]
    assert "with limited impact.²" in store.section_text("russias-interests")


def test_section_text_includes_its_footnotes(store):
    text = store.section_text("executive-summary")
    assert "prolongs the mandate of UNAMA" in text


def test_section_ids_are_unique_and_stable(store):
    ids = [s.id for s in store.sections]
    assert ids == EXPECTED_SECTION_IDS
    assert len(set(ids)) == len(ids)


def test_front_and_back_matter_are_there(store):
    front = store.section_text("title-page")
    assert "SCEEUS REPORT NO 1, 2021" in front and "Diana Janse" in front and "October 2021" in front
    assert "Senior Fellow at the Stockholm Free World Forum." in store.section_text("about-the-author")
    assert "©2022 Stockholm Centre for Eastern European Studies" in store.section_text("about-sceeus")
    publications = store.section_html("previous-publications")
    assert publications.count("<a href=") == 2


def test_metadata_in_one_place(store):
    meta = store.meta
    assert (meta["title"], meta["author"], meta["number"], meta["date"]) == (
        "Russian Interests in Afghanistan",
        "Diana Janse",
        "1",
        "October 2021",
    )


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(paths.content_dir(), copy)
    return copy


def test_heading_without_id_is_a_clear_error(content_copy: Path):
    report = content_copy / "report" / "report.md"
    text = report.read_text(encoding="utf-8").replace(
        "## The Soviet Invasion {#soviet-invasion}", "## The Soviet Invasion"
    )
    report.write_text(text, encoding="utf-8")
    line = text.splitlines().index("## The Soviet Invasion") + 1
    with pytest.raises(ContentError, match=rf"report\.md:{line}: heading 'The Soviet Invasion' has no"):
        load_report(content_copy)


def test_duplicate_section_id_is_a_clear_error(content_copy: Path):
    report = content_copy / "report" / "report.md"
    text = report.read_text(encoding="utf-8").replace("{#history}", "{#soviet-invasion}")
    report.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match="already used on line"):
        load_report(content_copy)


def test_cited_footnote_without_definition_is_an_error(content_copy: Path):
    report = content_copy / "report" / "report.md"
    text = report.read_text(encoding="utf-8")
    report.write_text(text[: text.index("[^2]:")], encoding="utf-8")
    with pytest.raises(ContentError, match=r"footnote \[\^2\]"):
        load_report(content_copy)


def test_database_is_rebuilt_when_content_changes(content_copy: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(contentdb, "SETTLE_NS", 0)  # the copy was just made; trust its times at once
    cache = tmp_path / "cache"
    first = ensure_database(content_copy, cache)
    assert ensure_database(content_copy, cache) == first  # unchanged: reused
    report = content_copy / "report" / "report.md"
    report.write_text(
        report.read_text(encoding="utf-8").replace("Executive Summary", "Summary"), encoding="utf-8"
    )
    second = Path(ensure_database(content_copy, cache))
    assert second != Path(first) and second.exists() and not Path(first).exists()
    verified = second.with_name(second.name + contentdb.VERIFIED_SUFFIX)  # the old one's went with it
    assert sorted(cache.iterdir()) == sorted([second, verified, cache / STAMP_NAME])  # no temporary files


def test_the_stamp_skips_hashing_until_a_file_changes(content_copy: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(contentdb, "SETTLE_NS", 0)
    cache = tmp_path / "cache"
    first = ensure_database(content_copy, cache)
    hashed = []
    real_hash = contentdb.content_hash
    monkeypatch.setattr(
        contentdb, "content_hash", lambda content: hashed.append(content) or real_hash(content)
    )
    assert ensure_database(content_copy, cache) == first and hashed == []  # nothing read again
    places = content_copy / "map" / "places.toml"
    places.write_text(places.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    ensure_database(content_copy, cache)
    assert hashed == [content_copy]  # an edit is noticed


def test_an_edit_that_keeps_size_and_time_is_still_noticed(content_copy: Path, tmp_path: Path, monkeypatch):
    # One letter changed, the modification time put back (as rsync -t or a careful editor does).
    monkeypatch.setattr(contentdb, "SETTLE_NS", 0)
    cache = tmp_path / "cache"
    first = ensure_database(content_copy, cache)
    report = content_copy / "report" / "report.md"
    before = report.stat()
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("Executive Summary", "Executive Summarz", 1), encoding="utf-8")
    os.utime(report, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert report.stat().st_size == before.st_size
    assert ensure_database(content_copy, cache) != first


def test_no_stamp_while_a_file_is_only_just_written(content_copy: Path, tmp_path: Path, monkeypatch):
    # Times this recent are not trusted: a second write in the same clock tick could go unseen.
    monkeypatch.setattr(contentdb, "SETTLE_NS", 10**18)
    cache = tmp_path / "cache"
    ensure_database(content_copy, cache)
    assert not (cache / STAMP_NAME).exists()


def test_a_damaged_stamp_is_ignored(content_copy: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(contentdb, "SETTLE_NS", 0)
    cache = tmp_path / "cache"
    first = ensure_database(content_copy, cache)
    (cache / STAMP_NAME).write_text("{not json", encoding="utf-8")
    assert ensure_database(content_copy, cache) == first
    assert json.loads((cache / STAMP_NAME).read_text(encoding="utf-8"))["digest"] == contentdb.content_hash(
        content_copy
    )


def test_the_part_shown_first_is_the_section_whole_and_text_after_it_however_long_the_section(store):
    ids = [section.id for section in store.sections]
    longest = max(ids, key=lambda section_id: len(store.section_html(section_id)))
    part = store.document_html(longest, 100)
    shown = re.findall(r'<div class="section" id="section-([^"]+)">', part)
    assert shown == [longest, ids[ids.index(longest) + 1]]  # a screenful below its last line too
    assert store.document_html(ids[-1], 100).count('<div class="section"') == 1  # the report's end

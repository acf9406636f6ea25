"""Notes: stored exactly, anchored to passages that move, and portable without loss."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.context import open_notes
from desktop.core.markdown_render import render_note
from desktop.core.notes.anchoring import locate, make_selector, normalise, selector_for_quote
from desktop.core.notes.store import SCHEMA_VERSION, NotesError, NotesIndex, NotesStore
from desktop.core.notes.vault import export_vault_markdown
from desktop.core.notes.web_annotation import export_json, flat_selectors, parse_annotations

HOSTILE_BODIES = [
    "<script>alert('x')</script><b>bold</b>",
    "[click](javascript:alert(1)) [file](file:///etc/passwd) [data](data:text/html,<b>x</b>)",
    "![secret](/etc/passwd) ![unc](\\\\\\\\server\\\\share\\\\x.png)",
    "\u202eRTL override\u202c and zero\u200bwidth and e\u0301 and 🇦🇫 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "line one\r\nline two\rline three\n\n\ttabbed  double  spaces  ",
    "NUL\x00byte",
    "x" * 1_000_000,
    ">" * 200 + " deeply nested",
    "",
]


@pytest.fixture
def notes(tmp_path: Path) -> NotesStore:
    return open_notes(tmp_path / "user")


def test_the_notes_database_is_durable_and_versioned(notes):
    assert notes.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert notes.connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert notes.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_database_from_a_newer_dossier_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotesError, match="newer Dossier"):
        NotesStore(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("body", HOSTILE_BODIES, ids=range(len(HOSTILE_BODIES)))
def test_bodies_are_stored_exactly_as_typed(notes, body):
    note = notes.add("withdrawal", body, tags=["a tag", "ünïcode"])
    again = NotesStore(notes.path).get(note.id)
    assert again.body == body and again.tags == ("a tag", "ünïcode")


def test_edit_delete_to_trash_and_restore(notes):
    note = notes.add("history", "first")
    notes.update(note.id, body="second", tags=["x"])
    assert notes.get(note.id).body == "second"
    notes.delete(note.id)
    assert notes.notes() == [] and [n.id for n in notes.notes(deleted=True)] == [note.id]
    notes.restore(note.id)
    assert [n.body for n in notes.notes()] == ["second"]


def test_filter_searches_bodies_quotes_and_tags(notes, store):
    selector = selector_for_quote(store.section_text("withdrawal"), "of sound mind")
    notes.add("withdrawal", "Lavrov praises them", selector, tags=["rhetoric"])
    notes.add("history", "The Great Game")
    assert [n.body for n, _ in notes.search("sound")] == ["Lavrov praises them"]
    assert [n.body for n, _ in notes.search("rhetor")] == ["Lavrov praises them"]
    assert [n.body for n, _ in notes.search("great gam")] == ["The Great Game"]


def test_grouping_follows_reading_order(notes, store):
    notes.add("conclusions", "late")
    notes.add("history", "early")
    index = NotesIndex({s.id: s.order for s in store.sections})
    assert [section for section, _ in index.group(notes.notes())] == ["history", "conclusions"]


# -- anchoring --------------------------------------------------------------------------------------
words = st.text(alphabet=st.characters(categories=("Ll", "Lu", "Nd")), min_size=1, max_size=8)
prose = st.lists(words, min_size=8, max_size=60).map(" ".join)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(prose, st.data(), prose, prose)
def test_a_passage_is_found_again_after_text_is_added_around_it(text, data, before, after):
    start = data.draw(st.integers(0, len(text) - 2))
    end = data.draw(st.integers(start + 1, min(len(text), start + 80)))
    assume(text[start:end].strip())
    selector = make_selector(text, start, end)
    edited = before + "\n\n" + text + " " + after
    found = locate(edited, selector)
    assert found is not None
    assert normalise(edited[found[0] : found[1]])[0] == selector.exact


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(prose, st.data())
def test_a_slightly_edited_passage_is_still_found(text, data):
    assume(len(text) > 60)
    start = data.draw(st.integers(0, len(text) - 40))
    selector = make_selector(text, start, start + 40)
    assume(len(selector.exact) >= 30)
    position = text.find(selector.exact)
    assume(position >= 0)
    inside = data.draw(st.integers(position + 5, position + len(selector.exact) - 5))
    edited = text[:inside] + "Z" + text[inside + 1 :]  # one character of the passage changed
    found = locate(edited, selector)
    assert found is not None
    assert found[0] < position + len(selector.exact) and found[1] > position  # overlaps where it was


def test_a_passage_that_is_gone_is_an_orphan_not_a_guess():
    text = "Tajikistan plays a key role for Moscow in this respect. It is a cordon sanitaire."
    selector = make_selector(text, text.index("cordon"), text.index("sanitaire") + len("sanitaire"))
    assert locate("Completely different words about the weather in spring and the birds.", selector) is None


def test_repeated_words_anchor_by_their_context():
    text = "the Taliban said yes. Later the Taliban said no. Finally the Taliban said maybe."
    second = text.index("Taliban", text.index("Later"))
    selector = make_selector(text, second, second + len("Taliban"))
    edited = "Preface. " + text
    found = locate(edited, selector)
    assert found and edited[found[0] : found[0] + 30].startswith("Taliban said no")


# -- export and import ----------------------------------------------------------------------------
def test_export_import_round_trip_is_exact_with_hostile_bodies(notes, store, tmp_path):
    selector = selector_for_quote(store.section_text("russias-interests"), "de facto cordon sanitaire")
    created = [notes.add("russias-interests", body, selector, tags=["t1", "t2"]) for body in HOSTILE_BODIES]
    trashed = notes.add("history", "gone")
    notes.delete(trashed.id)
    document = export_json(notes.notes() + notes.notes(deleted=True), store.meta)
    text = json.dumps(document, ensure_ascii=False)
    fresh = open_notes(tmp_path / "other")
    incoming = parse_annotations(json.loads(text), {s.id for s in store.sections})
    assert fresh.merge(incoming) == (len(created) + 1, 0, 0, 0)
    for note in created:
        assert fresh.get(note.id)._replace(imported="") == note  # imported: when it came in
    assert fresh.get(trashed.id).deleted
    assert fresh.merge(incoming) == (0, 0, len(created) + 1, 0)  # idempotent


def test_json_export_is_a_web_annotation_collection(notes, store):
    selector = selector_for_quote(store.section_text("withdrawal"), "of sound mind")
    notes.add("withdrawal", "note", selector, tags=["t"])
    document = export_json(notes.notes(), store.meta)
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert document["type"] == "AnnotationCollection"
    annotation = document["first"]["items"][0]
    assert annotation["type"] == "Annotation" and annotation["id"].startswith("urn:uuid:")
    selectors = flat_selectors(annotation["target"])
    kinds = {s["type"] for s in selectors}
    assert {"TextQuoteSelector", "TextPositionSelector", "FragmentSelector"} <= kinds
    quote = next(s for s in selectors if s["type"] == "TextQuoteSelector")
    assert quote["exact"] == "of sound mind" and quote["prefix"].endswith('Taliban for being "')
    assert {"purpose": "tagging", "type": "TextualBody", "value": "t"} in annotation["body"]


def test_markdown_export_groups_by_section_with_quotes_and_citation(notes, store):
    selector = selector_for_quote(store.section_text("withdrawal"), "of sound mind")
    notes.add("withdrawal", "Later note", selector)
    notes.add("history", "Earlier note")
    index = NotesIndex({s.id: s.order for s in store.sections})
    titles = {s.id: s.title for s in store.sections}
    text = export_vault_markdown(index.group(notes.notes()), titles, store.meta)
    assert text.index("## A History of Friendship") < text.index("## Russian Actions During the Withdrawal")
    assert "> of sound mind" in text and "Janse, Diana" in text


BAD_FILES = {
    "not json": b"{ this is not json",
    "utf-16": json.dumps({"type": "AnnotationCollection"}).encode("utf-16"),
    "wrong shape": b'{"hello": "world"}',
    "not annotations": b'[1, 2, 3]',
    "unknown section": json.dumps({"type": "AnnotationCollection", "first": {"items": [{
        "type": "Annotation", "id": "urn:uuid:12345678-1234-1234-1234-123456789abc",
        "created": "2021-01-01T00:00:00Z", "body": [],
        "target": {"selector": [{"type": "FragmentSelector", "value": "nowhere"}]}}]}}).encode(),
    "bad date": json.dumps({"type": "AnnotationCollection", "first": {"items": [{
        "type": "Annotation", "id": "urn:uuid:12345678-1234-1234-1234-123456789abc",
        "created": "yesterday", "body": [],
        "target": {"selector": [{"type": "FragmentSelector", "value": "history"}]}}]}}).encode(),
    "deep": b"[" * 100_000 + b"]" * 100_000,
}  # fmt: skip


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_bad_import_file_gets_one_line_and_changes_nothing(capsys, tmp_path, data_dir, name):
    assert main(["notes", "add", "--section", "history", "--body", "keep me"]) == 0
    capsys.readouterr()
    bad = tmp_path / "bad.json"
    bad.write_bytes(BAD_FILES[name])
    before = [n.as_json() for n in open_notes(data_dir).notes()]
    assert main(["notes", "import", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("dossier: ") and "Traceback" not in err
    assert [n.as_json() for n in open_notes(data_dir).notes()] == before
    assert bad.read_bytes() == BAD_FILES[name]


def test_cli_add_list_and_search(capsys):
    assert main(["notes", "add", "--section", "withdrawal", "--quote", "of sound mind", "--body", "ok",
                 "--tag", "lavrov", "--json"]) == 0  # fmt: skip
    note = json.loads(capsys.readouterr().out)
    assert set(note) == {"id", "section_id", "quote", "body", "tags", "created", "updated"}
    assert note["quote"] == "of sound mind" and note["tags"] == ["lavrov"]
    assert main(["notes", "list", "--json"]) == 0
    assert [n["id"] for n in json.loads(capsys.readouterr().out)] == [note["id"]]
    assert main(["search", "lavrov", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {"kind": "note", "id": note["id"]}.items() <= next(h for h in hits if h["kind"] == "note").items()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--section", "nowhere", "--body", "x"], "no section 'nowhere'"),
        (["--section", "history", "--quote", "words that are not there", "--body", "x"], "not in section"),
    ],
)
def test_cli_add_mistakes_exit_1(capsys, args, message):
    assert main(["notes", "add", *args]) == 1
    assert message in capsys.readouterr().err


def test_export_never_overwrites_a_file(capsys, tmp_path):
    target = tmp_path / "mine.md"
    target.write_text("precious", encoding="utf-8")
    assert main(["notes", "export", "--format", "md", "-o", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "precious"


# -- rendering -------------------------------------------------------------------------------------
def test_rendering_never_runs_html_or_loads_anything():
    html = render_note(HOSTILE_BODIES[0] + "\n\n" + HOSTILE_BODIES[1] + "\n\n" + HOSTILE_BODIES[2])
    assert "<script" not in html and "<b>" not in html and "<img" not in html
    assert "javascript:" not in html and "file:" not in html and "data:" not in html
    assert '<a href="https://example.org">' in render_note("[ok](https://example.org)")


def test_absurd_nesting_renders_as_text():
    html = render_note(">" * 5000 + " x")
    assert "x" in html

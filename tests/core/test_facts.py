"""Facts: each backed by an exact quote, tied to entities, summarised without hand-typing."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.content.build import build_database
from desktop.core.errors import ContentError

COUNTRIES = ["tajikistan", "uzbekistan", "turkmenistan", "kyrgyzstan", "kazakhstan", "pakistan", "iran",
             "china", "india", "afghanistan", "russia"]  # fmt: skip


def test_at_least_sixty_facts_each_verbatim_in_its_paragraph(store):
    facts = store.atlas.facts
    assert len(facts) >= 60
    for fact in facts:
        paragraph = store.paragraph(fact.paragraph_id)
        assert fact.quote in paragraph.text, fact.id
        assert paragraph.section_id == fact.section_id
        assert fact.entities and fact.statement


def test_every_country_of_the_region_has_facts(store):
    for entity in COUNTRIES:
        assert len(store.atlas.facts_for(entity)) >= 2, entity


def test_facts_come_in_date_order(store):
    dates = [fact.date for fact in store.atlas.facts_for("afghanistan") if fact.date]
    assert dates == sorted(dates) and len(dates) > 10


def test_summary_lines_derive_from_facts_and_geometry(store):
    atlas = store.atlas
    tajikistan = atlas.entity("tajikistan")
    assert tajikistan.kind == "country"
    assert {
        "Shares a border with Afghanistan",
        "CSTO member",
        "C5+1 member",
        "Russian military presence",
    } <= set(tajikistan.summary)
    kazakhstan = atlas.entity("kazakhstan").summary
    assert "No border with Afghanistan" in kazakhstan and "CSTO member" in kazakhstan
    turkmenistan = atlas.entity("turkmenistan").summary
    assert "CSTO member" not in turkmenistan and "C5+1 member" in turkmenistan
    assert "Russian military presence" not in atlas.entity("russia").summary


def test_layers_mark_the_right_countries(store):
    layers = store.atlas.layers
    assert layers["csto"] == {"KAZ", "KGZ", "RUS", "TJK"}  # Russia leads it: "Russia's military alliance"
    assert layers["c5"] == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert layers["borders-afghanistan"] == {"CHN", "IRN", "PAK", "TJK", "TKM", "UZB"}
    assert "TJK" in layers["russian-military"] and "RUS" not in layers["russian-military"]


def test_layers_the_build_stored_match_the_facts(store):
    # The window reads layer membership from the build; a fact edited in content/ must move it.
    assert store.atlas.layers == store.atlas.derive_layers()


def test_facts_json(capsys):
    assert main(["facts", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert all(set(f) >= {"id", "entities", "statement", "quote", "section_id", "date"} for f in facts)


@pytest.mark.parametrize("name", ["Tajikistan", "tajikistan", "TJK", "tajikstan"])
def test_facts_for_an_entity_by_name_id_code_or_typo(capsys, name):
    assert main(["facts", name, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entity"]["id"] == "tajikistan" and set(data["entity"]) == {"id", "name", "kind", "summary"}
    assert len(data["facts"]) >= 5


def test_unknown_entity_names_the_nearest(capsys):
    assert main(["facts", "Atlantis Kingdom"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "nearest:" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("some 7000 soldiers", "some 7,000 soldiers", "is not verbatim in the report"),
        ('entities = ["tajikistan", "csto"]', 'entities = ["atlantis"]', "unknown entity 'atlantis'"),
        ('tags = ["csto-member"]', 'tags = ["nice"]', "unknown tag 'nice'"),
    ],
)
def test_a_broken_fact_is_a_clear_build_error(tmp_path, old, new, message):
    content = tmp_path / "content"
    shutil.copytree(paths.content_dir(), content)
    facts = content / "facts" / "facts.toml"
    text = facts.read_text(encoding="utf-8")
    assert old in text
    facts.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError, match=rf"facts/facts\.toml:\d+: .*{message}"):
        build_database(content, tmp_path / "out.sqlite")

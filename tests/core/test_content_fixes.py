"""What the content review found, fixed: each as a reader (or a script) would notice it."""

from __future__ import annotations

import json
import re

from desktop.cli import main

TOML_LINE = re.compile(r"(?m)^\s*(?:[a-z_]+\s*=\s*[\"'\[]|\[\[)")


def test_every_person_has_a_role_and_no_entry_shows_toml(store, capsys):
    assert main(["glossary", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    people = [entry for entry in entries if entry["kind"] == "person"]
    assert len(people) == 18 and all(entry["role"] for entry in people)
    assert next(e for e in people if e["id"] == "putin")["role"].startswith("President of Russia (2000-2008")
    assert all(entry["role"] == "" for entry in entries if entry["kind"] != "person")
    for entry in entries:
        assert not TOML_LINE.search(entry["body"]), entry["id"]
        assert "role =" not in entry["general"] and "[[entry]]" not in entry["general"], entry["id"]


def test_the_csto_layer_shades_russia_and_lists_the_members_off_the_map(capsys):
    assert main(["map", "--json"]) == 0
    layers = {layer["id"]: layer for layer in json.loads(capsys.readouterr().out)["layers"]}
    assert set(layers) == {"csto", "c5", "borders-afghanistan", "russian-military"}
    assert layers["csto"] == {
        "id": "csto",
        "name": "CSTO members",
        "members": ["KAZ", "KGZ", "RUS", "TJK"],
        "off_map": ["ARM", "BLR"],
    }
    assert layers["c5"]["off_map"] == [] and "RUS" not in layers["c5"]["members"]


def test_the_csto_definition_names_its_six_members_as_general_knowledge(store):
    short = store.glossary_entry("csto").short
    assert "general knowledge" in short
    for member in ("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"):
        assert member in short
    assert "CSTO member" in store.atlas.entity("russia").summary


def test_c5_plus_1_keeps_the_reports_2016_and_gives_2015(store):
    entry = store.glossary_entry("c5-plus-1")
    assert "report dates it to 2016" in entry.short and "2015 (general knowledge)" in entry.short
    assert "footnote 2), the US introduced" not in entry.body and "main text" in entry.body
    assert "September 2015" in entry.general_html and "1 November 2015" in entry.general_html


def test_neighbours_are_countries_only(store):
    from desktop.core.map.facts import is_country

    china = store.atlas.entity("china").summary
    assert not any("Siachen" in line for line in china)
    assert any(line.startswith("Neighbours on this map: Afghanistan, India") for line in china)
    for country in store.atlas.countries:
        assert all(is_country(code) for code in country.neighbours), country.iso3
    assert not is_country("XSG") and is_country("QAT") and is_country("AFG")


def test_tajikistan_summary_says_what_the_report_says_about_ayni(store):
    summary = store.atlas.entity("tajikistan").summary
    assert "US military presence after 2001, since ended" not in summary
    assert "US Air Force allowed to refuel here after 2001, per the report" in summary
    assert "US military presence after 2001, since ended" in store.atlas.entity("uzbekistan").summary


def test_minor_points_of_the_review(store):
    assert (
        "per the report, the rebels used Afghanistan"
        in store.glossary_entry("central-asian-revolt-1916").short
    )
    assert store.glossary_entry("iran").short.endswith("partly in the historical Khorasan region.")
    assert "lying partly in the historical region of Khorasan" in store.glossary_entry("iran").body
    assert "which is why" not in store.glossary_entry("zero-sum").body
    assert "low point" not in store.glossary_entry("chechen-independence").body


def test_the_edition_never_takes_a_corrected_claim_as_its_own(store, capsys):
    """The fact-check of issue 23: where the report errs, our dates are the record's and our words
    say "the report says" and point to the editor's note; no paraphrase sits in quotation marks."""
    assert main(["facts", "--json"]) == 0
    facts = {fact["id"]: fact for fact in json.loads(capsys.readouterr().out)}
    assert {fact_id: facts[fact_id]["date"] for fact_id in (
        "amin-killed-kabul-taken", "non-aggression-pact-1928", "taliban-take-shir-khan-bandar",
        "c5-plus-1-introduced-2016",
    )} == {
        "amin-killed-kabul-taken": "1979-12-27", "non-aggression-pact-1928": "1926-08-31",
        "taliban-take-shir-khan-bandar": "2021-06-22", "c5-plus-1-introduced-2016": "2015",
    }  # fmt: skip
    assert "formerly an ally" not in facts["amin-killed-kabul-taken"]["statement"]
    for fact_id in ("moscow-format-2017", "us-envoy-joins-dialogue-2018", "amin-killed-kabul-taken"):
        assert "editor's note" in facts[fact_id]["statement"], fact_id
    entry = store.glossary_entry
    assert "Taliban participation" not in entry("moscow-format").short
    assert (
        '"with respect"' not in entry("lavrov").body and '"no one in the world"' not in entry("peskov").body
    )
    assert "at the 201st military base" not in entry("tajikistan").body
    assert "1928" not in entry("soviet-union").body.replace("the report dates to 1928", "")
    assert "label anchor" in entry("russia").body

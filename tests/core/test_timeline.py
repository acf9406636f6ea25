"""The timeline: every dated sentence has an event, each event's words are the report's and
say its date, ``dossier timeline`` lists them in date order, and the axis and labels hold."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import paths
from desktop.cli import main
from desktop.core.content.check import check_folder, load_content
from desktop.core.content.timeline_check import dated_sentences, undated_sentences
from desktop.core.timeline.axis import Era, era_axis, ticks
from desktop.core.timeline.dates import is_dated, missing_date_words, parse_date, sentences
from desktop.core.timeline.events import events, filter_events, period_of, places_in
from desktop.core.timeline.layout import LabelBox, lane_keys, lane_of, neighbour, place_labels


@pytest.fixture(scope="module")
def loaded():
    content, problems = load_content(paths.content_dir())
    assert list(problems) == []
    return content


def _body(content):
    outside = {"title-page", "about-the-author", "about-sceeus", "previous-publications"}
    return [p for p in content.paragraphs if p.kind == "para" and p.section_id not in outside]


def test_every_dated_sentence_of_the_report_has_an_event(loaded):
    body = _body(loaded)
    dated = dated_sentences(body)
    assert len(dated) >= 70  # the report's history, from 1830 to 2021
    assert undated_sentences(body, loaded.timeline.events) == []
    quoted = " ".join(event.quote for event in loaded.timeline.events)
    for year in ("1878", "1979", "1989", "2001", "2021"):
        assert year in quoted


def test_each_event_quote_is_verbatim_in_its_paragraph_and_states_its_date(store):
    every = events(store.connection)
    assert len(every) >= 70
    for event in every:
        paragraph = store.paragraph(event.paragraph_id)
        assert paragraph is not None and event.quote in paragraph.text, event.id
        for date in filter(None, (event.date, event.end)):
            assert missing_date_words(date, event.quote) == [], event.id
        for paragraph_id, quote in event.also:
            assert quote in store.paragraph(paragraph_id).text


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(paths.content_dir(), target)
    return target


def test_the_checker_rejects_words_not_in_the_report_and_a_date_the_words_do_not_say(tmp_path):
    content = _copy(tmp_path)
    events_file = content / "timeline" / "events.toml"
    text = events_file.read_text(encoding="utf-8")
    text = text.replace("Kabul in 1878.", "Kabul in 1879.", 1)
    text = text.replace('date = "1928"', 'date = "1927"', 1)
    text = text.replace('date = "2021-07"', 'date = "2021-06"', 1)
    events_file.write_text(text, encoding="utf-8")
    lines, summary = check_folder(content)
    joined = "\n".join(lines)
    assert "'russian-mission-to-kabul-1878': quote is not verbatim in history.p1" in joined
    assert "'non-aggression-pact-1928': its quote does not say the date '1927'" in joined
    assert "does not say the date '2021-06' (no 'June')" in joined
    # With its event broken, the 1878 sentence has none: the checker lists it, too.
    assert "history.p1 states a date but no event quotes it: 'Russia sent its first" in joined
    assert "problems in 1 file" in summary


def test_the_checker_lists_a_dated_sentence_without_an_event(tmp_path):
    content = _copy(tmp_path)
    events_file = content / "timeline" / "events.toml"
    text = events_file.read_text(encoding="utf-8")
    start = text.index('[[event]]\nid = "taliban-take-kabul-1996"')
    end = text.index("[[event]]", start + 1)
    events_file.write_text(text[:start] + text[end:], encoding="utf-8")
    lines, _summary = check_folder(content)
    assert len(lines) == 1
    assert lines[0].startswith(
        f"{content}/timeline/events.toml:1: post-occupation.p2 states a date but no event quotes it: "
        "'After the Taliban took control of Kabul in 1996, Russia"
    )


def test_dates_read_with_their_precision():
    assert parse_date("1979-12-25").precision == "day"
    assert parse_date("2021-08").precision == "month"
    assert parse_date("2021-Q3")[:2] == (2021.5, 2021.75)
    assert parse_date("1878")[:] == (1878, 1879, "year")
    assert parse_date("1990s")[:] == (1990, 2000, "decade")
    assert parse_date("early 1970s")[:2] == (1970, 1974)
    assert parse_date("late 2016")[:2] == (2016.6, 2017.0)
    assert parse_date("2021-13") is None and parse_date("soon") is None
    assert missing_date_words("1979-12-25", "On Christmas Day 1979, the Soviet Union") == []
    assert missing_date_words("late 2016", "since the end of 2016") == []
    assert missing_date_words("early 1970s", "In the 1970s") == ["early or beginning or start"]


def test_sentences_and_what_counts_as_dated():
    text = 'In Russia\'s 2016 document (para. 97), it says "no". Then 7000 soldiers came. By 1,979,000 no.'
    assert sentences(text)[0] == 'In Russia\'s 2016 document (para. 97), it says "no".'
    assert [is_dated(s) for s in sentences(text)] == [True, False, False]
    assert is_dated("In the mid-1950s, aid grew.") and is_dated("Under the Convention of 1907, they agreed.")


def test_timeline_json_in_date_order_with_every_field(capsys):
    assert main(["timeline", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) >= 70
    for item in items:
        assert {
            "date",
            "precision",
            "quote",
            "section",
            "paragraph",
            "actors",
            "places",
            "correction",
        } <= set(item)
    starts = [item["from"] for item in items]
    assert starts == sorted(starts)
    assert items[0]["date"] == "1830" and items[0]["precision"] == "span"
    by_id = {item["id"]: item for item in items}
    assert by_id["russian-mission-to-kabul-1878"]["section"] == "history"
    assert by_id["russian-mission-to-kabul-1878"]["paragraph"] == 1
    assert by_id["soviet-invasion-1979"]["precision"] == "day"
    assert by_id["dependent-early-1970s"]["approximate"] is True
    c5 = by_id["c5-plus-1-2016"]["correction"]
    assert c5["id"] == "c5-plus-1-began-2015" and "2015" in c5["note"]
    assert by_id["arms-agreement-1958"]["correction"] is None
    assert "putin" in by_id["putin-refugee-warning-2021"]["actors"]


def test_timeline_filters_by_actor_place_and_period(capsys):
    assert main(["timeline", "--json", "--actor", "Putin", "--from", "2015", "--to", "2021-07"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [item["id"] for item in items] == [
        "putin-confirms-contacts-2015",
        "putin-offers-tajikistan-help-2021",
    ]
    assert main(["timeline", "--json", "--place", "sochi"]) == 0
    assert [item["id"] for item in json.loads(capsys.readouterr().out)] == ["karzai-sochi-2014"]
    assert main(["timeline"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("1878 ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "19x"], "not a date: '19x'"),
        (["--from", "2020", "--to", "2010"], "--from 2020 is after --to 2010"),
        (["--actor", "zzzqqq"], "no actor 'zzzqqq' in the timeline"),
    ],
)
def test_timeline_bad_input_is_one_line(argv, message, capsys):
    assert main(["timeline", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"dossier: {message}") and err.count("\n") == 1 and "Traceback" not in err


def test_filters_and_places_of_a_period(store):
    every = events(store.connection)
    soviet_war = filter_events(every, period=period_of("1979-12", "1989-02"))
    assert {e.id for e in soviet_war} >= {"soviet-invasion-1979", "soviet-withdrawal-1989"}
    assert "afghanistan" in places_in(soviet_war) and "sochi" not in places_in(soviet_war)
    assert all("taliban" in e.actors for e in filter_events(every, actors=["taliban"]))


def test_the_era_axis_gives_1878_and_2021_room(store):
    from desktop.core.timeline.events import eras

    every = events(store.connection)
    axis = era_axis(eras(store.connection), [e.range for e in every], 1000)
    assert axis.x(1830) == 0 and axis.x(2022) == pytest.approx(1000)
    xs = [axis.x(year / 4) for year in range(1830 * 4, 2022 * 4)]
    assert xs == sorted(xs)
    assert axis.x(2021.75) - axis.x(2021) > 15  # months of 2021 apart
    assert axis.x(1890) - axis.x(1870) > 10  # 1878 is not crushed against 1830
    for year in (1850.5, 1979.9, 2001.7, 2021.6):
        assert axis.year(axis.x(year)) == pytest.approx(year)
    labels = ticks(axis, 32)
    assert labels[0].year == 1830 and labels[-1].year >= 2018
    assert all(b.x - a.x >= 40 for a, b in itertools.pairwise(labels))


def test_zooming_to_a_period_is_the_same_axis_over_it():
    axis = era_axis([Era("a", 1900, 2000)], [parse_date("1950")], 500, period=(1990, 2000))
    assert axis.x(1990) == 0 and axis.x(2000) == 500 and axis.x(1995) == pytest.approx(250)


def test_a_gap_between_eras_is_a_break():
    axis = era_axis(
        [Era("a", 1800, 1850), Era("b", 1950, 2000)], [parse_date("1820"), parse_date("1980")], 300
    )
    assert [s.is_break for s in axis.segments] == [False, True, False]
    assert axis.x(1950) - axis.x(1850) == pytest.approx(14)


def test_lanes_by_actor_and_by_country(store):
    every = events(store.connection)
    lanes = lane_keys(every, "actor", 5, {})
    assert lanes[0] == "russia" and lanes[-1] == "" and len(lanes) == 5
    assert {lane_of(e, lanes, "actor", {}) for e in every} <= set(lanes)
    countries = {"kabul": "afghanistan", "moscow": "russia", "afghanistan": "afghanistan"}
    by_country = lane_keys(every, "country", 3, countries)
    assert by_country[:2] == ["afghanistan", "russia"]


def test_neighbour_steps_through_the_visible():
    order = ["a", "b", "c", "d"]
    assert neighbour(order, "b", 1) == "c" and neighbour(order, "b", -1) == "a"
    assert neighbour(order, "d", 1) == "d" and neighbour(order, "", 1) == "a"
    assert neighbour(order, "b", 1, lambda k: k != "c") == "d"


boxes = st.lists(
    st.tuples(st.floats(0, 800), st.floats(10, 200), st.integers(0, 3), st.floats(0, 5)), max_size=60
)


@given(boxes, st.integers(1, 4))
def test_labels_never_overlap(raw, rows):
    found = place_labels(
        [LabelBox(str(i), anchor, width, lane, prio) for i, (anchor, width, lane, prio) in enumerate(raw)],
        rows,
        800,
    )
    placed = list(found.values())
    for index, a in enumerate(placed):
        assert a.left >= 0 and a.left + a.width <= max(800, a.width) + 1e-9
        for b in placed[index + 1 :]:
            if (a.lane, a.row) == (b.lane, b.row):
                assert a.left + a.width <= b.left or b.left + b.width <= a.left


def test_labels_with_room_are_all_placed_and_priority_wins():
    spread = [LabelBox(str(i), i * 100.0, 80, 0) for i in range(5)]
    assert len(place_labels(spread, 1, 600)) == 5
    crowded = [LabelBox("low", 10, 80, 0), LabelBox("high", 20, 80, 0, priority=1)]
    assert set(place_labels(crowded, 1, 600)) == {"high"}
    assert set(place_labels(crowded, 2, 600)) == {"high", "low"}


def test_the_checker_reads_eras_and_refuses_bad_ones(tmp_path, loaded):
    assert loaded.timeline.eras[0].name == "Great Game"
    assert loaded.timeline.eras[-1][1:] == (2021, 2022)  # 2021, the withdrawal, is an era of its own
    content = _copy(tmp_path)
    events_file = content / "timeline" / "events.toml"
    text = events_file.read_text(encoding="utf-8")
    text = text.replace('from = "1917"', 'from = "1900"', 1).replace('to = "1989-02"', 'to = "soon"', 1)
    text = text.replace('outside = ["title-page"', 'outside = ["nowhere"', 1)
    events_file.write_text(text, encoding="utf-8")
    joined = "\n".join(check_folder(content)[0])
    assert "era 'Soviet friendship' begins before the era above it ends" in joined
    assert "era 'Soviet war': from and to must be dates, from before to" in joined
    # The title page is no longer outside the history: its "October 2021" needs an event.
    assert "title-page.p3 states a date but no event quotes it: 'October 2021'" in joined

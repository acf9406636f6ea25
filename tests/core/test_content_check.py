"""The strict content checker: each kind of fault, injected into a copy of content/, is named
with its file and line; all of them at once; never a traceback. The build runs the same checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.content.build import build_database
from desktop.core.errors import ContentError


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(paths.content_dir(), copy)
    return copy


def inject(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in ``path`` by ``new``; the line where ``new`` starts."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    index = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, index) + 1


def check(folder: Path, capsys) -> tuple[int, list[str], str]:
    code = main(["check-content", str(folder)])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_the_bundled_content_is_clean(capsys):
    assert main(["check-content"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.count("\n") == 1 and "no problems" in out and "152 glossary entries" in out


ROLE = 'role = "Minister of Foreign Affairs of Russia (2004- )"\n'


@pytest.mark.parametrize(
    ("file", "old", "new", "offset", "message"),
    [
        # The review's find: a `key = value` line living inside a text field.
        ("glossary/people.toml", ROLE + "general = '''\n", "general = '''\n" + ROLE, 1,
         "entry 'lavrov': general holds a line of TOML: 'role = "),
        ("glossary/terms.toml", "The Collective Security Treaty Organisation is", "[[entry]]\nThe CSTO is", 0,
         "entry 'csto': body holds a line of TOML: '[[entry]]'"),
        ("glossary/terms.toml", 'id = "csto"\n', 'id = "csto"\ncolour = "red"\n', 1,
         "entry 'csto' has unknown key 'colour'"),
        ("glossary/places.toml", "lat = 33.9\n", 'lat = "33.9"\n', 0,
         "entry 'afghanistan': lat must be a number"),
        ("glossary/terms.toml", 'kind = "organisation"\n', "", None, "entry 'csto' lacks kind"),
        ("glossary/terms.toml", "a de facto *cordon sanitaire*.", "a de facto *cordon sanitaire.", 0,
         "entry 'csto': body has unbalanced * (italics)"),
        ("glossary/terms.toml", 'calls "Russia\'s military alliance".', "calls [its alliance](https://x.", 0,
         "entry 'csto': body has unbalanced [ ] or ( ) of a Markdown link"),
        ("facts/facts.toml", "Tajikistan is a member of", "Tajikistan is *a* member of", 0,
         "fact 'tajikistan-csto-member': statement is plain text, so '*' would show as typed"),
        ("glossary/terms.toml", "all members of the Moscow-led", "all members of Moscow's", 0,
         "quote of 'csto' is not verbatim in the report"),
        ("glossary/terms.toml", 'related = ["cis",', 'related = ["nowhere",', 0,
         "'csto' is related to unknown entry 'nowhere'"),
        ("glossary/people.toml", 'role = "Chancellor of Germany (2005-2021)"\n', "", None,
         "person 'merkel' lacks role"),
        ("facts/facts.toml", 'id = "tajikistan-cordon-sanitaire"', 'id = "tajikistan-csto-member"', 0,
         "id 'tajikistan-csto-member' already used at facts/facts.toml:9"),
        ("facts/facts.toml", 'entities = ["tajikistan", "csto"]', 'entities = ["atlantis"]', -1,
         "fact 'tajikistan-csto-member' names unknown entity 'atlantis'"),
        ("facts/facts.toml", 'tags = ["csto-member"]', "tags = 'csto-member'", 0,
         "fact 'tajikistan-csto-member': tags must be a list of strings"),
        ("facts/layers.toml", 'iso3 = "ARM"', 'iso3 = "TJK"', 0,
         "TJK is on the map: tag a fact about it instead"),
        ("corrections/corrections.toml", 'section_id = "russias-interests"', 'section_id = "nowhere"', -1,
         "correction 'c5-plus-1-began-2015' names unknown section 'nowhere'"),
        ("corrections/corrections.toml", "paragraph = 13", "paragraph = 12", -2,
         "quote of correction 'c5-plus-1-began-2015' is not verbatim in russias-interests.p12: "
         "'The C5+1 format was introduced by the US in 2016' (it is in paragraph 13)"),
        ("corrections/corrections.toml", "paragraph = 13", 'paragraph = "13"', 0,
         "correction 'c5-plus-1-began-2015': paragraph must be a whole number"),
        ("map/places.toml", 'TJK = "tajikistan"', 'TJK = "tadjikistan"', 0,
         "country TJK points to unknown glossary entry 'tadjikistan'"),
        ("report/meta.toml", "year = 2021", 'year = "2021"', 0,
         "meta.toml 'russian-interests-in-afghanistan': year must be a whole number"),
        ("report/meta.toml", 'language = "en"', 'language = "en"\nedition = 2', 1,
         "meta.toml 'russian-interests-in-afghanistan' has unknown key 'edition'"),
        ("glossary/terms.toml", "[[entry]]", "[[entry]\n", 0, "not valid TOML: "),
        ("report/report.md", "## The Soviet Invasion {#soviet-invasion}", "## The Soviet Invasion", 0,
         "heading 'The Soviet Invasion' has no {#id}"),
        ("report/report.md", "limited impact.[^2]", "limited impact.[^9]", 0,
         "footnote [^9] is cited but never defined"),
    ],
)  # fmt: skip
def test_each_fault_is_named_with_its_file_and_line(content, capsys, file, old, new, offset, message):
    line = inject(content / file, old, new)
    if offset is None:  # a missing key: the record's [[header]] line
        lines = (content / file).read_text(encoding="utf-8").splitlines()
        line = max(n for n in range(1, line + 1) if lines[n - 1].startswith("[["))
    else:
        line += offset
    code, problems, err = check(content, capsys)
    assert code == 1
    assert problems == [f"{content}/{file}:{line}: {message}"] or any(
        p.startswith(f"{content}/{file}:{line}: {message}") for p in problems
    ), problems
    assert "Traceback" not in err and err.strip().endswith(("file", "files"))


def test_every_problem_at_once_in_every_file(content, capsys):
    inject(content / "glossary" / "terms.toml", 'id = "csto"\n', 'id = "csto"\ncolour = "red"\n')
    inject(content / "facts" / "facts.toml", "some 7000 soldiers", "some 7,000 soldiers")
    inject(content / "corrections" / "corrections.toml", "paragraph = 4", "paragraph = 40")
    code, problems, err = check(content, capsys)
    assert code == 1 and len(problems) == 3
    assert [p.split(":")[0].removeprefix(f"{content}/") for p in problems] == [
        "glossary/terms.toml",
        "facts/facts.toml",
        "corrections/corrections.toml",
    ]
    assert err == "3 problems in 3 files\n"


def test_an_unreadable_file_is_one_line_not_a_cascade(content, capsys):
    (content / "glossary" / "people.toml").write_bytes(b"\xff\xfe not text")
    code, problems, _err = check(content, capsys)
    assert code == 1 and problems == [
        f"{content}/glossary/people.toml:1: not UTF-8 text (invalid start byte at byte 0)"
    ]


def test_a_missing_folder_is_one_line(tmp_path, capsys):
    assert main(["check-content", str(tmp_path / "nowhere")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "no content folder" in err


def test_the_build_refuses_content_the_checker_rejects(content, tmp_path):
    line = (
        inject(content / "glossary" / "people.toml", ROLE + "general = '''\n", "general = '''\n" + ROLE) + 1
    )
    with pytest.raises(
        ContentError, match=rf"^glossary/people\.toml:{line}: entry 'lavrov': general holds a line"
    ):
        build_database(content, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()


# -- the edition's own voice (desktop/core/content/voice.py) ------------------------------------


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


NOT_THE_REPORTS = "puts in quotation marks words the report does not have"


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        # A paraphrase in quotation marks: the words are the report's, the quotation is not.
        ("glossary/people.toml", "he spoke about the Taliban with respect.",
         'he spoke about the Taliban "with great respect".',
         f"body of 'lavrov' {NOT_THE_REPORTS}: 'with great respect'"),
        ("glossary/terms.toml", "French for a sanitary cordon:", "French for “sanitary cordon”:",
         f"short of 'cordon-sanitaire' {NOT_THE_REPORTS}: 'sanitary cordon'"),
        ("glossary/terms.toml", "the name means *students*", 'the name means "students"',
         f"general of 'taliban' {NOT_THE_REPORTS}: 'students' (quote the report verbatim, name the source in "
         "quote_sources, or use *italics* for a term)"),
        ("facts/facts.toml", "Collective Security Treaty Organisation (CSTO), Russia's military alliance.",
         "Collective Security Treaty Organisation (CSTO), \\\"Moscow's alliance\\\".",
         f"statement of fact 'tajikistan-csto-member' {NOT_THE_REPORTS}: \"Moscow's alliance\""),
    ],
)  # fmt: skip
def test_words_in_quotation_marks_not_in_the_report_are_named(content, capsys, file, old, new, message):
    line = inject(content / file, old, new)
    code, problems, err = check(content, capsys)
    assert code == 1 and len(problems) == 1 and problems[0].startswith(f"{content}/{file}:{line}: {message}")
    assert "Traceback" not in err


def test_a_quotation_from_another_named_source_is_allowed(content, capsys):
    terms = content / "glossary" / "terms.toml"
    inject(terms, "the name means *students*", 'the name means "students"')
    inject(
        terms,
        'id = "taliban"\n',
        'id = "taliban"\nquote_sources = { "students" = "Encyclopaedia Iranica, Taliban" }\n',
    )
    assert check(content, capsys)[0] == 0
    # Named for a quotation the text no longer has: stale, said where it stands.
    inject(terms, 'the name means "students"', "the name means *students*")
    code, problems, _err = check(content, capsys)
    line = _line_of(terms, "quote_sources =")
    stale = "quote_sources of 'taliban' names 'students', which its text does not quote"
    assert code == 1 and problems == [f"{content}/glossary/terms.toml:{line}: {stale}"]


def test_a_fact_that_quotes_corrected_words_must_point_to_the_note(content, capsys):
    corrections = content / "corrections" / "corrections.toml"
    note_line = _line_of(corrections, 'id = "taliban-moscow-format-2018"')
    inject(corrections, 'affects = ["moscow-format-2017", "moscow-format"]', 'affects = ["moscow-format"]')
    code, problems, _err = check(content, capsys)
    line = _line_of(content / "facts" / "facts.toml", "The report says Russia set up the Moscow format")
    assert code == 1 and problems == [
        f"{content}/facts/facts.toml:{line}: fact 'moscow-format-2017' quotes words that editor's note "
        f"'taliban-moscow-format-2018' corrects: list it in the note's affects "
        f"(corrections/corrections.toml:{note_line}) and say so in the statement"
    ]


def test_a_new_fact_stating_a_corrected_claim_is_caught(content, capsys):
    facts = content / "facts" / "facts.toml"
    with facts.open("a", encoding="utf-8") as out:
        out.write(
            '\n[[fact]]\nid = "amin-first-day"\nentities = ["amin"]\n'
            'statement = "Soviet forces killed Amin on the first day of the invasion."\n'
            'quote = "On the first day of the invasion, Soviet forces killed Amin"\ndate = "1979-12-25"\n'
        )
    code, problems, _err = check(content, capsys)
    line = _line_of(facts, 'statement = "Soviet forces killed Amin on the first day')
    assert code == 1 and len(problems) == 1
    assert problems[0].startswith(
        f"{content}/facts/facts.toml:{line}: fact 'amin-first-day' quotes words that editor's note "
        "'amin-killed-27-december' corrects"
    )


def test_what_a_note_affects_must_say_so(content, capsys):
    terms = content / "glossary" / "terms.toml"
    inject(terms, " (an embassy official attended as an observer: see the editor's note)", "")
    facts = content / "facts" / "facts.toml"
    inject(facts, " (an embassy official observed it: see the editor's note)", "")
    inject(content / "corrections" / "corrections.toml", '"moscow-format-2017", "moscow-format"]',
           '"moscow-format-2017", "moscow-format", "atlantis"]')  # fmt: skip
    code, problems, _err = check(content, capsys)
    entry_line = _line_of(terms, 'id = "us-russian-dialogue"') - 1  # the record's [[entry]] line
    unknown_line = _line_of(content / "corrections" / "corrections.toml", "atlantis")
    assert code == 1 and sorted(problems) == sorted([
        f"{content}/corrections/corrections.toml:{unknown_line}: "
        "correction 'taliban-moscow-format-2018' affects unknown fact or entry 'atlantis'",
        f"{content}/facts/facts.toml:{_line_of(facts, 'The report says the US sent its special envoy')}: "
        "fact 'us-envoy-joins-dialogue-2018' is affected by editor's note 'us-observer-moscow-2018' but its "
        "statement does not point to it (say \"see the editor's note\")",
        f"{content}/glossary/terms.toml:{entry_line}: entry 'us-russian-dialogue' is affected by editor's "
        "note 'us-observer-moscow-2018' but its text does not point to it (say \"see the editor's note\")",
    ])  # fmt: skip

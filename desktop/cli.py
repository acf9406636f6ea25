"""The ``dossier`` command: the window's twin over the same core.

``dossier`` alone opens the window; subcommands print what the window shows,
as text or as JSON (``--json``) for scripts. A user mistake prints one line on
stderr and exits non-zero; it never shows a traceback.

A plain ``dossier search`` (and the window's options) is read by ``cli_types.quick_read``;
every other command line by argparse, in ``desktop/cli_parser.py``, imported only then.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence

from desktop import __version__, locations
from desktop.cli_types import Arguments, quick_read
from desktop.core.errors import NotesError, UserError
from desktop.ending import reported


def _lazy(module: str, name: str):
    """A command run by ``module``'s ``name``, imported when it runs."""

    def run(args: Arguments) -> int:
        from importlib import import_module

        return getattr(import_module(module), name)(args)

    return run


def _print_json(value: object) -> None:
    # One write: json.dump writes each token apart, a system call each where output is unbuffered.
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _print_table(values: dict[str, object], as_json: bool) -> int:
    """``values`` as a JSON object, or one ``key  value`` line each."""
    if as_json:
        _print_json(values)
    else:
        for key, value in values.items():
            print(f"{key:<24} {value}")
    return 0


def _open_store():
    from desktop.context import open_report

    return open_report()


def cmd_sections(args: Arguments) -> int:
    store = _open_store()
    rows = store.sections_with_text()
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            indent = "  " * (int(row["level"]) - 1)
            print(f"{row['id']:<24} {indent}{row['title']}")
    return 0


def cmd_search(args: Arguments) -> int:
    from desktop.context import notes_to_search
    from desktop.core.search.finder import search_all

    store = _open_store()
    query = " ".join(args.query)
    results = search_all(store, notes_to_search(), query, limit=args.limit)
    if results.meaning_off is not None:
        print(f"dossier: {results.meaning_off}", file=sys.stderr)
    if args.json:
        _print_json([hit.as_json() for hit in results.hits])
        return 0
    if not results.hits:
        print(f"Nothing found for {query!r}.")
        return 0
    if results.by_meaning:
        print(f"No passage has every word of {query!r}; closest in meaning:")
    elif not results.exact:
        print(f"No passage has every word of {query!r}; closest matches:")
    for hit in results.hits:
        found_by = " (by meaning)" if hit.match == "meaning" else ""
        print(f"{hit.section_title} [{hit.id}]{found_by}\n    {hit.snippet}")
    return 0


def _entry_json(store, entry) -> dict[str, object]:
    mentions = [{"section_id": s, "count": c} for s, c, _first in store.mentions_by_section(entry.id)]
    return {**entry.as_json(), "mentions": mentions}


def cmd_glossary(args: Arguments) -> int:
    store = _open_store()
    query = " ".join(args.term).strip()
    if not query:
        entries = [_entry_json(store, entry) for entry in store.glossary]
        if args.json:
            _print_json(entries)
        else:
            for entry in entries:
                total = sum(int(m["count"]) for m in entry["mentions"])  # type: ignore[union-attr]
                print(f"{entry['id']:<28} {entry['term']} ({entry['kind']}, {total} mentions)")
        return 0
    from desktop.core.glossary.entries import MATCH_FLOOR

    found = store.find_glossary(query, limit=5)
    if not found or found[0][1] < MATCH_FLOOR:
        nearest = ", ".join(entry.term for entry in store.nearest_glossary(query, 3))
        print(f"dossier: no glossary entry for {query!r}; nearest: {nearest}", file=sys.stderr)
        return 1
    entry = found[0][0]
    data = _entry_json(store, entry)
    if args.json:
        _print_json(data)
        return 0
    print(f"{entry.term} ({entry.kind})\n{entry.short}")
    for mention in data["mentions"]:  # type: ignore[union-attr]
        section = store.section(str(mention["section_id"]))
        print(f"  {section.title if section else mention['section_id']}: {mention['count']}")
    return 0


def cmd_map(args: Arguments) -> int:
    atlas = _open_store().atlas
    unknown = [layer for layer in args.map_layers if layer not in atlas.layer_names()]
    if unknown:
        known = ", ".join(atlas.layer_names()) or "none"
        raise UserError(f"this report's map has no layer {unknown[0]!r} (its layers: {known})")
    if args.png and (not args.png.lower().endswith(".png") or os.path.exists(args.png)):
        raise UserError(
            f"--png needs the name of a new .png file (Dossier never overwrites one), got {args.png!r}"
        )
    if args.png or args.labels:
        from desktop.ui.map.render import home_view, save_png

        view = home_view(atlas, *(args.labels or args.size), args.map_theme, args.map_layers)
    if args.png:
        if not save_png(view, args.png):
            raise UserError(f"cannot write {args.png}")
        print(f"Map saved to {args.png}")
        return 0
    data = {
        "countries": [
            {"iso3": c.iso3, "name": c.name, "neighbours": list(c.neighbours)} for c in atlas.countries
        ],
        "places": [
            {"id": p.id, "name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon, "country": p.country}
            for p in atlas.places
        ],
    }
    from desktop.core.map.facts import layers_json  # each layer with its members off the map

    data["layers"] = layers_json(atlas.connection)
    if args.labels:
        data.update(view.layout())
    if args.json:
        _print_json(data)
    else:
        for country in atlas.countries:
            borders = ", ".join(country.neighbours) or "none on this map"
            print(f"{country.iso3} {country.name}: borders {borders}")
        for place in atlas.places:
            print(f"  {place.name} ({place.kind}, {place.country}) {place.lat:.2f}N {place.lon:.2f}E")
    return 0


def cmd_content(args: Arguments) -> int:
    """``check-content`` and ``corrections``: see desktop/content_commands.py."""
    from desktop import content_commands

    return content_commands.run(args)


def _fact_json(fact) -> dict[str, object]:
    data = fact.as_json()
    return {key: data[key] for key in ("id", "entities", "statement", "quote", "section_id", "date", "tags")}


def cmd_facts(args: Arguments) -> int:
    atlas = _open_store().atlas
    name = " ".join(args.entity).strip()
    if not name:
        facts = atlas.facts
        if args.json:
            _print_json([_fact_json(fact) for fact in facts])
        else:
            for fact in facts:
                print(f"{fact.date or '    '}  {fact.statement}  [{fact.section_id}]")
        return 0
    entity_id = atlas.resolve(name)
    entity = atlas.entity(entity_id) if entity_id else None
    if entity is None:
        nearest = ", ".join(atlas.nearest_names(name)) or "none"
        print(f"dossier: no entity called {name!r}; nearest: {nearest}", file=sys.stderr)
        return 1
    facts = atlas.facts_for(entity.id)
    if args.json:
        _print_json({"entity": entity.as_json(), "facts": [_fact_json(fact) for fact in facts]})
        return 0
    print(f"{entity.name} ({entity.kind})")
    for line in entity.summary:
        print(f"  · {line}")
    for fact in facts:
        print(f"{fact.date or '    '}  {fact.statement}\n      “{fact.quote}” [{fact.section_id}]")
    return 0


def cmd_notes(args: Arguments) -> int:
    from desktop.context import open_notes
    from desktop.core.notes.anchoring import selector_for_quote

    store = _open_store()
    if args.notes_command == "add":
        if store.section(args.section) is None:
            raise NotesError(f"no section {args.section!r} (see 'dossier sections')")
        selector = None
        if args.quote is not None:
            selector = selector_for_quote(store.section_text(args.section), args.quote)
            if selector is None:
                raise NotesError(f"the quote is not in section {args.section!r}: {args.quote[:60]!r}")
        note = open_notes().add(args.section, args.body, selector, args.tag)
        if args.json:
            _print_json(note.as_json())
        else:
            print(f"Added note {note.id} to {store.section(args.section).title}.")
        return 0
    notes = open_notes()
    if args.notes_command == "list":
        items = notes.notes()
        if args.json:
            _print_json([note.as_json() for note in items])
        else:
            for note in items:
                first = note.body.splitlines()[0][:70] if note.body else "(highlight)"
                print(f"{note.id[:8]}  {note.section_id:<22} {first}")
        return 0
    if args.notes_command == "export":
        from desktop.core.notes.exporting import export_format, export_notes, render_notes

        if not args.output:
            sys.stdout.write(render_notes(store, notes.notes(), args.format))
            return 0
        written = export_notes(store, notes, args.output, args.format)
        print(f"Wrote {written} {export_format(args.format).counts} to {args.output}.", file=sys.stderr)
        return 0
    from desktop.core.notes.exporting import import_notes

    imported = import_notes(store, notes, args.file)
    print(f"Imported {args.file}: {imported.summary()}.")
    return 0


def cmd_bench(args: Arguments) -> int:
    from desktop.bench import run

    return _print_table(run(quick=args.quick, startup_only=args.startup, runs=args.runs), args.json)


def cmd_backup(args: Arguments) -> int:
    from pathlib import Path

    from desktop.context import notes_dir
    from desktop.core.notes.safety import list_backups, make_backup, restore_backup

    data = Path(notes_dir())
    if args.backup_command == "list":
        backups = list_backups(data)
        if args.json:
            _print_json([b.as_json() for b in backups])
        else:
            for b in backups:
                print(f"{b.id}  {b.created}  {b.notes} notes  {b.size} bytes")
            if not backups:
                print("No backups yet.")
        return 0
    if args.backup_command == "now":
        from desktop.context import open_notes

        made = make_backup(open_notes(data), data)
        print(f"Backed up {made.notes} notes to {made.path}.")
        return 0
    chosen, moved = restore_backup(data, args.id)
    aside = f" The notes file it replaced was kept as {moved.name}." if moved else ""
    print(f"Restored the backup of {chosen.created} ({chosen.notes} notes).{aside}")
    return 0


def cmd_library(args: Arguments) -> int:
    from pathlib import Path

    from desktop.context import library

    shelf = library()
    if args.library_command == "list":
        reports = shelf.reports()
        if args.json:
            _print_json([report.as_json() for report in reports])
        else:
            for report in reports:
                mark = " (bundled)" if report.bundled else ""
                print(f"{report.id:<36} {report.title} — {report.author}, {report.date}{mark}")
        return 0
    if args.library_command == "add":
        report = shelf.add(Path(args.dir).expanduser())
        print(f"Added {report.title!r} as {report.id!r}; open it with: dossier --report {report.id}")
        return 0
    report = shelf.remove(args.id)
    print(f"Removed {report.title!r} from the library; its notes are kept.")
    return 0


def cmd_info(args: Arguments) -> int:
    from desktop import paths
    from desktop.context import current_edition, notes_dir

    store = _open_store()
    edition = current_edition()
    info = {
        "version": __version__,
        "report": edition.id,
        "content_hash": store.meta.get("content_hash", ""),
        "content_database": str(store.path),
        "content_dir": str(edition.folder),
        "data_dir": str(paths.data_dir()),
        "notes_dir": str(notes_dir()),
        "config_dir": str(paths.config_dir()),
        "state_dir": str(paths.state_dir()),
    }
    return _print_table(info, args.json)


def _check_screenshot_target(target: str) -> None:
    if not target.lower().endswith(".png"):
        raise UserError(f"--screenshot needs a .png file name, got {target!r}")
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        raise UserError(f"cannot save the screenshot: folder {folder!r} does not exist")
    if os.path.isdir(target):
        raise UserError(f"cannot save the screenshot: {target!r} is a folder")


def cmd_related(args: Arguments) -> int:
    from desktop.cli_meaning import cmd_related as related  # numpy and the model: only for this

    return related(args)


COMMANDS = {
    "sections": cmd_sections,
    "search": cmd_search,
    "glossary": cmd_glossary,
    "map": cmd_map,
    "facts": cmd_facts,
    "check-content": cmd_content,
    "corrections": cmd_content,
    "notes": cmd_notes,
    "bench": cmd_bench,
    "backup": cmd_backup,
    "library": cmd_library,
    "info": cmd_info,
    "cite": _lazy("desktop.cli_formats", "cmd_cite"),
    "export-pdf": _lazy("desktop.cli_formats", "cmd_export_pdf"),
    "timeline": _lazy("desktop.timeline_command", "cmd_timeline"),
    "related": cmd_related,
}


def _parse(argv: list[str]) -> Arguments:
    """``argv`` read: a search (or the window's options) by ``quick_read``, all else by argparse."""
    args = quick_read(argv)
    if args is None:
        from desktop.cli_parser import parse

        args = parse(argv, COMMANDS)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    return reported(lambda: _run(sys.argv[1:] if argv is None else list(argv)))


def _run(argv: list[str]) -> int:
    tokens, place = argv, None
    if any(token[:8].lower() == "dossier:" for token in argv):  # a desktop opening a link
        from desktop.cli_formats import take_place

        tokens, place = take_place(argv, COMMANDS)
    args = _parse(tokens)
    if args.data_dir:
        os.environ[locations.DATA_DIR_ENV] = args.data_dir
    if args.report:
        os.environ[locations.REPORT_ENV] = args.report
    if args.command is None:
        if args.screenshot:
            _check_screenshot_target(args.screenshot)
        from desktop.app import run_window

        return run_window(
            screenshot=args.screenshot,
            section=place.section_id if place else args.section,
            note=place.note_id if place else None,
            paragraph=place.paragraph if place else None,
            theme=args.theme,
            search=args.search,
            term=args.term,
            facts=args.facts,
            notes=args.notes,
            layers=args.layer,
        )
    return COMMANDS[args.command](args)

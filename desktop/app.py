"""Start the window (or render it offscreen to a PNG for ``--screenshot``)."""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Callable

from desktop import paths
from desktop.core.errors import ContentError, UserError

SCREENSHOT_SIZE = (1280, 800)
# Qt's PNG "quality" picks zlib's effort: a quicker setting for a file a little larger.
SCREENSHOT_PNG_QUALITY = 60


def _collector_paused(function: Callable[..., int]) -> Callable[..., int]:
    """Run ``function`` with the garbage collector off (``settle_after_startup`` turns it on).

    Start-up only makes objects that live as long as the window, so the collections it would
    trigger find nothing to free.
    """

    @functools.wraps(function)
    def paused(*args: object, **kwargs: object) -> int:
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@_collector_paused
def run_window(
    screenshot: str | None = None,
    section: str | None = None,
    theme: str | None = None,
    search: str | None = None,
    term: str | None = None,
    facts: str | None = None,
    notes: bool = False,
    layers: list[str] | None = None,
    note: str | None = None,
    paragraph: int | None = None,
) -> int:
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Everything that needs no Qt comes first: a wrong --section fails before Qt loads, and
    # the modules are in before PySide6's import hook, which reads the source of every
    # module imported after it.
    _load_core_for_window()
    edition, store = _open_edition(remember=not screenshot)
    if section and store.section(section) is None:
        known = ", ".join(s.id for s in store.sections)
        raise UserError(f"no section {section!r}; sections are: {known}")
    if section and paragraph is not None:
        _check_paragraph(store, section, paragraph)
    instance = None
    if not screenshot:  # one window per report: one already open takes this launch's place
        from desktop.ui.window.handover import hand_over, instance_name, report_key

        instance = instance_name(report_key(store.meta), paths.report_data_dir(edition.key))
        if hand_over(instance, section, note):  # before Qt loads: a link's only cost is Python's start
            return 0

    from PySide6.QtWidgets import QApplication

    if screenshot:
        quiet_offscreen_notices()

    from desktop.ui.window.main_window import build_window

    # Fusion looks the same everywhere; asked for on the command line, not through app.style(),
    # which would first build Python wrappers for QStyle and its enums.
    app = QApplication.instance() or QApplication([*sys.argv[:1], "-style", "fusion"])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setDesktopFileName(paths.APP_ID)

    # Notes that look sound are opened right after the first paint; any others now, so that what
    # is said of them is in that paint.
    from desktop.core.notes import looks_sound

    opened = None if screenshot or looks_sound(paths.report_data_dir(edition.key)) else _open_notes(edition)
    window = build_window(
        store,
        paths.data_dir(),
        opened,
        recover=not screenshot,
        edition=edition.key,
        paint_first=not screenshot,
        open_notes=lambda: _open_notes(edition),  # after the first paint: the text waits for nothing of it
    )
    if screenshot:
        options = {"section": section, "theme": theme, "search": search, "term": term, "facts": facts}
        options["notes"] = "yes" if notes else None
        return _screenshot(app, window, screenshot, options, layers or [])
    # The icon comes with the rest, after the text: its SVG plugin is time the text need not wait for.
    window.completed.connect(lambda: _set_icon(app))
    _show(app, window, restore_position=not section)
    if section:
        open_place(window, section, note, paragraph)
    elif note:  # a dossier: link to a note: its passage, and the note open
        window.complete()
        window.show_note(note)
    if instance is not None:  # after the first paint: QtNetwork's import is not start-up's
        from desktop.ui.window.single_instance import listen_for_places

        listen_for_places(window, instance)
    return app.exec()


def _set_icon(app) -> None:
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "dossier.svg")))


def _check_paragraph(store, section: str, paragraph: int) -> None:
    from desktop.core.locator import Paragraphs

    count = Paragraphs(store).count(section)
    if not 1 <= paragraph <= count:
        raise UserError(f"section {section!r} has paragraphs 1 to {count}, not {paragraph}")


def open_place(window, section: str, note: str | None = None, paragraph: int | None = None) -> None:
    """Show what a ``dossier:`` link names: a section, a note's passage (the note open) or a
    paragraph (landed on and marked, as a search hit is)."""
    window.complete()  # a note is shown in its panel and placed in the text
    window.reader.show_section(section)
    if note:
        window.show_note(note)
    elif paragraph:
        from desktop.core.locator import paragraph_id

        window.reader.show_passage(paragraph_id(section, paragraph))


def _open_edition(reference: str | None = None, remember: bool = True):
    """The edition to open (``reference``, else ``--report``, else the last one the window
    showed, else the bundled report) and its compiled store; remembered for the next start."""
    from desktop.context import current_edition, last_report, open_report, remember_last_report

    if not reference and not os.environ.get(paths.REPORT_ENV):
        last = last_report()
        if last:
            try:
                edition = current_edition(last)
                store = open_report(edition.folder)
            except (UserError, ContentError) as error:  # removed or broken since: the bundled report
                if not isinstance(error, UserError):  # a report that went wrong is worth a line
                    print(f"dossier: {error}; the bundled report is opened instead", file=sys.stderr)
                edition = current_edition()
                store = open_report(edition.folder)
            if remember and edition.id != last:  # the usual start writes nothing
                remember_last_report(edition.id)
            return edition, store
        edition = current_edition()
    else:
        edition = current_edition(reference)
    store = open_report(edition.folder)
    if remember:
        remember_last_report(edition.id)
    return edition, store


def _show(app, window, restore_position: bool = True, replaces=None) -> None:
    """Show a built window where it was (where the window it ``replaces`` is, if any), then
    (unless a link says where) its text where the reader left it."""
    window.restore_state()
    if replaces is not None:  # the same place and size on screen: only the report changes
        window.setGeometry(replaces.geometry())
        window.setWindowState(replaces.windowState())
    window.show()
    if restore_position:  # before the first paint: the text is first seen where the reader left it
        window.restore_reading_position()
    # From the turn after the first paint (the socket module, the wakeup pair and the backups'
    # thread are not the text's; nothing is typed before): SIGTERM and the session manager's quit
    # save as Ctrl+Q does, and the notes are backed up soon.
    if window.is_complete:
        _after_first_paint(app, window)
    else:
        window.completed.connect(lambda: _after_first_paint(app, window))
    window.report_requested.connect(lambda reference: switch_report(app, window, reference))
    app.processEvents()
    settle_after_startup()


def _after_first_paint(app, window) -> None:
    _save_on_signals(app, window)
    window.notes_file.schedule_backup()


def switch_report(app, window, reference: str):
    """Close ``window`` (saving its notes and state as Ctrl+Q does) and open ``reference`` in
    a new window, which is returned (``window`` itself when ``reference`` cannot be opened)."""
    from desktop.ui.window.main_window import build_window

    try:
        edition, store = _open_edition(reference)
    except (UserError, ContentError) as error:
        window.show_message(str(error))
        return window
    opened = _open_notes(edition)
    window.close()  # saves its notes and state first
    window.deleteLater()
    replacement = build_window(store, paths.data_dir(), opened, edition=edition.key, paint_first=True)
    app.dossier_window = replacement  # the window lives as long as the app, not this call
    _show(app, replacement, replaces=window)
    from desktop.ui.window.handover import instance_name, report_key
    from desktop.ui.window.single_instance import listen_for_places

    listen_for_places(replacement, instance_name(report_key(store.meta), paths.report_data_dir(edition.key)))
    return replacement


def _save_on_signals(app, window) -> None:
    """SIGTERM, SIGHUP, SIGINT and the session manager's quit save the notes as Ctrl+Q does."""
    from desktop.ui.window.quit_signals import quit_on_signals

    def save_notes() -> None:
        if window.notes_dock.built and window.notes is not None:
            window.notes.flush()

    quit_on_signals(app, window, save_notes)


OFFSCREEN_NOTICES = frozenset({"This plugin does not support propagateSizeHints()"})


def quiet_offscreen_notices() -> None:
    """Drop the offscreen platform's notice that it cannot do what no image needs.

    Every other message from Qt still reaches stderr, formatted as Qt's own handler does.
    """
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, context, message: str) -> None:
        if message in OFFSCREEN_NOTICES:
            return
        category = context.category if context is not None else ""
        prefix = f"{category}: " if category and category != "default" else ""
        sys.stderr.write(f"{prefix}{message}\n")

    qInstallMessageHandler(handler)


def settle_after_startup() -> None:
    """Move what start-up built (report, glossary, map, Qt wrappers) out of the collector's way.

    Those objects live as long as the window, so scanning them on every full collection is
    wasted time: frozen, they make later collections shorter and the exit quicker.
    """
    gc.freeze()
    gc.enable()


def _load_core_for_window() -> None:
    """Import the Qt-free modules the window's first paint uses (see run_window for why first:
    the modules their own import statements name are then not read by PySide6's hook either)."""
    import desktop.core.glossary.term_links
    import desktop.core.migration
    import desktop.core.notes.placement  # noqa: F401


def _open_notes(edition):
    """The edition's notes as ``open_notes_safely`` leaves them; what went wrong, if anything,
    said on stderr too."""
    from desktop.core.notes.safety import open_notes_safely

    opened = open_notes_safely(paths.report_data_dir(edition.key))
    if opened.problem:
        print(f"dossier: {opened.problem}", file=sys.stderr)
    return opened


def _screenshot(app, window, target: str, options: dict[str, str | None], layers: list[str]) -> int:
    window.persist_state = False
    window.resize(*SCREENSHOT_SIZE)
    if options["theme"]:
        window.set_theme(options["theme"])
    window.panels.build_eager()  # an image of the whole window: no first paint to hurry
    window.show()
    app.processEvents()
    if options["section"]:
        window.reader.show_section(options["section"])
    if options["term"]:
        found = window.store.find_glossary(options["term"], 1)
        if not found:
            raise UserError(f"no glossary entry for {options['term']!r}")
        entry = found[0][0]
        window.show_glossary_entry(entry.id)
        mentions = window.store.mentions(entry.id)
        if mentions and not options["section"]:
            window.reader.show_mention(mentions[0].paragraph_id, entry.aliases)
    if options["facts"]:
        entity = window.atlas.resolve(options["facts"])
        if entity is None or not window.show_facts(entity):
            raise UserError(f"no entity called {options['facts']!r}")
    for layer in layers:
        if layer not in window.map_panel.layer_actions:
            known = ", ".join(window.map_panel.layer_actions) or "none"  # as 'dossier map --layer' says it
            raise UserError(f"this report's map has no layer {layer!r} (its layers: {known})")
        window.map_panel.layer_actions[layer].setChecked(True)
    if options["notes"] and window.notes is not None:
        window.notes_dock.raise_()
        first = window.notes_store.notes()[:1]
        if first:
            window.notes.open_note(first[0].id, focus=False)
    if options["search"]:
        window.focus_search()
        window.search.query_box.setText(options["search"])
        window.search.activate_first_passage()
    # Work the window set off (labels placed on a zero timer, the repaints that follow) settles
    # in a few passes; then the screen holds the finished window.
    for _ in range(3):
        app.processEvents()
    settle_after_startup()
    if not _screen_image(window).save(target, "PNG", SCREENSHOT_PNG_QUALITY):
        raise UserError(f"could not write the screenshot to {target!r}")
    window.close()
    return 0


def _screen_image(window):
    """What the (offscreen) screen shows of the window, read back rather than drawn again.

    Painting the whole window a second time into a pixmap, as ``QWidget.grab`` does, is
    slower; ``grab`` stays the fallback where a screen cannot be read.
    """
    screen = window.screen()
    if screen is not None:
        image = screen.grabWindow(window.winId())
        if not image.isNull() and image.size() == window.size() * image.devicePixelRatio():
            return image
    return window.grab()

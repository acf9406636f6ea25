"""The reading-progress indicator: where the reader is in the report (a thin bar and a line in
the status bar) and how much of each section has been read (a mark beside it in Contents).

What was in view is worked out by ``desktop.core.reading_progress``; this object only asks the
reader what is in view when it scrolls (after a pause), draws the answer, and keeps the log in
the window state, one per report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer, Signal

from desktop.core.reading_progress import ReadingLog, place_in_report, report_key
from desktop.ui.i18n import translate

__all__ = ["ReadingProgress", "report_key"]

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QTextBrowser

    from desktop.ui.contents import ContentsPanel
    from desktop.ui.settings import WindowState

REDRAW_MS = 200  # the bar and the marks follow the scrolling after this pause


class ReadingProgress(QObject):
    """Follows the reader's view and shows the progress.

    Signals:
        changed(): the place or the read sections changed (what the status bar shows is new).
    """

    changed = Signal()

    def __init__(
        self,
        reader: QTextBrowser,
        contents: ContentsPanel,
        status_bar: QStatusBar,
        state: WindowState,
        key: str,
        persist: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(reader)
        from PySide6.QtWidgets import QLabel, QProgressBar

        self.reader, self.contents, self.state = reader, contents, state
        self.key = f"reading_progress/{key}"
        self._persist = persist  # a screenshot's window keeps nothing
        self.log = ReadingLog.from_text(state.text_value(self.key))
        self.place = 0.0
        self.bar = QProgressBar(status_bar)
        self.bar.setObjectName("reading-place")
        self.bar.setAccessibleName(translate("ReadingProgress", "Place in the report"))
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(120, 6)
        self.label = QLabel(status_bar)
        self.label.setObjectName("reading-progress")
        self.label.setAccessibleName(translate("ReadingProgress", "Reading progress"))
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.bar)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.update)
        self._last_view: tuple[int, int] | None = None
        self._grown = False
        reader.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._shown_fractions: dict[str, float] = {}
        self._timer.start()  # the first view, once the window is up

    def in_view(self) -> tuple[int, int] | None:
        """The document positions at the top and bottom of the reader's view."""
        top = self.reader.top_position()
        if top is None:
            return None
        height = self.reader.viewport_height()
        bottom = self.reader.cursorForPosition(
            QPoint(self.reader.width() // 2, max(0, height - 2))
        ).position()
        if self.reader.verticalScrollBar().value() >= self.reader.verticalScrollBar().maximum():
            bottom = self.reader.document().characterCount()  # the end is in view: all of it
        return top, bottom

    def _scrolled(self, _value: int = 0) -> None:
        """Note what came into view. A scroll that overlaps the last view read everything
        between (paging, the wheel, the arrows); a jump elsewhere read only what it shows."""
        if self.reader.loading:
            return  # the text is being replaced: its positions mean nothing yet
        view = self.in_view()
        spans = self.reader.section_spans()
        if view is None or not spans:
            return
        last = self._last_view
        seen = view
        if last is not None and view[0] <= last[1] and view[1] >= last[0]:
            seen = (min(view[0], last[0]), max(view[1], last[1]))
        self._last_view = view
        self._grown = bool(self.log.see(spans, *seen)) or self._grown
        self._timer.start()

    def update(self) -> None:
        """Show the progress (and, the first time, note the view the window opened on)."""
        if self._last_view is None:
            self._scrolled()
        view, spans = self._last_view, self.reader.section_spans()
        if view is None or not spans:
            return
        self.place = place_in_report(view[0], max(end for _start, end in spans.values()))
        fractions = self.log.fractions(spans)
        changed = {s: f for s, f in fractions.items() if self._shown_fractions.get(s, -1.0) != f}
        if changed:
            self.contents.set_read_fractions(changed)
            self._shown_fractions.update(changed)
        read = sum(1 for f in fractions.values() if f >= 1.0)
        self.bar.setValue(int(self.place * 1000))
        self.label.setText(
            translate("ReadingProgress", "{percent}% · {read} of {count} sections read").format(
                percent=round(self.place * 100), read=read, count=len(fractions)
            )
        )
        self.label.setToolTip(
            translate(
                "ReadingProgress",
                "You are {place}% of the way through the report and have read {read}% of it.",
            ).format(place=round(self.place * 100), read=round(self.log.overall(spans) * 100))
        )
        if self._grown and self._persist():
            self.state.set_value(self.key, self.log.to_text())
        self._grown = False
        self.changed.emit()

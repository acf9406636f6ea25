"""The footnote popup and the glossary tooltip the reader shows over its text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from desktop.core.escape import escape
from desktop.core.store import GlossaryEntry
from desktop.ui.i18n import translate


class FootnotePopup(QFrame):
    """A footnote shown beside its reference, with its own links; one more goes to the note.

    Signals:
        go_to_note(str): the footnote anchor to jump to.
        link_clicked(QUrl): a link of the footnote's own was clicked (a term, a web source),
            for the reader to follow as it follows links in the text.
    """

    go_to_note = Signal(str)
    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("Footnotes", "Footnote"))
        from PySide6.QtWidgets import QLabel

        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(False)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.linkActivated.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.label)
        self._anchor = ""

    def show_note(self, anchor: str, text: str, where: QPoint, html: str = "") -> None:
        """Footnote ``anchor``: its ``html`` (the report's own, links kept) or else its ``text``."""
        self._anchor = anchor
        self.label.clear()  # the same note again: Tab starts at its first link, not where it left
        go_to_note, closes = translate("Footnotes", "Go to the note ↓"), translate("Footnotes", "Esc closes")
        self.label.setText(
            f"<p>{html or escape(text)}</p><p><a href='#{escape(anchor)}'>{go_to_note}</a>"
            f"&nbsp;&nbsp;<span style='color:gray'>{closes}</span></p>"
        )
        self.setFixedWidth(420)
        self.adjustSize()
        self.move(where)
        self.show()
        self.label.setFocus()

    def show_html(self, html: str, where: QPoint) -> None:
        """A note of our own (escaped by the caller), with no link to follow."""
        self._anchor = ""
        self.label.setText(
            html + "<p><span style='color:gray'>" + translate("Footnotes", "Esc closes") + "</span></p>"
        )
        self.setFixedWidth(420)
        self.adjustSize()
        self.move(where)
        self.show()
        self.label.setFocus()

    def _on_link(self, link: str) -> None:
        self.hide()
        if self._anchor and link == f"#{self._anchor}":
            self.go_to_note.emit(self._anchor)
        else:
            self.link_clicked.emit(QUrl(link))


TOOLTIP_WIDTH = 420  # px: a reading width for hover text (Qt otherwise widens it to the screen)


def _wrapped(html: str, length: int) -> str:
    """``html`` in a box of reading width when it is long enough to need one."""
    return f"<table width='{TOOLTIP_WIDTH}'><tr><td>{html}</td></tr></table>" if length > 60 else html


def term_tooltip(entry: GlossaryEntry) -> str:
    """A glossary entry's hover text: its term and one-line definition, escaped."""
    return _wrapped(
        f"<b>{escape(entry.term)}</b><br>{escape(entry.short)}", len(entry.term) + len(entry.short)
    )


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows literally (never as rich text), wrapped to reading width."""
    return _wrapped(escape(text), len(text))


def hover_link(reader: QTextBrowser, url: QUrl) -> None:
    """What hovering a link in the text shows: a term's definition, a footnote, where a link goes."""
    if not url.isValid() or url.isEmpty():
        QToolTip.hideText()
        reader.message.emit("")
        return
    fragment = url.fragment()
    if url.scheme() == "term":
        entry = reader.store.glossary_entry(url.path())
        if entry is not None:
            QToolTip.showText(reader.cursor().pos(), term_tooltip(entry), reader)
            reader.message.emit(
                translate("Footnotes", "{term}: click to open it in the glossary").format(term=entry.term)
            )
    elif not url.scheme() and fragment.startswith("fn:"):
        QToolTip.showText(reader.cursor().pos(), plain_tooltip(reader.footnote_text(fragment)), reader)
    else:
        reader.message.emit(reader.links.describe(url))

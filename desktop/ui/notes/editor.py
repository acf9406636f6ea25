"""The pieces of the notes dock's editor: the editor box, its empty state, the safe preview."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.escape import escape
from desktop.core.markdown_render import SAFE_SCHEMES, render_note
from desktop.core.notes.model import MAX_TAGS_CHARS, tags_text
from desktop.core.notes.store import Note
from desktop.ui.i18n import translate

# Qt lays out a paragraph whole: a 10 MB note, or one line of 50,000 brackets, would hold the
# window for seconds. Beyond these the editor shows the note's start, read-only (never cut).
EDIT_MAX_CHARS = 100_000
EDIT_MAX_LINE = 30_000
SHOWN_CHARS = 10_000
# A real tab in the note's text: Tab itself moves on to the tags (Ctrl+Tab is the tab widget's
# Edit/Preview switch, Alt+Tab the desktop's); T for tab, and no other Dossier key uses it.
REAL_TAB_KEY = "Ctrl+Shift+T"
# The editor's own keys, for Help ▸ Keyboard Shortcuts (keys, what they do).
KEYS = (
    (
        QT_TRANSLATE_NOOP("NoteEditor", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("NoteEditor", "From the note's text to its tags, and back"),
    ),
    (REAL_TAB_KEY, QT_TRANSLATE_NOOP("NoteEditor", "Type a tab in the note's text")),
    (
        QT_TRANSLATE_NOOP("NoteEditor", "Ctrl+Tab"),
        QT_TRANSLATE_NOOP("NoteEditor", "Edit / Preview (typing in Preview goes on in Edit)"),
    ),
)
QUOTE_LINES = 3  # the quoted passage's most lines above the editor; the rest scrolls
QUOTE_SHOWN_CHARS = 2_000  # a word-wrapped label lays out all of its text: a long quote is cut
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "NoteEditor",
    "No note selected.\n\nChoose a note in the list, or select a passage in the text and press "
    "Ctrl+N to write one.",
)


def plain(text: str) -> str:
    """``text`` as Qt will show it verbatim: a word joiner after each ``<`` and ``&`` keeps
    Qt.mightBeRichText from taking it for HTML (which would load ``<img src>`` files)."""
    return text.replace("&", "&\u2060").replace("<", "<\u2060")


class EmptyState(QLabel):
    """What the editor's place shows with no note: takes the focus and the keys (Space does not
    fall through to the reader)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(translate("NoteEditor", EMPTY_TEXT), parent)
        self.setObjectName("notes-empty")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setEnabled(True)
        self.setStyleSheet("color: palette(mid); padding: 24px;")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            event.accept()
        else:
            super().keyPressEvent(event)


class SafeBrowser(QTextBrowser):
    """Shows rendered notes: loads no resource, follows no link by itself."""

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        return QByteArray()


class TagsBox(QLineEdit):
    """The tags field. Reached by Tab, it puts the cursor after the tags already there rather
    than selecting them, so a tag typed next is added instead of replacing them all."""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.deselect()
            self.end(False)


class NoteEditorBox(QWidget):
    """One note's editor: its quote, the Markdown text and its preview, tags, buttons, problems.

    Signals:
        message(str): a line for the status bar (a refused link in the preview).
    """

    message = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.truncated = False
        self.quote_label = QLabel(self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setAccessibleName(translate("NoteEditor", "Quoted passage"))
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("note-editor")
        self.editor.setAccessibleName(translate("NoteEditor", "Note text (Markdown)"))
        self.editor.setPlaceholderText(
            translate("NoteEditor", "Write your note (Markdown). It saves as you type.")
        )
        self.preview = SafeBrowser(self)
        self.preview.setObjectName("note-preview")
        self.preview.setAccessibleName(translate("NoteEditor", "Note preview"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("NoteEditor", "Note: edit or preview"))
        self.tabs.addTab(self.editor, translate("NoteEditor", "Edit"))
        self.tabs.addTab(self.preview, translate("NoteEditor", "Preview"))
        self.tags_box = TagsBox(self)
        self.tags_box.setObjectName("note-tags")
        self.tags_box.setAccessibleName(translate("NoteEditor", "Tags"))
        self.tags_box.setPlaceholderText(translate("NoteEditor", "Tags, separated by commas"))
        # Qt's default (32,767) would cut a long tag list on display and so on the next save.
        self.tags_box.setMaxLength(MAX_TAGS_CHARS)
        self.tags_truncated = False
        self.delete_button = QPushButton(translate("NoteEditor", "Delete"), self)
        self.delete_button.setAccessibleName(translate("NoteEditor", "Move the note to the trash"))
        self.restore_button = QPushButton(translate("NoteEditor", "Restore"), self)
        self.restore_button.setAccessibleName(translate("NoteEditor", "Restore the note from the trash"))
        self.go_button = QPushButton(translate("NoteEditor", "Show in text"), self)
        self.go_button.setAccessibleName(translate("NoteEditor", "Show the note's passage in the text"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        self.warning = QLabel(self)
        self.warning.setObjectName("note-warning")
        self.warning.setAccessibleName(translate("NoteEditor", "Save problem"))
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #9a2b00;")
        self.retry_button = QPushButton(translate("NoteEditor", "Retry"), self)
        self.save_copy_button = QPushButton(translate("NoteEditor", "Save the text as…"), self)
        self.save_copy_button.setAccessibleName(translate("NoteEditor", "Save the unsaved note to a file"))
        problems = QHBoxLayout()
        problems.addWidget(self.warning, 1)
        problems.addWidget(self.retry_button)
        problems.addWidget(self.save_copy_button)
        editor_layout = QVBoxLayout(self)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self._quote_area(QUOTE_LINES))
        editor_layout.addWidget(self.tabs, 1)
        editor_layout.addWidget(self.tags_box)
        editor_layout.addLayout(buttons)
        editor_layout.addLayout(problems)
        self.tabs.currentChanged.connect(self.render_preview)
        self.preview.anchorClicked.connect(self._on_preview_link)
        self._keyboard_between_text_and_tags()

    def _keyboard_between_text_and_tags(self) -> None:
        """Tab and Shift+Tab go between the text and the tags; a real tab has its own key; keys
        typed in the preview go on in the editor (Ctrl+Tab shows the preview mid-sentence)."""
        self.editor.setTabChangesFocus(True)
        QWidget.setTabOrder(self.editor, self.tags_box)
        real_tab = QShortcut(QKeySequence(REAL_TAB_KEY), self.editor)
        real_tab.setContext(Qt.ShortcutContext.WidgetShortcut)
        real_tab.activated.connect(lambda: self.editor.isReadOnly() or self.editor.insertPlainText("\t"))
        self.preview.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.preview and event.type() == QEvent.Type.KeyPress:
            typed = event.text()
            plain_key = not event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
            )
            if typed and typed.isprintable() and plain_key and not self.editor.isReadOnly():
                self.tabs.setCurrentWidget(self.editor)
                self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                self.editor.insertPlainText(typed)
                return True
        return super().eventFilter(watched, event)

    def _quote_area(self, lines: int) -> QWidget:
        """The quote in a box at most ``lines`` high that scrolls: a long passage leaves the
        editor its lines (on a laptop it took all but two)."""
        from PySide6.QtWidgets import QScrollArea

        area = QScrollArea(self)
        area.setObjectName("note-quote")
        area.setAccessibleName(translate("NoteEditor", "The passage the note is on"))
        area.setWidget(self.quote_label)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMaximumHeight(self.quote_label.fontMetrics().lineSpacing() * lines + 4)
        self.quote_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return area

    def fill(self, note: Note | None, quote: str) -> None:
        """Show ``note`` (none: empty) with ``quote`` above it; editing signals are not sent."""
        body = note.body if note else ""
        self.truncated = len(body) > EDIT_MAX_CHARS or (
            len(body) > EDIT_MAX_LINE and max(map(len, body.splitlines())) > EDIT_MAX_LINE
        )
        blocked = self.editor.blockSignals(True)
        self.editor.setPlainText(body[:SHOWN_CHARS] if self.truncated else body)
        self.editor.blockSignals(blocked)
        tags = tags_text(note.tags) if note else ""
        # Tags longer than the box holds (saved before there were limits) are shown cut and
        # read-only, and saved as they are stored: the box never saves less than it was given.
        self.tags_truncated = len(tags) > self.tags_box.maxLength()
        self.tags_box.setText(tags)
        self.editor.setReadOnly(bool(note and note.deleted) or self.truncated)
        if len(quote) > QUOTE_SHOWN_CHARS:
            quote = quote[:QUOTE_SHOWN_CHARS] + translate(
                "NoteEditor", "… ({count:,} characters in all)"
            ).format(count=len(quote))
        if self.truncated:
            quote = (
                quote
                + "\n"
                + translate(
                    "NoteEditor",
                    "This note is too long to edit here ({count:,} characters): its first "
                    "{shown:,} are shown, read-only. Export the notes to read or edit all of it.",
                ).format(count=len(body), shown=SHOWN_CHARS)
            ).strip()
        self.tags_box.setReadOnly(bool(note and note.deleted) or self.tags_truncated)
        self.delete_button.setVisible(not (note and note.deleted))
        self.restore_button.setVisible(bool(note and note.deleted))
        self.quote_label.setText(quote)  # PlainText format: shown verbatim
        self.render_preview()

    def body(self, shown: Note | None) -> str:
        """The text to save: what is typed, or the whole stored note when only its start is shown."""
        return shown.body if self.truncated and shown is not None else self.editor.toPlainText()

    def tags(self, shown: Note | None) -> list[str]:
        """The tags to save: what the box holds, or the stored ones when the box could not hold them."""
        if self.tags_truncated and shown is not None:
            return list(shown.tags)
        return self.tags_box.text().split(",")

    def render_preview(self, *_args: object) -> None:
        if self.tabs.currentWidget() is self.preview:
            self.preview.setHtml(render_note(self.editor.toPlainText()))

    def _on_preview_link(self, url: QUrl) -> None:
        if url.toString().lower().startswith(SAFE_SCHEMES):
            QDesktopServices.openUrl(url)
        else:
            self.message.emit(
                translate("NoteEditor", "Dossier does not open this link: {address}").format(
                    address=escape(url.toString()[:60])
                )
            )

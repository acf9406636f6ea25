"""The About box: what the report is, how to cite it, where Dossier keeps data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.citation import reference
from desktop.core.content.corrections import Correction
from desktop.core.escape import escape
from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from desktop.core.store import ReportStore


class AboutDialog(QDialog):
    def __init__(
        self,
        meta: dict[str, object],
        data_dir: str,
        parent: QWidget | None = None,
        corrections: Sequence[Correction] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About Dossier"))
        self.setAccessibleName(translate("About", "About Dossier"))
        edition = translate(
            "About",
            "<p>An offline study edition of <i>{title}</i> by {author}, {series} No {number}, {date}.</p>",
        )
        cite = translate("About", "<p><b>Cite as</b> (Chicago):<br>{reference}</p>")
        text = (
            f"<h2>Dossier {escape(__version__)}</h2>"
            + edition.format(
                **{
                    key: escape(str(meta.get(key, "")))
                    for key in ("title", "author", "series", "number", "date")
                }
            )
            + cite.format(reference=reference(meta, "chicago").html)
            + f"<p><b>APA</b>:<br>{reference(meta, 'apa').html}</p>"
            f"<p>{escape(str(meta.get('copyright', '')))}. {escape(str(meta.get('publisher', '')))}.</p>"
            f"{corrections_html(corrections)}"
            + translate("About", "<p style='color:gray'>Your data: {folder}</p>").format(
                folder=escape(data_dir)
            )
        )
        self.label = QLabel(text)
        self.label.setObjectName("about-text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        scroll = QScrollArea(self)  # the editor's notes make it taller than a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.label)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(620, 640)


def corrections_html(corrections: Sequence[Correction]) -> str:
    """The editor's notes: where the public record differs from the report (its words untouched)."""
    if not corrections:
        return ""
    items = "".join(
        translate(
            "About",
            "<li>{section}, paragraph {paragraph}: "
            "“{quote}”<br>{note}<br><span style='color:gray'>Source: "
            "{source}</span></li>",
        ).format(
            section=escape(c.section_title or c.section_id),
            paragraph=c.paragraph,
            quote=escape(c.quote),
            note=escape(c.note),
            source=escape(c.source),
        )
        for c in corrections
    )
    return (
        translate(
            "About",
            "<p><b>Editor's notes</b> (ours, not the author's): where "
            "the public record differs from the report. The report's "
            "text is unchanged.</p>",
        )
        + f"<ul>{items}</ul>"
    )


def show_about(store: ReportStore, data: str, parent: QWidget) -> None:
    """The About box for ``store``'s report, with the editor's notes and where the data is."""
    from desktop.core.content.corrections import corrections

    AboutDialog(store.meta, data, parent, corrections(store.connection)).exec()

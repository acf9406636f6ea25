"""One way to follow a link, for every panel that shows links.

A panel names the schemes it handles itself (``term:``, ``fact:``, an in-report ``#anchor``
under the empty scheme, ...); web links open in the system browser, and only on a click;
anything else (``file:``, ``javascript:``, ``data:``, unknown schemes) is refused with a
line for the status bar, never silently ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from desktop.ui.i18n import translate

TYPE_CHECKING = False  # typing's, without importing typing: see desktop/ui/__init__.py
if TYPE_CHECKING:  # links are followed after the first paint: QUrl's enums are not its
    from PySide6.QtCore import QUrl

WEB_SCHEMES = ("http", "https", "mailto")


class LinkRouter:
    """Follows links for one panel: ``handlers`` by scheme, web links outside, the rest refused."""

    def __init__(
        self, handlers: Mapping[str, Callable[[QUrl], object]], message: Callable[[str], object]
    ) -> None:
        self.handlers = dict(handlers)
        self.message = message

    def follow(self, url: QUrl) -> bool:
        """Follow ``url``; False when it was refused (the message says why)."""
        scheme = url.scheme().lower()
        handler = self.handlers.get(scheme)
        if handler is not None and (scheme or not url.path()):  # "" only for in-report #anchors
            handler(url)
            return True
        if scheme in WEB_SCHEMES:
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
            self.message(
                translate("Links", "Opened in your browser: {address}").format(address=url.toString()[:80])
            )
            return True
        self.message(
            translate("Links", "Dossier does not open {scheme} links: {address}").format(
                scheme=scheme or "file", address=url.toString()[:80]
            )
        )
        return False

    def describe(self, url: QUrl) -> str:
        """What a click on ``url`` would do, for the status bar on hover ("" when nothing)."""
        if url.scheme().lower() in WEB_SCHEMES:
            return translate("Links", "Opens in your browser: {address}").format(address=url.toString()[:80])
        return ""

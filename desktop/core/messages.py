"""Words the core says to people, in a form the window can put in the reader's language.

The core never imports Qt, yet what it says (an error about the notes file, an import's
summary) reaches the window, which speaks Swedish or Russian. So a message is a template and
the values that fill it: ``str()`` gives the English the command line prints (it is for
scripts and stays English); the window translates the template, then fills it
(the UI's ``i18n.said``).

Templates are marked with ``QT_TRANSLATE_NOOP("Context", "text")``: a no-op here, but the
name ``pyside6-lupdate`` looks for, so ``make translations`` puts them in the catalogues.
"""

from __future__ import annotations


class Template(str):
    """A marked template: the text, and the catalogue context it is translated in."""

    context = ""


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 (the name lupdate looks for)
    """``text``, remembered as to be translated in ``context`` (nothing is translated here)."""
    template = Template(text)
    template.context = context
    return template


class Message:
    """A template and its values; the values may be messages (or errors) themselves."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values

    @property
    def context(self) -> str:
        """The catalogue context of the template ("" for words that are never translated)."""
        return getattr(self.template, "context", "")

    def __str__(self) -> str:
        return self.template.format(**self.values) if self.values else str(self.template)

    def __bool__(self) -> bool:
        return bool(self.template)

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (str(self.template), self.values) == (str(other.template), other.values)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def joined(separator: str, *parts: Message | str) -> Message:
    """The non-empty ``parts`` (messages or plain words) one after another, ``separator`` between."""
    shown = [part for part in parts if part]
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{p{n}}}" for n in range(len(shown)))
    return Message(template, **{f"p{n}": part for n, part in enumerate(shown)})

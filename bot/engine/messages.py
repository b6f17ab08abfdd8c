"""The engine's reader-facing texts, in a form any face can say in the reader's language.

A ``Message`` *is* its English text (a ``str``), so ``python -m bot ask`` and every caller
that prints, compares or joins it work unchanged; it also keeps its English template and
parameters, so the Telegram layer can say it again through the user's catalog.

Write a new text as ``say("The template, {name}.", name=value)``: a literal template (the
catalogs are extracted from ``say(...)`` calls), parameters by name; a parameter may itself
be a ``Message`` and is translated with it. ``joined`` puts messages together without
adding words of its own. The engine never sees a catalog: a face passes ``gettext`` to
``Message.render``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence


def _english(message: str) -> str:
    return message


class Message(str):
    """An English text that remembers its template and parameters."""

    template: str
    params: dict[str, object]
    translatable: bool

    def __new__(cls, template: str, params: Mapping[str, object], translatable: bool = True) -> Message:
        text = super().__new__(cls, template.format(**params))
        text.template = template
        text.params = dict(params)
        text.translatable = translatable
        return text

    def __getnewargs__(self) -> tuple[str, dict[str, object], bool]:  # type: ignore[override]
        return self.template, self.params, self.translatable  # copied and pickled as a Message

    def render(self, gettext: Callable[[str], str] = _english) -> str:
        """The text in the language of ``gettext``; English where it has no (valid) translation."""
        values = {k: v.render(gettext) if isinstance(v, Message) else v for k, v in self.params.items()}
        template = gettext(self.template) if self.translatable else self.template
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation must not break the reply
            return self.template.format(**values)


def say(template: str, /, **params: object) -> Message:
    """A reader-facing text: ``template`` (English, ``{name}`` placeholders) with ``params``."""
    return Message(template, params)


def joined(separator: str, parts: Sequence[str]) -> Message:
    """``parts`` joined by ``separator``, each translated on its own: no words of its own to translate."""
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{p{i}}}" for i in range(len(parts)))
    return Message(template, {f"p{i}": part for i, part in enumerate(parts)}, translatable=False)

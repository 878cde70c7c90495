"""The language deckgen speaks to its user: French or English, from the system's settings or `--lang`.

Messages, help texts, summaries and progress lines are written in English in the source and looked up in
gettext catalogues (`locale/<lang>/LC_MESSAGES/deckgen.mo`, compiled by Babel from the `.po` beside it and
shipped with the package), so a fresh machine needs nothing more. The deck's own labels are not this: they
follow the event's `locale` (text/labels.py).

A message with values is written `_("… {name} …").format(name=…)`, never as an f-string, so that the
catalogue holds one entry for it and a translator can move the values.
"""

from __future__ import annotations

import gettext
import os
from importlib import resources

DOMAIN = "deckgen"
LANGUAGES = ("en", "fr")
"""What deckgen speaks; English is the source's and the fallback."""

_current: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def system_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The user's language as gettext reads it: the first of LC_ALL, LC_MESSAGES, LANG (and LANGUAGE's first
    entry before them, as GNU gettext does) that is set; English for C, POSIX and any language not spoken."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if variable == "LANGUAGE":
            value = value.split(":")[0]
        if value:
            return spoken(value)
    return "en"


def spoken(value: str) -> str:
    """The language deckgen speaks for a locale name (`fr_FR.UTF-8`, `fr-CA`, `C.UTF-8`, `en`)."""
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def set_language(language: str | None = None) -> str:
    """Speak `language` (a code or a locale name; the system's when None) from now on; return its code."""
    global _current, _language
    _language = spoken(language) if language else system_language()
    _current = _catalogue(_language)
    return _language


def language() -> str:
    """The language deckgen speaks now."""
    return _language


def _catalogue(code: str) -> gettext.NullTranslations:
    if code == "en":
        return gettext.NullTranslations()
    compiled = resources.files("deckgen").joinpath("locale", code, "LC_MESSAGES", f"{DOMAIN}.mo")
    try:
        with compiled.open("rb") as file:
            return gettext.GNUTranslations(file)
    except OSError:  # a catalogue not compiled (a source checkout before `make catalogues`): English
        return gettext.NullTranslations()


def _(message: str) -> str:
    """The message in the user's language."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The message for `count` things, singular or plural as the user's language has it (French: 0 and 1
    are singular)."""
    return _current.ngettext(singular, plural, count)

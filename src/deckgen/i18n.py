"""The language deckgen speaks to its user: French or English, from the system's settings or `--lang`.

Messages, help texts, summaries and progress lines are written in English in the source and looked up in
gettext catalogues (`locale/<lang>/LC_MESSAGES/deckgen.mo`, compiled by Babel from the `.po` beside it and
shipped with the package), so a fresh machine needs nothing more. The deck's own labels are not this: they
follow the event's `locale` (text/labels.py).

A message with values is written `_("… {name} …").format(name=…)`, never as an f-string, so that the
catalogue holds one entry for it and a translator can move the values. A message defined before the language
is known (a module's constant) is marked `N_("…")`, which only puts it in the catalogue, and translated with
`_()` where it is said.

Until `set_language` is called (launch.py does it before the command line is built), the first message
said picks the system's language: a program that imports deckgen speaks as the `deckgen` command would.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping

DOMAIN = "deckgen"
LANGUAGES = ("en", "fr")
"""What deckgen speaks; English is the source's and the fallback."""

DECIMAL_MARK = {"fr": ","}
"""The languages that do not write a decimal point."""

_current: gettext.NullTranslations | None = None
_language = "en"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language as GNU gettext reads it (and so as every other program in the terminal speaks).

    The locale is the first of LC_ALL, LC_MESSAGES, LANG that is set. When that locale is C or POSIX (or
    nothing is set, which is C), LANGUAGE is ignored and the language is English: GNU gettext does so, so
    that `LANG=C` in a script gives untranslated messages whatever the user's desktop put in LANGUAGE.
    Otherwise LANGUAGE, a list such as `fr:en`, comes first: its first language deckgen speaks, English when
    it names none. Without LANGUAGE, the locale's language; English for one deckgen does not speak."""
    env = os.environ if environ is None else environ
    locale = next((env[variable] for variable in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(variable)), "C")
    if _is_c(locale):
        return "en"
    preferred = [entry for entry in env.get("LANGUAGE", "").split(":") if entry]
    if preferred:
        return next((_code(entry) for entry in preferred if _code(entry) in LANGUAGES), "en")
    return spoken(locale)


def _is_c(locale: str) -> bool:
    return locale.split(".")[0] in ("C", "POSIX")


def _code(value: str) -> str:
    return value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def spoken(value: str) -> str:
    """The language deckgen speaks for a locale name (`fr_FR.UTF-8`, `fr-CA`, `C.UTF-8`, `en`)."""
    code = _code(value)
    return code if code in LANGUAGES else "en"


def set_language(language: str | None = None) -> str:
    """Speak `language` (a code or a locale name; the system's when None) from now on; return its code."""
    global _current, _language
    _language = spoken(language) if language else system_language()
    _current = _catalogue(_language)
    return _language


def language() -> str:
    """The language deckgen speaks now."""
    _translations()
    return _language


def _translations() -> gettext.NullTranslations:
    if _current is None:
        set_language()
    assert _current is not None
    return _current


def _catalogue(code: str) -> gettext.NullTranslations:
    if code == "en":
        return gettext.NullTranslations()
    from .shipped import shipped

    compiled = shipped("locale", code, "LC_MESSAGES", f"{DOMAIN}.mo")
    try:
        with compiled.open("rb") as file:
            return gettext.GNUTranslations(file)
    except OSError:  # a catalogue not compiled (a source checkout before `make catalogues`): English
        return gettext.NullTranslations()


def _(message: str) -> str:
    """The message in the user's language."""
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The message for `count` things, singular or plural as the user's language has it (French: 0 and 1
    are singular)."""
    return _translations().ngettext(singular, plural, count)


def N_(message: str) -> str:
    """The message as it is, marked for the catalogue: translate it with `_()` where it is said."""
    return message


def decimal(value: float, places: int) -> str:
    """A number with `places` decimals as the user's language writes it (« 0.38 », « 0,38 »)."""
    written = f"{value:.{places}f}"
    return written.replace(".", DECIMAL_MARK.get(language(), "."))

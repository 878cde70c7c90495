"""The message catalogues: extract what deckgen speaks from its source, merge it into each language's .po,
compile the .mo that ships with the package (`make catalogues`); `--check` says what is untranslated or
stale instead, and exits 1 (the suite runs it: tests/test_catalogues.py).

Babel does the work (extraction of `_()` and `ngettext()` calls, .po and .mo files); this only fixes what its
command line would make vary from run to run — the creation date in each header — so that the files change
only when a message does.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

SOURCE = Path(__file__).resolve().parents[1] / "src" / "deckgen"
LOCALE = SOURCE / "locale"
DOMAIN = "deckgen"
TRANSLATED = ("fr",)
KEYWORDS = {"_": None, "ngettext": (1, 2), "N_": None}
VERSION = "0.1"
HEADER = "# The messages deckgen speaks, in {language}: `make catalogues` keeps this file up to date with the source.\n#"
PLURALS = {"fr": "nplurals=2; plural=(n > 1);"}
"""gettext's plural rule, as GNU gettext writes it for each language (Babel's, from CLDR, gives French a third
form for round millions, which no message here needs)."""
FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)
"""Every header's date: a catalogue's history is git's."""


def extracted() -> Catalog:
    """Every message of the source, as a template catalogue."""
    template = Catalog(project="deckgen", domain=DOMAIN, creation_date=FIXED_DATE, fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(SOURCE, method_map=[("**.py", "python")], keywords=KEYWORDS):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def merged(language: str, template: Catalog) -> Catalog:
    """The language's catalogue with the source's messages: translations kept, new ones empty, gone ones dropped."""
    path = po_path(language)
    if path.is_file():
        with path.open("rb") as file:
            catalogue = read_po(file, locale=language, domain=DOMAIN)
    else:
        catalogue = Catalog(locale=language, domain=DOMAIN, project="deckgen", version=VERSION, header_comment=HEADER.format(language=language))
        catalogue.mime_headers = [("Plural-Forms", PLURALS[language])]
    catalogue.update(template, no_fuzzy_matching=True)
    catalogue.obsolete.clear()
    catalogue.creation_date = catalogue.revision_date = FIXED_DATE
    catalogue.fuzzy = False
    return catalogue


def po_bytes(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalogue, width=0, no_location=True, sort_output=True, ignore_obsolete=True)
    return out.getvalue()


def mo_bytes(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalogue)
    return out.getvalue()


def untranslated(catalogue: Catalog) -> list[str]:
    """The messages with no translation (an empty msgstr, or any plural form empty)."""
    missing = []
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        if not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def problems() -> list[str]:
    """What `--check` reports: messages untranslated, catalogues not up to date with the source."""
    found = []
    template = extracted()
    for language in TRANSLATED:
        catalogue = merged(language, template)
        found += [f"{language}: not translated: {message!r}" for message in untranslated(catalogue)]
        path = po_path(language)
        if not path.is_file() or path.read_bytes() != po_bytes(catalogue):
            found.append(f"{language}: {path.relative_to(SOURCE.parents[1])} is not up to date with the source: run make catalogues")
        mo = path.with_suffix(".mo")
        if not mo.is_file() or mo.read_bytes() != mo_bytes(catalogue):
            found.append(f"{language}: {mo.relative_to(SOURCE.parents[1])} is not compiled from its .po: run make catalogues")
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        found = problems()
        print("\n".join(found) or "catalogues up to date, every message translated")
        return 1 if found else 0
    template = extracted()
    for language in TRANSLATED:
        catalogue = merged(language, template)
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po_bytes(catalogue))
        path.with_suffix(".mo").write_bytes(mo_bytes(catalogue))
        missing = untranslated(catalogue)
        print(f"{language}: {len(catalogue) - len(missing)} of {len(catalogue)} messages translated ({path.relative_to(SOURCE.parents[1])})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

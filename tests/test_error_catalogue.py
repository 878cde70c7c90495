"""The error catalogue: every kind of bad input ends in exit 1, a message at its file:line:col, no
traceback — and the last good deck is byte-identical after the failed build. Each mistake's message is
checked in English and, where deckgen's loader speaks it, in French: the same place, the same fix written
out, no parser's words (token, scalar, mapping…) in either."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from deckgen import i18n
from deckgen.build import BuildResult
from deckgen.cli import app
from paths import copy_reference

runner = CliRunner()


@dataclass(frozen=True)
class Case:
    """A mistake: how to make it in a copy of the reference deck, and where the message must point."""

    name: str
    make: Callable[[Path], None]  # gets the deck folder
    needle: str  # the text on the line the message must point at ("" = line 1 or no line)
    says: str  # a part of the message, in English: for the mistakes of issue 13, the fix written out
    fr: str | None = None  # a part of the message in French (None: said by a part not translated yet)
    not_says: tuple[str, ...] = ()  # what must not be said, in either language (noise, advice that misleads)


def spaced(text: str) -> str:
    """The text with its no-break spaces (French typography's) as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def replace(old: str, new: str, count: int = 1) -> Callable[[Path], None]:
    def make(deck: Path) -> None:
        event = deck / "event.yaml"
        text = event.read_text(encoding="utf-8")
        assert old in text, old
        event.write_text(text.replace(old, new, count), encoding="utf-8")

    return make


def with_photo(write: Callable[[Path], None]) -> Callable[[Path], None]:
    """Give Éric Pélisson a portrait file made by `write`."""

    def make(deck: Path) -> None:
        write(deck / "portrait.png")
        replace("    name: Éric Pélisson\n", "    name: Éric Pélisson\n    photo: portrait.png\n")(deck)

    return make


def _truncated(path: Path) -> None:
    Image.new("RGB", (400, 400), "#336699").save(path)
    path.write_bytes(path.read_bytes()[:300])


def _bomb(path: Path) -> None:
    # A PNG that claims 30000 × 30000 pixels: refused from its header, before anything is decoded.
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = (30000).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b""))


def _bytes(data: bytes) -> Callable[[Path], None]:
    def make(deck: Path) -> None:
        (deck / "event.yaml").write_bytes(data)

    return make


def _not_utf8(deck: Path) -> None:
    event = deck / "event.yaml"
    event.write_bytes(event.read_bytes().replace("Palais du Travail".encode(), "Palais du Travail".encode("latin-1") + b" \xe9t\xe9"))


def _too_large(deck: Path) -> None:
    event = deck / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8") + "# padding\n" * 120_000, encoding="utf-8")


BILLION_LAUGHS = "title: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"l{i}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(8)
)

def with_case_twin(deck: Path) -> None:
    """A portrait saved as portrait.png, named Portrait.PNG in the YAML (found on Windows and macOS only)."""
    Image.new("RGB", (40, 40), "#336699").save(deck / "portrait.png")
    replace("    name: Éric Pélisson\n", "    name: Éric Pélisson\n    photo: Portrait.PNG\n")(deck)


REQUIRED = ("this field is required", "champ est obligatoire")

CASES = [
    Case("yaml syntax", replace("venue: Palais du Travail", "venue: [Palais du Travail"), "venue: [", "the [ opened here is never closed", "le [ ouvert ici n'est jamais fermé"),
    Case("unknown key", replace("venue: Palais du Travail", "venu: Palais du Travail"), "venu:", "did you mean 'venue'?", "vouliez-vous dire « venue » ?", REQUIRED),
    Case("wrong type", replace("    sms: 07 62 32 67 85", "    sms: [07 62 32 67 85]"), "    sms:", "expected text", "un texte est attendu"),
    Case("impossible date", replace("date: 2025-11-07", "date: 2025-02-30"), "date: 2025-02-30", "is not a date: February has only 28 days", "n'est pas une date : février n'a que 28 jours"),
    Case("impossible time", replace('start: "11:45"', 'start: "11:75"'), 'start: "11:75"', "is not a time of day", "n'est pas une heure"),
    Case("agenda unsorted", replace('start: "11:45"', 'start: "11:15"'), 'start: "11:15"', "must be in time order", "l'ordre des heures"),
    Case("agenda overlap", replace('  - kind: break\n    start: "11:30"', '  - kind: break\n    start: "11:30"\n    end: "12:00"'), 'start: "11:45"', "before the item before it ends", "avant la fin du moment précédent"),
    Case("no correct answer", replace("        answer: 63 %\n", ""), "      - question: Quel pourcentage", "`answer:`", "ajoutez `answer:`"),
    Case("several correct answers", replace("        answer: 63 %", '        answer: ["53 %", "63 %"]'), '        answer: ["53 %"', "exactly one correct answer", "exactement une bonne réponse"),
    Case("answer not a choice", replace("        answer: 63 %", "        answer: 64 %"), "        answer: 64 %", "is not one of the choices", "n'est pas l'un des choix"),
    Case("duplicate choices", replace("choices: [53 %, 63 %, 73 %]", "choices: [53 %, 63 %, 53 %]"), "choices: [53 %, 63 %, 53 %]", "is already choice 1", "est déjà le choix 1"),
    Case("room twice", replace("        room: Salle Cheyton", "        room: Salle des fêtes"), "        room: Salle des fêtes\n      - question: \"**Coop", "already used at that time", "déjà occupée à ce moment-là"),
    Case("image missing", replace("    name: Éric Pélisson\n", "    name: Éric Pélisson\n    photo: nowhere.jpg\n"), "    photo: nowhere.jpg", "file not found", "fichier introuvable"),
    Case("image unreadable", with_photo(lambda p: p.write_text("not a picture")), "    photo: portrait.png", "not an image deckgen can read", "ce n’est pas une image que deckgen sait lire"),
    Case("image corrupt", with_photo(_truncated), "    photo: portrait.png", "damaged", "le fichier est abîmé"),
    Case("image huge", with_photo(_bomb), "    photo: portrait.png", "30000 × 30000", "l’image fait 30000 × 30000 pixels"),
    Case("image format", with_photo(lambda p: p.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')), "    photo: portrait.png", "SVG", "les dessins SVG ne sont pas pris en charge"),
    Case("not utf-8", _not_utf8, "Palais du Travail", "not UTF-8", "pas en UTF-8"),
    Case("empty file", _bytes(b""), "", "the file is empty", "le fichier est vide"),
    Case("alias bomb", _bytes(BILLION_LAUGHS.encode()), "", "too many values", "beaucoup trop de valeurs"),
    Case("too large", _too_large, "", "a deck is far smaller", "bien plus petite"),
    Case("control character", replace("venue: Palais du Travail", 'venue: "Palais\\a du Travail"'), "venue:", "invisible character U+0007", "caractère invisible U+0007"),
    # --- issue 13: the mistakes made in YAML itself, at their own line, with the line as it should be
    Case("unclosed bracket", replace("sponsors: [prefecture-occitanie]", "sponsors: [prefecture-occitanie"), "sponsors: [", "`sponsors: [prefecture-occitanie]`", "fermez-le à la fin de la liste : `sponsors: [prefecture-occitanie]`"),
    Case("unclosed brace", replace("    name: Damien Conaré", "    name: {Damien Conaré"), "    name: {Damien", '`    name: "{Damien Conaré"`', 'mettez le texte entre guillemets : `    name: "{Damien Conaré"`'),
    Case("unclosed double quote", replace("venue: Palais du Travail", 'venue: "Palais du Travail'), 'venue: "Palais', '`venue: "Palais du Travail"`', 'fermez-le à la fin du texte : `venue: "Palais du Travail"`'),
    Case("words after the closing quote of an item", replace('- "**non-recours** fréquent"', '- "**non-recours** fréquent" et massif'), '- "**non-recours** fréquent" et massif',
         '`et massif` comes after the closing quote, outside the text; put it inside the quotes: `              - "**non-recours** fréquent et massif"`',
         'vient après le guillemet fermant, hors du texte ; mettez-le entre les guillemets : `              - "**non-recours** fréquent et massif"`', ("- - ",)),
    Case("a word after the closing quote of a field", replace('closing: "*De l\'alimentation comme vecteur d\'un nouveau contrat social...*"', 'closing: "*De l\'alimentation comme vecteur d\'un nouveau contrat social...*" !'), "contrat social...*\" !",
         "`!` comes after the closing quote, outside the text; put it inside the quotes: `        closing: \"*De l'alimentation comme vecteur d'un nouveau contrat social...* !\"`", "mettez-le entre les guillemets", ("indented",)),
    Case("a word after a closing single quote", replace("city: Narbonne", "city: 'Narbonne' Centre"), "city: 'Narbonne' Centre",
         "`Centre` comes after the closing quote, outside the text; put it inside the quotes: `city: 'Narbonne Centre'`", "vient après le guillemet fermant"),
    Case("unclosed single quote", replace("city: Narbonne", "city: 'Narbonne"), "city: 'Narbonne", "`city: 'Narbonne'`", "fermez-le à la fin du texte : `city: 'Narbonne'`"),
    Case("tab in indentation", replace("    name: Éric Pélisson", "\tname: Éric Pélisson"), "\tname:", "indented with a tab; indent with spaces only: `    name: Éric Pélisson`", "tabulation ; utilisez seulement des espaces : `    name: Éric Pélisson`"),
    Case("no-break spaces in indentation", replace("    role: Secrétaire général", "\u00a0\u00a0\u00a0\u00a0role: Secrétaire général"), "\u00a0\u00a0\u00a0\u00a0role:", "no-break spaces (U+00A0)", "espaces insécables (U+00A0)"),
    Case("narrow no-break spaces in indentation", replace("organisations:\n  ansa:", "organisations:\n\u202f\u202fansa:"), "\u202f\u202fansa:", "indent with ordinary spaces: `  ansa:`", "utilisez des espaces ordinaires : `  ansa:`"),
    Case("colon in a title", replace("title: Renforcer les coopérations pour lutter", "title: Renforcer les coopérations : lutter"), "title: Renforcer", '`title: "Renforcer les coopérations : lutter contre la précarité alimentaire"`', 'mettez tout le texte entre guillemets : `title: "Renforcer les coopérations : lutter contre la précarité alimentaire"`'),
    Case("colon in a list item", replace('          - "Politiques publiques : Cocolupa, MMPT"', "          - Politiques publiques : Cocolupa, MMPT"), "          - Politiques publiques", '`          - "Politiques publiques : Cocolupa, MMPT"`', 'entre guillemets : `          - "Politiques publiques : Cocolupa, MMPT"`', ("unknown field", "`text:`", "champ inconnu")),
    Case("colon in a round table's title", replace("    title: Bilan et perspectives", "    title: Bilan : perspectives"), "    title: Bilan :", '`    title: "Bilan : perspectives du programme Mieux Manger pour Tous"`', "deux-points suivis d'une espace"),
    Case("a list item among fields", replace("    speakers: [eric-pelisson]", "    - speakers: [eric-pelisson]"), "    - speakers:", "remove the dash: `    speakers: [eric-pelisson]`", "retirez le tiret : `    speakers: [eric-pelisson]`"),
    Case("a field among list items", replace("  - kind: break\n", "  kind: break\n"), "  kind: break", "this line has none: `  - kind: break`", "cette ligne n'en a pas : `  - kind: break`"),
    Case("indented too little", replace("    host: ansa\n    sms", "    host: ansa\n   sms"), "   sms:", "which lines it up with no line above; line 127, which it goes with, starts in column 5: `    sms: 07 62 32 67 85`", "alignée sur aucune ligne au-dessus ; la ligne 127, avec laquelle elle va, commence en colonne 5 : `    sms: 07 62 32 67 85`"),
    Case("indented too much", replace("    host: ansa\n    sms", "    host: ansa\n     sms"), "     sms:", "`    sms: 07 62 32 67 85`", "les lignes d'un même groupe commencent à la même colonne : `    sms: 07 62 32 67 85`"),
    Case("no space after a colon", replace("venue: Palais du Travail", "venue:Palais du Travail"), "venue:Palais", "a space is needed after the colon of `venue:`: `venue: Palais du Travail`", "il faut une espace après les deux-points de `venue:` : `venue: Palais du Travail`"),
    Case("no space after a dash", replace("          - Démocratie alimentaire", "          -Démocratie alimentaire"), "          -Démocratie", "`          - Démocratie alimentaire`", "il faut une espace après le tiret d'un élément de liste : `          - Démocratie alimentaire`"),
    Case("a text starting with a star", replace('closing: "*De l\'alimentation comme vecteur d\'un nouveau contrat social...*"', "closing: *De l'alimentation comme vecteur d'un nouveau contrat social...*"), "closing: *De", "must be in quotes: `        closing: \"*De l'alimentation comme vecteur d'un nouveau contrat social...*\"`", "doit être entre guillemets"),
    # --- issue 13: hints made from what was typed
    Case("date day/month/year", replace("date: 2025-11-07", "date: 19/03/2026"), "date: 19/03/2026", "write `date: 2026-03-19`", "n'est pas écrit année-mois-jour ; écrivez `date: 2026-03-19`"),
    Case("date with a French month", replace("date: 2025-11-07", "date: 7 novembre 2025"), "date: 7 novembre", "write `date: 2025-11-07`", "écrivez `date: 2025-11-07`"),
    Case("date with an English month", replace("date: 2025-11-07", "date: November 7, 2025"), "date: November", "write `date: 2025-11-07`", "écrivez `date: 2025-11-07`"),
    Case("a day the month has not", replace("date: 2025-11-07", "date: 2025-11-31"), "date: 2025-11-31", "'2025-11-31' is not a date: November has only 30 days", "« 2025-11-31 » n'est pas une date : novembre n'a que 30 jours"),
    Case("a time read as a number", replace('    start: "11:30"', "    start: 11.30"), "    start: 11.30", '11.30 is read as a number, not a time; write the time in quotes: `start: "11:30"`', '11.30 est lu comme un nombre, pas comme une heure ; écrivez l\'heure entre guillemets : `start: "11:30"`', ("11.3'", "'11.3")),
    Case("a person by name", replace("speakers: [damien-conare, mathias-hudbert]", "speakers: [damien-conare, Mathias Hudbert]"), "speakers: [damien-conare, Mathias", "did you mean 'mathias-hudbert'?", "vouliez-vous dire « mathias-hudbert » ?"),
    Case("a person's id in capitals", replace("speakers: [eric-pelisson]", "speakers: [Eric-Pelisson]"), "speakers: [Eric", "did you mean 'eric-pelisson'?", "vouliez-vous dire « eric-pelisson » ?"),
    Case("an organisation by name", replace("sponsors: [prefecture-occitanie]", "sponsors: [Préfecture de la région Occitanie]"), "sponsors: [Préfecture", "did you mean 'prefecture-occitanie'?", "vouliez-vous dire « prefecture-occitanie » ?"),
    Case("an organisation misspelt", replace("    host: ansa\n    sms", "    host: asna\n    sms"), "    host: asna", "did you mean 'ansa'?", "vouliez-vous dire « ansa » ?"),
    Case("a brand in capitals", replace("brand: ansa", "brand: Ansa"), "brand: Ansa", "did you mean 'ansa'?", "vouliez-vous dire « ansa » ?"),
    Case("a photo named with other capitals", with_case_twin, "    photo: Portrait.PNG", "but 'portrait.png' does: write `portrait.png`", "mais « portrait.png » existe : écrivez `portrait.png`"),
    Case("a required field misspelt", replace("        answer: 63 %", "        answr: 63 %"), "        answr:", "did you mean 'answer'?", "vouliez-vous dire « answer » ?", REQUIRED),
    Case("a required field left empty", replace("        answer: 63 %", "        answer:"), "        answer:\n", "write its value after the colon (it cannot be left out)", "écrivez sa valeur après les deux-points (il est obligatoire)", ("remove the line", "supprimez la ligne")),
]

PARSER_WORDS = re.compile(r"\b(token|scalar|mapping|flow|block|node|alias|anchor|tag|indicator|stream)s?\b", re.IGNORECASE)
"""libyaml's words, which an organiser cannot act on."""


def in_both_languages(cases: list[Case]) -> Iterator[object]:
    for case in cases:
        yield pytest.param(case, "en", id=f"{case.name}-en")
        if case.fr is not None:
            yield pytest.param(case, "fr", id=f"{case.name}-fr")


@pytest.fixture
def speaking() -> Iterator[Callable[[str], None]]:
    """Make deckgen speak a language for one test; English again after it."""
    yield i18n.set_language
    i18n.set_language("en")


@pytest.fixture(scope="module")
def good_deck(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from deckgen.build import build_deck

    folder = copy_reference(tmp_path_factory.mktemp("good"))
    result: BuildResult = build_deck(folder, folder / "good.pptx")
    return result.output.read_bytes()


@pytest.mark.parametrize(("case", "language"), list(in_both_languages(CASES)))
def test_bad_input_is_located_and_the_last_good_deck_survives(
    case: Case, language: str, good_deck: bytes, tmp_path: Path, speaking: Callable[[str], None]
) -> None:
    deck = copy_reference(tmp_path)
    output = tmp_path / "out" / "deck.pptx"
    output.parent.mkdir()
    output.write_bytes(good_deck)  # the last good deck, as deckgen wrote it
    case.make(deck)
    speaking(language)
    result = runner.invoke(app, ["build", str(deck), "-o", str(output)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    shown = spaced(result.output)  # French puts no-break spaces before « ; : ? » and inside « »: compared as spaces
    prefix = spaced(i18n._("error: {problem}").format(problem=""))  # « erreur : » in French
    errors = [line for line in shown.splitlines() if line.startswith(prefix)]
    assert errors, shown
    event = str((deck / "event.yaml").resolve())
    located = [re.match(rf"{re.escape(prefix)}{re.escape(event)}(:(?P<line>\d+))?(:\d+)?: ", e) for e in errors]
    assert all(located), errors  # every message names the file
    says = case.says if language == "en" else case.fr
    assert says is not None
    if case.needle:  # and the one about this mistake, its line
        text = (deck / "event.yaml").read_bytes().decode("utf-8", errors="replace")
        line = text[: text.index(case.needle)].count("\n") + 1
        assert any(m and m["line"] == str(line) and says in e for m, e in zip(located, errors)), errors
    assert says in shown, shown
    assert not [e for e in errors if PARSER_WORDS.search(e.split(": ", 2)[-1])], errors
    assert not [word for word in case.not_says if word in shown], shown
    assert output.read_bytes() == good_deck


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("fr_FR.UTF-8", "cette ligne est en retrait avec une tabulation ; utilisez seulement des espaces : `    name: Éric Pélisson`"),
        ("C.UTF-8", "this line is indented with a tab; indent with spaces only: `    name: Éric Pélisson`"),
    ],
)
def test_the_command_speaks_the_system_language(tmp_path: Path, lang: str, says: str) -> None:
    # The `deckgen` command itself, as an organiser runs it: its language comes from LANG alone.
    deck = copy_reference(tmp_path)
    replace("    name: Éric Pélisson", "\tname: Éric Pélisson")(deck)
    env = {key: value for key, value in os.environ.items() if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    result = subprocess.run(
        [sys.executable, "-m", "deckgen", "build", str(deck), "-o", str(tmp_path / "x.pptx")],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=False,
    )
    assert result.returncode == 1, result.stderr
    line = (deck / "event.yaml").read_text(encoding="utf-8").split("\tname:")[0].count("\n") + 1
    assert f"event.yaml:{line}:1: {says}" in spaced(result.stderr), result.stderr
    assert not (tmp_path / "x.pptx").exists()

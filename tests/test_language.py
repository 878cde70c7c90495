"""The language deckgen speaks to its user (issue 13, item 4): French or English from the system's settings as
GNU gettext reads them, `--lang` to choose; its help in plain words; `deckgen --version`.

The commands run as the user runs them: the `deckgen` command in a new process, with the environment a test
gives it (the suite's own is `LANG=C.UTF-8`, conftest.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from deckgen import i18n
from deckgen.launch import LanguageUsage, chosen_language
from paths import REFERENCE_SLIDES, ROOT, copy_reference

FRENCH = {"LANG": "fr_FR.UTF-8"}
ENGLISH = {"LANG": "C.UTF-8"}
NBSP = "\u00a0"
TYPE_NOTATION = re.compile(r"<(?:bool|path|str|int|float|list\[[^>]*\])>|\{[a-z_]+\}|\b(?:PATH|TEXT|BOOLEAN|INTEGER)\b")
"""How typer and click write a parameter's type, and a required argument (`{deck}`)."""


def deckgen(*arguments: str, env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The `deckgen` command (the console script beside this interpreter, else `python -m deckgen`), in the
    given language environment and nothing else of the locale's."""
    script = Path(sys.executable).with_name("deckgen")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "deckgen"]
    environment = {key: value for key, value in os.environ.items() if key not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    environment["COLUMNS"] = "100"
    return subprocess.run([*command, *arguments], env={**environment, **env}, cwd=cwd, capture_output=True, text=True, timeout=120)


# --- the system's language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),  # nothing set is the C locale
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA"}, "fr"),
        ({"LANG": "fr"}, "fr"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language deckgen does not speak
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),  # LC_MESSAGES before LANG
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "C"}, "en"),  # LC_ALL before both
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": ""}, "fr"),  # set but empty is not set
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr:en"}, "fr"),  # LANGUAGE first, under a locale that is not C
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "de:fr"}, "fr"),  # its first language deckgen speaks
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "de"}, "en"),  # none spoken: untranslated, as GNU gettext has it
        ({"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "en"),  # ignored under the C locale, as GNU gettext does
        ({"LANGUAGE": "fr"}, "en"),  # no locale set is C
    ],
)
def test_the_system_language_is_read_as_gnu_gettext_reads_it(environ: dict[str, str], expected: str) -> None:
    assert i18n.system_language(environ) == expected


def test_french_plurals_take_the_singular_for_zero_and_one() -> None:
    i18n.set_language("fr")
    said = [i18n.ngettext("{count} slide", "{count} slides", n).format(count=n) for n in (0, 1, 2)]
    assert said == ["0 diapositive", "1 diapositive", "2 diapositives"]
    i18n.set_language("en")
    assert i18n.ngettext("{count} slide", "{count} slides", 0).format(count=0) == "0 slides"


def test_set_language_takes_a_code_or_a_locale_name() -> None:
    assert i18n.set_language("fr_FR.UTF-8") == "fr" and i18n._("error: {problem}") == f"erreur{NBSP}: {{problem}}"
    assert i18n.set_language("en") == "en" and i18n._("error: {problem}") == "error: {problem}"
    assert i18n.decimal(0.375, 2) == "0.38"


@pytest.mark.parametrize(
    ("argv", "language", "rest"),
    [
        (["build", "deck/x"], None, ["build", "deck/x"]),
        (["--lang", "fr", "build", "deck/x"], "fr", ["build", "deck/x"]),
        (["build", "deck/x", "--lang=en"], "en", ["build", "deck/x"]),
        (["--lang", "fr", "check", "--lang", "en", "d"], "en", ["check", "d"]),  # the last one wins
        (["outline", "--", "--lang", "fr"], None, ["outline", "--", "--lang", "fr"]),  # after --, a folder's name
    ],
)
def test_lang_is_taken_out_of_the_arguments_wherever_it_is(argv: list[str], language: str | None, rest: list[str]) -> None:
    assert chosen_language(argv) == (language, rest)


@pytest.mark.parametrize("argv", [["--lang", "de", "build"], ["build", "--lang"], ["--lang="]])
def test_a_language_deckgen_does_not_speak_is_refused(argv: list[str]) -> None:
    with pytest.raises(LanguageUsage):
        chosen_language(argv)


# --- the command, in each language ---------------------------------------------------------------------


def test_version() -> None:
    for env in (FRENCH, ENGLISH):
        done = deckgen("--version", env=env)
        assert (done.returncode, done.stdout, done.stderr) == (0, f"deckgen {version('deckgen')}\n", "")
    assert version("deckgen") == "0.1.0"


def test_help_is_french_under_a_french_locale_and_english_under_c() -> None:
    french = deckgen("--help", env=FRENCH)
    assert french.returncode == 0, french.stderr
    assert french.stdout.startswith(f"Utilisation{NBSP}: deckgen [OPTIONS] COMMANDE [ARGUMENTS]...\n")
    assert f"Commandes{NBSP}:\n" in french.stdout and "Afficher ce message et s’arrêter." in french.stdout
    assert "Construire les présentations dans out/<présentation>.pptx." in french.stdout
    english = deckgen("--help", env=ENGLISH)
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith("Usage: deckgen [OPTIONS] COMMAND [ARGUMENTS]...\n")
    assert "Commands:\n" in english.stdout and "Build decks into out/<deck>.pptx." in english.stdout
    assert "--lang fr|en" in english.stdout and "--version" in english.stdout


@pytest.mark.parametrize("env", [FRENCH, ENGLISH], ids=["fr", "en"])
@pytest.mark.parametrize("command", [[], ["build"], ["check"], ["new"], ["outline"], ["preview"], ["watch"], ["schema"], ["template", "inspect"]])
def test_help_shows_no_type_notation(command: list[str], env: dict[str, str]) -> None:
    done = deckgen(*command, "--help", env=env)
    assert done.returncode == 0, done.stderr
    assert TYPE_NOTATION.findall(done.stdout) == []
    assert "Show this message and exit." in done.stdout or "Afficher ce message et s’arrêter." in done.stdout


def test_build_help_names_folders_and_files_in_the_users_words() -> None:
    french = deckgen("build", "--help", env=FRENCH).stdout
    assert f"Utilisation{NBSP}: deckgen build [OPTIONS] [DOSSIER]...\n" in french
    assert "-o, --output FICHIER" in french and "--template FICHIER" in french
    assert "Remplacer une présentation modifiée à la main" in french
    english = deckgen("build", "--help", env=ENGLISH).stdout
    assert "Usage: deckgen build [OPTIONS] [FOLDER]...\n" in english
    assert "-o, --output FILE" in english and "Replace a deck that was edited by hand" in english
    required = deckgen("check", "--help", env=ENGLISH).stdout
    assert "Usage: deckgen check [OPTIONS] FOLDER\n" in required  # a required argument, not `{deck}`
    # typer's own words around an option, in French too: « [obligatoire] », the environment variable
    new_help = deckgen("new", "--help", env=FRENCH).stdout
    assert "[obligatoire]" in new_help and f"[variable d’environnement{NBSP}: DECKGEN_ASSETS]" in new_help


def test_lang_chooses_over_the_system_and_may_follow_the_command() -> None:
    assert deckgen("--lang", "en", "--help", env=FRENCH).stdout.startswith("Usage: deckgen")
    assert deckgen("--lang", "fr", "--help", env=ENGLISH).stdout.startswith(f"Utilisation{NBSP}: deckgen")
    assert deckgen("build", "--help", "--lang", "fr", env=ENGLISH).stdout.startswith(f"Utilisation{NBSP}: deckgen build")


def test_a_language_deckgen_does_not_speak_is_a_usage_error() -> None:
    french = deckgen("--lang", "de", "build", env=FRENCH)
    assert (french.returncode, french.stdout, french.stderr) == (2, "", f"erreur{NBSP}: --lang prend fr ou en, pas «{NBSP}de{NBSP}»\n")
    english = deckgen("--lang", "de", "build", env=ENGLISH)
    assert (english.returncode, english.stderr) == (2, "error: --lang takes fr or en, not 'de'\n")


def test_a_mistyped_command_is_said_in_the_users_language() -> None:
    french = deckgen("buil", env=FRENCH)
    assert french.returncode == 2
    assert french.stderr.endswith(f"erreur{NBSP}: il n’y a pas de commande «{NBSP}buil{NBSP}» ; vouliez-vous dire «{NBSP}build{NBSP}»{NBSP}?\n".replace(" ;", f"{NBSP};"))
    english = deckgen("buil", env=ENGLISH)
    assert english.returncode == 2 and english.stderr.endswith("error: there is no command 'buil'; did you mean 'build'?\n")
    missing = deckgen("check", env=FRENCH)
    assert missing.returncode == 2 and missing.stderr.endswith(f"erreur{NBSP}: il manque DOSSIER\n")


@pytest.fixture
def unknown_brand(tmp_path: Path) -> Path:
    """The reference event with a brand that does not exist."""
    deck = copy_reference(tmp_path)
    event = deck / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("\nbrand: ansa\n", "\nbrand: nowhere\n"), encoding="utf-8")
    return deck


def test_a_build_error_in_french_and_in_english(unknown_brand: Path, tmp_path: Path) -> None:
    output = tmp_path / "x.pptx"
    french = deckgen("build", str(unknown_brand), "-o", str(output), env=FRENCH)
    assert french.returncode == 1 and not output.exists()
    assert re.search(rf"^erreur{NBSP}: \S+event\.yaml:16:8: brand: pas de charte graphique «{NBSP}nowhere{NBSP}» dans ", french.stderr, re.M), french.stderr
    assert f"\n{unknown_brand}{NBSP}: pas construite{NBSP}; rien n’a été écrit.\n" in french.stderr  # no deck was there before
    english = deckgen("build", str(unknown_brand), "-o", str(output), env=ENGLISH)
    assert english.returncode == 1 and not output.exists()
    assert re.search(r"^error: \S+event\.yaml:16:8: brand: no brand 'nowhere' in ", english.stderr, re.M), english.stderr
    assert f"\n{unknown_brand}: not built; nothing was written.\n" in english.stderr


def test_a_missing_deck_folder_counts_its_problems_in_the_users_language(tmp_path: Path) -> None:
    folder = tmp_path / "nowhere"
    french = deckgen("check", str(folder), env=FRENCH)
    assert french.returncode == 1 and french.stderr.startswith(f"erreur{NBSP}: ")
    assert french.stderr.endswith("1 problème.\n")  # check writes nothing, so it does not speak of writing
    english = deckgen("check", str(folder), env=ENGLISH)
    assert english.returncode == 1 and english.stderr.startswith("error: ")
    assert english.stderr.endswith("1 problem.\n")


def test_a_template_that_does_not_exist(tmp_path: Path) -> None:
    deck = copy_reference(tmp_path)
    french = deckgen("check", str(deck), "--template", str(tmp_path / "modele.potx"), env=FRENCH)
    assert french.returncode == 1
    assert f"modele.potx: le modèle n’existe pas{NBSP}; vérifiez son chemin\n" in french.stderr
    english = deckgen("check", str(deck), "--template", str(tmp_path / "modele.potx"), "--lang", "en", env=FRENCH)
    assert "modele.potx: the template does not exist; check its path\n" in english.stderr


def test_the_build_summary_in_french_and_in_english(tmp_path: Path) -> None:
    deck = copy_reference(tmp_path)
    output = tmp_path / "x.pptx"
    french = deckgen("build", str(deck), "-o", str(output), env=FRENCH)
    assert french.returncode == 0, french.stderr
    assert re.fullmatch(rf"{re.escape(str(output))}{NBSP}: {REFERENCE_SLIDES} diapositives, 6 questions de quiz, \d+ Kio, \d+,\d\d s\n", french.stdout)
    english = deckgen("build", str(deck), "-o", str(output), env=ENGLISH)
    assert english.returncode == 0, english.stderr
    assert re.fullmatch(rf"{re.escape(str(output))}: {REFERENCE_SLIDES} slides, 6 quiz pairs, \d+ KiB, \d+\.\d\d s\n", english.stdout)


def test_the_decks_own_labels_follow_the_event_not_the_user(tmp_path: Path) -> None:
    """An organiser whose system speaks English still gets « Programme » on a French event's deck."""
    from pptx import Presentation

    deck = copy_reference(tmp_path)
    output = tmp_path / "x.pptx"
    assert deckgen("build", str(deck), "-o", str(output), "--lang", "en", env=ENGLISH).returncode == 0
    titles = [slide.shapes.title.text for slide in Presentation(str(output)).slides if slide.shapes.title is not None]
    assert any(title.startswith("Programme") for title in titles) and not any(title.startswith("Agenda") for title in titles)


def test_the_deck_is_the_same_whatever_language_the_user_speaks(tmp_path: Path) -> None:
    deck = copy_reference(tmp_path)
    french, english = tmp_path / "fr.pptx", tmp_path / "en.pptx"
    assert deckgen("build", str(deck), "-o", str(french), env=FRENCH).returncode == 0
    assert deckgen("build", str(deck), "-o", str(english), env=ENGLISH).returncode == 0
    assert french.read_bytes() == english.read_bytes()

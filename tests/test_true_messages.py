"""Every message true (issue 13, item 3): nothing said of a file that never existed, `check` never speaks of
writing, `new` makes a session that builds where it is put or refuses at once, two decks never write one file,
`-o` names a .pptx, and the overwrite guard never raises on a deck someone edited."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deckgen.build import BuildResult
from deckgen.cli import app
from deckgen.stamp import CUSTOM_PART, status
from paths import REFERENCE_SLIDES, copy_reference

runner = CliRunner()


@pytest.fixture
def deck_copy(tmp_path: Path) -> Path:
    return copy_reference(tmp_path / "project")


# -- nothing said of files that never existed --


def test_a_failed_build_speaks_of_no_deck_that_never_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", "deck/nope"])
    assert result.exit_code == 1
    assert result.output.endswith("deck/nope: not built; nothing was written.\n"), result.output
    assert "was left as it was" not in result.output and not (tmp_path / "out").exists()


def test_a_failed_build_says_the_last_good_deck_was_kept(deck_copy: Path, tmp_path: Path) -> None:
    output = tmp_path / "X.pptx"
    assert runner.invoke(app, ["build", str(deck_copy), "-o", str(output)]).exit_code == 0
    good = output.read_bytes()
    (deck_copy / "event.yaml").write_text("title: [broken\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(deck_copy), "-o", str(output)])
    assert result.exit_code == 1
    assert result.output.endswith(f"{deck_copy}: not built; {output} was left as it was.\n")
    assert output.read_bytes() == good


# -- check never speaks of writing --


def test_check_strict_does_not_speak_of_writing(deck_copy: Path) -> None:
    (deck_copy / "event.yaml").write_text(
        (deck_copy / "event.yaml").read_text(encoding="utf-8").replace("date: 2025-11-07", "date: 2025-11-07  # TODO", 1), encoding="utf-8"
    )
    result = runner.invoke(app, ["check", str(deck_copy), "--strict"])
    assert result.exit_code == 1
    assert result.output.endswith("1 line still marked TODO (--strict).\n"), result.output
    assert "written" not in result.output


def test_check_of_an_invalid_deck_does_not_speak_of_writing(deck_copy: Path) -> None:
    (deck_copy / "event.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    for command in (["check"], ["outline"]):
        result = runner.invoke(app, [*command, str(deck_copy)])
        assert result.exit_code == 1
        assert result.output.endswith("1 problem.\n") and "written" not in result.output, result.output


# -- deckgen new: a session that builds where it is put, or a refusal that says why --


def test_new_inside_deck_builds_where_it_is_put(deck_copy: Path, tmp_path: Path) -> None:
    target = deck_copy.parent / "next"
    created = runner.invoke(app, ["new", str(target), "--from", str(deck_copy)])
    assert created.exit_code == 0 and "it builds as it is" in created.output, created.output
    built = runner.invoke(app, ["build", str(target), "-o", str(tmp_path / "next.pptx")])
    assert built.exit_code == 0, built.output
    assert f": {REFERENCE_SLIDES} slides" in built.output


def test_new_outside_the_project_is_refused_at_once_with_the_reason(deck_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "next"
    created = runner.invoke(app, ["new", str(target), "--from", str(deck_copy)])
    assert created.exit_code == 1, created.output
    assert f"{target} could not extend {deck_copy}: a deck reads files only from the folder that holds it ({target.parent})" in created.output
    assert f"deckgen new {deck_copy.parent / 'next'} --from {deck_copy}" in created.output
    assert "builds as it is" not in created.output
    assert not target.exists()  # nothing written, not even the folder


def test_new_where_the_brand_is_not_found_is_refused(deck_copy: Path, tmp_path: Path) -> None:
    project = deck_copy.parents[1]
    shutil.copytree(Path(__import__("deckgen.brand", fromlist=["ASSETS"]).ASSETS / "ansa"), project / "assets" / "maison")
    event = deck_copy / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("brand: ansa", "brand: maison", 1), encoding="utf-8")
    # Beside deck/: the files it extends are readable from there, but its project's assets/ is not beside it.
    target = project / "next"
    created = runner.invoke(app, ["new", str(target), "--from", str(deck_copy)])
    assert created.exit_code == 1, created.output
    assert f"{target} would not find the brand 'maison' of {deck_copy}" in created.output and "--assets" in created.output
    assert not target.exists()
    given = runner.invoke(app, ["new", str(target), "--from", str(deck_copy), "--assets", str(project / "assets")])
    assert given.exit_code == 0, given.output
    built = runner.invoke(app, ["build", str(target), "-o", str(tmp_path / "next.pptx"), "--assets", str(project / "assets")])
    assert built.exit_code == 0, built.output


# -- one output, one deck --


def test_two_decks_that_would_write_one_file_are_refused_before_anything_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = copy_reference(tmp_path / "a"), copy_reference(tmp_path / "b")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", str(first), str(second)])
    assert result.exit_code == 2, result.output
    assert f"error: {first} and {second} would both be written to out/narbonne-2025.pptx" in result.output
    assert not (tmp_path / "out").exists()


def test_one_deck_given_twice_is_built_once(deck_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", str(deck_copy), str(deck_copy / ".." / deck_copy.name)])
    assert result.exit_code == 0, result.output
    assert result.output.count("out/narbonne-2025.pptx:") == 1


# -- -o names a PowerPoint file --


@pytest.mark.parametrize("command", ["build", "watch"])
def test_an_output_that_is_not_a_pptx_is_a_usage_error(command: str, deck_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the watch started on an output that is not a .pptx")

    monkeypatch.setattr("deckgen.watch.watch_deck", never)  # so that a watch that is not refused stops at once
    output = tmp_path / "X.txt"
    result = runner.invoke(app, [command, str(deck_copy), "-o", str(output)])
    assert result.exit_code == 2, result.output
    assert f"error: -o/--output must end in .pptx, the deck being a PowerPoint file: {output}" in result.output
    assert not output.exists()


def test_an_output_in_capitals_is_a_pptx(deck_copy: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["build", str(deck_copy), "-o", str(tmp_path / "X.PPTX")]).exit_code == 0


# -- the overwrite guard never raises on a deck someone edited --


def _with_custom(deck: Path, custom: bytes | None) -> None:
    """The deck with its custom-properties part replaced (None: removed), everything else as it was."""
    with zipfile.ZipFile(deck) as package:
        parts = {info.filename: package.read(info.filename) for info in package.infolist()}
    if custom is None:
        del parts[CUSTOM_PART]
    else:
        parts[CUSTOM_PART] = custom
    with zipfile.ZipFile(deck, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)


def _stamp_retyped(custom: bytes) -> bytes:
    return custom.replace(b"vt:lpwstr>", b"vt:lpstr>")


EDITED = {
    "property retyped as vt:lpstr": _stamp_retyped,
    "property as a number": lambda custom: custom.replace(b"<vt:lpwstr>", b"<vt:i4>").replace(b"</vt:lpwstr>", b"</vt:i4>"),
    "property emptied": lambda custom: custom.split(b"<vt:lpwstr>")[0] + b"<vt:lpwstr/></property></Properties>",
    "malformed XML": lambda custom: custom[: len(custom) // 2],
    "not UTF-8": lambda custom: custom.replace(b"deckgen.content", b"deckgen\xff.content"),
    "a document type": lambda custom: b'<!DOCTYPE p [<!ENTITY a "aaaa">]>' + custom.split(b"?>", 1)[1],
    "part removed": lambda custom: None,
}


@pytest.mark.parametrize("edit", EDITED.values(), ids=EDITED.keys())
def test_an_unreadable_stamp_is_a_deck_edited_by_hand(edit, reference_deck: BuildResult, tmp_path: Path) -> None:  # noqa: ANN001
    deck = tmp_path / "narbonne-2025.pptx"
    shutil.copy(reference_deck.output, deck)
    with zipfile.ZipFile(deck) as package:
        _with_custom(deck, edit(package.read(CUSTOM_PART)))
    assert status(deck) == "edited"


def test_building_over_a_deck_with_a_retyped_stamp_says_it_was_edited(deck_copy: Path, tmp_path: Path) -> None:
    output = tmp_path / "X.pptx"
    assert runner.invoke(app, ["build", str(deck_copy), "-o", str(output)]).exit_code == 0
    with zipfile.ZipFile(output) as package:
        _with_custom(output, _stamp_retyped(package.read(CUSTOM_PART)))
    edited = output.read_bytes()
    result = runner.invoke(app, ["build", str(deck_copy), "-o", str(output)])
    assert result.exit_code == 1, result.output
    assert "this deck was changed since deckgen wrote it (edited by hand?)" in result.output and "--force" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert output.read_bytes() == edited


# -- the same, in French --


def _spaced(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _french_run(args: list[str]) -> str:
    """The command's output with deckgen speaking French, no-break spaces read as spaces."""
    from deckgen import i18n

    i18n.set_language("fr")
    try:
        return _spaced(runner.invoke(app, args).output)
    finally:
        i18n.set_language("en")


def test_the_true_messages_in_french(deck_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert "pas construite ; rien n’a été écrit." in _french_run(["build", str(tmp_path / "nope")])
    said = _french_run(["check", str(deck_copy)])
    assert "valide" in said and "écrit" not in said
    assert "la présentation étant un fichier PowerPoint" in _french_run(["build", str(deck_copy), "-o", str(tmp_path / "X.txt")])
    other = copy_reference(tmp_path / "other")
    assert "seraient écrites toutes deux dans out/narbonne-2025.pptx" in _french_run(["build", str(deck_copy), str(other)])
    refused = _french_run(["new", str(tmp_path / "elsewhere" / "next"), "--from", str(deck_copy)])
    assert "une présentation ne lit que les fichiers du dossier qui la contient" in refused and "créez la nouvelle session à côté" in refused
    output = tmp_path / "X.pptx"
    assert runner.invoke(app, ["build", str(deck_copy), "-o", str(output)]).exit_code == 0
    with zipfile.ZipFile(output) as package:
        _with_custom(output, _stamp_retyped(package.read(CUSTOM_PART)))
    assert "cette présentation a changé depuis que deckgen l’a écrite (modifiée à la main ?)" in _french_run(["build", str(deck_copy), "-o", str(output)])
    assert not (tmp_path / "out").exists()

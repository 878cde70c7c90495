"""The command line through typer's CliRunner: exit codes and whole messages."""

from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deckgen.cli import app
from paths import REFERENCE_SLIDES, copy_reference

runner = CliRunner()


@pytest.fixture
def deck_copy(tmp_path: Path) -> Path:
    return copy_reference(tmp_path / "copy")


def test_build_writes_the_deck_and_a_one_line_summary(deck_copy: Path, tmp_path: Path) -> None:
    output = tmp_path / "X.pptx"
    result = runner.invoke(app, ["build", str(deck_copy), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert output.is_file()
    assert re.fullmatch(rf"{re.escape(str(output))}: {REFERENCE_SLIDES} slides, 6 quiz pairs, \d+ KiB, \d+\.\d\d s\n", result.output)


def test_build_defaults_to_out_slash_folder_name(deck_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", str(deck_copy)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "narbonne-2025.pptx").is_file()


def test_build_without_argument_builds_every_deck_under_deck(deck_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(deck_copy, deck_copy.parent / "second")
    monkeypatch.chdir(deck_copy.parents[1])
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (deck_copy.parents[1] / "out").iterdir()) == ["narbonne-2025.pptx", "second.pptx"]


def test_invalid_deck_exits_1_with_located_errors_and_writes_nothing(deck_copy: Path, tmp_path: Path) -> None:
    event = deck_copy / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("answer: 63 %", "answer: 64 %"), encoding="utf-8")
    output = tmp_path / "X.pptx"
    result = runner.invoke(app, ["build", str(deck_copy), "-o", str(output)])
    assert result.exit_code == 1
    assert not output.exists()
    line = next(n for n, text in enumerate(event.read_text(encoding="utf-8").splitlines(), 1) if "answer: 64 %" in text)
    assert f"event.yaml:{line}:17: agenda[2].quiz[4].answer: '64 %' is not one of the choices; did you mean '63 %'?" in result.output
    assert "Traceback" not in result.output


def test_check_validates_without_writing(deck_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", str(deck_copy)])
    assert result.exit_code == 0, result.output
    assert result.output == f"{deck_copy}: valid; {REFERENCE_SLIDES} slides, 6 quiz pairs.\n"
    assert not (tmp_path / "out").exists()


def test_check_reports_an_invalid_deck(deck_copy: Path) -> None:
    (deck_copy / "event.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(deck_copy)])
    assert result.exit_code == 1
    assert "event.yaml:1:8: the [ opened here is never closed" in result.output  # at the `[`, not the line after
    assert result.output.endswith("1 problem.\n")  # check writes nothing, so it does not speak of writing


def test_missing_folder_is_a_deck_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "no such deck folder" in result.output


def test_usage_errors_exit_2(deck_copy: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["frobnicate"]).exit_code == 2
    assert runner.invoke(app, ["build", "--bogus"]).exit_code == 2
    two = runner.invoke(app, ["build", str(deck_copy), str(deck_copy), "-o", str(tmp_path / "x.pptx")])
    assert two.exit_code == 2
    assert "exactly one deck folder" in two.output


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "build" in result.output and "check" in result.output


def test_builds_report_each_slide_for_the_progress_display(deck_copy: Path, tmp_path: Path) -> None:
    from deckgen.build import build_deck

    seen: list[int] = []
    result = build_deck(deck_copy, tmp_path / "x.pptx", on_slide=seen.append)
    assert seen == list(range(1, result.slides + 1))


def test_the_progress_display_is_rich_on_a_terminal_and_nothing_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.progress import Progress

    from deckgen.cli import _NoProgress, _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    assert isinstance(_progress(), Progress)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with _progress() as bar:  # what `build` does with it, where rich would have drawn nothing
        assert isinstance(bar, _NoProgress)
        task = bar.add_task("deck: slide", total=None)
        bar.update(task, completed=3, description="deck: slide 3")
        bar.advance(task)
        bar.remove_task(task)


def test_schema_where_it_cannot_be_written_is_a_located_error_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "event.schema.json"
    result = CliRunner().invoke(app, ["schema", "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"error: {target}: cannot write here: " in result.output
    assert "choose another output with -o" in result.output and "Traceback" not in result.output

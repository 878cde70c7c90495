"""Inheritance and includes: the merge rules, and every value located in the file that wrote it."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckgen.errors import LoadError
from deckgen.load import load_event
from deckgen.load.compose import compose
from paths import DECKS, copy_reference


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_mappings_merge_key_by_key_and_lists_replace(tmp_path: Path) -> None:
    write(tmp_path / "base" / "event.yaml", "a: {x: 1, y: 2}\nitems: [1, 2, 3]\nkeep: yes\n")
    child = write(tmp_path / "child" / "event.yaml", "extends: ../base\na: {y: 20, z: 30}\nitems: [9]\n")
    composed = compose(child, child.parent)
    assert composed.data == {"a": {"x": 1, "y": 20, "z": 30}, "items": [9], "keep": "yes"}
    assert composed.files == [tmp_path / "base" / "event.yaml", child]


def test_lists_of_items_with_ids_merge_by_id(tmp_path: Path) -> None:
    write(tmp_path / "base" / "event.yaml", "agenda:\n  - {id: a, t: 1}\n  - {id: b, t: 2}\n")
    child = write(tmp_path / "child" / "event.yaml", "extends: ../base\nagenda:\n  - {id: b, t: 20}\n  - {id: c, t: 3}\n")
    composed = compose(child, child.parent)
    assert composed.data["agenda"] == [{"id": "a", "t": 1}, {"id": "b", "t": 20}, {"id": "c", "t": 3}]
    # Each value is still located where it was written, even after the list was merged.
    assert composed.source.values[("agenda", 0, "t")].file == tmp_path / "base" / "event.yaml"
    assert (composed.source.values[("agenda", 1, "t")].file, composed.source.values[("agenda", 1, "t")].line) == (child, 3)
    assert (composed.source.values[("agenda", 2, "t")].file, composed.source.values[("agenda", 2, "t")].line) == (child, 4)


def test_includes_merge_in_order_under_the_file_itself(tmp_path: Path) -> None:
    write(tmp_path / "_shared" / "one.yaml", "a: 1\nb: 1\n")
    write(tmp_path / "_shared" / "two.yaml", "b: 2\nc: 2\n")
    event = write(tmp_path / "deck" / "event.yaml", "include: [../_shared/one.yaml, ../_shared/two.yaml]\nc: 3\n")
    assert compose(event, event.parent).data == {"a": 1, "b": 2, "c": 3}


def test_paths_are_relative_to_the_file_that_writes_them(tmp_path: Path) -> None:
    write(tmp_path / "base" / "event.yaml", "people: {p: {name: P, photo: p.jpg}}\n")
    child = write(tmp_path / "child" / "event.yaml", "extends: ../base\n")
    assert compose(child, child.parent).data["people"]["p"]["photo"] == "../base/p.jpg"


def test_a_loop_is_refused_at_its_line(tmp_path: Path) -> None:
    write(tmp_path / "a" / "event.yaml", "extends: ../b\n")
    b = write(tmp_path / "b" / "event.yaml", "title: B\nextends: ../a\n")
    with pytest.raises(LoadError) as raised:
        compose(tmp_path / "a" / "event.yaml", tmp_path / "a")
    [problem] = raised.value.problems
    assert (problem.file, problem.line, problem.field) == (b, 2, "extends")
    assert "in a loop" in problem.message


def test_a_missing_parent_is_refused_at_its_line(tmp_path: Path) -> None:
    event = write(tmp_path / "deck" / "event.yaml", "title: T\nextends: ../nowhere\n")
    with pytest.raises(LoadError) as raised:
        compose(event, event.parent)
    [problem] = raised.value.problems
    assert (problem.file, problem.line, problem.column) == (event, 2, 10)
    assert "'../nowhere' does not exist" in problem.message


def test_an_error_in_the_parent_event_is_reported_in_the_parent(tmp_path: Path) -> None:
    parent = copy_reference(tmp_path)
    child = write(tmp_path / "deck" / "child" / "event.yaml", "extends: ../narbonne-2025\ncity: Toulouse\n")
    text = (parent / "event.yaml").read_text(encoding="utf-8").replace("answer: 63 %", "answer: 64 %")
    (parent / "event.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as raised:
        load_event(child.parent)
    [problem] = raised.value.problems
    line = 1 + text.splitlines().index("        answer: 64 %")
    assert (problem.file, problem.line, problem.field) == (parent / "event.yaml", line, "agenda[2].quiz[4].answer")


def test_the_reference_decks_share_the_training_file() -> None:
    loaded = load_event(DECKS / "toulouse-2026")
    assert DECKS / "_shared" / "alim-activ.yaml" in loaded.files
    assert DECKS / "narbonne-2025" / "event.yaml" in loaded.files

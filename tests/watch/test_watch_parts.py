"""The parts of the watch loop: what a deck reads, which changes count, which slides changed, what is printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deckgen.build import BuildResult, build_deck
from deckgen.errors import LoadError, Problem
from deckgen.watch import Changes, Rebuild, Watched, compare, reads, slide_digests
from watch_helpers import BROKEN, GOOD, replace


def test_a_good_deck_reads_its_yaml_files_its_images_and_its_brand(deck: Path, tmp_path: Path) -> None:
    from deckgen.load import load_event

    watched = reads(deck, tmp_path / "deck.pptx")
    assert set(load_event(deck).files) <= watched.files
    assert deck.resolve() / "event.yaml" in watched.files
    assert any(p.suffix == ".ttf" for p in watched.files)
    assert [p.name for p in watched.folders] == ["ansa"]  # any file of the brand: brand.yaml, its logos
    assert deck.resolve() not in watched.folders  # a good deck: only what it reads


def test_a_broken_deck_keeps_what_it_read_and_watches_its_folder(deck: Path, tmp_path: Path) -> None:
    good = reads(deck, tmp_path / "deck.pptx")
    (deck / "photos").mkdir()
    replace(deck / "event.yaml", *BROKEN)
    broken = reads(deck, tmp_path / "deck.pptx", previous=good)
    assert good.files <= broken.files and good.folders <= broken.folders
    assert {deck.resolve(), deck.resolve() / "photos"} <= broken.folders  # where the missing image may land


def test_which_changes_count(tmp_path: Path) -> None:
    deck, brand, out = tmp_path / "deck", tmp_path / "brand", tmp_path / "deck" / "out"
    deck.mkdir()
    watched = Watched(
        files=frozenset({deck / "event.yaml", deck / "photos" / "a.jpg"}),
        folders=frozenset({brand, deck}),
        output=deck / "x.pptx",
        preview_dir=out,
    )
    assert watched.wants(deck / "event.yaml")
    assert watched.wants(deck / "photos")  # not there yet: its creation counts
    assert watched.wants(brand / "brand.yaml") and watched.wants(deck / "notes.md")
    assert not watched.wants(deck / ".brand.yaml.swp") and not watched.wants(deck / "event.yaml~")
    assert not watched.wants(deck / "x.pptx") and not watched.wants(deck / ".x.pptx.k3j2.tmp")  # what it writes
    assert not watched.wants(deck / "x.pptx.bak")
    assert not watched.wants(out / "slide-01.png")
    assert not watched.wants(tmp_path / "elsewhere.yaml")
    assert watched.roots == {deck, tmp_path}  # brand/ does not exist yet: its parent is watched


def test_changes_say_which_slides_differ() -> None:
    assert compare("abcd", "abcd") == Changes((), 4, 4)
    assert compare("abcd", "aXcY") == Changes((2, 4), 4, 4)
    assert compare("abc", "abcde") == Changes((4, 5), 3, 5)
    assert str(Changes((), 4, 4)) == "no slide changed"
    assert str(Changes((1,), 4, 4)) == "slide 1 changed"
    assert str(Changes((1, 3, 4, 5, 9), 9, 9)) == "slides 1, 3-5, 9 changed"
    assert str(Changes((3,), 5, 3)) == "slide 3 changed (2 slides fewer)"


def test_slide_digests_tell_the_one_slide_an_edit_changed(deck: Path, tmp_path: Path, reference_deck: BuildResult) -> None:
    before = slide_digests(reference_deck.output.read_bytes())
    assert len(before) == reference_deck.slides
    assert slide_digests(build_deck(deck, tmp_path / "same.pptx").output.read_bytes()) == before
    replace(deck / "event.yaml", *GOOD)
    after = slide_digests(build_deck(deck, tmp_path / "edited.pptx").output.read_bytes())
    assert compare(before, after).changed == (1,)


def test_a_rebuild_prints_builds_summary_and_located_errors(tmp_path: Path) -> None:
    result = BuildResult(output=Path("out/x.pptx"), slides=34, quiz_pairs=6, size=171_000, seconds=0.384)
    good = Rebuild(tmp_path, Path("out/x.pptx"), result, changes=Changes((3, 12), 34, 34))
    assert good.lines() == [("out/x.pptx: 34 slides, 6 quiz pairs, 167 KiB, 0.38 s; slides 3, 12 changed", False)]
    problem = Problem("'64 %' is not one of the choices", Path("/d/event.yaml"), 151, 17, "agenda[2].quiz[4].answer")
    (tmp_path / "x.pptx").write_bytes(b"the last good deck")
    bad = Rebuild(Path("deck/x"), tmp_path / "x.pptx", error=LoadError(problem))
    assert bad.lines() == [
        ("error: /d/event.yaml:151:17: agenda[2].quiz[4].answer: '64 %' is not one of the choices", True),
        (f"deck/x: not rebuilt; {tmp_path / 'x.pptx'} was left as it was. Fix it and save.", True),
    ]


def test_a_first_build_that_fails_speaks_of_no_deck(tmp_path: Path) -> None:
    problem = Problem("'64 %' is not one of the choices", Path("/d/event.yaml"), 151, 17, "agenda[2].quiz[4].answer")
    bad = Rebuild(Path("deck/x"), tmp_path / "never-written.pptx", error=LoadError(problem))
    assert bad.lines()[-1] == ("deck/x: not built; nothing was written. Fix it and save.", True)


@pytest.mark.parametrize("quiz_pairs, text", [(0, ""), (1, ", 1 quiz pair")])
def test_the_summary_is_builds(quiz_pairs: int, text: str) -> None:
    result = BuildResult(output=Path("a.pptx"), slides=3, quiz_pairs=quiz_pairs, size=2048, seconds=1.0)
    [(line, _err)] = Rebuild(Path("d"), Path("a.pptx"), result).lines()
    assert re.fullmatch(rf"a\.pptx: 3 slides{text}, 2 KiB, 1\.00 s", line)


def test_no_comparison_without_an_earlier_deck(reference_deck: BuildResult) -> None:
    from deckgen.watch import _compared_decks

    deck = reference_deck.output.read_bytes()
    assert _compared_decks(None, deck) is None
    assert _compared_decks(b"not a deck", deck) is None
    assert _compared_decks(deck, deck) == Changes((), reference_deck.slides, reference_deck.slides)


def test_a_deck_not_written_by_deckgen_is_replaced_only_with_force(deck: Path, tmp_path: Path) -> None:
    from deckgen.watch import rebuild

    output = tmp_path / "x.pptx"
    output.write_text("someone's file", encoding="utf-8")
    refused = rebuild(deck, output)
    assert refused.result is None and refused.error is not None and "--force" in str(refused.error)
    assert output.read_text(encoding="utf-8") == "someone's file"
    forced = rebuild(deck, output, force=True)
    assert forced.result is not None and forced.changes is None  # what was there was not a deck to compare with
    assert (tmp_path / "x.pptx.bak").read_text(encoding="utf-8") == "someone's file"

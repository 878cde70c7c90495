"""watch_deck in this process, stopped by its event: rebuilds on save, keeps the last good deck, follows
what the deck reads as it changes (a new image, the brand), ignores what it does not read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from deckgen.brand import ASSETS
from deckgen.errors import LoadError
from deckgen.watch import Rebuild, watch_deck
from watch_helpers import BROKEN, BROKEN_MESSAGE, GOOD, Running, replace


def test_a_save_rebuilds_a_broken_save_keeps_the_last_good_deck(deck: Path, tmp_path: Path) -> None:
    output = tmp_path / "out" / "deck.pptx"
    event = deck / "event.yaml"
    with Running(deck, output) as watch:
        first = watch.next_result()
        assert first.result is not None and first.error is None, first.lines()
        assert first.changes is None  # nothing to compare with
        assert event.resolve() in watch.next_ready().files
        built = output.read_bytes()

        replace(event, *GOOD)
        good = watch.next_result()
        assert good.result is not None, good.lines()
        assert good.changes is not None and good.changes.changed == (1,)  # the venue is on the title slide only
        edited = output.read_bytes()
        assert edited != built

        line = replace(event, *BROKEN)
        broken = watch.next_result()
        assert broken.result is None and broken.error is not None
        [problem] = broken.error.problems
        assert (problem.file, problem.line) == (event, line) and problem.message == BROKEN_MESSAGE
        assert output.read_bytes() == edited
        assert any(text.startswith("error: ") and BROKEN_MESSAGE in text and err for text, err in broken.lines())

        replace(event, BROKEN[1], BROKEN[0])
        fixed = watch.next_result()
        assert fixed.result is not None, fixed.lines()
        assert fixed.changes is not None and fixed.changes.changed == ()
        assert output.read_bytes() == edited  # the same event gives the same bytes


def test_a_newly_named_image_is_watched_from_the_next_build(deck: Path, tmp_path: Path) -> None:
    output = tmp_path / "deck.pptx"
    logo = deck / "logos" / "prefecture.png"
    logo.parent.mkdir()
    Image.new("RGB", (400, 200), (200, 30, 30)).save(logo)
    with Running(deck, output) as watch:
        watch.next_result()
        assert logo.resolve() not in watch.next_ready().files

        replace(deck / "event.yaml", "name: Préfecture de la région Occitanie\n",
                "name: Préfecture de la région Occitanie\n    logo: logos/prefecture.png\n")
        named = watch.next_result()
        assert named.result is not None, named.lines()
        assert logo.resolve() in watch.next_ready().files  # logos/ is a new folder: the watcher moved

        Image.new("RGB", (400, 200), (30, 160, 30)).save(logo)
        redrawn = watch.next_result()
        assert redrawn.result is not None and redrawn.changes is not None
        assert redrawn.changes.changed and 1 in redrawn.changes.changed  # the sponsors' logos are on the title slide


def test_a_missing_image_rebuilds_when_it_appears(deck: Path, tmp_path: Path) -> None:
    output = tmp_path / "deck.pptx"
    with Running(deck, output) as watch:
        watch.next_result()
        watch.next_ready()
        line = replace(deck / "event.yaml", "name: Préfecture de la région Occitanie\n",
                       "name: Préfecture de la région Occitanie\n    logo: prefecture.png\n")
        missing = watch.next_result()
        assert missing.error is not None and missing.result is None
        assert [(p.line, p.field) for p in missing.error.problems] == [(line + 1, "organisations.prefecture-occitanie.logo")]

        Image.new("RGB", (400, 200), (200, 30, 30)).save(deck / "prefecture.png")
        found = watch.next_result()
        assert found.result is not None, found.lines()


def test_saving_the_brand_rebuilds(deck: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(ASSETS, assets)
    monkeypatch.setenv("DECKGEN_ASSETS", str(assets))
    with Running(deck, tmp_path / "deck.pptx") as watch:
        watch.next_result()
        watched = watch.next_ready()
        assert (assets / "ansa").resolve() in watched.folders
        assert (assets / "fonts" / "LiberationSans-Regular.ttf").resolve() in watched.files

        replace(assets / "ansa" / "brand.yaml", 'primary: "0B4F6C"', 'primary: "0A4A66"')
        recoloured = watch.next_result()
        assert recoloured.result is not None, recoloured.lines()
        assert recoloured.changes is not None and len(recoloured.changes.changed) > 1


def test_a_file_the_deck_does_not_read_is_ignored(deck: Path, tmp_path: Path) -> None:
    output = deck / "deck.pptx"  # even written inside the deck folder, the deck does not rebuild itself
    with Running(deck, output) as watch:
        watch.next_result()
        watch.next_ready()
        (deck / "notes.md").write_text("to do\n", encoding="utf-8")
        (deck.parent / "other.yaml").write_text("title: x\n", encoding="utf-8")
        assert watch.quiet(1.5)
        replace(deck / "event.yaml", *GOOD)
        assert watch.next_result().result is not None
        assert watch.quiet(1.5)  # its own deck.pptx, written just now, is not a save to rebuild on


def test_a_save_made_before_the_watcher_starts_is_not_lost(deck: Path, tmp_path: Path) -> None:
    saved: list[int] = []

    def save_once(_rebuild: Rebuild) -> None:  # runs after the first build, before the watcher starts
        if not saved:
            saved.append(replace(deck / "event.yaml", *GOOD))

    with Running(deck, tmp_path / "deck.pptx", hook=save_once) as watch:
        assert watch.next_result().result is not None
        again = watch.next_result()
        assert again.changes is not None and again.changes.changed == (1,)


def test_a_missing_deck_folder_is_said_before_watching(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such deck folder"):
        watch_deck(tmp_path / "nope", tmp_path / "deck.pptx")


@pytest.mark.libreoffice
def test_with_preview_the_pictures_say_which_slides_changed(soffice: str, deck: Path, tmp_path: Path) -> None:
    output = tmp_path / "out" / "deck.pptx"
    pictures = tmp_path / "out" / "deck-preview"
    with Running(deck, output, preview_dir=pictures) as watch:
        first = watch.next_result(timeout=120)
        assert first.preview is not None and first.error is None, first.lines()
        assert first.changes is None  # no earlier pictures
        before = {p.name: p.read_bytes() for p in first.preview.slides}
        sheet = (pictures / "contact-sheet.png").read_bytes()

        replace(deck / "event.yaml", *GOOD)
        edited = watch.next_result(timeout=120)
        assert edited.preview is not None and edited.changes is not None, edited.lines()
        assert edited.changes.changed == (1,)
        after = {p.name: p.read_bytes() for p in edited.preview.slides}
        assert [name for name in after if after[name] != before[name]] == ["slide-01.png"]
        assert (pictures / "deck.pdf").is_file() and (pictures / "contact-sheet.png").is_file()
        assert edited.redrawn == (1,)  # the one slide whose parts changed, rasterised alone
        assert (pictures / "contact-sheet.png").read_bytes() != sheet  # patched
        assert "; slide 1 changed; 1 picture redrawn in " in edited.lines()[-1][0]


def test_a_session_keeps_its_measures_until_a_font_file_is_saved_over(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each rebuild of a watch measures with the session's Measurer (what it measured stays measured); a
    font file changed on disk since the last build gets a new one, so the layout follows the new widths."""
    from deckgen import watch as watching

    font = tmp_path / "Face.ttf"
    states = iter([{font: (1, 1)}, {font: (1, 1)}, {font: (2, 2)}, {font: (2, 2)}])
    used = []
    monkeypatch.setattr(watching, "reads", lambda *args, **kwargs: None)
    monkeypatch.setattr(watching, "snapshot", lambda watched: next(states))
    monkeypatch.setattr(watching, "rebuild", lambda *args, measurer, **kwargs: used.append(measurer) or watching.Rebuild(tmp_path, tmp_path / "out.pptx"))
    loop = watching._Loop(tmp_path, tmp_path / "out.pptx", None, lambda rebuild: None)
    for _ in range(4):
        loop.run()
    first, same, replaced, kept = used
    assert first is same and replaced is not first and kept is replaced


def test_without_the_bridge_the_watch_says_once_that_each_preview_starts_libreoffice(
    soffice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deckgen import office
    from deckgen import watch as watching

    monkeypatch.setattr(office, "available", lambda: False)
    said: list[str] = []
    assert watching._kept_office(said.append) is None
    assert said == ["LibreOffice's bridge (python3-uno) is not installed: each preview starts LibreOffice anew"]


def _layout_names(deck: Path) -> set[str]:
    from pptx import Presentation

    return {layout.name for layout in Presentation(str(deck)).slide_layouts}


def test_a_deck_on_a_template_is_rebuilt_when_the_template_is_saved(deck: Path, tmp_path: Path) -> None:
    from pptx import Presentation

    template = tmp_path / "organisation" / "modele.pptx"
    template.parent.mkdir()
    Presentation().save(str(template))  # python-pptx's default template: 4:3, « Title and Content »…
    output = tmp_path / "deck.pptx"
    with Running(deck, output, template=template) as watch:
        first = watch.next_result()
        assert first.result is not None, first.lines()
        assert template.resolve() in watch.next_ready().files
        assert "Title and Content" in _layout_names(output)
        assert Presentation(str(output)).slide_width == Presentation(str(template)).slide_width

        renamed = Presentation(str(template))
        renamed.slide_layouts[1].name = "Titre et contenu"
        saving = template.with_name(".modele.pptx.saving")
        renamed.save(str(saving))
        saving.replace(template)  # as PowerPoint saves: write, then rename over
        again = watch.next_result()
        assert again.result is not None, again.lines()
        assert "Titre et contenu" in _layout_names(output) and "Title and Content" not in _layout_names(output)

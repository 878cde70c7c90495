"""The contact sheet patched in place: the thumbnails of the slides redrawn change, the others keep their pixels."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops

from deckgen.preview import _Grid, contact_sheet, patch_sheet


def _slides(folder: Path, colours: list[str]) -> tuple[Path, ...]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, colour in enumerate(colours, 1):
        path = folder / f"slide-{number:02d}.png"
        Image.new("RGB", (160, 90), colour).save(path)
        paths.append(path)
    return tuple(paths)


def _thumbnail(sheet: Path, grid: _Grid, index: int) -> Image.Image:
    x, y = grid.corner(index)
    with Image.open(sheet) as image:
        return image.convert("RGB").crop((x, y + grid.label, x + grid.width, y + grid.label + grid.height))


def test_only_the_redrawn_thumbnails_change(tmp_path: Path) -> None:
    slides = _slides(tmp_path / "png", ["#114477", "#DDAA33", "#22AA55", "#AA2233", "#555555", "#7755AA", "#AAAAAA"])
    sheet = contact_sheet(slides, tmp_path / "contact-sheet.png")
    grid = _Grid.of(slides)
    before = [_thumbnail(sheet, grid, i) for i in range(len(slides))]

    Image.new("RGB", (160, 90), "#AA2233").save(slides[5])  # slide 6 now looks like slide 4
    patch_sheet(sheet, slides, (6,))

    after = [_thumbnail(sheet, grid, i) for i in range(len(slides))]
    moved = [i + 1 for i in range(len(slides)) if ImageChops.difference(before[i], after[i]).getbbox() is not None]
    assert moved == [6]
    assert ImageChops.difference(after[5], after[3]).getbbox() is None  # drawn in the sheet's own palette


def test_a_sheet_of_another_slide_count_is_drawn_whole(tmp_path: Path) -> None:
    sheet = contact_sheet(_slides(tmp_path / "few", ["#114477"] * 3), tmp_path / "contact-sheet.png")
    slides = _slides(tmp_path / "many", ["#DDAA33"] * 12)
    patch_sheet(sheet, slides, (2,))
    grid = _Grid.of(slides)
    with Image.open(sheet) as image:
        assert image.size == grid.size
    assert ImageChops.difference(_thumbnail(sheet, grid, 0), Image.new("RGB", (grid.width, grid.height), "#DDAA33")).getbbox() is None


def test_the_pictures_of_a_deck_of_over_99_slides_are_in_slide_order(tmp_path: Path) -> None:
    from deckgen.preview import slide_pictures

    for number in (1, 9, 10, 11, 99, 100, 101, 110):
        (tmp_path / f"slide-{number:02d}.png").write_bytes(b"")
    (tmp_path / "slide-x.png").write_bytes(b"")  # not a slide's
    assert [int(p.stem.split("-")[1]) for p in slide_pictures(tmp_path)] == [1, 9, 10, 11, 99, 100, 101, 110]

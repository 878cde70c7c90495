"""The brand's template as a presenter meets it: one slide inserted on each layout, and a picture of them.

`specimen(template, language)` opens the template (brand_template.py) with python-pptx, adds a slide on
each layout as PowerPoint's « Nouvelle diapositive » does, types a title and text into its placeholders and
turns on the footer and the slide number (Insert ▸ Header & Footer copies the layout's placeholders onto the
slide); `sheet()` renders that deck with LibreOffice and pastes the slides into one labelled grid. python-pptx
and LibreOffice are needed here only: it lives with the tests, which check the template on it.

    python tests/render/brand_specimen.py [OUT.png]   # docs/brand-template.png, the Ansa brand at 16:9
"""

from __future__ import annotations

import copy
import io
import tempfile
from pathlib import Path

from deckgen.brand import ASSETS, Brand
from deckgen.render.brand_template import LAYOUT_NAMES, brand_template
from deckgen.render.geometry import Frame

SAMPLES: dict[str, dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]] = {
    "fr": {
        "title": ("Journée régionale contre la précarité alimentaire", ("Jeudi 12 juin 2025 · Narbonne",), ()),
        "section": ("Table ronde : agir ensemble", ("Marie Dupont — coordinatrice, Ansa",), ()),
        "content": ("Ce que nous avons appris", ("Un foyer sur cinq renonce à un repas", "Les épiceries solidaires touchent les familles", "Les transports restent un frein"), ()),
        "two_columns": ("Avant et après le projet", ("Trois points de distribution", "Horaires de bureau"), ("Neuf points de distribution", "Ouverts le samedi")),
        "title_only": ("Les chiffres clés", (), ()),
        "quiz": ("Quiz : testez vos connaissances", (), ()),
        "break": ("Pause", ("Retour à 11h45",), ()),
        "closing": ("Merci !", (), ()),
        "blank": ("", (), ()),
    },
    "en": {
        "title": ("Regional day against food insecurity", ("Thursday 12 June 2025 · Narbonne",), ()),
        "section": ("Round table: acting together", ("Marie Dupont — coordinator, Ansa",), ()),
        "content": ("What we learnt", ("One household in five skips a meal", "Social groceries reach families", "Transport is still a barrier"), ()),
        "two_columns": ("Before and after the project", ("Three distribution points", "Office hours"), ("Nine distribution points", "Open on Saturdays")),
        "title_only": ("Key figures", (), ()),
        "quiz": ("Quiz: test your knowledge", (), ()),
        "break": ("Break", ("Back at 11:45",), ()),
        "closing": ("Thank you!", (), ()),
        "blank": ("", (), ()),
    },
}
"""Layout → (title, first body's paragraphs, second body's), in French and in English."""

FOOTER = {"fr": "Journée régionale · Narbonne, 12 juin 2025", "en": "Regional day · Narbonne, 12 June 2025"}


def samples(language: str) -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return SAMPLES["fr" if language.lower().startswith("fr") else "en"]


def specimen(template: bytes, language: str) -> bytes:
    """A deck of one slide on each of the template's layouts, in their order, filled as a presenter would."""
    from pptx import Presentation
    from pptx.enum.shapes import PP_PLACEHOLDER

    texts = samples(language)
    footer = FOOTER["fr" if language.lower().startswith("fr") else "en"]
    presentation = Presentation(io.BytesIO(template))
    for key, layout in zip(LAYOUT_NAMES, presentation.slide_layouts, strict=True):
        slide = presentation.slides.add_slide(layout)
        title, first, second = texts[key]
        for shape in slide.placeholders:
            kind, idx = shape.placeholder_format.type, shape.placeholder_format.idx
            if kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
                shape.text_frame.text = title
            elif idx in (1, 2):
                _paragraphs(shape.text_frame, first if idx == 1 else second)
        _footers(slide, layout, footer)
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()


def _paragraphs(frame, lines: tuple[str, ...]) -> None:  # noqa: ANN001 - python-pptx's TextFrame
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = line


def _footers(slide, layout, text: str) -> None:  # noqa: ANN001 - python-pptx's Slide and SlideLayout
    """The layout's footer and slide number placeholders copied onto the slide, the footer holding `text`."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    tree = slide.shapes._spTree
    for placeholder in layout.placeholders:
        kind = placeholder.placeholder_format.type
        if kind not in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER):
            continue
        element = copy.deepcopy(placeholder._element)
        element.nvSpPr.cNvPr.id = max(int(i) for i in tree.xpath("//p:cNvPr/@id")) + 1
        for inherited in element.xpath("./p:spPr/* | ./p:txBody/a:lstStyle/*"):  # the layout's position and style
            inherited.getparent().remove(inherited)
        tree.append(element)
        if kind == PP_PLACEHOLDER.FOOTER:
            slide.shapes[-1].text_frame.text = text


def sheet(brand: Brand, frame: Frame, language: str, out: Path, *, columns: int = 3, width: int = 480) -> Path:
    """The specimen rendered by LibreOffice, its slides in a grid, each under its layout's name."""
    from PIL import Image, ImageDraw, ImageFont

    from deckgen.preview import to_pdf, to_pngs

    names = [pair[0 if language.lower().startswith("fr") else 1] for pair in LAYOUT_NAMES.values()]
    with tempfile.TemporaryDirectory(prefix="deckgen-specimen-") as work:
        deck = Path(work) / "brand-template.pptx"
        deck.write_bytes(specimen(brand_template(brand, frame, language), language))
        pages = to_pngs(to_pdf(deck, Path(work)), Path(work) / "png", dpi=round(width / frame.width * 72 * 1.5))
        thumbnails = []
        for page in pages:
            with Image.open(page) as image:
                height = round(width * image.height / image.width)
                thumbnails.append(image.convert("RGB").resize((width, height), Image.Resampling.LANCZOS))
    gap, label = 20, 28
    rows = -(-len(thumbnails) // columns)
    height = thumbnails[0].height
    grid = Image.new("RGB", (columns * (width + gap) + gap, rows * (height + label + gap) + gap), "#E5E9EC")
    pen = ImageDraw.Draw(grid)
    font = ImageFont.truetype(str(ASSETS / "fonts" / "LiberationSans-Bold.ttf"), 17)
    for index, (name, thumbnail) in enumerate(zip(names, thumbnails, strict=True)):
        x = gap + (index % columns) * (width + gap)
        y = gap + (index // columns) * (height + label + gap)
        pen.text((x, y + 3), name, fill="#1F2933", font=font)
        grid.paste(thumbnail, (x, y + label))
        pen.rectangle((x - 1, y + label - 1, x + width, y + label + height), outline="#B8C2CC")
    out.parent.mkdir(parents=True, exist_ok=True)
    grid.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, optimize=True)
    return out


if __name__ == "__main__":
    import sys

    from deckgen.brand import load_brand
    from deckgen.render.geometry import WIDESCREEN

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/brand-template.png")
    print(sheet(load_brand("ansa"), WIDESCREEN, "fr-FR", target))

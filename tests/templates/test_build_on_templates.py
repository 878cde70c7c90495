"""The acceptance of issue 12 on templates no one here made: `deckgen build deck/narbonne-2025 --template X -o Y`
for each of pandoc's reference document, LibreOffice's Vintage (4:3) and Focus (16:9), and python-pptx's
default template with French layout names as a .potx (template_files.py says why these).

Each deck is built once a session (conftest.py's `built`) and converted by LibreOffice once; every test below
reads those files. What is asked of each deck, as PowerPoint and a presenter would see it:

- it exists (exit 0) and is a presentation, at the template's slide size;
- the template's masters, layouts (by name), and themes are all in it; its own example slides are not;
- its slides use more than one of the template's layouts;
- each slide's title is in a title placeholder (`title` or `ctrTitle`), with text;
- the text of text slides is in body placeholders (`body`, `obj`, or no type; with an idx or not);
- every line of the seed is on the slides, in order (as tests/test_reference_deck.py checks it);
- `../shared/ooxml/check.py` finds nothing in the deck (the package layer repairs what a template brings);
- no layout fault (tests/layout/faults.py), in its XML and as LibreOffice draws it;
- a slide added with python-pptx on each of its layouts is drawn by LibreOffice, on the template's master.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pptx.enum.shapes import PP_PLACEHOLDER

import test_reference_deck as reference
from deckfile import SlideSummary, summarise
from deckgen.load import load_event
from deckgen.plan import plan_deck
from deckgen.plan.specs import SLIDE_KINDS
from deckgen.text.inline import plain
from faults import find_faults, listing, normalise, orphan_continuations, read_deck, text_over_text, words_over_words
from paths import REFERENCE
from pdf_layout import Page, read_layout
from template_builds import Built, MadeTemplate, leaks, once, pdf_of, run_deckgen
from template_files import PRESENTATION_MAIN, content_types, open_presentation
from template_parts import BODY_TYPES, NS, TITLE_TYPES, Master, masters, slide_size, slides

KINDS = {kind.kind for kind in SLIDE_KINDS}

BODY_TEXT: dict[str, Callable[[Any], list[str]]] = {
    "bullets": lambda spec: [line.text for line in spec.items],
    "agenda": lambda spec: [text for entry in spec.entries for text in (entry.text, entry.detail, *entry.items) if text],
    "blocks": lambda spec: [text for block in spec.blocks for text in (block.label, block.text, *block.items) if text],
    "list": lambda spec: list(spec.entries),
    "quote": lambda spec: list(spec.paragraphs),
}
"""The text slides, whose text is a list or paragraphs, and that text, from their specs: bullets (a speaker's
points), the programme (`agenda`: each entry, its detail, its numbered items), the training's labelled blocks,
the participants (`list`), a quotation's paragraphs. Each text must be in a body placeholder of a slide of
its kind. Not text slides: the tiles, cards, tables, charts, quiz choices and concept map of the other kinds,
which have no placeholder (issue 12, item 2); kickers, subtitles (a list's heading) and closing lines are not
checked either."""


def _deck(built: Built) -> Any:
    return open_presentation(built.ok())


def _template(template: MadeTemplate) -> Any:
    return open_presentation(template.path)


def test_the_text_kinds_are_kinds() -> None:
    assert set(BODY_TEXT) <= KINDS


def test_the_build_exits_0_with_a_presentation(built: Built) -> None:
    deck = built.ok()
    assert content_types(deck.read_bytes())["/ppt/presentation.xml"] == PRESENTATION_MAIN  # a .potx builds a .pptx


def test_the_slide_size_is_the_templates(built: Built, template: MadeTemplate) -> None:
    assert slide_size(_deck(built)) == slide_size(_template(template)) == (template.spec.width, template.spec.height)


def _missing_masters(template: list[Master], deck: list[Master]) -> list[str]:
    wanted = Counter(master.key for master in template)
    have = Counter(master.key for master in deck)
    return [f"master {master.name or '(no name)'} with layouts {list(master.layouts)}" for master in template if (wanted - have)[master.key]]


def test_every_master_and_layout_of_the_template_is_in_the_deck(built: Built, template: MadeTemplate) -> None:
    """By name and as many times as the template has it (Vintage: four « Title, Content »), each master with its
    layouts in order and its pictures (a master is known by them, not by its part's name)."""
    ours, theirs = masters(_deck(built)), masters(_template(template))
    layouts = Counter(name for m in theirs for name in m.layouts) - Counter(name for m in ours for name in m.layouts)
    assert not layouts, f"layouts missing from the deck: {sorted(layouts.elements())}"
    missing = _missing_masters(theirs, ours)
    assert not missing, "masters of the template not in the deck (or with other layouts or pictures):\n" + "\n".join(missing)


def test_every_theme_of_the_template_is_in_the_deck(built: Built, template: MadeTemplate) -> None:
    """Its name, fonts and colours: the template's, not deckgen's brand."""
    ours = Counter(master.theme for master in masters(_deck(built)))
    missing = Counter(master.theme for master in masters(_template(template))) - ours
    assert not missing, f"themes of the template not in the deck: {list(missing)}; the deck's: {list(ours)}"


def test_the_templates_example_slides_are_dropped(built: Built) -> None:
    """Every slide is one deckgen drew: its `p:cSld/@name` is a slide kind."""
    strangers = [f"slide {s.number}: {s.kind!r} on {s.layout!r}" for s in slides(_deck(built)) if s.kind not in KINDS]
    assert not strangers, "slides that are no kind of deckgen's (the template's examples?):\n" + "\n".join(strangers)


def test_slides_are_on_more_than_one_of_the_templates_layouts(built: Built, template: MadeTemplate) -> None:
    deck = _deck(built)
    theirs = {master.key for master in masters(_template(template))}
    by_part = {m.part: m for m in masters(deck)}
    used = {(s.master_part, s.layout) for s in slides(deck)}
    foreign = sorted(f"{layout!r} of {part}" for part, layout in used if by_part[part].key not in theirs)
    assert not foreign, f"slides on layouts that are not the template's: {foreign}"
    assert len(used) > 1, f"every slide is on one layout: {used}"


def test_every_slide_has_its_title_in_a_title_placeholder(built: Built) -> None:
    untitled = [f"slide {s.number} ({s.kind}, on {s.layout!r})" for s in slides(_deck(built)) if not s.title()]
    assert not untitled, f"slides with no text in a title placeholder ({' or '.join(TITLE_TYPES)}):\n" + "\n".join(untitled)


def test_text_slides_hold_their_text_in_body_placeholders(built: Built) -> None:
    """Each text of each text slide's spec, in a body placeholder of a slide of that kind (a list continued on
    the next slide is found on that one)."""
    loaded = load_event(REFERENCE)
    plan = plan_deck(loaded.event, loaded.folder)
    bodies: dict[str, list[str]] = {}
    for view in slides(_deck(built)):
        bodies.setdefault(view.kind, []).extend(normalise(p.text) for p in view.placeholders if p.type in BODY_TYPES)
    missing = []
    for spec in plan.slides:
        texts = BODY_TEXT.get(spec.kind, lambda _: [])(spec)
        for text in texts:
            wanted = normalise(plain(text))
            if not any(wanted in body for body in bodies.get(spec.kind, [])):
                missing.append(f"{spec.kind} « {spec.title} »: « {plain(text)} »")
    assert not missing, f"texts of text slides in no body placeholder ({', '.join(BODY_TYPES)} or no type):\n" + "\n".join(missing)


def _continued_as_one(slides: list[SlideSummary]) -> list[SlideSummary]:
    """The slides with each list that continues « (suite) » read as one slide: the seed's order within a
    slide (the workshops' cards read by column, 1 3 2 4) is not the order of a list cut over two (1 2 | 3 4)."""
    joined: list[SlideSummary] = []
    for slide in slides:
        if joined and slide.kind == joined[-1].kind and "(suite" in slide.title:
            joined[-1] = replace(joined[-1], texts=[*joined[-1].texts, *slide.texts], pictures=[*joined[-1].pictures, *slide.pictures])
        else:
            joined.append(slide)
    return joined


def test_every_seed_line_is_on_the_slides_in_order(built: Built, shared: Path) -> None:
    reference.test_every_seed_line_is_on_the_slides_in_order(shared, _continued_as_one(summarise(built.ok())))


# ---------------------------------------------------------------------------------------------------------------
# The package, as a strict reader sees it


def check_problems(path: Path, shared: Path) -> list[str]:
    """What ../shared/ooxml/check.py says of a package, a problem a line without the package's path."""
    done = subprocess.run([sys.executable, str(shared / "ooxml" / "check.py"), str(path)], capture_output=True, text=True, timeout=300)
    prefix = f"{path}: "
    lines = [line.removeprefix(prefix) for line in done.stdout.splitlines() if line.startswith(prefix)]
    return [line for line in lines if line != "clean" and not re.fullmatch(r"\d+ problems", line)]


def test_the_package_is_clean(built: Built, shared: Path) -> None:
    """check.py finds nothing in the deck, not even what the template brought: LibreOffice's templates come
    with problems of their own in their masters and layouts (`a:buSzPct` written `45000` where the ISO schema
    wants `45%`, a master's group and first placeholder both id 1), which the package layer repairs."""
    deck = built.ok()
    assert check_problems(deck, shared) == []


# ---------------------------------------------------------------------------------------------------------------
# As LibreOffice draws it


def _all_faults(found: dict[str, list[Any]]) -> list[Any]:
    return [fault for faults in found.values() for fault in faults]


def test_no_layout_fault_in_the_decks_xml(built: Built) -> None:
    """Rules 2, 3 and 5 of faults.py: no run under its role's floor (nor unsized, nor in a box of no role), one
    title per slide and none twice, every text of the event on a slide."""
    faults = _all_faults(find_faults(read_deck(built.ok()), None, load_event(REFERENCE)))
    assert not faults, f"{built.pptx.name}: {len(faults)} layout faults:\n{listing(faults)}"


def _pages(pptx: Path, soffice: str) -> list[Page]:
    return read_layout(pdf_of(pptx, soffice))


@pytest.mark.libreoffice
def test_libreoffice_draws_it_with_no_layout_fault(built: Built, soffice: str) -> None:
    """Rules 1 and 4 of faults.py, on LibreOffice's PDF: a page a slide, no text over text nor off the page, no
    body text in the footer band, no orphan continuation."""
    deck = read_deck(built.ok())
    pages = _pages(built.pptx, soffice)
    faults = text_over_text(pages, deck) + orphan_continuations(pages, deck)
    assert not faults, f"{built.pptx.name}: {len(faults)} layout faults as LibreOffice draws it:\n{listing(faults)}"


# ---------------------------------------------------------------------------------------------------------------
# A presenter's « New slide », on each layout


def _marker(number: int) -> str:
    return f"Ajoutée {number}"


FILLERS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel")
"""A word a placeholder, none alike: poppler drops a word drawn twice at one place (fake bold), not two."""


def _add_a_slide_on_each_layout(deck: Path, target: Path) -> None:
    """The deck with one slide more per layout, each titled « Ajoutée N » (in a text box where its layout has no
    title placeholder), each of its other placeholders given a word of its own, as a presenter adding slides
    would."""
    presentation = open_presentation(deck)
    layouts = [layout for master in presentation.slide_masters for layout in master.slide_layouts]
    for number, layout in enumerate(layouts, start=1):
        slide = presentation.slides.add_slide(layout)
        titled, filled = False, 0
        for placeholder in slide.placeholders:
            if not placeholder.has_text_frame:
                continue
            if not titled and placeholder.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
                placeholder.text_frame.text, titled = _marker(number), True
            else:
                placeholder.text_frame.text, filled = FILLERS[filled % len(FILLERS)], filled + 1
        if not titled:
            slide.shapes.add_textbox(0, 0, presentation.slide_width // 2, presentation.slide_height // 8).text_frame.text = _marker(number)
    presentation.save(str(target))


def _with_added_slides(deck: Path) -> Path:
    added = deck.with_name(f"{deck.stem}-added.pptx")
    return once(added, lambda: _add_a_slide_on_each_layout(deck, added))


def _on_page(text: str, page: Page) -> bool:
    """Whether the page shows `text`, word for word (« Ajoutée 1 » is not on the page of « Ajoutée 12 »)."""
    words = normalise(" ".join(word.text for line in page.lines for word in line.words))
    return f" {normalise(text)} " in f" {words} "


@pytest.mark.libreoffice
def test_a_slide_added_on_each_layout_is_drawn_on_the_templates_master(built: Built, template: MadeTemplate, soffice: str) -> None:
    deck = built.ok()
    added = _with_added_slides(deck)
    theirs = {master.key for master in masters(_template(template))}
    presentation = open_presentation(added)
    drawn = len(presentation.slides) - sum(len(master.slide_layouts) for master in presentation.slide_masters)
    new = slides(presentation)[drawn:]
    by_part = {m.part: m for m in masters(presentation)}
    strangers = [f"{view.layout!r} of {view.master_part}" for view in new if by_part[view.master_part].key not in theirs]
    assert not strangers, f"layouts of the deck on no master of the template: {strangers}"
    before, after = _pages(deck, soffice), _pages(added, soffice)
    assert len(after) == len(before) + len(new), f"{len(new)} slides added, {len(after) - len(before)} pages more"
    unseen = [
        f"slide {drawn + number} on {view.layout!r}" for number, view in enumerate(new, start=1)
        if not _on_page(_marker(number), after[drawn + number - 1])
    ]
    assert not unseen, "added slides whose title LibreOffice does not draw on their page:\n" + "\n".join(unseen)


def _vertical(layout: Any) -> bool:
    """Whether a layout sets text vertically somewhere (« Title and Vertical Text »): poppler's boxes of turned
    words cross those of the others without their ink crossing."""
    return any(body.get("vert", "horz") != "horz" for part in (layout, layout.slide_master) for body in part._element.iter(f"{{{NS['a']}}}bodyPr"))


@pytest.mark.libreoffice
def test_the_placeholders_of_a_slide_added_on_each_layout_are_not_drawn_over_each_other(built: Built, soffice: str) -> None:
    """LibreOffice's templates write their layouts' bodies `<p:ph/>`, with no idx: a slide's placeholder finds
    its place on the layout by idx, so the two bodies of a slide added on « Title, 2 Content » land on the same
    place, one text over the other. A deck whose layouts give each placeholder an idx of its own does not."""
    deck = built.ok()
    added = _with_added_slides(deck)
    before, after = _pages(deck, soffice), _pages(added, soffice)
    presentation = open_presentation(added)
    layouts = [layout for master in presentation.slide_masters for layout in master.slide_layouts]
    over = [
        f"page {page.number} (on {layout.name!r}): « {a.text} » over « {b.text} »"
        for page, layout in zip(after[len(before):], layouts)
        if not _vertical(layout)
        for a, b in words_over_words(page)
    ]
    assert not over, "words over words on the slides added:\n" + "\n".join(over)


# ---------------------------------------------------------------------------------------------------------------
# A template that is none


def test_a_build_on_a_broken_file_says_so_plainly(broken: Path, tmp_path: Path) -> None:
    """The plain message of `template inspect` (test_template_inspect.py), exit 1, and no deck written."""
    output = tmp_path / "deck.pptx"
    run = run_deckgen("build", str(REFERENCE), "--template", str(broken), "-o", str(output))
    assert run.returncode == 1, run
    assert broken.name in run.output, f"the message does not name {broken.name}:\n{run}"
    assert not leaks(run.output), f"the message shows {leaks(run.output)}:\n{run}"
    assert not output.exists()


# -- The template's look: its ground shown where text reads over it (render/grounds.py) -------------------------

SHOWN_AT_LEAST = 0.5
"""The share of the deck's light slides that must show their layout's ground on a template whose content
layout's ground can be shown: the template's look, not deckgen's, on most of the deck."""


def _light_slides(deck: Any) -> list[tuple[Any, bool]]:
    """Each slide that paints no dark ground of its own, and whether it shows its layout's decorations."""
    found = []
    for slide in deck.slides:
        painted = slide._element.find("p:cSld/p:bg", NS)
        shown = slide._element.get("showMasterSp") not in ("0", "false")
        if painted is None or shown:
            found.append((slide, shown))
    return found


def test_the_templates_ground_shows_under_most_light_slides(built: Built, template: MadeTemplate) -> None:
    from deckgen.package import open_template
    from deckgen.render.layouts import choose, frame_of, grounds_shown

    opened = open_template(template.path)
    content = choose(opened)["content"].layout
    if content.part not in grounds_shown(opened, frame_of(opened, choose(opened))):
        pytest.skip(f"the ground of {template.name}'s content layout « {content.name} » cannot carry text")
    light = _light_slides(_deck(built))
    shown = [slide for slide, shows in light if shows]
    assert len(shown) >= SHOWN_AT_LEAST * len(light), f"{len(shown)} of {len(light)} light slides show {template.name}'s ground"


def test_no_text_on_a_slide_showing_its_ground_is_over_a_decoration(built: Built, template: MadeTemplate) -> None:
    """Where a slide shows its layout's decorations, none of its text boxes (title, body, tiles, cards…)
    enters one: the text is in the parts of the layout left clear of them (the footer's and number's
    placeholders stay where the template put them)."""
    from deckgen.package import open_template
    from deckgen.render.geometry import Box
    from deckgen.render.grounds import BACKDROP, TOUCH

    opened = open_template(template.path)
    layouts = {layout.name + "@" + str(layout.master): layout for layout in opened.layouts}
    by_part = {layout.part: layout for layout in layouts.values()}
    slide_area = opened.width * opened.height
    over = []
    for number, (slide, shows) in enumerate(_light_slides(_deck(built)), 1):
        if not shows:
            continue
        layout = by_part["ppt/" + slide.slide_layout.part.partname.lstrip("/").removeprefix("ppt/")]
        art = [Box(*d.box) for d in layout.ground.decorations if d.box and not (d.picture and d.box[2] * d.box[3] >= BACKDROP * slide_area)]
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip() or shape.width is None:
                continue
            if shape.is_placeholder and shape.placeholder_format.type in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE):
                continue
            box = Box(shape.left.pt, shape.top.pt, shape.width.pt, shape.height.pt)
            for decoration in art:
                if min(box.right, decoration.right) - max(box.x, decoration.x) > TOUCH and min(box.bottom, decoration.bottom) - max(box.y, decoration.y) > TOUCH:
                    over.append(f"slide {slide.slide_id} « {shape.text_frame.text[:30]} » over a decoration at {decoration}")
    assert not over, "\n".join(over)


@pytest.mark.libreoffice
def test_its_slides_drawn_alone_are_those_of_the_whole_deck(built: Built, soffice: str, tmp_path: Path) -> None:
    """As a preview redraws the slides an edit changed: from a deck of them alone, their numbers written out."""
    from drawn_alone import drawn_apart

    deck = built.ok()
    count = len(read_deck(deck).slides)
    asked = (2, count // 2, count - 1)  # each elsewhere in the deck alone than in the whole one
    assert drawn_apart(deck, pdf_of(deck, soffice), asked, tmp_path) == {}

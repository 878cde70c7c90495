"""`deckgen template inspect FILE` on the four templates and on the files that are none (issue 12, item 4).

What the output is asked to hold, whatever its layout on the page: every layout's name; the theme's fonts and
accent colours (hex, in any case); for every slide kind, a line naming the kind (`concept_map` may be written
`concept map` or `concept-map`, and a family's name may precede it: `quiz_question`) and the layout it goes on —
the very layout the deck built on that template puts its slides of that kind on. A broken file: exit 1, a plain
message naming the file, no traceback and none of Python's insides.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deckgen.plan.specs import SLIDE_KINDS
from template_builds import Built, MadeTemplate, Run, leaks, run_deckgen
from template_files import open_presentation
from template_parts import layout_names, masters, slides

_RUNS: dict[Path, Run] = {}


def inspected(template: MadeTemplate) -> Run:
    """`deckgen template inspect` of the template, run once a session; the test fails where it fails."""
    if template.path not in _RUNS:
        _RUNS[template.path] = run_deckgen("template", "inspect", str(template.path))
    run = _RUNS[template.path]
    if run.returncode != 0:
        pytest.fail(f"inspect failed:\n{run}", pytrace=False)
    return run


def _kind(kind: str) -> re.Pattern[str]:
    """A kind's name as a word (of letters), its underscores written as underscores, spaces or hyphens."""
    words = r"[ _-]".join(map(re.escape, kind.split("_")))
    return re.compile(rf"(?<![a-z]){words}(?![a-z])", re.IGNORECASE)


def _lines_naming(output: str, kind: str, layouts: set[str], every: set[str]) -> list[str]:
    """The lines that name one of `layouts` and, elsewhere than in the name of one of `every` layout of the
    template, the kind (so that « Title Slide » does not stand for the `title` kind)."""
    pattern = _kind(kind)
    found = []
    for line in output.splitlines():
        if not any(layout in line for layout in layouts):
            continue
        rest = line
        for layout in sorted(every, key=len, reverse=True):
            rest = rest.replace(layout, " ")
        if pattern.search(rest):
            found.append(line)
    return found


def test_inspect_prints_every_layout_name(template: MadeTemplate) -> None:
    run = inspected(template)
    names = layout_names(open_presentation(template.path))
    missing = sorted(name for name in names if name not in run.output)
    assert not missing, f"layouts inspect does not name: {missing}\n{run}"


def test_inspect_prints_the_theme_fonts_and_colours(template: MadeTemplate) -> None:
    run = inspected(template)
    themes = {master.theme for master in masters(open_presentation(template.path))}
    fonts = {font for theme in themes for font in theme.fonts if font}
    accents = {accent for theme in themes for accent in theme.accents}
    assert fonts and accents
    assert not [font for font in fonts if font not in run.output], f"theme fonts {sorted(fonts)} not all printed:\n{run}"
    printed = run.output.upper()
    assert not [accent for accent in accents if accent not in printed], f"accent colours {sorted(accents)} not all printed:\n{run}"


def test_inspect_says_which_layout_each_slide_kind_goes_on(template: MadeTemplate) -> None:
    run = inspected(template)
    layouts = set(layout_names(open_presentation(template.path)))
    unsaid = [kind.kind for kind in SLIDE_KINDS if not _lines_naming(run.output, kind.kind, layouts, layouts)]
    assert not unsaid, f"slide kinds with no line naming them and a layout of the template: {unsaid}\n{run}"


def test_inspect_says_the_layouts_the_build_uses(template: MadeTemplate, built: Built) -> None:
    """What inspect says of a kind is what the build does with it: the layout the deck's slides of that kind are
    on is named on the kind's line."""
    run = inspected(template)
    every = set(layout_names(open_presentation(template.path)))
    used: dict[str, set[str]] = {}
    for view in slides(open_presentation(built.ok())):
        used.setdefault(view.kind, set()).add(view.layout)
    wrong = [f"{kind} (on {sorted(layouts)} in the deck)" for kind, layouts in sorted(used.items()) if not _lines_naming(run.output, kind, layouts, every)]
    assert not wrong, f"kinds whose line does not name the layout the build puts them on: {wrong}\n{run}"


def test_inspect_of_a_broken_file_says_so_plainly(broken: Path) -> None:
    run = run_deckgen("template", "inspect", str(broken))
    assert run.returncode == 1, run
    assert broken.name in run.output, f"the message does not name {broken.name}:\n{run}"
    assert not leaks(run.output), f"the message shows {leaks(run.output)}:\n{run}"
    assert run.output.strip(), "no message at all"

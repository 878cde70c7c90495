"""`deckgen template inspect`: what deckgen sees in a template, and where it puts each kind of slide.

For a communications officer checking that the organisation's template will do: its size, its masters and
their layouts with the placeholders each holds (where, how large), its theme's fonts (and what they are
measured with) and colours, the layout each family of slides goes on and why, what falls back.
"""

from __future__ import annotations

from pathlib import Path

from .brand import Brand
from .fonts import twin
from .package import Placeholder, Template
from .render.kinds import DRAWINGS
from .render.layouts import FAMILIES, Choice
from .render.templated import templated

RATIOS = {(16, 9): "16:9", (4, 3): "4:3", (16, 10): "16:10"}


def _ratio(template: Template) -> str:
    for (w, h), name in RATIOS.items():
        if abs(template.width / template.height - w / h) < 0.01:
            return name
    return f"{template.width / template.height:.2f}:1"


def _where(placeholder: Placeholder) -> str:
    kind = {"obj": "body", "ctrTitle": "centred title", "subTitle": "subtitle", "ftr": "footer", "sldNum": "number", "dt": "date"}.get(
        placeholder.type, placeholder.type
    )
    if placeholder.box is None:
        return f"{kind} (idx {placeholder.idx}, placed by its master)"
    x, y, w, h = placeholder.box
    return f"{kind} (idx {placeholder.idx}) at {x:.0f}, {y:.0f} pt, {w:.0f} × {h:.0f} pt"


def _choice_line(family: str, choice: Choice) -> str:
    kinds = ", ".join(sorted(kind for kind, drawing in DRAWINGS.items() if drawing.family == family)) or family
    flag = "falls back: " if choice.fallback else ""
    return f"  {family:<12} → « {choice.layout.name} » (master {choice.layout.master + 1}): {flag}{choice.reason}  [{kinds}]"


def describe(path: Path, brand: Brand) -> str:
    """The template's map, as `deckgen template inspect` prints it."""
    on = templated(brand, "fr-FR", path)  # opened, its layouts chosen and its palette made once
    template = on.template
    lines = [f"{path}: {template.width:g} × {template.height:g} pt ({_ratio(template)}), {len(template.masters)} master(s), {len(template.layouts)} layouts"]
    for number, master in enumerate(template.masters, start=1):
        theme = master.theme
        lines.append(f"master {number} « {master.name} », theme « {theme.name} »")
        for role, name in (("headings", theme.major_font), ("text", theme.minor_font)):
            found = twin(name or "Arial", brand.metrics)
            how = "its metric twin" if found.exact else "the nearest open font (no metric twin: give its files in brand.yaml, metrics:)"
            lines.append(f"  {role}: « {name or '(none)'} », measured with {found.face.regular.name} ({how})")
        lines.append("  colours: " + ", ".join(f"{slot} {value}" for slot, value in theme.colours.items()))
        for layout in template.layouts:
            if layout.master != number - 1:
                continue
            ground = f", background {layout.background}" if layout.background else ", background a picture or gradient"
            lines.append(f"  layout « {layout.name} » ({layout.part.rsplit('/', 1)[1]}{ground})")
            lines.extend(f"      {_where(p)}" for p in layout.placeholders)
    choices = on.layouts.choices
    lines.append("slides → layouts:")
    lines.extend(_choice_line(family, choices[family]) for family in FAMILIES)
    lines.extend(
        f"  {key:<12} → « {choice.layout.name} »: {choice.reason}" for key, choice in choices.items() if key not in FAMILIES
    )
    bands = on.frame.bands
    if bands is not None:
        lines.append(
            f"content slides: title at {bands.title.x:.0f}, {bands.title.y:.0f} pt ({bands.title.w:.0f} × {bands.title.h:.0f}), "
            f"body at {bands.body.x:.0f}, {bands.body.y:.0f} pt ({bands.body.w:.0f} × {bands.body.h:.0f})"
        )
    colours = on.brand.colours
    lines.append(
        f"drawn in: primary {colours.primary}, accent {colours.accent}, secondary {colours.secondary}, text {colours.text} "
        f"on {colours.background} (each text colour brought to WCAG AA on its ground)"
    )
    lines.extend(f"warning: {warning.message}" for warning in on.warnings)
    return "\n".join(lines)

"""`deckgen template inspect`: what deckgen sees in a template, and where it puts each kind of slide.

For a communications officer checking that the organisation's template will do: its size, its masters and
their layouts with the placeholders each holds (where, how large), its theme's fonts (and what they are
measured with) and colours, the layout each family of slides goes on and why, what falls back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .brand import Brand
from .fonts import twin
from .i18n import N_, _, decimal, ngettext
from .package import Placeholder, Template
from .render.kinds import DRAWINGS
from .render.layouts import FAMILIES, Choice
from .render.templated import templated

RATIOS = {(16, 9): "16:9", (4, 3): "4:3", (16, 10): "16:10"}


def _ratio(template: Template) -> str:
    for (w, h), name in RATIOS.items():
        if abs(template.width / template.height - w / h) < 0.01:
            return name
    return f"{decimal(template.width / template.height, 2)}:1"


PLACEHOLDERS = {
    "obj": N_("body"), "body": N_("body"), "title": N_("title"), "ctrTitle": N_("centred title"), "subTitle": N_("subtitle"),
    "ftr": N_("footer"), "sldNum": N_("number"), "dt": N_("date"),
}
"""A placeholder's type (`p:ph type`) in words; another type is shown as PowerPoint names it."""


def _where(placeholder: Placeholder) -> str:
    kind = _(PLACEHOLDERS[placeholder.type]) if placeholder.type in PLACEHOLDERS else placeholder.type
    if placeholder.box is None:
        return _("{kind} (idx {idx}, placed by its master)").format(kind=kind, idx=placeholder.idx)
    x, y, w, h = placeholder.box
    return _("{kind} (idx {idx}) at {x}, {y} pt, {w} × {h} pt").format(kind=kind, idx=placeholder.idx, x=f"{x:.0f}", y=f"{y:.0f}", w=f"{w:.0f}", h=f"{h:.0f}")


def _choice_line(family: str, choice: Choice) -> str:
    kinds = ", ".join(sorted(kind for kind, drawing in DRAWINGS.items() if drawing.family == family)) or family
    flag = _("falls back: ") if choice.fallback else ""
    chosen = _("« {layout} » (master {number})").format(layout=choice.layout.name, number=choice.layout.master + 1)
    return f"  {family:<12} → {chosen}: {flag}{choice.reason}  [{kinds}]"


def describe(path: Path, brand: Brand) -> str:
    """The template's map, as `deckgen template inspect` prints it."""
    on = templated(brand, "fr-FR", path)  # opened, its layouts chosen and its palette made once
    template = on.template
    lines = [_heading(path, template)]
    for number, master in enumerate(template.masters, start=1):
        lines += _master(template, number, master, brand)
    choices = on.layouts.choices
    lines.append(_("slides → layouts:"))
    lines.extend(_choice_line(family, choices[family]) for family in FAMILIES)
    lines.extend(
        f"  {key:<12} → « {choice.layout.name} »: {choice.reason}" for key, choice in choices.items() if key not in FAMILIES
    )
    bands = on.frame.bands
    if bands is not None:
        lines.append(_("content slides: title at {title}, body at {body}").format(title=_box(bands.title), body=_box(bands.body)))
    colours = on.brand.colours
    lines.append(
        _("drawn in: primary {primary}, accent {accent}, secondary {secondary}, text {text} on {background} "
          "(each text colour brought to WCAG AA on its ground)").format(
            primary=colours.primary, accent=colours.accent, secondary=colours.secondary, text=colours.text, background=colours.background)
    )
    lines.extend(_("warning: {problem}").format(problem=warning.message) for warning in on.warnings)
    return "\n".join(lines)


def _heading(path: Path, template: Template) -> str:
    masters = ngettext("{count} master", "{count} masters", len(template.masters)).format(count=len(template.masters))
    layouts = ngettext("{count} layout", "{count} layouts", len(template.layouts)).format(count=len(template.layouts))
    return f"{path}: {_points(template.width)} × {_points(template.height)} pt ({_ratio(template)}), {masters}, {layouts}"


def _points(value: float) -> str:
    """A size in points with no needless decimals (« 960 », « 793.75 », « 446,5 » in French)."""
    return decimal(value, 2).rstrip("0").rstrip(",.")


def _box(box: Any) -> str:
    return _("{x}, {y} pt ({w} × {h})").format(x=f"{box.x:.0f}", y=f"{box.y:.0f}", w=f"{box.w:.0f}", h=f"{box.h:.0f}")


def _master(template: Template, number: int, master: Any, brand: Brand) -> list[str]:
    """A master's lines: its theme's fonts and colours, its layouts and their placeholders."""
    theme = master.theme
    lines = [_("master {number} « {name} », theme « {theme} »").format(number=number, name=master.name, theme=theme.name)]
    for role, name in ((_("headings"), theme.major_font), (_("text"), theme.minor_font)):
        found = twin(name or "Arial", brand.metrics)
        how = _("its metric twin") if found.exact else _("the nearest open font (no metric twin: give its files in brand.yaml, metrics:)")
        lines.append("  " + _("{role}: « {font} », measured with {twin} ({how})").format(role=role, font=name or _("(none)"), twin=found.face.regular.name, how=how))
    lines.append("  " + _("colours: {colours}").format(colours=", ".join(f"{slot} {value}" for slot, value in theme.colours.items())))
    for layout in template.layouts:
        if layout.master != number - 1:
            continue
        ground = _("background {colour}").format(colour=layout.background) if layout.background else _("background a picture or gradient")
        lines.append("  " + _("layout « {name} » ({part}, {ground})").format(name=layout.name, part=layout.part.rsplit("/", 1)[1], ground=ground))
        lines.extend(f"      {_where(p)}" for p in layout.placeholders)
    return lines

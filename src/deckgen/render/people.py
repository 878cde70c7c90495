"""People: speaker cards (portrait or initials, name, role, organisation) and section dividers."""

from __future__ import annotations

from ..plan.specs import Card, SectionSlide, SpeakersSlide
from .canvas import MARGIN, SLIDE_WIDTH, Box, Canvas, P, Style
from .chrome import light

AVATAR = 112.0


def render_speakers(canvas: Canvas, spec: SpeakersSlide) -> None:
    body = light(canvas, spec.title)
    per_row = min(len(spec.people), 3 if len(spec.people) != 4 else 2)
    rows = -(-len(spec.people) // per_row)
    card_height = min(240.0, (body.h - 20 * (rows - 1)) / rows)
    # One speaker gets a wide card, two share the width, three and more make rows of three.
    card_width = {1: 640.0, 2: 412.0}.get(per_row, 400.0)
    width = min(body.w, per_row * card_width + (per_row - 1) * 24)
    area = Box(body.x + (body.w - width) / 2, body.y + (body.h - (rows * card_height + (rows - 1) * 20)) / 2, width, rows * card_height + (rows - 1) * 20)
    slots = [cell for row in area.rows(rows, 20) for cell in row.columns(per_row, 24)]
    texts = [(_text_box(slot), _card_text(person)) for slot, person in zip(slots, spec.people)]
    style = canvas.common_size(texts, Style(role="detail", largest=26 if per_row == 1 else 22))
    for slot, person, (box, paras) in zip(slots, spec.people, texts):
        canvas.rect(slot, canvas.colours.surface, rounded=14)
        size = _avatar_size(slot)
        avatar(canvas, person, Box(slot.x + 20, slot.y + (slot.h - size) / 2, size, size))
        canvas.text(box, paras, Style(role=style.role, largest=style.largest, anchor="middle"))


def _avatar_size(slot: Box) -> float:
    return min(AVATAR * (1.3 if slot.w > 500 else 1.0), slot.h - 32)


def _text_box(slot: Box) -> Box:
    left = 20 + _avatar_size(slot) + 20
    return Box(slot.x + left, slot.y + 16, slot.w - left - 16, slot.h - 32)


def _card_text(person: Card) -> list[P]:
    paras = [P(f"**{person.name}**", scale=1.15)]
    if person.role:
        paras.append(P(person.role, space_before=0.3))
    if person.organisation:
        paras.append(P(person.organisation, space_before=0.3, bold=True, scale=0.9))
    return paras


def avatar(canvas: Canvas, person: Card, box: Box) -> None:
    """The portrait if there is one; otherwise the initials on the brand's colour."""
    if person.photo is not None:
        canvas.picture(person.photo, box, person.name, fit="circle")
        return
    canvas.ellipse(box, canvas.colours.primary)
    initials = "".join(word[0] for word in person.name.split()[:2] if word).upper()
    canvas.text(
        box.inset(8),
        [P(initials, align="center")],
        Style(role="heading", largest=40, colour=canvas.colours.on_primary, bold=True, anchor="middle"),
    )


def render_section(canvas: Canvas, spec: SectionSlide) -> None:
    canvas.background(canvas.colours.primary)
    canvas.rect(Box(MARGIN, 248, 96, 8), canvas.colours.accent, name="Title rule")
    canvas.title(
        Box(MARGIN, 120, SLIDE_WIDTH - 2 * MARGIN, 120),
        spec.title,
        Style(role="title", largest=60, colour=canvas.colours.on_primary, heading=True, bold=True, anchor="bottom"),
    )
    if spec.people:
        names = [P(f"**{p.name}**" + (f" — {p.role}" if p.role else "")) for p in spec.people]
        canvas.text(Box(MARGIN, 276, SLIDE_WIDTH - 2 * MARGIN, 180), names, Style(role="body", largest=24, colour=canvas.colours.on_primary))

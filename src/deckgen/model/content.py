"""What speakers show: bullet lists, key figures, quotations, concept maps."""

from __future__ import annotations

import re
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, BeforeValidator, Field, ValidationInfo, field_validator

from ..i18n import _
from .base import Id, NumberText, Strict, Text


class BulletItem(Strict):
    """A bullet with sub-bullets."""

    text: Text
    """The bullet's own text."""
    items: list[Bullet] = []
    """Sub-bullets, one level further in."""


Bullet = Union[Text, BulletItem]
"""A bullet: plain text, or `text:` with nested `items:`."""


class _SpeakerSlide(Strict):
    id: Id | None = None
    """A name for this item, so an event that extends this one can change it by naming it (lists of items
    with ids merge item by item)."""
    speaker: Id | None = None
    """Who presents this slide (an id from `people`); shown above the title."""


class BulletsSlide(_SpeakerSlide):
    """A titled list of bullets, with an optional closing line set apart."""

    kind: Literal["bullets"]
    """Which kind of slide this is: `kind: bullets` chooses its fields and its layout."""
    title: Text
    """The slide's title."""
    items: list[Bullet] = Field(min_length=1)
    """The bullets, in order."""
    closing: Text | None = None
    """A line set apart under the list, e.g. an italic tagline."""


class KeyFigure(Strict):
    """A number shown big, with what it measures."""

    value: Text
    """The figure as printed, e.g. `16 %` or `9 M`."""
    label: Text | None = None
    """What the figure counts, under it."""


class FiguresSlide(_SpeakerSlide):
    """Key figures as big-number tiles, with optional bullets under them."""

    kind: Literal["figures"]
    """Which kind of slide this is: `kind: figures` chooses its fields and its layout."""
    title: Text
    """The slide's title."""
    figures: list[KeyFigure] = Field(min_length=1, max_length=4)
    """One to four key figures, left to right."""
    items: list[Bullet] = []
    """Bullets under the figures."""


class QuoteSlide(_SpeakerSlide):
    """A quotation, paragraph by paragraph, with its year and author."""

    kind: Literal["quote"]
    """Which kind of slide this is: `kind: quote` chooses its fields and its layout."""
    title: Text | None = None
    """A title for the slide; without one it is titled by the catalogue's « Citation »."""
    paragraphs: list[Text] = Field(min_length=1)
    """The quotation's paragraphs, quotation marks included as they should be printed."""
    year: int | None = None
    """The year it was said or written."""
    author: Text | None = None
    """Who said or wrote it."""


class ConceptBranch(Strict):
    """A branch of a concept map and the points hanging from it."""

    text: Text
    """The branch's label."""
    items: list[Text] = []
    """The points on this branch."""


class ConceptMapSlide(_SpeakerSlide):
    """A centre idea and the branches around it, drawn as a diagram."""

    kind: Literal["concept_map"]
    """Which kind of slide this is: `kind: concept_map` chooses its fields and its layout."""
    centre: Text
    """The central idea; it is also the slide's title."""
    branches: list[ConceptBranch] = Field(min_length=2, max_length=4)
    """Two to four branches, clockwise from the top left."""


_SPACE_GROUPED = re.compile(r"^[-\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$")
"""`14 117`, `16 800,5`: thousands grouped with spaces, as French writes them (a no-break space too)."""
_SEPARATED = re.compile(r"^-?\d+(?:[.,]\d+)*$")
"""Digits, and dots or commas between them: the shapes read below, once any spaces are out."""
_NOT_WRITTEN_IN = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, "\u2212": "-"})
MAX_CATEGORIES = 12
"""Beyond a dozen bars or slices, a chart no longer reads from the back of a room."""


def parse_number(value: object) -> object:
    """A chart value as organisers write it, in French or in English: `12.5`, `12,5`, `14 117`, `1,250,000`,
    `1.250.000`, `1 250 000,5`, `1,250.5`. A single dot or comma before exactly three digits (`16.800`,
    `18,900`) is a thousands separator in one language and a decimal point in the other: it is asked."""
    if isinstance(value, bool):
        raise ValueError(_("'{value}' is not a number; write the value with digits, e.g. 12.5").format(value=value))
    if not isinstance(value, str):
        return value
    text = value.strip()
    compact = text.translate(_NOT_WRITTEN_IN)
    spaced = compact != text.replace("\u2212", "-")  # 16 800,5: the spaces group, a comma or a dot is the point
    if (spaced and not _SPACE_GROUPED.match(text)) or not _SEPARATED.match(compact):
        raise _not_a_number(value)
    sign, digits = ("-", compact[1:]) if compact.startswith("-") else ("", compact)
    separators = [character for character in digits if character in ".,"]
    parts = re.split(r"[.,]", digits)
    if not separators:
        return float(compact)
    whole_groups = 1 <= len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:-1])
    if len(set(separators)) == 2:  # 1,250.5 or 1.250,5: the last one is the decimal point
        if separators.count(separators[-1]) != 1 or not whole_groups or len(parts[-2]) != 3:
            raise _not_a_number(value)
        return float(sign + "".join(parts[:-1]) + "." + parts[-1])
    if len(separators) > 1:  # 1.250.000, 1,250,000: only thousands are grouped twice
        if not (whole_groups and len(parts[-1]) == 3):
            raise _not_a_number(value)
        return float(sign + "".join(parts))
    if len(parts[1]) == 3 and whole_groups and parts[0] != "0" and not spaced:
        decimal = (sign + parts[0] + separators[0] + parts[1]).rstrip("0").rstrip(".,")
        raise ValueError(
            _("'{value}' can be read two ways: write {thousands} if it is a whole number, or {decimal} if it has "
              "decimals").format(value=text, thousands=sign + parts[0] + " " + parts[1], decimal=decimal)
        )
    return float(sign + parts[0] + "." + parts[1])


def _not_a_number(value: str) -> ValueError:
    return ValueError(
        _("'{value}' is not a number; write digits only, e.g. 12.5 or 12,5 (a unit such as % goes in `unit:`)").format(value=value)
    )


MAX_VALUE = 1e15
"""Beyond 15 digits a value is no longer the one written (a float, and Excel, keep 15), and Babel cannot
print one of about 26 digits at all: the build stopped with a traceback (found by tests/properties/)."""


def _printable(value: float) -> float:
    if abs(value) >= MAX_VALUE:
        raise ValueError(
            _(
                "'{value}' is too large for a chart (at most 15 digits before the decimal point); "
                "write it in a larger unit, e.g. 12,5 with `unit: M€`"
            ).format(value=f"{value:g}")
        )
    return value


Number = Annotated[float, BeforeValidator(parse_number), Field(allow_inf_nan=False), AfterValidator(_printable)]
"""A value of a chart: `12.5`, `12,5` or `14 117`."""


class Series(Strict):
    """One named series of numbers: a value for each category, in the categories' order."""

    name: NumberText
    """What the series measures (e.g. `2024`, `Hommes`); the legend shows it when there are several series."""
    values: dict[Text, Number] = Field(min_length=1)
    """Category label → value, one `label: value` line each, in the order drawn (e.g. `Aude: 12,5`)."""

    @field_validator("values")
    @classmethod
    def _few_categories(cls, values: dict[str, float]) -> dict[str, float]:
        if len(values) > MAX_CATEGORIES:
            raise ValueError(
                _(
                    "has {count} categories; a chart stays readable with at most {most}: "
                    "group the smallest ones (e.g. « Autres ») or split the chart in two"
                ).format(count=len(values), most=MAX_CATEGORIES)
            )
        return values


class ChartSlide(_SpeakerSlide):
    """A series of numbers drawn as a native chart, editable in PowerPoint (never a picture of one)."""

    kind: Literal["chart"]
    """Which kind of slide this is: `kind: chart` chooses its fields and its layout."""
    title: Text
    """The slide's title; it says what the chart shows (the chart itself carries none)."""
    chart: Literal["column", "bar", "line", "pie"] = "column"
    """How the numbers are drawn: `column` (vertical bars), `bar` (horizontal bars, for long labels), `line`
    (a change over time) or `pie` (the parts of a whole: one series, no negative value)."""
    unit: Text | None = None
    """The unit printed after each value, e.g. `%`, `€` or `personnes`."""
    series: list[Series] = Field(min_length=1, max_length=4)
    """One to four series, each with the same categories in the same order."""
    caption: Text | None = None
    """A line under the chart, e.g. its source: `Source : Insee, 2024`."""

    @field_validator("series")
    @classmethod
    def _series_agree(cls, series: list[Series], info: ValidationInfo) -> list[Series]:
        first = list(series[0].values)
        for number, other in enumerate(series[1:], start=2):
            labels = list(other.values)
            if labels != first:
                raise ValueError(
                    _(
                        "series {number} ('{name}') {difference}; every series needs the categories of series 1 "
                        "('{first}'), in the same order"
                    ).format(number=number, name=other.name, difference=_difference(first, labels), first=series[0].name)
                )
        if info.data.get("chart") == "pie":
            if len(series) > 1:
                raise ValueError(
                    _("a pie shows one series, this one has {count}; keep one, or use `chart: column` to compare them").format(
                        count=len(series)
                    )
                )
            negative = [label for label, value in series[0].values.items() if value < 0]
            if negative:
                raise ValueError(
                    _("a pie cannot show a negative value ('{label}': {value}); use `chart: column` or `chart: bar`").format(
                        label=negative[0], value=f"{series[0].values[negative[0]]:g}"
                    )
                )
            if not any(series[0].values.values()):
                raise ValueError(_("a pie needs at least one value above zero"))
        return series


def _difference(expected: list[str], found: list[str]) -> str:
    """How a series' categories differ from the first series': what is missing, added, or out of order."""
    missing = [label for label in expected if label not in found]
    added = [label for label in found if label not in expected]
    if missing and added:
        return _("lacks the category '{missing}' and has '{added}' instead").format(missing=missing[0], added=added[0])
    if missing:
        return _("lacks the category '{missing}'").format(missing=missing[0])
    if added:
        return _("has the category '{added}' that series 1 lacks").format(added=added[0])
    return _("lists its categories in another order ({found} instead of {expected})").format(
        found=", ".join(found), expected=", ".join(expected)
    )


ContentSlide = Annotated[
    Union[BulletsSlide, FiguresSlide, QuoteSlide, ConceptMapSlide, ChartSlide],
    Field(discriminator="kind"),
]
"""One slide of a speaker's content, chosen by its `kind`."""

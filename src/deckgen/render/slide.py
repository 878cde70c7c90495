"""One slide being written: its shapes in drawing order, their ids, and the parts it points to.

Shapes are numbered as python-pptx numbers them on a slide made from the title-only layout: the title
placeholder, cloned first, is id 2; every shape added after it takes the next id. The title goes where it is
written in z-order (over what was drawn before it), or stays first, empty, if nothing is written in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from msgspec import Struct, field

from . import drawing

if TYPE_CHECKING:
    from .chart_maker import ChartJob

RT_LAYOUT = f"{drawing.RELATIONSHIPS}/slideLayout"
RT_IMAGE = f"{drawing.RELATIONSHIPS}/image"
RT_CHART = f"{drawing.RELATIONSHIPS}/chart"
RT_NOTES = f"{drawing.RELATIONSHIPS}/notesSlide"
RT_HYPERLINK = f"{drawing.RELATIONSHIPS}/hyperlink"


class Media(Struct):
    """A picture's bytes, stored once in the package however many slides show it."""

    name: str  # e.g. ppt/media/image1.png
    data: bytes


class External(Struct, frozen=True):
    """A web address a link on the slide opens: a relationship out of the package, no part."""

    address: str


class ChartParts(Struct):
    """A chart's part and its embedded workbook, as python-pptx makes them: made, or being made by a worker
    process (chart_maker.py) while the other slides are drawn."""

    name: str  # ppt/charts/chart1.xml
    workbook_name: str  # ppt/embeddings/Microsoft_Excel_Sheet1.xlsx
    made: tuple[bytes, bytes] | ChartJob  # (the chart's XML, the workbook), or the worker's job making them

    @property
    def xml(self) -> bytes:
        return self._made()[0]

    @property
    def workbook(self) -> bytes:
        return self._made()[1]

    def _made(self) -> tuple[bytes, bytes]:
        if not isinstance(self.made, tuple):
            self.made = self.made.result()
        return self.made


class SlideDrawing(Struct):
    kind: str
    shapes: list[str] = field(default_factory=list)
    background: str = ""
    title_written: bool = False
    next_id: int = drawing.TITLE_ID + 1
    targets: list[tuple[str, str, object]] = field(default_factory=list)  # (rId, type, Media | ChartParts | External)
    notes: str | None = None
    title_placeholder: tuple[tuple[str, str], ...] = drawing.TITLE_PLACEHOLDER  # its layout's title's `p:ph` attributes
    layout_shapes: bool = True  # False where the slide paints a ground of its own over its layout's
    layout: str = ""  # the part name of its layout; "" for the package's default
    placeholders_used: set[int | str] = field(default_factory=set)  # the layout's slots written (canvas.text's `slot`)

    def reset(self) -> None:
        """Nothing drawn on it yet: a slide drawn again, another way (pages.draw)."""
        blank = SlideDrawing(kind=self.kind, notes=self.notes)
        for name in self.__struct_fields__:
            setattr(self, name, getattr(blank, name))

    def new_id(self) -> int:
        shape_id = self.next_id
        self.next_id += 1
        return shape_id

    def add(self, xml: str) -> None:
        self.shapes.append(xml)

    def relate(self, kind: str, target: object) -> str:
        """The slide's relationship to the target, made if it has none yet (a picture shown twice: one)."""
        for rid, known_kind, known in self.targets:
            if known_kind == kind and (known is target or isinstance(target, External) and known == target):
                return rid
        rid = "rId%d" % (len(self.targets) + 2)  # rId1: the layout
        self.targets.append((rid, kind, target))
        return rid

    def xml(self) -> bytes:
        shapes = "".join(self.shapes)
        if not self.title_written:
            shapes = drawing.empty_title(self.title_placeholder) + shapes
        return drawing.slide(self.kind, self.background, shapes, layout_shapes=self.layout_shapes)

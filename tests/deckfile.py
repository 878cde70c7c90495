"""Reading a built deck back, as a viewer would: each slide's kind, title, texts, pictures and notes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.shapes.base import BaseShape
from pptx.shapes.graphfrm import GraphicFrame


@dataclass
class SlideSummary:
    number: int
    kind: str
    title: str
    texts: list[str] = field(default_factory=list)
    pictures: list[str] = field(default_factory=list)
    notes: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def joined(self) -> str:
        """All the slide's text (pictures' alt text included) in reading order, one string."""
        return " ".join([*self.texts, *self.pictures])


def _shape_texts(shape: BaseShape) -> list[str]:
    if isinstance(shape, GraphicFrame) and shape.has_table:
        return [cell.text for row in shape.table.rows for cell in row.cells if cell.text]
    if shape.has_text_frame and shape.text_frame.text:
        return [shape.text_frame.text]
    return []


def summarise(path: Path) -> list[SlideSummary]:
    presentation = Presentation(str(path))
    summaries = []
    for number, slide in enumerate(presentation.slides, start=1):
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        summary = SlideSummary(number=number, kind=slide._element.cSld.get("name", ""), title=title)
        for shape in slide.shapes:
            if shape.shape_type == 13:  # picture
                summary.pictures.append(shape._element.nvPicPr.cNvPr.get("descr", ""))
            else:
                summary.texts.extend(_shape_texts(shape))
        if slide.has_notes_slide:
            summary.notes = slide.notes_slide.notes_text_frame.text
        summaries.append(summary)
    return summaries

"""python-pptx's package, made linear in the number of slides: parts named and pictures found from indexes.

python-pptx 1.0 looks for things by walking the whole package each time it adds a part:

- `OpcPackage.next_partname(tmpl)` (each notes slide, chart and chart workbook) collects every partname of
  the package (`iter_parts`, a walk of every relationship) to pick the first number not taken;
- `Package.next_image_partname(ext)` does the same for each new picture;
- `_ImageParts._find_by_sha1(sha1)`, asked for every picture placed (the brand's logo on each round table,
  a speaker's portrait on each of their slides), walks every relationship to find a part with the same
  bytes, which is how a picture used on many slides is stored once;
- `Slides.add_slide` relates the presentation to the new slide through `_Relationships.get_or_add`, which
  regroups all of the presentation's relationships by type to look for one to the same slide (there can be
  none: the slide is new), and numbers the slide's `p:sldId` from the largest id of every slide so far.

So each is linear in the size of the package and a deck of n slides costs n². `make_linear(package)` gives
one package instance (not the class: nothing else in the process changes) the same first three methods
answering from indexes built by one walk and kept up to date as it names and adds parts; `SlideAdder` adds
slides as `Slides.add_slide` does, counting instead of searching, and `NotesAdder` their notes as
`slide.notes_slide` does, finding the notes master once. The answers are the ones python-pptx would
give, on these conditions, which hold while a deck is rendered: parts and slides are only added, never removed
or renamed, by these methods only, and each name handed out is given to a part that is then added (python-pptx
would hand out a name again if its part were dropped). tests/bench/test_bench_package.py pins both: the same
package as python-pptx's own methods make, and a fixed number of walks whatever the number of slides.
"""

from __future__ import annotations

from copy import deepcopy
from typing import IO, Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.package import Package
from pptx.parts.image import Image, ImagePart
from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.presentation import Presentation
from pptx.slide import NotesSlide, Slide, SlideLayout


class _Names:
    """The partnames taken, per prefix asked about, and the picture numbers taken."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.by_prefix: dict[str, set[str]] = {}
        self.images: set[int] | None = None
        self.lowest_free_image = 1

    def next_partname(self, tmpl: str) -> PackURI:
        """As `OpcPackage.next_partname`: `tmpl % n`, n from the number of names with its prefix, down."""
        prefix = tmpl[: (tmpl % 42).find("42")]
        names = self.by_prefix.get(prefix)
        if names is None:
            names = self.by_prefix[prefix] = {p.partname for p in self.package.iter_parts() if p.partname.startswith(prefix)}
        for n in range(len(names) + 1, 0, -1):
            candidate = tmpl % n
            if candidate not in names:
                self.taken(candidate)
                return PackURI(candidate)
        raise AssertionError("more names than numbers")  # pragma: no cover - as in python-pptx

    def next_image_partname(self, ext: str) -> PackURI:
        """As `Package.next_image_partname`: the lowest number no `/ppt/media/image*` part has."""
        if self.images is None:
            self.images = {
                p.partname.idx
                for p in self.package.iter_parts()
                if p.partname.startswith("/ppt/media/image") and p.partname.idx is not None
            }
        while self.lowest_free_image in self.images:
            self.lowest_free_image += 1
        name = PackURI("/ppt/media/image%d.%s" % (self.lowest_free_image, ext))
        self.taken(name)
        return name

    def taken(self, name: str) -> None:
        for prefix, names in self.by_prefix.items():
            if name.startswith(prefix):
                names.add(name)
        if self.images is not None and name.startswith("/ppt/media/image"):
            index = PackURI(name).idx
            if index is not None:
                self.images.add(index)


class _Pictures:
    """Image parts by the SHA1 of their bytes, as `_ImageParts._find_by_sha1` finds them."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.by_sha1: dict[str, ImagePart] | None = None

    def get_or_add_image_part(self, image_file: str | IO[bytes]) -> ImagePart:
        image = Image.from_file(image_file)
        if self.by_sha1 is None:
            self.by_sha1 = {}
            for rel in self.package.iter_rels():
                if not rel.is_external and rel.reltype == RT.IMAGE and hasattr(rel.target_part, "sha1"):
                    self.by_sha1.setdefault(rel.target_part.sha1, rel.target_part)  # the first, as python-pptx
        part = self.by_sha1.get(image.sha1)
        if part is None:
            part = self.by_sha1[image.sha1] = ImagePart.new(self.package, image)
        return part


def make_linear(package: Any) -> None:
    """Give this package python-pptx's part naming and picture lookup, answered from indexes (see above)."""
    names, pictures = _Names(package), _Pictures(package)
    package.next_partname = names.next_partname
    package.next_image_partname = names.next_image_partname
    package.get_or_add_image_part = pictures.get_or_add_image_part


class DrawnSlidePart(SlidePart):
    """A slide part that, once drawn, keeps its XML serialized instead of as a tree (`done()`).

    A slide's lxml tree takes over ten times the memory of its XML text; a deck of a thousand slides
    would hold them all until it is saved (about 120 MB of them). The text is what python-pptx would
    serialize when saving (`XmlPart.blob`), taken earlier; anything that reads the slide afterwards (a
    test) gets the tree back, parsed from that text, and the slide is a tree again.
    """

    _serialized: bytes | None = None

    @property
    def _element(self):  # noqa: ANN202 - python-pptx's CT_Slide
        tree = self.__dict__.get("_tree")
        if tree is None and self._serialized is not None:
            tree = self.__dict__["_tree"] = parse_xml(self._serialized)
            self._serialized = None
        return tree

    @_element.setter
    def _element(self, element) -> None:  # noqa: ANN001
        self.__dict__["_tree"] = element
        self._serialized = None

    @property
    def blob(self) -> bytes:
        return self._serialized if self._serialized is not None else serialize_part_xml(self._element)

    def done(self) -> None:
        """Nothing more will be drawn here: keep the XML as text, drop the tree (and the proxies onto it)."""
        self._serialized = serialize_part_xml(self._element)
        self.__dict__.pop("_tree", None)
        self.__dict__.pop("slide", None)  # python-pptx's cached `Slide` proxy, which holds the tree


class SlideAdder:
    """`presentation.slides.add_slide(layout)`, step by step as python-pptx takes them, in constant time.

    The layout's placeholders are cloned onto the first slide by python-pptx (`clone_layout_placeholders`)
    and copied onto the next ones: a new slide always gets the same placeholders, with the same ids.
    """

    def __init__(self, presentation: Presentation) -> None:
        self.part = presentation.part
        self.ids = self.part._element.get_or_add_sldIdLst()
        self.count = len(self.ids)  # the next slide's partname is numbered from it, as `_next_slide_partname`
        self.next_id = self.ids._next_id  # the largest id so far, plus one: as `CT_SlideIdList._next_id`
        self.placeholders: dict[Any, list] = {}  # layout part → its placeholders as cloned

    def add(self, layout: SlideLayout) -> Slide:
        self.count += 1
        partname = PackURI("/ppt/slides/slide%d.xml" % self.count)
        slide_part = DrawnSlidePart.new(partname, self.part.package, layout.part)
        # `relate_to` would first look for a relationship to this part; it is new, so there is none.
        rId = self.part.rels._add_relationship(RT.SLIDE, slide_part)
        slide = slide_part.slide
        tree = slide.shapes._spTree
        cloned = self.placeholders.get(layout.part)
        if cloned is None:
            before = len(tree)
            slide.shapes.clone_layout_placeholders(layout)
            self.placeholders[layout.part] = [deepcopy(element) for element in tree[before:]]
        else:
            for element in cloned:
                tree.append(element.__copy__())
        self.ids._add_sldId(id=self.next_id, rId=rId)
        self.next_id += 1
        return slide


class NotesAdder:
    """`slide.notes_slide` for a slide that has none yet, as python-pptx makes it (`NotesSlidePart.new`), with
    the notes master found once and its placeholders cloned once, then copied (as `SlideAdder` does)."""

    def __init__(self, presentation: Presentation) -> None:
        self.master_part: Any = None
        self.presentation_part = presentation.part
        self.placeholders: list | None = None

    def add(self, slide: Slide) -> NotesSlide:
        slide_part = slide.part
        if self.master_part is None:  # found (or made) by walking the presentation's relationships: once
            self.master_part = self.presentation_part.notes_master_part
        notes_part = NotesSlidePart._add_notes_slide_part(slide_part.package, slide_part, self.master_part)
        notes = notes_part.notes_slide
        tree = notes.shapes._spTree
        if self.placeholders is None:
            before = len(tree)
            notes.clone_master_placeholders(self.master_part.notes_master)
            self.placeholders = [deepcopy(element) for element in tree[before:]]
        else:
            for element in self.placeholders:
                tree.append(element.__copy__())
        slide_part.relate_to(notes_part, RT.NOTES_SLIDE)
        return notes

"""A PowerPoint template (.pptx or .potx) as deckgen uses it: its masters, their layouts and placeholders, the
themes, the slide size — and, kept private, its parts without its example slides, for a deck to be written on.

`read_template` takes bytes (nobody here made them: see opc.py for what reading refuses), `open_template` a
file. Both raise TemplateError with one plain sentence naming the file, never a traceback.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import ClassVar

from lxml import etree
from msgspec import Struct, field
from msgspec.structs import replace

from ..errors import Problem, TemplateError
from ..i18n import N_, _, decimal
from ..records import Uncompared
from . import opc
from .colours import A, DEFAULT_MAP, SLOTS, colour_element, resolve
from .opc import CT, RT, Package, Part

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS = {"p": P, "a": A, "r": R}
EMU_PER_POINT = 12700

TITLES = frozenset({"title", "ctrTitle"})
FAMILY = {
    "title": "title", "ctrTitle": "title",
    "body": "body", "subTitle": "body", "obj": "body",
    "pic": "body", "chart": "body", "tbl": "body", "clipArt": "body", "dgm": "body", "media": "body",
    "dt": "dt", "ftr": "ftr", "sldNum": "sldNum",
}  # fmt: skip
"""The master placeholder a layout's placeholder takes what it does not say from (its position first)."""
BODIES = frozenset(kind for kind, family in FAMILY.items() if family == "body")


class Placeholder(Struct, frozen=True):
    type: str  # p:ph/@type as written; "obj" when absent (ECMA-376's default)
    idx: int  # p:ph/@idx; 0 when absent
    attributes: dict[str, str]  # the p:ph element's attributes exactly as written, to copy onto a slide's placeholder
    box: tuple[float, float, float, float] | None  # x, y, w, h in points: its own, else its master placeholder's
    name: str  # p:cNvPr/@name


class Theme(Struct, frozen=True):
    name: str
    colours: dict[str, str]  # dk1 lt1 dk2 lt2 accent1..accent6 hlink folHlink → hex
    major_font: str  # latin typefaces ("" if none)
    minor_font: str
    part: str = ""  # "ppt/theme/theme1.xml"


class Decoration(Struct, frozen=True):
    """A shape of a master or layout that is no placeholder: what it draws on every slide that shows it."""

    box: tuple[float, float, float, float] | None  # x, y, w, h in points; None when it says none
    picture: str | None = None  # the image part a picture shows ("ppt/media/image1.png"), else None


class Ground(Struct, frozen=True):
    """What a master or layout draws under its slides: its background and its decorations."""

    colour: str | None  # hex of a solid background; None for any other fill, or for none
    picture: str | None  # the image part of a picture background (a:blipFill), else None
    filled: bool  # whether a background is set at all (no p:bg on the layout nor its master: drawn white)
    decorations: tuple[Decoration, ...]  # its own, then its master's where it shows them (showMasterSp)


class Master(Struct, frozen=True):
    part: str
    name: str
    placeholders: tuple[Placeholder, ...]
    background: str | None
    theme: Theme
    ground: Ground = Ground(None, None, False, ())


class Layout(Struct, frozen=True):
    name: str  # p:cSld/@name as written (« Titre et contenu », "Title, Content")
    part: str  # "ppt/slideLayouts/slideLayout2.xml"
    master: int  # index into Template.masters
    placeholders: tuple[Placeholder, ...]
    background: str | None  # hex of a solid background (its own, else its master's); None for any other fill
    shape_names: tuple[str, ...]  # its other shapes (decorations)
    ground: Ground = Ground(None, None, False, ())

    def holds(self, *kinds: str) -> bool:
        """Whether one of its placeholders is of one of these types."""
        return any(placeholder.type in kinds for placeholder in self.placeholders)


class Template(Uncompared, frozen=True, dict=True):  # dict: for its cached properties
    uncompared: ClassVar[frozenset[str]] = frozenset({"package", "trees"})
    source: Path | None
    width: float  # points (p:sldSz)
    height: float
    masters: tuple[Master, ...]
    layouts: tuple[Layout, ...]  # every master's, in master order then each master's sldLayoutIdLst order
    package: Package
    """The template's parts without its example slides nor what only they reached, nor its document
    properties: what a deck is written on (deck.py). Not compared."""
    trees: dict[str, etree._Element] = field(default_factory=dict)
    """The parts' trees as read (not to be changed: `xml()` gives a tree of one's own). Not compared."""

    @cached_property
    def default_layout(self) -> Layout:
        """The layout a slide goes on unless it says otherwise: the first with a title and no body (« Title
        Only »), else the first with a title."""
        titled = [layout for layout in self.layouts if layout.holds(*TITLES)]
        return next((layout for layout in titled if not layout.holds(*BODIES)), titled[0])

    @property
    def presentation(self) -> str:
        """The main part's name (ppt/presentation.xml)."""
        main = self.package.main(RT.OFFICE_DOCUMENT)
        assert main is not None
        return main.name

    @property
    def notes_master(self) -> str | None:
        """The notes master's part, if the template has one."""
        rels = self.package.parts[self.presentation].related(RT.NOTES_MASTER)
        return rels[0].target if rels else None

    def xml(self, part: str) -> etree._Element:
        """A fresh tree of one of the template's XML parts, to change and give back with `with_part`."""
        return opc.parse(self.package.parts[part].data, part, self.source)

    def with_part(self, name: str, data: bytes) -> Template:
        """The same template with one part's bytes replaced (its theme in a brand's colours), read again."""
        parts = dict(self.package.parts)
        parts[name] = replace(parts[name], data=data)
        trees = {part: tree for part, tree in self.trees.items() if part != name}
        return _template(Package(self.package.root, parts), self.source, trees)


def open_template(path: Path) -> Template:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TemplateError(Problem(_("the template does not exist; check its path"), path)) from None
    except IsADirectoryError:
        raise TemplateError(Problem(_("the template is a folder, not a .pptx or .potx file"), path)) from None
    except OSError as error:
        raise TemplateError(Problem(_("the template cannot be read: {error}").format(error=error.strerror or error), path)) from None
    return read_template(data, path)


def read_template(data: bytes, source: Path | None = None) -> Template:
    return template_of(opc.unzip(data, source), source)


def template_of(members: Mapping[str, bytes], source: Path | None = None) -> Template:
    """The template of a package's members (a zip's, or a package made here, which need not be zipped first)."""
    trees: dict[str, etree._Element] = {}
    package = opc.package_of(members, source)
    return _template(_on_its_own(package, source, trees), source, trees)


# -- the template's own parts, without its slides ---------------------------------------------------

_DROPPED_FROM_ROOT = {RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES, RT.CUSTOM_PROPERTIES, RT.SIGNATURE}
"""The document's properties (the deck writes its own) and a signature (the deck is not what was signed)."""
_DROPPED_FROM_PRESENTATION = {RT.SLIDE, RT.CUSTOM_XML, RT.VBA_PROJECT}
"""The example slides; document-management data (SharePoint's) and macros, which a generated deck has no use for."""
_OTHER_OFFICE_FILES = {
    "wordprocessingml": N_("Word document"), "spreadsheetml": N_("Excel workbook"),
}
"""Office files given for a template by mistake (a .docx renamed), by what their main part's type holds."""
_SECTIONS = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"  # p14:sectionLst's extension: sections list the slides by id


def _on_its_own(package: Package, source: Path | None, trees: dict[str, etree._Element]) -> Package:
    """The package less its example slides and what only they reached (their notes, pictures, charts), less
    its document properties, its presentation part saying so, its masters and layouts repaired (`_repaired`)."""
    main = package.main(RT.OFFICE_DOCUMENT)
    if main is None:
        strict = any(rel.type.startswith("http://purl.oclc.org/ooxml/") for rel in package.root)
        why = _("it is saved as Strict Open XML; save it as a PowerPoint presentation (.pptx)") if strict else _("it has no presentation part")
        raise TemplateError(Problem(_("the template is not a PowerPoint file (.pptx or .potx): {why}").format(why=why), source))
    if main.content_type not in CT.MAIN_PARTS:
        other = next((name for marker, name in _OTHER_OFFICE_FILES.items() if marker in main.content_type), None)
        if other is not None:
            said = _("the template is a {kind}, not a PowerPoint presentation; give a .pptx or .potx made in PowerPoint or LibreOffice Impress")
            raise TemplateError(Problem(said.format(kind=_(other)), source))
        said = _("the template is not a PowerPoint presentation or template (its main part is {type})")
        raise TemplateError(Problem(said.format(type=main.content_type), source))
    kept = tuple(rel for rel in main.rels if rel.type not in _DROPPED_FROM_PRESENTATION)
    dropped = {rel.rid for rel in main.rels} - {rel.rid for rel in kept}
    presentation = _presentation_alone(opc.parse(main.data, main.name, source), dropped)
    parts = dict(package.parts)
    parts[main.name] = Part(main.name, CT.PRESENTATION, opc.serialise(presentation), kept)
    root = tuple(rel for rel in package.root if rel.type not in _DROPPED_FROM_ROOT)
    names = list(opc.walk(root, parts))
    for name in names:
        if parts[name].content_type.endswith(_MASTERS):
            parts[name] = _repaired(_without_dangling(parts[name], parts, source), source, trees)
        elif parts[name].content_type.endswith(_PRESENTATION_PROPERTIES):
            parts[name] = _without_show_settings(parts[name], source)
    return Package(root, {name: parts[name] for name in names})


def _without_pointing(root: etree._Element, gone: Callable[[str], bool]) -> bool:
    """The tree without its elements that point at a relationship `gone` says is (an `r:` attribute naming
    it); whether there was one."""
    pointing = [
        element for element in root.iter() if any(key.startswith(f"{{{R}}}") and gone(value) for key, value in element.attrib.items())
    ]
    for element in pointing:
        if element.getparent() is not None:  # not inside one removed already
            element.getparent().remove(element)
    return bool(pointing)


def _without_dangling(part: Part, parts: Mapping[str, Part], source: Path | None) -> Part:
    """A master without its relationships to parts the template does not hold, and what points at them or at
    no relationship at all (a layout listed but missing): copied as they were, the deck opened with a repair
    prompt."""
    dangling = {rel.rid for rel in part.rels if not rel.external and rel.target not in parts}
    related = {rel.rid for rel in part.rels} - dangling
    root = opc.parse(part.data, part.name, source)
    if not _without_pointing(root, lambda rid: rid not in related) and not dangling:
        return part
    return Part(part.name, part.content_type, opc.serialise(root), tuple(rel for rel in part.rels if rel.rid not in dangling))


_PRESENTATION_PROPERTIES = "presentationml.presProps+xml"


def _without_show_settings(part: Part, source: Path | None) -> Part:
    """presProps.xml without the template's slide-show settings (`p:showPr`), which were its own sample
    deck's: a custom show deckgen's deck does not have (LibreOffice then cannot open the deck at all), a
    range of slides (« from 1 to 2 » of 35), a kiosk mode where clicks do not advance the slides."""
    root = opc.parse(part.data, part.name, source)
    shown = root.findall("p:showPr", NS)
    if not shown:
        return part
    for element in shown:
        root.remove(element)
    return Part(part.name, part.content_type, opc.serialise(root), part.rels)


def _presentation_alone(root: etree._Element, dropped: set[str]) -> etree._Element:
    """presentation.xml with no slides: its list of slides, custom shows and sections gone, and whatever
    pointed at a part no longer related."""
    for path in ("p:sldIdLst", "p:custShowLst"):
        for element in root.findall(path, NS):
            root.remove(element)
    for extension in root.findall("p:extLst/p:ext", NS):
        if extension.get("uri") == _SECTIONS:
            extension.getparent().remove(extension)
    _without_pointing(root, lambda rid: rid in dropped)
    for path in ("p:custDataLst", "p:extLst"):
        for element in root.findall(path, NS):
            if len(element) == 0:
                root.remove(element)
    for run in root.iterfind("p:defaultTextStyle//a:defRPr", NS):
        for changes_width in _WIDTH_CHANGING:
            run.attrib.pop(changes_width, None)
    return root


_WIDTH_CHANGING = ("cap", "spc", "baseline")
"""What a template's default text style may set that changes a text's width (capitals, letter spacing, a
raised baseline): deckgen's text boxes take it, and were drawn in spaced capitals where they were measured
in mixed case (a quiz's question then ran into its choices). Placeholders reset them themselves (drawing.py)."""


SLIDE_SIDE = (914400, 51206400)
"""The sides a slide may have, in EMU (ECMA-376's ST_SlideSizeCoordinate: 1 to 56 inches)."""
EMU_PER_CM = 360000

_MASTERS = ("slideMaster+xml", "slideLayout+xml", "notesMaster+xml", "handoutMaster+xml")
_BULLET_SIZE = f"{{{A}}}buSzPct"


def _repaired(part: Part, source: Path | None, trees: dict[str, etree._Element]) -> Part:
    """A master or a layout without the two faults LibreOffice writes into every one it saves, which would
    make each deck on it fail a strict reader's check:

    - shapes sharing an id (a master's first shape takes its shape tree's id): the later of two takes a new
      one (nothing in a master or a layout refers to its shapes' ids);
    - bullet sizes in thousandths of a percent (`a:buSzPct val="45000"`, ECMA-376's first edition): written
      as ISO/IEC 29500 has them, « 45% », which LibreOffice reads back the same;
    - a layout's placeholders sharing an index (LibreOffice writes every body `<p:ph/>`, index 0 as the
      title's): a slide's placeholder finds its layout's by index, so the two bodies of a slide a presenter
      adds on « Title, 2 Content » would land on one place; the later of two takes an index of its own."""
    root = trees[part.name] = opc.parse(part.data, part.name, source)
    changed = False
    names = root.findall(".//p:cNvPr", NS)
    counted = Counter(element.get("id") for element in names)
    if any(count > 1 for count in counted.values()):
        seen: set[str | None] = set()
        following = max((int(i) for i in counted if i and i.isdigit()), default=0) + 1
        for element in names:
            if element.get("id") in seen:
                element.set("id", str(following))
                following += 1
            seen.add(element.get("id"))
        changed = True
    for size in root.iter(_BULLET_SIZE):
        value = size.get("val", "")
        if value.isdigit():
            size.set("val", f"{min(max(round(int(value) / 1000), 25), 400)}%")
            changed = True
    if part.content_type.endswith("slideLayout+xml"):
        changed = _indexed(root) or changed
    return replace(part, data=opc.serialise(root)) if changed else part


def _indexed(layout: etree._Element) -> bool:
    """Give each of a layout's placeholders that shares its index with an earlier one an index of its own,
    after the highest; whether any was given."""
    placeholders = layout.findall(".//p:nvPr/p:ph", NS)
    following = max((_int(ph.get("idx"), 0) for ph in placeholders), default=0) + 1
    seen: set[int] = set()
    changed = False
    for ph in placeholders:
        key = _int(ph.get("idx"), 0)
        if key in seen:
            ph.set("idx", str(following))
            following += 1
            changed = True
        else:
            seen.add(key)
    return changed


# -- the model -------------------------------------------------------------------------------------


def _template(package: Package, source: Path | None, trees: dict[str, etree._Element]) -> Template:
    def tree(name: str) -> etree._Element:
        found = trees.get(name)
        if found is None:
            found = trees[name] = opc.parse(package.parts[name].data, name, source)
        return found

    main = package.main(RT.OFFICE_DOCUMENT)
    assert main is not None
    presentation = tree(main.name)
    targets = {rel.rid: rel.target for rel in main.rels}
    size = presentation.find("p:sldSz", NS)
    width, height = (9144000, 6858000) if size is None else (_int(size.get("cx"), 9144000), _int(size.get("cy"), 6858000))
    if not (SLIDE_SIDE[0] <= width <= SLIDE_SIDE[1] and SLIDE_SIDE[0] <= height <= SLIDE_SIDE[1]):
        said = _(
            "the template's slides measure {width} × {height} cm, which no slide can (from {smallest} to {largest} cm a "
            "side); open it in PowerPoint, set its size (Design › Slide Size), and save it again"
        )
        width_cm, height_cm, smallest, largest = (decimal(emu / EMU_PER_CM, 2) for emu in (width, height, *SLIDE_SIDE))
        raise TemplateError(Problem(said.format(width=width_cm, height=height_cm, smallest=smallest, largest=largest), source))
    themes: dict[str, _ThemeRead] = {}
    masters, layouts = [], []
    for listed in presentation.iterfind("p:sldMasterIdLst/p:sldMasterId", NS):
        name = targets.get(listed.get(f"{{{R}}}id", ""))
        if name is None or name not in package.parts:
            continue
        master, master_root, colouring = _master(package, package.parts[name], themes, tree)
        for layout_part in _layout_parts(package, package.parts[name], master_root):
            layouts.append(_layout(package.parts[layout_part], len(masters), master, colouring, tree(layout_part)))
        masters.append(master)
    if not masters:
        raise TemplateError(Problem(_("the template has no slide master; save it again from PowerPoint or LibreOffice"), source))
    if not any(layout.holds(*TITLES) for layout in layouts):
        raise TemplateError(Problem(_("the template has no layout with a title placeholder; add one in the slide master view (« Title Only »)"), source))
    return Template(source, width / EMU_PER_POINT, height / EMU_PER_POINT, tuple(masters), tuple(layouts), package, trees)


def _master(package: Package, part: Part, themes: dict[str, _ThemeRead], tree: Callable[[str], etree._Element]) -> tuple[Master, etree._Element, _Colouring]:
    root = tree(part.name)
    theme_rels = part.related(RT.THEME)
    theme = _ThemeRead(Theme("", {}, "", ""), {})
    if theme_rels:
        target = theme_rels[0].target
        theme = themes.get(target) or themes.setdefault(target, _theme(target, tree(target)))
    mapping = root.find("p:clrMap", NS)
    colour_map = DEFAULT_MAP | (dict(mapping.attrib) if mapping is not None else {})
    placeholders = tuple(_placeholders(root, {}))
    colour = _background(root, theme, colour_map)
    ground = Ground(colour, _background_picture(part, root), root.find("p:cSld/p:bg", NS) is not None, _decorations(part, root))
    master = Master(part.name, _name(root), placeholders, colour, theme.theme, ground)
    return master, root, _Colouring(theme, colour_map)


def _layout_parts(package: Package, master: Part, root: etree._Element) -> list[str]:
    """The master's layouts in its sldLayoutIdLst's order (its relationships' when it lists none)."""
    targets = {rel.rid: rel.target for rel in master.related(RT.SLIDE_LAYOUT)}
    listed = [targets.get(e.get(f"{{{R}}}id", "")) for e in root.iterfind("p:sldLayoutIdLst/p:sldLayoutId", NS)]
    names = [name for name in listed if name] or list(targets.values())
    return [name for name in dict.fromkeys(names) if name in package.parts]


class _Colouring(Struct, frozen=True):
    """What a master's colours are resolved through: its theme and its colour map."""

    theme: _ThemeRead
    colour_map: dict[str, str]


def _layout(part: Part, index: int, master: Master, colouring: _Colouring, root: etree._Element) -> Layout:
    override = root.find("p:clrMapOvr/a:overrideClrMapping", NS)
    colour_map = DEFAULT_MAP | dict(override.attrib) if override is not None else colouring.colour_map
    inherited = {}
    for placeholder in master.placeholders:
        inherited.setdefault(FAMILY.get(placeholder.type, placeholder.type), placeholder.box)
    placeholders = tuple(_placeholders(root, inherited))
    background = _background(root, colouring.theme, colour_map) if root.find("p:cSld/p:bg", NS) is not None else master.background
    decorations = tuple(_shape_name(shape) for shape in _shapes(root) if _ph(shape) is None)
    return Layout(_name(root), part.name, index, placeholders, background, decorations, _layout_ground(part, root, master, background))


def _layout_ground(part: Part, root: etree._Element, master: Master, colour: str | None) -> Ground:
    """The layout's ground: its own background, else its master's; its decorations over its master's,
    unless it hides them (showMasterSp="0")."""
    own = root.find("p:cSld/p:bg", NS) is not None
    picture = _background_picture(part, root) if own else master.ground.picture
    shown = master.ground.decorations if root.get("showMasterSp", "1") not in ("0", "false") else ()
    return Ground(colour, picture, own or master.ground.filled, (*shown, *_decorations(part, root)))


def _embedded(part: Part, blip: etree._Element | None) -> str | None:
    """The part an `a:blip` shows, through the part's relationship it names."""
    if blip is None:
        return None
    rid = blip.get(f"{{{R}}}embed", "")
    return next((rel.target for rel in part.rels if rel.rid == rid), None)


def _decorations(part: Part, root: etree._Element) -> tuple[Decoration, ...]:
    found = []
    for shape in _shapes(root):
        if _ph(shape) is not None:
            continue
        blip = shape.find("p:blipFill/a:blip", NS) if etree.QName(shape).localname == "pic" else None
        found.append(Decoration(_box(shape), _embedded(part, blip)))
    return tuple(found)


def _background_picture(part: Part, root: etree._Element) -> str | None:
    """The image part of a picture background (p:bgPr/a:blipFill), if the ground is one."""
    return _embedded(part, root.find("p:cSld/p:bg/p:bgPr/a:blipFill/a:blip", NS))


class _ThemeRead(Struct, frozen=True):
    theme: Theme
    fills: dict[int, etree._Element]  # a style's index (bgRef/@idx, fillRef/@idx) → its fill


def _theme(name: str, root: etree._Element) -> _ThemeRead:
    fills = {}
    for offset, path in ((1, "a:themeElements/a:fmtScheme/a:fillStyleLst"), (1001, "a:themeElements/a:fmtScheme/a:bgFillStyleLst")):
        for index, fill in enumerate(root.findall(f"{path}/*", NS)):
            fills[offset + index] = fill
    scheme = root.find("a:themeElements/a:clrScheme", NS)
    colours = {}
    for slot in SLOTS:
        found = resolve(colour_element(scheme.find(f"a:{slot}", NS)), {}) if scheme is not None else None
        if found is not None:
            colours[slot] = found
    fonts = root.find("a:themeElements/a:fontScheme", NS)

    def face(kind: str) -> str:
        latin = fonts.find(f"a:{kind}/a:latin", NS) if fonts is not None else None
        return latin.get("typeface", "") if latin is not None else ""

    return _ThemeRead(Theme(root.get("name", ""), colours, face("majorFont"), face("minorFont"), name), fills)


def _name(root: etree._Element) -> str:
    sld = root.find("p:cSld", NS)
    return sld.get("name", "") if sld is not None else ""


def _shapes(root: etree._Element) -> list[etree._Element]:
    """The shapes of a master's or layout's tree, markup-compatibility alternatives read as their first choice."""
    tree = root.find("p:cSld/p:spTree", NS)
    shapes = []
    for child in tree if tree is not None else ():
        if child.tag == f"{{{MC}}}AlternateContent":
            choice = child.find(f"{{{MC}}}Choice")
            child = choice[0] if choice is not None and len(choice) else None
        if child is not None and isinstance(child.tag, str) and etree.QName(child).localname in ("sp", "pic", "graphicFrame", "cxnSp", "grpSp", "contentPart"):
            shapes.append(child)
    return shapes


_NV_PR, _PH = f"{{{P}}}nvPr", f"{{{P}}}ph"


def _ph(shape: etree._Element) -> etree._Element | None:
    """The shape's placeholder element (in its p:nv…Pr, the shape's first child), if it is one."""
    properties = shape[0].find(_NV_PR) if len(shape) else None
    return properties.find(_PH) if properties is not None else None


def _shape_name(shape: etree._Element) -> str:
    names = shape.find("*/p:cNvPr", NS)
    return names.get("name", "") if names is not None else ""


def _placeholders(root: etree._Element, inherited: dict[str, tuple[float, float, float, float] | None]):  # noqa: ANN202
    for shape in _shapes(root):
        ph = _ph(shape)
        if ph is None:
            continue
        kind = ph.get("type", "obj")
        box = _box(shape) or inherited.get(FAMILY.get(kind, kind))
        yield Placeholder(kind, _int(ph.get("idx"), 0), dict(ph.attrib), box, _shape_name(shape))


def _box(shape: etree._Element) -> tuple[float, float, float, float] | None:
    xfrm = shape.find("p:xfrm", NS) if etree.QName(shape).localname == "graphicFrame" else shape.find("*/a:xfrm", NS)
    offset = xfrm.find("a:off", NS) if xfrm is not None else None
    extent = xfrm.find("a:ext", NS) if xfrm is not None else None
    if offset is None or extent is None:
        return None
    values = (offset.get("x"), offset.get("y"), extent.get("cx"), extent.get("cy"))
    return tuple(_int(value, 0) / EMU_PER_POINT for value in values)  # type: ignore[return-value]


def _background(root: etree._Element, theme: _ThemeRead, colour_map: dict[str, str]) -> str | None:
    """The hex of a solid background, its own or its theme's style's; None for a picture, a gradient, a
    pattern or none."""
    background = root.find("p:cSld/p:bg", NS)
    if background is None:
        return None
    properties = background.find("p:bgPr", NS)
    if properties is not None:
        return resolve(colour_element(properties.find("a:solidFill", NS)), theme.theme.colours, colour_map)
    reference = background.find("p:bgRef", NS)
    if reference is None:
        return None
    return _styled(reference, theme, colour_map)


def _styled(reference: etree._Element, theme: _ThemeRead, colour_map: dict[str, str]) -> str | None:
    """A background given by one of the theme's fill styles (`idx` 1001 on: its background fills), in the
    reference's colour where the style says `phClr`."""
    style = theme.fills.get(_int(reference.get("idx"), 0))
    if style is None or etree.QName(style).localname != "solidFill":
        return None
    placeholder = resolve(colour_element(reference), theme.theme.colours, colour_map)
    return resolve(colour_element(style), theme.theme.colours, colour_map, placeholder)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default

"""DrawingML colours resolved to hex: a theme's scheme through a master's colour map, system colours by the
value last seen, and the transforms templates use most (luminance, tint, shade)."""

from __future__ import annotations

import colorsys
from collections.abc import Mapping

from lxml import etree

A = "http://schemas.openxmlformats.org/drawingml/2006/main"

SLOTS = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink")
"""A theme's colour scheme, in its order."""

DEFAULT_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
"""The colour map of a master that writes none (and of PowerPoint's own masters)."""

_PRESET = {"black": "000000", "white": "FFFFFF", "red": "FF0000", "green": "008000", "blue": "0000FF", "gray": "808080"}

_COLOURS = {f"{{{A}}}{tag}" for tag in ("srgbClr", "schemeClr", "sysClr", "prstClr", "scrgbClr", "hslClr")}


def colour_element(parent: etree._Element | None) -> etree._Element | None:
    """The colour an element such as `a:solidFill` or `a:dk1` holds."""
    if parent is None:
        return None
    return next((child for child in parent if child.tag in _COLOURS), None)


def resolve(
    element: etree._Element | None,
    scheme: Mapping[str, str],
    colour_map: Mapping[str, str] = DEFAULT_MAP,
    placeholder: str | None = None,
) -> str | None:
    """The colour as hex RRGGBB: `scheme` is the theme's (slot → hex), `colour_map` the master's (bg1 → lt1…),
    `placeholder` what `phClr` stands for (a style's colour). None for what cannot be said (hslClr)."""
    if element is None:
        return None
    tag = etree.QName(element).localname
    base: str | None = None
    if tag == "srgbClr":
        base = element.get("val")
    elif tag == "sysClr":
        base = element.get("lastClr")
    elif tag == "prstClr":
        base = _PRESET.get(element.get("val", ""))
    elif tag == "scrgbClr":
        base = "".join(f"{round(255 * min(max(int(element.get(c, '0')) / 100000, 0), 1)):02X}" for c in ("r", "g", "b"))
    elif tag == "schemeClr":
        name = element.get("val", "")
        base = placeholder if name == "phClr" else scheme.get(colour_map.get(name, name))
    if base is None or len(base) != 6:
        return None
    return _transformed(base.upper(), element)


def _transformed(colour: str, element: etree._Element) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    for transform in element:
        if not isinstance(transform.tag, str):
            continue
        name, value = etree.QName(transform).localname, int(transform.get("val", "0")) / 100000
        if name == "tint":  # towards white
            red, green, blue = (1 - (1 - c) * value for c in (red, green, blue))
        elif name == "shade":  # towards black
            red, green, blue = (c * value for c in (red, green, blue))
        elif name in ("lumMod", "lumOff"):
            hue, light, saturation = colorsys.rgb_to_hls(red, green, blue)
            light = light * value if name == "lumMod" else light + value
            red, green, blue = colorsys.hls_to_rgb(hue, min(max(light, 0.0), 1.0), saturation)
    return "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02X}" for c in (red, green, blue))

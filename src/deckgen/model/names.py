"""Ids as organisers type them: a display name (`Mathias Hudbert`) or other capitals (`Ansa`) for the id
(`mathias-hudbert`, `ansa`). The id they meant, found from what they typed, makes the hint."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping

_NOT_ID = re.compile(r"[^a-z0-9_]+")


def slug(text: str) -> str:
    """`Mathias Hudbert` → `mathias-hudbert`, `Éric Pélisson` → `eric-pelisson`: an id made from a name."""
    return _NOT_ID.sub("-", folded(text)).strip("-_")


def folded(text: str) -> str:
    """Lower case without accents, for comparing what was typed with what is known."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def closest_id(typed: str, known: Mapping[str, str | None]) -> str | None:
    """The id in `known` (id → display name) meant by `typed`: the same but for capitals or accents, its
    name, or the closest spelling; None when nothing is close."""
    wanted = slug(typed)
    by_folded = {folded(key): key for key in known}
    if folded(typed) in by_folded:
        return by_folded[folded(typed)]
    if wanted in known:
        return wanted
    for key, name in known.items():
        if name and folded(name) == folded(typed):
            return key
    close = difflib.get_close_matches(wanted, list(known), n=1, cutoff=0.6)
    if close:
        return close[0]
    names = {folded(name): key for key, name in known.items() if name}
    close = difflib.get_close_matches(folded(typed), list(names), n=1, cutoff=0.6)
    return names[close[0]] if close else None

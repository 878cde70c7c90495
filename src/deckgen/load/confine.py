"""Confinement: an event reads files only from its own folders, so a deck received by e-mail cannot make
deckgen read `/etc/passwd` or a colleague's home folder into a slide.

Allowed: the decks' folder that holds the event (the event itself, its sibling sessions it extends,
`deck/_shared/`) and the folders of brands the deck's brand is looked up in (brand.asset_folders: the one
given by `--assets` or DECKGEN_ASSETS, the project's `assets/`, the brands shipped with deckgen). Paths are resolved first, so `..` and symbolic links that lead
out are caught too. `--allow-outside` lifts the rule for a deck one trusts.
"""

from __future__ import annotations

from pathlib import Path

from msgspec import Struct

from ..i18n import _


class Confinement(Struct, frozen=True):
    roots: tuple[Path, ...]

    @classmethod
    def for_deck(cls, folder: Path) -> Confinement:
        from ..brand import asset_folders  # here, not at the top: brand.py itself imports the loader's messages

        decks = folder.resolve().parent
        return cls(roots=(decks, *asset_folders(folder)))

    def allows(self, path: Path) -> bool:
        resolved = path.resolve()
        return any(resolved.is_relative_to(root) for root in self.roots)

    def refusal(self, written: str) -> str:
        where = " or ".join(str(root) for root in self.roots)
        return _(
            "'{written}' is outside the deck's folders ({where}); move the file into deck/_shared/ or the "
            "deck's folder, or build with --allow-outside if you trust this deck"
        ).format(written=written, where=where)

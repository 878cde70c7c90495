"""A picture shown on many slides is stored once: the reference deck's package holds each distinct image once."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections import Counter

from deckgen.build import BuildResult


def test_each_distinct_picture_is_stored_once(reference_deck: BuildResult) -> None:
    with zipfile.ZipFile(reference_deck.output) as package:
        media = [name for name in package.namelist() if name.startswith("ppt/media/")]
        digests = Counter(hashlib.sha256(package.read(name)).hexdigest() for name in media)
        assert media and all(count == 1 for count in digests.values()), digests
        # …and the slides share them: the brand's logo appears on more slides than there are pictures.
        targets = Counter(
            target
            for name in package.namelist()
            if re.fullmatch(r"ppt/slides/_rels/slide\d+\.xml\.rels", name)
            for target in re.findall(rb'Target="\.\./media/([^"]+)"', package.read(name))
        )
    assert max(targets.values()) >= 2
    assert sum(targets.values()) > len(media)


def test_a_dry_run_prepares_no_picture(monkeypatch) -> None:  # noqa: ANN001
    """Dry runs measure texts; a picture is normalised only when its slide is drawn (it was checked at load)."""
    from paths import REFERENCE

    import deckgen.render.canvas as canvas
    from deckgen.build import check_deck

    calls: list[object] = []
    monkeypatch.setattr(canvas, "prepare", lambda *args, **kwargs: calls.append(args))
    slides = check_deck(REFERENCE).slides
    assert any(spec.kind in ("title", "closing", "round_table") for spec in slides)  # slides with logos
    assert calls == []

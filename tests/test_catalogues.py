"""The message catalogues (tools/catalogues.py, Babel): every message the source speaks is translated into
French, and the .po and the .mo that ships are what `make catalogues` makes from the source today."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import catalogues  # noqa: E402


def test_every_message_is_translated_and_compiled() -> None:
    assert catalogues.problems() == []


def test_a_message_left_untranslated_is_reported(monkeypatch) -> None:
    template = catalogues.extracted()
    template.add("a message no one translated")
    monkeypatch.setattr(catalogues, "extracted", lambda: template)
    found = catalogues.problems()
    assert "fr: not translated: 'a message no one translated'" in found
    assert any("not up to date with the source" in problem for problem in found)

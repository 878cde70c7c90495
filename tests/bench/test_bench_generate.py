"""The benchmark's synthetic events are valid events with every kind of slide, and the same for the same size."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from deckgen.load import load_event
from deckgen.plan import plan_deck
from deckgen.plan.specs import SLIDE_KINDS

from paths import ROOT


def _generate():  # noqa: ANN202 - bench/generate.py, a script beside the sources, not a package
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_generate", module)
    spec.loader.exec_module(module)
    return module


def test_a_synthetic_event_loads_plans_and_has_every_kind_of_slide(tmp_path: Path) -> None:
    folder = _generate().write_event(tmp_path / "event", 80)
    loaded = load_event(folder)
    plan = plan_deck(loaded.event, loaded.folder)
    assert {slide.kind for slide in plan.slides} == {kind.kind for kind in SLIDE_KINDS}
    assert 60 <= len(plan.slides) <= 100


def test_the_same_size_gives_the_same_event(tmp_path: Path) -> None:
    generate = _generate()
    first = generate.write_event(tmp_path / "a", 120) / "event.yaml"
    second = generate.write_event(tmp_path / "b", 120) / "event.yaml"
    assert first.read_bytes() == second.read_bytes()

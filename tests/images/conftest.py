"""Every images test starts with an empty cache of prepared pictures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from deckgen.images import clear_cache


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()

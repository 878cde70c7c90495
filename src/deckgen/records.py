"""What deckgen's records are: msgspec `Struct`s, and the one kind that leaves fields out of its equality.

The records (a slide as planned, a box, a part of a package…) were dataclasses. Python 3.11 compiles each
dataclass's generated methods one by one when its module is imported: 0.5 ms a record, some 50 ms of
every command's start for deckgen's hundred records, more than loading and planning the reference deck. A
Struct is made in C, in microseconds, and is compared, hashed, copied (`msgspec.structs.replace`) and
pickled (the chart worker's specs) as a frozen dataclass is.

A Struct compares every field; some records carry a field that is not part of what they are (where in the
event a slide comes from, bytes kept to skip work), which `Uncompared` leaves out.
"""

from __future__ import annotations

from typing import Any, ClassVar

from msgspec import Struct


class Uncompared(Struct, frozen=True):
    """A frozen record whose fields named in `uncompared` are left out of its equality and its hash, as a
    dataclass field(compare=False) is."""

    uncompared: ClassVar[frozenset[str]] = frozenset()

    def _compared(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__struct_fields__ if name not in self.uncompared)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._compared() == other._compared()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self._compared()))

"""The quiz for the room: multiple-choice and odd-one-out questions."""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field

from ..i18n import _
from .base import Id, Strict, Text


def _one_answer(value: object) -> object:
    """Several answers written as a list: say the rule, not « expected text »."""
    if isinstance(value, list):
        listed = ", ".join(f"'{v}'" for v in value) or _("none")
        raise ValueError(
            _("a question has exactly one correct answer, here {count} ({listed}); keep one").format(count=len(value), listed=listed)
        )
    return value


class Question(Strict):
    """A question with numbered choices and exactly one correct answer.

    With `true_list`, it is an odd-one-out question: the answer is the choice that is not on the list,
    and the answer slide reveals the true list.
    """

    id: Id | None = None
    """A name for this item, so an event that extends this one can change it by naming it (lists of items
    with ids merge item by item)."""
    question: Text
    """The question as the room reads it."""
    choices: list[Text] = Field(min_length=2, max_length=6)
    """Two to six choices, numbered in this order."""
    answer: Annotated[Text, BeforeValidator(_one_answer)]
    """The correct choice, written exactly as in `choices`."""
    detail: Text | None = None
    """A precision shown only with the answer, e.g. `précisément 4,17 / 5`."""
    true_list: list[Text] = []
    """For an odd-one-out question: the true list, revealed with the answer."""

    @property
    def correct_index(self) -> int:
        """Position of the correct choice (0-based); the loader has checked it exists."""
        return self.choices.index(self.answer)

    @property
    def is_odd_one_out(self) -> bool:
        return bool(self.true_list)

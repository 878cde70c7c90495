"""Field descriptions come from the attribute docstrings, read when a JSON schema is made (model/docs.py)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, create_model

from deckgen.brand import Brand, Colours, FontFace, Fonts
from deckgen.model.base import Strict
from deckgen.model.docs import field_docstrings


class _PydanticReads(BaseModel):
    """The same classes, read by pydantic itself: what our reader must agree with."""

    model_config = ConfigDict(use_attribute_docstrings=True)


class _Base(_PydanticReads):
    inherited: int = 0
    """From the base."""
    redeclared: int = 0
    """The base's word on it."""


class _Sample(_Base):
    plain: str = ""
    """One line."""
    long: str = ""
    """Two lines,
    the second indented as in the source."""
    undocumented: int = 0
    after_undocumented: int = 0

    """A string after a blank line still follows the field."""
    redeclared: int = 1
    counter: ClassVar[int] = 0
    """A class variable, not a field."""

    def method(self) -> None:
        local: int = 0
        """Not a field's docstring."""
        del local


def test_the_docstrings_read_are_pydantics_own() -> None:
    by_pydantic = {name: field.description for name, field in _Sample.model_fields.items() if field.description}
    assert field_docstrings(_Sample) == by_pydantic == {
        "inherited": "From the base.",
        "plain": "One line.",
        "long": "Two lines,\nthe second indented as in the source.",
        "after_undocumented": "A string after a blank line still follows the field.",
    }


def test_a_strict_model_shows_its_docstrings_only_in_its_json_schema() -> None:
    class Sample(Strict):
        """A sample."""

        name: str
        """Its name."""
        explicit: str = Field("", description="Said in the field.")
        """Not what the schema shows: an explicit description wins, as in pydantic."""

    assert Sample.model_fields["name"].description is None  # nothing read when the class was made
    properties = Sample.model_json_schema()["properties"]
    assert (properties["name"]["description"], properties["explicit"]["description"]) == ("Its name.", "Said in the field.")


def test_a_class_in_a_function_with_a_docstring_at_the_margin() -> None:
    class Local(Strict):
        """A model whose docstring's second line is less indented than the class."""

        name: str
        """First line,
second line at the margin."""

    assert field_docstrings(Local) == {"name": "First line,\nsecond line at the margin."}


def test_a_model_without_source_has_no_descriptions_and_no_error() -> None:
    made = create_model("Made", __base__=Strict, name=(str, ...))
    assert field_docstrings(made) == {}
    assert "description" not in made.model_json_schema()["properties"]["name"]


def test_every_brand_field_is_described_in_the_json_schema() -> None:
    schema = Brand.model_json_schema()
    blocks = {"Brand": schema, **schema["$defs"]}
    assert set(blocks) == {"Brand", "Colours", "FontFace", "Fonts", "Metrics"}
    assert [
        f"{name}.{field}" for name, block in blocks.items() for field, spec in block["properties"].items()
        if not spec.get("description")
    ] == []
    assert field_docstrings(Colours)["dimmed"].startswith("The wrong choices")
    assert set(field_docstrings(FontFace)) == set(FontFace.model_fields) and set(field_docstrings(Fonts)) == {"heading", "body"}

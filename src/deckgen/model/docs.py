"""Field descriptions from attribute docstrings, read when a JSON schema is made, never when a model is defined.

Each field of a model is documented by the string literal under it; `deckgen schema` publishes those strings as
the fields' descriptions, which editors show while an organiser types. pydantic can read them itself
(`use_attribute_docstrings=True`), but it does so as each class is created: it finds the class's source with
`inspect` and parses it with `ast`: some 20 ms of every `import deckgen.model` here, so of every build, for text
that only the schema shows. `describe_fields` reads them instead from pydantic's documented `json_schema_extra`
hook (set in the models' config), which runs only while a JSON schema is generated.
"""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel


def describe_fields(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """pydantic's `json_schema_extra` hook: each property of the model's schema gets its field's docstring."""
    properties: dict[str, Any] = schema.get("properties", {})
    for name, docstring in field_docstrings(model).items():
        if name in properties and "description" not in properties[name]:
            # A copy rather than a change in place: the dict is pydantic's, and it might hold on to it.
            properties[name] = {**properties[name], "description": docstring}


def field_docstrings(model: type[BaseModel]) -> dict[str, str]:
    """Each documented field of `model` → its docstring, cleaned as pydantic cleans them (`inspect.cleandoc`).

    A field takes the docstring of the class that declares it, so a subclass inherits its base's (the agenda
    items' `id`, `start`, `end`); a field declared again without a docstring has none, as it had in pydantic.
    """
    docstrings: dict[str, str] = {}
    for klass in reversed(model.__mro__):
        declared = [name for name in inspect.get_annotations(klass) if name in model.model_fields]
        if not declared:  # pydantic's BaseModel, object: no source to parse
            continue
        own = _own_docstrings(klass)
        for name in declared:
            if name in own:
                docstrings[name] = own[name]
            else:
                docstrings.pop(name, None)
    return docstrings


@functools.cache
def _own_docstrings(cls: type) -> dict[str, str]:
    """The docstrings written in the body of `cls` itself: a string statement right after `name: type [= …]`."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):  # no source to read (a class typed in a REPL): no descriptions, no failure
        return {}
    body = _class_body(source)
    return {
        previous.target.id: inspect.cleandoc(statement.value.value)
        for previous, statement in zip(body, body[1:])
        if isinstance(previous, ast.AnnAssign)
        and isinstance(previous.target, ast.Name)
        and isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    }


def _class_body(source: str) -> list[ast.stmt]:
    """The statements of the class whose source this is."""
    if source[:1].isspace():
        # A multi-line string less indented than its class (a class defined in a function) keeps the
        # source indented after dedent; as the body of a block it parses.
        node = ast.parse("if True:\n" + source).body[0].body[0]  # type: ignore[attr-defined]
    else:
        node = ast.parse(source).body[0]
    assert isinstance(node, ast.ClassDef), f"not the source of a class: {source[:60]!r}"
    return node.body

"""The mistakes organisers make in YAML itself, told in their words at the line of the mistake, with that
line written as it should be.

libyaml says where it gave up and what it was reading (« while parsing a flow sequence », « did not find
expected key »), often a line or more after the mistake, in a parser's words. Its two marks are the clues:
the context mark is where the construct it was reading began (an unclosed `[` or `"`), the problem mark
where it gave up. Each diagnosis below reads the lines at those marks and recognises one mistake; the first
that recognises its own wins, and a plain fallback says what to check on the problem mark's line.

Two mistakes do not always stop the parser, so they are looked for in the text before it runs: an
indentation made of tabs or of no-break spaces (pasted from a word processor; libyaml reads U+00A0 as a
letter, so `\u00a0\u00a0role: x` becomes a field named '  role').
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

import yaml
from msgspec import Struct
from yaml.tokens import ScalarToken

from ..i18n import _

_LINE_BREAKS = re.compile(r"\r\n|\r|\n")  # libyaml's, once yaml_source's stand-ins hid YAML 1.1's others


class Mistake(Struct, frozen=True):
    """What is wrong, at a 0-based line and column (libyaml's marks are 0-based too)."""

    line: int
    column: int
    message: str


def lines_of(text: str) -> list[str]:
    return _LINE_BREAKS.split(text)


# --- before parsing: tabs and no-break spaces in an indentation ---------------------------------------------

_FALSE_SPACES = {"\t": "tab", "\u00a0": "nbsp", "\u202f": "nnbsp", "\u2007": "figure", "\u3000": "ideographic"}
"""Characters that look like spaces in an editor but do not indent in YAML."""
_INDENT = re.compile("^[ \t\u00a0\u202f\u2007\u3000]*")
_STRUCTURE = re.compile(r"^(?:-(?:\s|$)|[^\s:#'\"\[{][^:#]*:(?:\s|$))")
"""A line's content that reads as a list item or a `field:` line (not a continued text)."""
_BLOCK_TEXT = re.compile(r"(?:^|:\s|-\s)\s*[|>][-+0-9]*\s*(?:#.*)?$")
"""A line that starts a `|` or `>` text: the lines indented under it are text, whatever they hold."""


def _outside_block_texts(text: str) -> Iterator[tuple[int, str, str, str]]:
    """Each line that is not inside a `|` or `>` text (whatever those hold is text): its number, the line,
    its indentation (spaces, tabs, no-break spaces) and what follows it."""
    text_indent: int | None = None  # while inside a `|` text: the indentation of the line that opened it
    for number, line in enumerate(lines_of(text)):
        indent = _INDENT.match(line).group()  # type: ignore[union-attr]  # the pattern matches any line
        content = line[len(indent) :]
        spaces = len(line) - len(line.lstrip(" "))
        if text_indent is not None and (not content or spaces > text_indent):
            continue
        text_indent = spaces if _BLOCK_TEXT.search(line) else None
        yield number, line, indent, content


def false_indentations(text: str) -> list[Mistake]:
    """Every field or list line indented with a tab or a no-break space, outside `|` and `>` texts."""
    found = []
    for number, line, indent, content in _outside_block_texts(text):
        odd = [character for character in indent if character in _FALSE_SPACES]
        if odd and _STRUCTURE.match(content):
            found.append(_false_indentation(line, number, odd[0], lines_of(text)))
    return found


_SPACED_COMMENT = re.compile(r"\s+#(?:\s|$)")
"""A comment as one is written by hand: a `#` and a space."""


def texts_cut_by_a_comment(text: str) -> list[Mistake]:
    """Every value followed by a `#` and a word, outside `|` and `>` texts: `room: Salle #2`,
    `footer: #AlimActiv Journée`, `primary: #0B4F6C`. YAML reads a `#` after a space as the start of a
    comment, and silently leaves out what follows: a hashtag, a number, a colour. A comment written by hand
    has a space after its `#`; one without is taken for text, and the user is asked to say which it is."""
    found = []
    for number, line, _indent, content in _outside_block_texts(text):
        start = comment_start(line)
        if start is None or not line[start + 1 : start + 2].isalnum() or not _STRUCTURE.match(content):
            continue
        column = _value_start(line)
        if column is None or column > start:  # `field: #word`: the value is what the comment hid
            column = start
        written = line[column:start].rstrip()
        if written[:1] in ("'", '"', "[", "{", "|", ">"):
            continue  # a quoted value, a list or a block text: the `#` after it is a comment
        after = _SPACED_COMMENT.search(line, start)  # a real comment after the word: `#0B4F6C  # deep blue`
        end = after.start() if after else len(line)
        comment = line[start:end].rstrip()
        fixed = line[:column] + quoted(line[column:end].rstrip()) + line[end:]
        message = _(
            "« {comment} » is read as a comment (a # after a space starts one), so it is left out of the value; "
            "put the whole value in quotes: `{fixed}`; if it is a comment, put a space after the #"
        )
        found.append(Mistake(number, start, message.format(comment=comment, fixed=fixed.rstrip())))
    return found


def _false_indentation(line: str, number: int, character: str, lines: list[str]) -> Mistake:
    fixed = " " * _expected_indent(lines, number) + line.lstrip("".join(_FALSE_SPACES) + " ")
    column = line.index(character)
    if character == "\t":
        message = _("this line is indented with a tab; indent with spaces only: `{fixed}`")
    else:
        message = _(
            "this line is indented with no-break spaces (U+{code:04X}), which look like spaces but are not "
            "(they come with a copy-paste from a word processor); indent with ordinary spaces: `{fixed}`"
        )
    return Mistake(number, column, message.format(fixed=fixed.rstrip(), code=ord(character)))


# --- after the parser gave up ----------------------------------------------------------------------------


class _Clues(Struct, frozen=True):
    """libyaml's error, reduced to what the diagnoses read."""

    lines: list[str]
    text: str  # as the parser read it
    context: str
    problem: str
    context_mark: yaml.Mark | None
    problem_mark: yaml.Mark | None

    def line(self, index: int) -> str:
        return self.lines[index] if 0 <= index < len(self.lines) else ""


def explain(error: yaml.MarkedYAMLError, text: str) -> Mistake:
    """The mistake that made libyaml give up on `text`, in the user's words, at its line."""
    clues = _Clues(
        lines=lines_of(text),
        text=text,
        context=(error.context or "").strip(),
        problem=(error.problem or "").strip(),
        context_mark=error.context_mark,
        problem_mark=error.problem_mark,
    )
    for diagnose in _DIAGNOSES:
        mistake = diagnose(clues)
        if mistake is not None:
            return mistake
    mark = clues.problem_mark or clues.context_mark
    return Mistake(
        mark.line if mark else 0,
        mark.column if mark else 0,
        _("this line cannot be read: check its indentation (spaces only, lined up with the lines beside it), "
          "its quotes and its brackets"),
    )


def _unclosed_quote(clues: _Clues) -> Mistake | None:
    """A `"` or `'` never closed: libyaml reads on until the next quote, often many lines below, and gives
    up there (or at the end of the file); the quote's own line is the token's start."""
    if clues.context == "while scanning a quoted scalar" and clues.context_mark is not None:
        return _quote_mistake(clues, clues.context_mark.line, clues.context_mark.column, None)
    if clues.problem_mark is None:
        return None
    for token in _tokens_before(clues.text):
        start, end = token.start_mark, token.end_mark
        swallowed = clues.lines[start.line + 1 : end.line]
        if start.line < end.line and end.line >= clues.problem_mark.line - 1 and any(map(_STRUCTURE.match, map(str.lstrip, swallowed))):
            return _quote_mistake(clues, start.line, start.column, end.line)
    return None


def _tokens_before(text: str) -> Iterator[ScalarToken]:
    """The text's quoted scalars, in order, as libyaml's scanner reads them until it gives up."""
    try:
        for token in yaml.scan(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader)):
            if isinstance(token, ScalarToken) and token.style in ('"', "'"):
                yield token
    except yaml.YAMLError:
        return


def _quote_mistake(clues: _Clues, line: int, column: int, closed_at: int | None) -> Mistake:
    written = clues.line(line)
    quote = written[column] if column < len(written) else '"'
    fixed = without_comment(written).rstrip() + quote
    if closed_at is None:
        message = _("the {quote} opened on this line is never closed; close it at the end of the text: `{fixed}`")
    else:
        message = _(
            "the {quote} opened on this line is never closed, so the text runs on to line {end}; close it at "
            "the end of the text: `{fixed}`"
        )
    return Mistake(line, column, message.format(quote=quote, fixed=fixed.rstrip(), end=(closed_at or 0) + 1))


def _text_after_closing_quote(clues: _Clues) -> Mistake | None:
    """`- "**non-recours** fréquent" et massif`: words added after the closing quote are outside the text,
    and YAML finds no field or item it could make of them. libyaml gives up on that line or the next."""
    marks = [mark for mark in (clues.problem_mark, clues.context_mark) if mark is not None]
    for number in dict.fromkeys([mark.line for mark in marks] + [mark.line - 1 for mark in marks]):
        written = clues.line(number)
        start = _value_start(written)
        if start is None or start >= len(written) or written[start] not in "\"'":
            continue
        end = _closing_quote(written, start)
        after = without_comment(written[end + 1 :]).strip() if end is not None else ""
        if not after or after.startswith(":"):  # nothing after it, or a quoted field name
            continue
        if written[end + 1 : end + 2].strip():
            return _quote_inside_text(written, number, start, end)
        inside = written[start + 1 : end]
        fixed = written[:start] + written[start] + inside + " " + after + written[start]
        message = _("`{after}` comes after the closing quote, outside the text; put it inside the quotes: `{fixed}`")
        return Mistake(number, end + 1, message.format(after=after, fixed=fixed.rstrip()))
    return None


def _quote_inside_text(written: str, number: int, start: int, end: int) -> Mistake:
    """`'… Alim'Activ …'`, `"… "Alim'Activ" …"`: a letter right after the quote that seemed to close the
    text, so it was an apostrophe or a quotation inside it. The fix is other quotes around the whole text:
    double ones around an apostrophe, « » for a quotation inside (as French writes it)."""
    quote = written[start]
    whole = without_comment(written[start + 1 :]).rstrip()
    whole = whole[:-1] if whole.endswith(quote) else whole
    if quote == "'":
        whole = whole.replace("''", "'")
    whole = re.sub(r'"\s*([^"]*?)\s*"', "« \\1 »", whole)
    fixed = written[:start] + quoted(whole)
    if quote == "'":
        message = _("the apostrophe of « {word} » ends the text for YAML, which opened it with one; put the whole text in double quotes: `{fixed}`")
    else:
        message = _("the {quote} of « {word} » ends the text for YAML, which opened it with one; write the quotation inside the text with « »: `{fixed}`")
    before, after = written[start + 1 : end].split(), written[end + 1 :].split()
    joined = before and not written[end - 1].isspace()  # d'agir: the word before the quote is part of it
    following = after[0].removesuffix(quote) if len(after) == 1 else after[0] if after else ""  # not the text's own closing quote
    word = (before[-1] if joined else "") + quote + following
    return Mistake(number, end, message.format(quote=quote, word=word, fixed=fixed.rstrip()))


def _closing_quote(line: str, start: int) -> int | None:
    """Where the quote opened at `start` closes on this line (`\\"` and `''` do not close it); None if it does not."""
    quote, index = line[start], start + 1
    while index < len(line):
        if quote == '"' and line[index] == "\\":
            index += 2
            continue
        if line[index] == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None


def _unclosed_bracket(clues: _Clues) -> Mistake | None:
    """A `[` or `{` never closed: libyaml gives up on the next line; the bracket is its context mark."""
    if clues.context not in ("while parsing a flow sequence", "while parsing a flow mapping") or clues.context_mark is None:
        return None
    line, column = clues.context_mark.line, clues.context_mark.column
    written = clues.line(line)
    opening = written[column] if column < len(written) else "["
    closing = {"[": "]", "{": "}"}.get(opening, "]")
    prefix, value = _split_value(written, column)
    message = _(
        "the {opening} opened here is never closed; close it at the end of the list: `{fixed}` (or, if the "
        "{opening} is part of the text, put the text in quotes: `{quoted}`)"
    )
    return Mistake(
        line,
        column,
        message.format(opening=opening, fixed=without_comment(written).rstrip() + closing, quoted=(prefix + quoted(value)).rstrip()),
    )


def _colon_in_text(clues: _Clues) -> Mistake | None:
    """`title: Bilan : perspectives`: a colon followed by a space inside unquoted text reads as a new field."""
    mark = clues.problem_mark
    if clues.problem != "mapping values are not allowed in this context" or mark is None:
        return None
    written = clues.line(mark.line)
    before = written[: mark.column]
    start = _value_start(before)
    if start is None:
        return None  # the colon is the line's first: the line continues the one above (see _over_indented)
    prefix, value = written[:start], written[start:]
    message = _(
        "this text holds a colon followed by a space, which YAML reads as the start of a new field; put the "
        "whole text in quotes: `{fixed}`"
    )
    return Mistake(mark.line, mark.column, message.format(fixed=(prefix + quoted(value)).rstrip()))


def _over_indented(clues: _Clues) -> Mistake | None:
    """`    host: ansa` then `     sms: …`: the deeper line reads as more of `ansa`, and its colon is refused."""
    mark = clues.problem_mark
    if clues.problem != "mapping values are not allowed in this context" or mark is None:
        return None
    return _indentation_mistake(clues.lines, mark.line)


def _missing_space(clues: _Clues) -> Mistake | None:
    """`venue:Palais` or `-Démocratie`: without the space, the colon or the dash is part of the text."""
    if clues.context != "while scanning a simple key" and clues.problem not in _LOST_IN_A_BLOCK:
        return None
    for mark in (clues.context_mark, clues.problem_mark):
        if mark is None:
            continue
        written = clues.line(mark.line)
        after_colon = re.match(r"^(\s*(?:-\s+)?[A-Za-z_][\w-]*:)(?=[^\s/:])", written)
        if after_colon:
            fixed = after_colon.group(1) + " " + written[after_colon.end() :]
            message = _("a space is needed after the colon of `{key}`: `{fixed}`")
            return Mistake(mark.line, after_colon.end() - 1, message.format(key=after_colon.group(1).strip(" -"), fixed=fixed.rstrip()))
        after_dash = re.match(r"^(\s*-)(?=[^\s-])", written)
        if after_dash:
            fixed = after_dash.group(1) + " " + written[after_dash.end() :]
            return Mistake(mark.line, after_dash.end() - 1, _("a space is needed after the dash of a list item: `{fixed}`").format(fixed=fixed.rstrip()))
    return None


_LOST_IN_A_BLOCK = ("did not find expected key", "did not find expected '-' indicator", "could not find expected ':'")
"""libyaml's words when a line does not continue its list or its fields as they began."""

_SPECIAL_START = "*&!@`%"
"""Characters that mean something to YAML at the start of a value: `*italic*` must be quoted."""


def _special_first_character(clues: _Clues) -> Mistake | None:
    for mark in (clues.problem_mark, clues.context_mark):
        if mark is None:
            continue
        written = clues.line(mark.line)
        start = _value_start(written)
        if start is None and written.lstrip()[:1] in _SPECIAL_START:
            start = len(written) - len(written.lstrip())
        if start is None or start >= len(written) or written[start] not in _SPECIAL_START:
            continue
        prefix, value = written[:start], written[start:]
        message = _("a text that starts with {character} must be in quotes: `{fixed}`")
        return Mistake(mark.line, start, message.format(character=written[start], fixed=(prefix + quoted(value)).rstrip()))
    return None


def _tab(clues: _Clues) -> Mistake | None:
    mark = clues.problem_mark
    if mark is None:
        return None
    for number in (mark.line, mark.line - 1):
        written = clues.line(number)
        if "\t" in _INDENT.match(written).group():  # type: ignore[union-attr]
            return _false_indentation(written, number, "\t", clues.lines)
    return None


def _item_where_a_field_is_expected(clues: _Clues) -> Mistake | None:
    """`- speakers: […]` among `field: value` lines: the dash makes it a list item where none can be."""
    mark = clues.problem_mark
    if clues.problem != "did not find expected key" or mark is None:
        return None
    written = clues.line(mark.line)
    rest = written[mark.column :]
    if not re.match(r"-(\s|$)", rest):
        return None
    item = rest[1:].strip()
    if _STRUCTURE.match(item) and not item.startswith("-"):
        fixed = written[: mark.column] + item
        message = _("this line is a list item (it starts with `- `) among fields; remove the dash: `{fixed}`")
        return Mistake(mark.line, mark.column, message.format(fixed=fixed.rstrip()))
    message = _(
        "this line is a list item (it starts with `- `) among fields; a list goes under its own field, "
        "indented further (`field:`, then `  - {item}` below it)"
    )
    return Mistake(mark.line, mark.column, message.format(item=item))


def _field_where_an_item_is_expected(clues: _Clues) -> Mistake | None:
    """`  kind: break` among `  - kind: …` items: a list item without its dash."""
    mark, opened = clues.problem_mark, clues.context_mark
    if clues.problem != "did not find expected '-' indicator" or mark is None or opened is None:
        return None
    written = clues.line(mark.line)
    indent = len(written) - len(written.lstrip(" "))
    if indent != opened.column or not _STRUCTURE.match(written[indent:]):
        return None
    fixed = written[:indent] + "- " + written[indent:]
    message = _("the items of this list start with `- ` (line {first}); this line has none: `{fixed}`")
    return Mistake(mark.line, indent, message.format(first=opened.line + 1, fixed=fixed.rstrip()))


def _misaligned(clues: _Clues) -> Mistake | None:
    """A line indented otherwise than its neighbours: libyaml stops at it, « expected key » or « '-' »."""
    mark = clues.problem_mark
    if clues.problem not in ("did not find expected key", "did not find expected '-' indicator") or mark is None:
        return None
    return _indentation_mistake(clues.lines, mark.line)


_NAMED = re.compile(r"^(\s*(?:-\s+)?)([a-z][a-z0-9_]*) +([^\s:#].*)$")
"""`venue Palais du Travail`, `- kind break`: a field's name, a space, its value, and no colon between."""


def _missing_colon(clues: _Clues) -> Mistake | None:
    """A field's name and its value without the colon between them: libyaml reads the line as a text, and
    gives up on it or on the line under it."""
    mark = clues.problem_mark or clues.context_mark
    if mark is None:
        return None
    above = next(_lines_above(clues.lines, mark.line), None)
    for number in (mark.line, above):
        if number is None:
            continue
        found = _NAMED.match(without_comment(clues.line(number)).rstrip())
        if found and found.group(2) in _field_names() and ": " not in found.group(3):
            fixed = f"{found.group(1)}{found.group(2)}: {found.group(3)}"
            message = _("a colon is missing after the field's name `{name}`: `{fixed}`")
            return Mistake(number, len(found.group(1)) + len(found.group(2)), message.format(name=found.group(2), fixed=fixed))
    return None


@functools.cache
def _field_names() -> frozenset[str]:
    """Every field's name of the event's models: a word that is one, before a value, lacks its colon."""
    from ..model.base import Strict

    names: set[str] = set()
    pending = [Strict]
    while pending:
        model = pending.pop()
        names.update(model.model_fields)
        pending += model.__subclasses__()
    return frozenset(names)


def _not_a_field(clues: _Clues) -> Mistake | None:
    """A line of plain text where a `field:` line is expected, e.g. a title continued on the next line."""
    mark = clues.context_mark
    if clues.context != "while scanning a simple key" or mark is None:
        return None
    message = _(
        "this line is not `field: value`: if it continues the text of the line above, write the whole text on "
        "one line (in quotes if it holds a colon); otherwise write the field's name before it"
    )
    return Mistake(mark.line, mark.column, message)


def _unknown_escape(clues: _Clues) -> Mistake | None:
    mark = clues.problem_mark
    if clues.problem != "found unknown escape character" or mark is None or clues.context_mark is None:
        return None
    written = clues.line(clues.context_mark.line)
    prefix, value = _split_value(written, clues.context_mark.column)
    if "'" in value[1:-1] or not value.endswith('"'):
        fixed = None
    else:
        fixed = (prefix + "'" + value[1:-1] + "'").rstrip()
    backslash = written[mark.column : mark.column + 2] if mark.line == clues.context_mark.line else "\\"
    if fixed is None:
        message = _("inside double quotes, {escape} means nothing; write \\\\ for a backslash")
    else:
        message = _("inside double quotes, {escape} means nothing; write \\\\ for a backslash, or use single quotes: `{fixed}`")
    return Mistake(mark.line, mark.column, message.format(escape=backslash, fixed=fixed))


def _second_document(clues: _Clues) -> Mistake | None:
    mark = clues.problem_mark
    if clues.problem != "but found another document" or mark is None:
        return None
    return Mistake(mark.line, mark.column, _("a second `---` line: a deck file holds one event; remove this line"))


_DIAGNOSES: tuple[Callable[[_Clues], Mistake | None], ...] = (
    _second_document,
    _unclosed_quote,
    _text_after_closing_quote,
    _unclosed_bracket,
    _tab,
    _special_first_character,
    _unknown_escape,
    _colon_in_text,
    _missing_colon,
    _over_indented,
    _missing_space,
    _item_where_a_field_is_expected,
    _field_where_an_item_is_expected,
    _misaligned,
    _not_a_field,
)


def _indentation_mistake(lines: list[str], number: int) -> Mistake | None:
    written = lines[number] if number < len(lines) else ""
    indent = len(written) - len(written.lstrip(" "))
    expected = _expected_indent(lines, number)
    if not written.strip() or indent == expected:
        return None
    between = _between_levels(lines, number, indent) if indent < expected else None
    if between is not None:
        # Backed out to a column no group above starts at: it belongs with one of the two lines around that
        # column, most likely the one it is like (a `field:` opening a group, a `field: value`, an item).
        deeper, upper = between
        alike = [candidate for candidate in (deeper, upper) if _shape(lines[candidate[0]]) == _shape(written)]
        above, column = alike[0] if alike else deeper
        fixed = " " * column + written.lstrip(" ")
        message = _(
            "this line starts in column {found}, which lines it up with no line above; line {above}, which it "
            "goes with, starts in column {column}: `{fixed}`"
        )
        return Mistake(number, indent, message.format(found=indent + 1, above=above + 1, column=column + 1, fixed=fixed.rstrip()))
    if indent > expected:
        odd = _backed_out_between(lines, number, indent)
        if odd is not None:
            return odd
    fixed = " " * expected + written.lstrip(" ")
    message = _(
        "this line is indented by {found} spaces where the line above leads to {expected}; lines of the same "
        "group start in the same column: `{fixed}`"
    )
    return Mistake(number, indent, message.format(found=indent, expected=expected, fixed=fixed.rstrip()))


def _lines_above(lines: list[str], number: int) -> Iterator[int]:
    """The numbers of the lines above `number` that hold more than a comment, nearest first."""
    return (index for index in range(min(number, len(lines)) - 1, -1, -1) if lines[index].strip() and not lines[index].lstrip().startswith("#"))


def _backed_out_between(lines: list[str], number: int, indent: int) -> Mistake | None:
    """`    name: …` / `  role: …` / `    organisation: …`: the line above backed out of a group the lines
    around it are in; libyaml gives up on the line after it, which is right. The line above is told."""
    above = _lines_above(lines, number)
    odd, before = next(above, None), next(above, None)
    if odd is None or before is None:
        return None
    odd_indent = len(lines[odd]) - len(lines[odd].lstrip(" "))
    before_indent = len(lines[before]) - len(lines[before].lstrip(" "))
    if not (odd_indent < indent == before_indent) or _shape(lines[before]) != _shape(lines[odd]) or lines[before].rstrip().endswith(":"):
        return None
    fixed = " " * indent + lines[odd].lstrip(" ")
    message = _(
        "this line is indented by {found} spaces where the lines around it start in column {column}: it has left "
        "their group; indent it as they are: `{fixed}`"
    )
    return Mistake(odd, odd_indent, message.format(found=odd_indent, column=indent + 1, fixed=fixed.rstrip()))


def _between_levels(lines: list[str], number: int, indent: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where a line backs out to a column between two levels above: the first line of the deeper level's
    group and the line of the shallower level, each with its indentation; None if it lines up with a level."""
    deeper: tuple[int, int] | None = None
    level = len(lines[number]) if number < len(lines) else 0
    for above in range(number - 1, -1, -1):
        content = without_comment(lines[above]).rstrip()
        if not content.strip():
            continue
        column = len(content) - len(content.lstrip(" "))
        if column > level or (column == level and deeper is None):
            continue
        if column == level:
            deeper = (above, column)  # an earlier line of the same group: its first is the one to line up with
            continue
        level = column
        if column == indent:
            return None
        if column < indent:
            return (deeper, (above, column)) if deeper is not None else None
        deeper = (above, column)
    return None


def _shape(line: str) -> str:
    """What a line is: a list item, a `field:` opening a group, a `field: value`, or text."""
    content = without_comment(line).strip()
    if content.startswith("- "):
        return "item"
    if content.endswith(":"):
        return "group"
    return "field" if re.match(r"[^\s:]+:\s", content) else "text"


def _expected_indent(lines: list[str], number: int) -> int:
    """The indentation the line above calls for: one level deeper after `field:` alone, the column of an
    item's text after `- `, the same otherwise (a YAML level is two spaces in every deck here)."""
    current = lines[number].lstrip("".join(_FALSE_SPACES) + " ") if number < len(lines) else ""
    for above in reversed(lines[:number]):
        content = without_comment(above).rstrip()
        if not content.strip():
            continue
        indent = len(content) - len(content.lstrip(" "))
        stripped = content.strip()
        if stripped.startswith("- ") and not current.startswith("-"):
            item_indent = indent + 1 + (len(stripped) - len(stripped[1:].lstrip()))
            return item_indent + (2 if stripped.endswith(":") else 0)
        return indent + 2 if stripped.endswith(":") else indent
    return 0


def without_comment(line: str) -> str:
    """The line without a trailing `# comment` (a `#` after a space, outside quotes)."""
    start = comment_start(line)
    return line if start is None else line[:start]


def comment_start(line: str) -> int | None:
    """Where the line's `# comment` starts (a `#` at its start or after a space, outside quotes), if it has one."""
    quote = None
    for index, character in enumerate(line):
        if quote:
            quote = None if character == quote else quote
        elif character in "\"'" and (index == 0 or line[index - 1] in " [{,:-"):
            quote = character
        elif character == "#" and (index == 0 or line[index - 1] in " \t"):
            return index
    return None


_VALUE_START = re.compile(r"^\s*(?:-\s+)*(?:[^\s:#'\"\[{-][^:#]*?:\s+)?")
"""What comes before a value: the indentation, the dashes of list items, the `field: ` of its line."""


def _value_start(line: str) -> int | None:
    """Where the value of a `field: value` or `- value` line starts; None if the line is neither."""
    match = _VALUE_START.match(line)
    if match is None or not match.group().strip():
        return None
    return match.end()


def _split_value(line: str, column: int) -> tuple[str, str]:
    """The line cut where its value starts (at `column`), the value without its trailing comment."""
    return line[:column], without_comment(line[column:]).rstrip()


def quoted(value: str) -> str:
    """The text in the quotes that need no escaping: double, or single when it holds a double quote."""
    value = value.strip()
    if '"' not in value:
        return '"' + value.replace("\\", "\\\\") + '"'
    return "'" + value.replace("'", "''") + "'"

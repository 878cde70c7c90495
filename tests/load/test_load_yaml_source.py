"""Reading the YAML itself: syntax, encoding, size, duplicate keys, aliases, control characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from load_helpers import WriteEvent, assert_at, mutate, only_problem, position_of

from deckgen.errors import LoadError
from deckgen.load import load_event, yaml_source
from deckgen.load.yaml_source import MAX_DEPTH, MAX_FILE_BYTES, read_yaml
from deckgen.model import Conclusion

EMPTY = "the file is empty (or holds only comments); write in it the fields it should hold: an event file starts with `title:`, a file an event includes holds the fields it adds"

# --- syntax ---------------------------------------------------------------------------------------------


def test_yaml_syntax_error(write_event: WriteEvent) -> None:
    folder = write_event("title: Journée\nvenue: Palais: du Travail\ncity: Narbonne\n")
    problem = only_problem(folder)
    assert_at(problem, folder, 2, 14, "")  # the second colon on line 2
    assert problem.message == (
        "this text holds a colon followed by a space, which YAML reads as the start of a new field; put the "
        'whole text in quotes: `venue: "Palais: du Travail"`'
    )


def test_yaml_syntax_error_in_the_reference(write_event: WriteEvent) -> None:
    text = mutate("    host: ansa\n    sms", "    host: ansa\n   sms")  # one space short
    folder = write_event(text)
    problem = only_problem(folder)
    assert problem.file == folder / "event.yaml"
    assert (problem.line, problem.column) == position_of(text, "sms: 07")
    first = position_of(text, 'start: "10:30"\n    title: Bilan')[0]  # the first field of the round table's group
    assert problem.message == (
        f"this line starts in column 4, which lines it up with no line above; line {first}, which it goes with, "
        "starts in column 5: `    sms: 07 62 32 67 85`"
    )


def test_unclosed_quote(write_event: WriteEvent) -> None:
    folder = write_event('title: "Journée\nvenue: x\n')
    problem = only_problem(folder)
    assert (problem.line, problem.column) == (1, 8)  # the quote that opens, not the end of the file
    assert problem.message == 'the " opened on this line is never closed; close it at the end of the text: `title: "Journée"`'


def test_tab_indentation(write_event: WriteEvent) -> None:
    folder = write_event("title: x\npeople:\n\tada:\n")
    problem = only_problem(folder)
    assert_at(problem, folder, 3, 1, "")
    assert problem.message == "this line is indented with a tab; indent with spaces only: `  ada:`"


# --- empty, not a mapping ----------------------------------------------------------------------------------


@pytest.mark.parametrize("content", ["", "  \n\n\t \n", "\ufeff", "# only a comment\n", "---\n", "--- # nothing\n...\n"])
def test_empty_file(write_event: WriteEvent, content: str) -> None:
    folder = write_event(content)
    problem = only_problem(folder)
    assert_at(problem, folder, 1, 1, "")
    assert problem.message == EMPTY


@pytest.mark.parametrize(
    ("content", "line", "column"), [("- title\n- date\n", 1, 1), ("\n\njust some text\n", 3, 1), ("~\n", 1, 1)]
)
def test_file_that_is_not_a_block_of_fields(write_event: WriteEvent, content: str, line: int, column: int) -> None:
    folder = write_event(content)
    problem = only_problem(folder)
    assert_at(problem, folder, line, column, "")
    assert problem.message == "the file must be made of `field: value` lines, starting with `title:`"


def test_a_folder_named_event_yaml(tmp_path: Path) -> None:
    (tmp_path / "event.yaml").mkdir()
    problem = only_problem(tmp_path)
    assert problem.file == tmp_path / "event.yaml"
    assert problem.message.startswith("cannot read the file")


# --- encoding -------------------------------------------------------------------------------------------


def test_file_that_is_not_utf8(write_event: WriteEvent) -> None:
    text = mutate("venue: Palais du Travail", "venue: Palais du Travail (Narbonne)")
    raw = text.encode("utf-8").replace(b"(Narbonne)", "(Narbonne é)".encode("latin-1"))
    folder = write_event(raw)
    problem = only_problem(folder)
    line, column = position_of(text, "(Narbonne)")
    assert_at(problem, folder, line, column + len("(Narbonne "), "")
    assert problem.message == "the file is not UTF-8 (byte 0xE9); save it as UTF-8 in your editor"


def test_bad_byte_column_counts_characters_not_bytes(write_event: WriteEvent) -> None:
    # « Été » takes 5 bytes in UTF-8 but 3 columns in an editor.
    folder = write_event("title: Été \xe0 Narbonne\n".encode("utf-8").replace(b"\xc3\xa0", b"\xe0"))
    problem = only_problem(folder)
    assert_at(problem, folder, 1, len("title: Été ") + 1, "")
    assert "(byte 0xE0)" in problem.message


# --- duplicate keys, merge keys, complex keys --------------------------------------------------------------


def test_duplicate_top_level_key(write_event: WriteEvent) -> None:
    text = mutate("city: Narbonne\n", "city: Narbonne\ncity: Carcassonne\n")
    folder = write_event(text)
    problem = only_problem(folder)
    first_line, _ = position_of(text, "city: Narbonne")
    assert_at(problem, folder, *position_of(text, "city: Carcassonne"), "city")
    assert problem.message == f"'city' appears twice in the same place (first at line {first_line}); keep one"


def test_duplicate_key_inside_a_quiz_question(write_event: WriteEvent) -> None:
    text = mutate("        answer: 63 %", "        answer: 63 %\n        answer: 73 %")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "answer: 73 %"), "agenda[2].quiz[4].answer")
    assert "appears twice in the same place" in problem.message


@pytest.mark.parametrize(
    ("content", "line", "column", "field", "first_line"),
    [
        ("a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n", 5, 3, "b.c", 3),
        ("a: {x: 1, y: 2, x: 3}\n", 1, 17, "a.x", 1),
        ("people:\n  - name: Ada\n    role: x\n    name: Grace\n", 4, 5, "people[0].name", 2),
        ("'a': 1\n\"a\": 2\n", 2, 1, "a", 1),  # quoted or not, the same key
    ],
)
def test_duplicate_keys_are_located(
    tmp_path: Path, content: str, line: int, column: int, field: str, first_line: int
) -> None:
    path = tmp_path / "any.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column, problem.field) == (path, line, column, field)
    key = field.rsplit(".", 1)[-1].split("[")[0]
    assert problem.message == f"'{key}' appears twice in the same place (first at line {first_line}); keep one"


def test_merge_keys_are_refused(write_event: WriteEvent) -> None:
    folder = write_event("base: &base {name: Ada}\npeople:\n  ada:\n    <<: *base\n")
    problem = only_problem(folder)
    assert_at(problem, folder, 4, 5, "people.ada")
    assert problem.message == "`<<:` (to merge fields from elsewhere) is not supported; write the fields out"


def test_complex_keys_are_refused(write_event: WriteEvent) -> None:
    folder = write_event("title: x\n? [a, b]\n: c\n")
    problem = only_problem(folder)
    assert_at(problem, folder, 2, 3, "")
    assert problem.message == "a field's name must be a plain word"


# --- resource limits ------------------------------------------------------------------------------------


def test_billion_laughs_is_refused_quickly_with_a_location(write_event: WriteEvent, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ['lol: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 10)]
    text = "\n".join(lines) + "\n"
    folder = write_event(text)
    visited: list[int] = []
    refuse = yaml_source._Builder._too_much

    def counting(builder: yaml_source._Builder, *args: object) -> object:
        visited.append(builder.visited)
        return refuse(builder, *args)

    monkeypatch.setattr(yaml_source._Builder, "_too_much", counting)
    problem = only_problem(folder)
    assert visited == [yaml_source.MAX_NODES + 1]  # given up at the bound, not after 9**10 values
    assert problem.file == folder / "event.yaml"
    assert problem.line is not None and 1 <= problem.line <= len(lines)
    assert problem.column is not None
    assert problem.field.startswith("l")  # the path being expanded, e.g. l5[0][8][8]
    assert problem.message.startswith("the file expands to too many values")
    assert "write the values out instead" in problem.message


def test_alias_bomb_of_blocks_is_refused_at_the_anchor(tmp_path: Path) -> None:
    # Blocks rather than lists, and keys in each: 8 ** 7 values if expanded.
    lines = ["k0: &a0 {" + ", ".join(f"f{i}: lol" for i in range(8)) + "}"]
    lines += [f"k{n}: &a{n} {{" + ", ".join(f"f{i}: *a{n - 1}" for i in range(8)) + "}" for n in range(1, 8)]
    path = tmp_path / "any.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    assert problem.message.startswith("the file expands to too many values")
    assert problem.field.startswith("k") and ".f" in problem.field
    assert problem.line is not None and problem.column is not None
    # At the text of the value being expanded (a `lol` or an anchored block), not at some alias.
    assert lines[problem.line - 1][problem.column - 1 :].startswith(("lol", "&a"))


def test_small_aliases_are_expanded(write_event: WriteEvent) -> None:
    text = mutate("    speakers: [damien-conare, mathias-hudbert]", "    speakers: &witnesses [damien-conare, mathias-hudbert]")
    text = mutate('  - kind: conclusion\n', "  - kind: conclusion\n    speakers: *witnesses\n", text)
    conclusion = load_event(write_event(text)).event.agenda[-1]
    assert isinstance(conclusion, Conclusion)
    assert conclusion.speakers == ["damien-conare", "mathias-hudbert"]


def test_aliases_keep_the_position_of_what_they_stand_for(tmp_path: Path) -> None:
    path = tmp_path / "any.yaml"
    path.write_text("base: &who [Ada, {name: Grace}]\nagain: *who\nword: &w hello\necho: *w\n", encoding="utf-8")
    data, source = read_yaml(path)
    assert data == {"base": ["Ada", {"name": "Grace"}], "again": ["Ada", {"name": "Grace"}], "word": "hello", "echo": "hello"}
    assert data["again"] is not data["base"]  # a copy: changing one must not change the other
    at = {path_: (position.line, position.column) for path_, position in source.values.items()}
    assert at[("again",)] == at[("base",)] == (1, 7)
    assert at[("again", 1, "name")] == at[("base", 1, "name")] == (1, 25)
    assert at[("echo",)] == (3, 7)
    assert (source.keys[("again", 1, "name")].line, source.keys[("again", 1, "name")].column) == (1, 19)


@pytest.mark.parametrize("content", ["a: &x [*x]\n", "a: &x {b: [1, *x]}\n"])
def test_an_alias_inside_what_it_names_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "any.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (1, content.index("*x") + 1)
    assert problem.message.startswith("*x is used inside the value it names (&x), which would never end")


@pytest.mark.parametrize(
    ("content", "line", "column", "message"),
    [
        ("a: *nowhere\n", 1, 4, 'a text that starts with * must be in quotes: `a: "*nowhere"`'),
        ("a: 1\n---\nb: 2\n", 2, 1, "a second `---` line: a deck file holds one event; remove this line"),
        ('a: "bad \\q"\n', 1, 9, "inside double quotes, \\q means nothing; write \\\\ for a backslash, or use single quotes: `a: 'bad \\q'`"),
        ("a: @home\n", 1, 4, 'a text that starts with @ must be in quotes: `a: "@home"`'),
    ],
)
def test_other_syntax_errors(tmp_path: Path, content: str, line: int, column: int, message: str) -> None:
    path = tmp_path / "any.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (line, column)
    assert problem.message == message


def test_file_over_the_size_limit(write_event: WriteEvent) -> None:
    folder = write_event("title: x\n#" + "x" * MAX_FILE_BYTES + "\n")
    problem = only_problem(folder)
    assert_at(problem, folder, None, None, "")
    size = MAX_FILE_BYTES + len("title: x\n#\n")
    assert problem.message == f"the file is {size:,} bytes; a deck is far smaller (limit {MAX_FILE_BYTES:,})"


def test_file_at_the_size_limit_is_read(write_event: WriteEvent, monkeypatch: pytest.MonkeyPatch) -> None:
    content = "title: x\n"
    monkeypatch.setattr(yaml_source, "MAX_FILE_BYTES", len(content))
    data, _ = read_yaml(write_event(content) / "event.yaml")
    assert data == {"title": "x"}
    monkeypatch.setattr(yaml_source, "MAX_FILE_BYTES", len(content) - 1)
    with pytest.raises(LoadError, match="limit 8"):
        read_yaml(write_event(content) / "event.yaml")


@pytest.mark.parametrize(
    "content",
    [
        "title: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n",
        "title:\n" + "".join(" " * level + "- \n" for level in range(1, MAX_DEPTH + 5)),
    ],
)
def test_nesting_too_deep(write_event: WriteEvent, content: str) -> None:
    folder = write_event(content)
    problem = only_problem(folder)
    assert problem.line is not None and problem.column is not None
    assert problem.field.startswith("title[0][0]")
    assert problem.message.startswith(f"lists are nested too deeply here (more than {MAX_DEPTH} levels)")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("title: " + "[" * 200_000 + "\n", id="brackets"),
        pytest.param("title: " + "{" * 200_000 + "\n", id="braces"),
        pytest.param("title:\n" + "- " * 200_000 + "x\n", id="dashes"),
        pytest.param("title:\n" + "".join(" " * level + "a:\n" for level in range(1, 1_300)), id="blocks"),
    ],
)
def test_nesting_far_too_deep_is_a_located_message(write_event: WriteEvent, content: str) -> None:
    # PyYAML's composer would recurse in C once per level: the loader reads the events and stops itself
    # (at MAX_DEPTH), or libyaml stops first (at 1000 levels, where its scanner reads ahead of the events).
    assert len(content.encode("utf-8")) < MAX_FILE_BYTES
    folder = write_event(content)
    problem = only_problem(folder)
    assert problem.file == folder / "event.yaml"
    assert problem.line is not None and problem.column is not None
    assert problem.line <= content.count("\n") and "too deeply" in problem.message
    assert f"(more than {MAX_DEPTH} levels)" in problem.message


def test_nesting_too_deep_through_an_alias(write_event: WriteEvent) -> None:
    # The written lists stay within the limit; the list the alias stands for is one level too deep, and is
    # reported where its text is (the anchor), at the path it would have had.
    folder = write_event("x: &x [1]\ntitle: " + "[" * MAX_DEPTH + "*x" + "]" * MAX_DEPTH + "\n")
    problem = only_problem(folder)
    assert_at(problem, folder, 1, 4, "title" + "[0]" * MAX_DEPTH)
    assert problem.message.startswith(f"lists are nested too deeply here (more than {MAX_DEPTH} levels)")


# --- control characters ---------------------------------------------------------------------------------


def test_escaped_control_character_is_refused_with_its_position(write_event: WriteEvent) -> None:
    text = mutate("venue: Palais du Travail", 'venue: "Palais\\x07 du Travail"')
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, '"Palais'), "venue")
    assert problem.message == (
        "contains the invisible character U+0007 at position 7; delete it (it often comes from a copy-paste)"
    )


def test_raw_control_character_is_refused_at_its_line_and_column(write_event: WriteEvent) -> None:
    text = mutate("    role: Secrétaire général", "    role: Secrétaire\x07 général")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "\x07"), "")
    assert problem.message.startswith("contains the invisible character U+0007; delete it")


def test_raw_vertical_tab_is_refused_with_a_hint(write_event: WriteEvent) -> None:
    text = mutate("venue: Palais du Travail", "venue: Palais\vdu Travail")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "\v"), "")
    assert "U+000B" in problem.message and "start the text with `|`" in problem.message


@pytest.mark.parametrize("escape", ["\\v", "\\f", "\\r\\n", "\\L", "\\P", "\\N"])
def test_escaped_line_separators_become_line_breaks(write_event: WriteEvent, escape: str) -> None:
    text = mutate("venue: Palais du Travail", f'venue: "Palais{escape}du Travail"')
    assert load_event(write_event(text)).event.venue == "Palais\ndu Travail"


@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\u2029"])
@pytest.mark.parametrize("quote", ["", '"', "'"])
def test_raw_line_separators_are_text_and_keep_the_line_numbers(
    write_event: WriteEvent, separator: str, quote: str
) -> None:
    # YAML 1.1 (libyaml) ends lines at these, YAML 1.2 and editors do not: the value keeps the character
    # (the model makes it a line break) and the lines after it keep their numbers.
    text = mutate("venue: Palais du Travail", f"venue: {quote}Palais{separator}du Travail{quote}")
    text = mutate("city: Narbonne", "city: Narbonne\ncity: Carcassonne", text)
    problem = only_problem(write_event(text))
    assert (problem.line, problem.column) == position_of(text, "city: Carcassonne")
    loaded = load_event(write_event(mutate("venue: Palais du Travail", f"venue: {quote}Palais{separator}du Travail{quote}")))
    assert loaded.event.venue == "Palais\ndu Travail"


def test_folded_block_is_read(write_event: WriteEvent) -> None:
    # ruamel.yaml's round-trip composer marked each fold with U+0007, which the model then refused.
    text = mutate("venue: Palais du Travail", "venue: >-\n  Palais du\n  Travail")
    assert load_event(write_event(text)).event.venue == "Palais du Travail"


def test_escaped_tab_becomes_a_space(write_event: WriteEvent) -> None:
    text = mutate("venue: Palais du Travail", 'venue: "Palais\\tdu Travail"')
    assert load_event(write_event(text)).event.venue == "Palais du Travail"


# --- scalars --------------------------------------------------------------------------------------------


def test_scalars_follow_yaml_1_2_and_keep_dates_and_times_as_text(tmp_path: Path) -> None:
    path = tmp_path / "any.yaml"
    path.write_text(
        'quoted: "10"\nint: 10\nfloat: 1.5\nbool: true\nyes: yes\nnull: ~\nempty:\ninf: .inf\n'
        "date: 2025-11-07\nclock: 10:30\nhex: 0x10\nzero: '030'\nleading: 030\nblock: |-\n  a\n  b\n",
        encoding="utf-8",
    )
    data, source = read_yaml(path)
    assert data == {
        "quoted": "10", "int": 10, "float": 1.5, "bool": True, "yes": "yes", "null": None, "empty": None,
        "inf": ".inf", "date": "2025-11-07", "clock": "10:30", "hex": "0x10", "zero": "030", "leading": "030",
        "block": "a\nb",
    }
    assert (source.keys[("clock",)].line, source.keys[("clock",)].column) == (10, 1)
    assert (source.values[("clock",)].line, source.values[("clock",)].column) == (10, 8)
    assert (source.values[("empty",)].line, source.values[("empty",)].column) == (7, 1)  # at its key
    assert (source.values[("block",)].line, source.values[("block",)].column) == (14, 8)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("yes", "yes"), ("no", "no"), ("on", "on"), ("off", "off"), ("y", "y"), ("n", "n"), ("Yes", "Yes"), ("NO", "NO"),
        ("true", True), ("True", True), ("TRUE", True), ("false", False), ("False", False), ("FALSE", False),
        ("tRUE", "tRUE"), ('"true"', "true"), ("'false'", "false"), ("!!str true", "true"),
        ("~", None), ("null", None), ("Null", None), ("NULL", None), ("", None), ("nULL", "nULL"), ('""', ""),
        ("10", 10), ("-0", 0), ("+12", 12), ("1_000", 1000), ('"10"', "10"), ("!!int 7", 7),
        # Decimal integers only, as before: other bases and a leading zero stay text (room numbers, codes).
        ("0x1F", "0x1F"), ("0o17", "0o17"), ("0b101", "0b101"), ("030", "030"),
        ("1.5", 1.5), ("-2.", -2.0), (".5", 0.5), ("1e3", 1000.0), ("1_000.5", 1000.5), ("!!float 3", 3.0),
        # Not finite: text, which pydantic refuses at its place rather than a number that breaks a layout.
        (".inf", ".inf"), ("-.inf", "-.inf"), (".NaN", ".NaN"),
        ("2025-11-07", "2025-11-07"), ("2025-11-07T10:30:00Z", "2025-11-07T10:30:00Z"), ("10:30", "10:30"),
        ("1:20:30", "1:20:30"), ("12 %", "12 %"), ("- x", ["x"]), ("|-\n  true", "true"), (">-\n  1\n  2", "1 2"),
    ],
)
def test_scalar_resolution_by_the_yaml_1_2_core_schema(tmp_path: Path, written: str, value: object) -> None:
    path = tmp_path / "any.yaml"
    path.write_text(f"key: {written}\n" if not written.startswith("- ") else f"key:\n  {written}\n", encoding="utf-8")
    data, _ = read_yaml(path)
    assert data == {"key": value} and type(data["key"]) is type(value)

"""Hypothesis strategies for the property tests: valid events from scratch, and mutations of a YAML file.

A plain module with a unique name (not conftest.py), imported by the test modules of this folder.

`events()` draws the data of an event that the model and `model/checks.py` accept: ids that resolve,
strictly increasing start times, a quiz answer among its choices (and a true list that agrees with it),
distinct rooms, chart series that agree. Its texts come from a realistic alphabet — French accents,
« », apostrophes, `**bold**` and `*italic*`, emoji, symbols that YAML and XML must escape — from one word
to a few sentences, sized to what a slide holds.

`mutations()` draws edits of a file's bytes that an organiser (or a bad save) could make.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from ruamel.yaml import YAML

# ----------------------------------------------------------------------------------------------- texts

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäîïôöùûüçœæÉÈÊÀÂÎÔÙÇŒ"
_WORDS = [
    "précarité", "alimentaire", "coopération", "l'accès", "aujourd’hui", "d'abord", "qu'il", "État",
    "épicerie", "solidaire", "bénévoles", "territoires", "participant·es", "acteur·ices", "santé",
    "Mieux", "Manger", "pour", "Tous", "à", "où", "de", "la", "les", "et", "des", "en", "un", "une", "sur",
    "«", "»", "« citation »", "«\u00a0guillemets\u00a0»", "«\u202fzones blanches\u202f»",
    "—", "–", "…", "%", "€", "n°", "1er", "12,5", "14 117", "16 %", "2024-25",
    "10h30", "M&M", "<ESS>", "a/b", "C'est", "Œuvre", "ÇA", "x²", "½", "→", "✓", "•",
    "🍎", "🥕", "🤝🏽", "👩‍🍳", "🇫🇷", "❤️",
    "#tag", "@asso", "50:50", "- tiret", "[note]", "{x}", "!", "?", ";", ":", "\"guillemets\"", "'apostrophe'",
]
# French punctuation takes a (thin) no-break space before it, as a careful typist writes it.
_PUNCTUATION = [".", ",", " :", "\u00a0:", " ;", "\u202f;", " !", "\u202f!", " ?", "\u202f?", "…", ""]


@st.composite
def _word(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 3)) == 0:
        word = draw(st.text(alphabet=_LETTERS, min_size=1, max_size=12))
    else:
        word = draw(st.sampled_from(_WORDS))
    emphasis = draw(st.sampled_from(["", "", "", "", "**", "*"]))
    return f"{emphasis}{word}{emphasis}"


@st.composite
def text(draw: st.DrawFn, min_words: int = 1, max_words: int = 8, newline: bool = False) -> str:
    """A piece of slide text: words, spaces and punctuation; `**bold**` or `*italic*` around some words.

    Never blank and never surrounded by whitespace (the model strips it, so two texts that differ only
    there would collide where texts must differ, e.g. quiz choices)."""
    count = draw(st.integers(min_words, max_words))
    parts: list[str] = []
    for index in range(count):
        parts.append(draw(_word()))
        if index < count - 1:
            separator = " "
            if newline and draw(st.integers(0, 15)) == 0:
                separator = "\n"  # a `|` block's line break, kept where it was written
            elif draw(st.integers(0, 7)) == 0:
                separator = draw(st.sampled_from(_PUNCTUATION)) + " "
            parts.append(separator)
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(_PUNCTUATION)))
    value = "".join(parts).strip()
    return value or "x"


def title() -> st.SearchStrategy[str]:
    return text(1, 12)


def sentences() -> st.SearchStrategy[str]:
    """From one word to a few sentences: a bullet, a paragraph of a quotation."""
    return st.one_of(text(1, 6), text(6, 30))


def short() -> st.SearchStrategy[str]:
    return text(1, 4)


# ------------------------------------------------------------------------------------------------- ids

IDS = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,14}", fullmatch=True)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out the optional fields drawn as None, as an organiser leaves them out."""
    return {key: value for key, value in data.items() if value is not None}


# -------------------------------------------------------------------------------------- content slides


def bullets(depth: int = 2) -> st.SearchStrategy[Any]:
    """A bullet: plain text or `text:` with nested `items:`, up to `depth` levels."""
    if depth <= 0:
        return sentences()
    return st.one_of(
        sentences(),
        st.fixed_dictionaries({"text": sentences(), "items": st.lists(bullets(depth - 1), min_size=0, max_size=3)}),
    )


@st.composite
def content_slide(draw: st.DrawFn, speakers: list[str]) -> dict[str, Any]:
    kind = draw(st.sampled_from(["bullets", "figures", "quote", "concept_map", "chart"]))
    slide: dict[str, Any] = {"kind": kind}
    if speakers and draw(st.booleans()):
        slide["speaker"] = draw(st.sampled_from(speakers))
    if kind == "bullets":
        slide["title"] = draw(title())
        slide["items"] = draw(st.lists(bullets(), min_size=1, max_size=6))
        if draw(st.booleans()):
            slide["closing"] = draw(text(1, 12))
    elif kind == "figures":
        slide["title"] = draw(title())
        slide["figures"] = draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "value": st.one_of(
                            st.sampled_from(["16 %", "8,2 %", "9 M", "200 000", "1er", "x3", "€", "4,17 / 5", "🍎 12"]),
                            text(1, 2),
                        )
                    },
                    optional={"label": text(1, 8, newline=True)},
                ),
                min_size=1,
                max_size=4,
            )
        )
        slide["items"] = draw(st.lists(bullets(1), max_size=3))
    elif kind == "quote":
        slide.update(
            _compact(
                {
                    "title": draw(_maybe(title())),
                    "paragraphs": draw(st.lists(sentences(), min_size=1, max_size=3)),
                    "year": draw(_maybe(st.integers(1800, 2100))),
                    "author": draw(_maybe(short())),
                }
            )
        )
    elif kind == "concept_map":
        slide["centre"] = draw(text(1, 10))
        slide["branches"] = draw(
            st.lists(
                st.fixed_dictionaries({"text": text(1, 8)}, optional={"items": st.lists(text(1, 12), max_size=4)}),
                min_size=2,
                max_size=4,
            )
        )
    else:
        slide.update(draw(chart()))
    return slide


def _number(negative: bool) -> st.SearchStrategy[Any]:
    """A chart value as organisers write it: an int, a float, or French text (`12,5`, `14 117`); now and
    then one of the largest a chart takes (15 digits, under model.content.MAX_VALUE)."""
    low = -1000 if negative else 0
    return st.one_of(
        st.integers(low, 100_000),
        st.integers(-(10**15) + 1 if negative else 0, 10**15 - 1),
        st.floats(low, 100_000, allow_nan=False, allow_infinity=False).map(lambda x: round(x, 2)),
        st.integers(max(low, 0), 999).map(lambda n: f"{n},5"),
        st.integers(1, 99).map(lambda n: f"{n} 117"),
    )


@st.composite
def chart(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["column", "bar", "line", "pie"]))
    categories = draw(st.lists(short(), min_size=1, max_size=12, unique=True))
    names = draw(
        st.lists(st.one_of(short(), st.integers(1990, 2030)), min_size=1, max_size=1 if kind == "pie" else 4)
    )
    series = []
    for name in names:
        values = {category: draw(_number(negative=kind != "pie")) for category in categories}
        if kind == "pie" and not any(_as_float(v) for v in values.values()):
            values[categories[0]] = 1  # a pie needs one slice above zero
        series.append({"name": name, "values": values})
    return _compact(
        {
            "title": draw(title()),
            "chart": draw(_maybe(st.just(kind))) if kind == "column" else kind,
            "unit": draw(_maybe(st.sampled_from(["%", "€", "personnes", "kg", "M€"]))),
            "series": series,
            "caption": draw(_maybe(text(1, 10))),
        }
    )


def _as_float(value: Any) -> float:
    if isinstance(value, str):
        return float(value.replace(" ", "").replace(",", "."))
    return float(value)


# ------------------------------------------------------------------------------------------------ quiz


@st.composite
def question(draw: st.DrawFn) -> dict[str, Any]:
    choices = draw(st.lists(text(1, 10), min_size=2, max_size=6, unique=True))
    answer = draw(st.sampled_from(choices))
    data: dict[str, Any] = {"question": draw(text(3, 30, newline=True)), "choices": choices, "answer": answer}
    if draw(st.booleans()):
        data["detail"] = draw(text(1, 10))
    if draw(st.integers(0, 2)) == 0:
        # An odd-one-out question: every other choice is true, the answer is not, and more may be.
        extra = draw(st.lists(text(1, 10).filter(lambda t: t != answer), max_size=3))
        others = [choice for choice in choices if choice != answer]
        data["true_list"] = draw(st.permutations(list(dict.fromkeys(others + extra))))
    return data


# ---------------------------------------------------------------------------------------------- agenda

KINDS = ["arrival", "welcome", "witnesses", "talk", "round_table", "break", "lunch", "workshops", "conclusion"]


@st.composite
def training(draw: st.DrawFn) -> dict[str, Any]:
    """A training programme, for a round table that presents it; its teams name seasons of its calendar and
    départements of their season's territories (of any season's, for a team without one)."""
    departement = st.fixed_dictionaries(
        {"name": short(), "code": st.sampled_from(["11", "30", "34", "66", "2A", "971"]), "members": st.lists(text(1, 8), min_size=1, max_size=4)}
    )
    season = st.fixed_dictionaries(
        {"season": st.sampled_from(["2024-25", "2025-26", "2026"]), "region": short(), "area": short()},
        optional={"territories": st.lists(departement, max_size=4)},
    )
    calendar = draw(st.lists(season, min_size=1, max_size=3))
    participant = st.fixed_dictionaries({"name": text(1, 3)}, optional={"role": text(1, 8), "organisation": text(1, 5)})
    teams = [draw(_team(calendar, participant)) for _ in range(draw(st.integers(0, 8)))]
    data = draw(
        st.fixed_dictionaries(
            {
                "name": short(),
                "objective": sentences(),
                "audience": st.lists(bullets(1), min_size=1, max_size=3),
                "modalities": st.lists(bullets(1), min_size=1, max_size=3),
                "method": text(1, 10),
                "programme": st.lists(text(2, 16), min_size=1, max_size=6),
            }
        )
    )
    data["calendar"] = calendar
    if teams or draw(st.booleans()):
        data["participants"] = teams
    return data


@st.composite
def _team(draw: st.DrawFn, calendar: list[dict[str, Any]], participant: st.SearchStrategy[Any]) -> dict[str, Any]:
    team: dict[str, Any] = {"members": draw(st.lists(participant, min_size=1, max_size=3))}
    # The first season of a name is the one a team's `season:` means.
    seasons = {s["season"]: s for s in reversed(calendar)}
    if draw(st.booleans()):
        team["season"] = draw(st.sampled_from(sorted(seasons)))
    where = [seasons[team["season"]]] if "season" in team else calendar
    codes = sorted({d["code"] for s in where for d in s.get("territories", [])})
    if codes and draw(st.booleans()):
        team["departement"] = draw(st.sampled_from(codes))
    return team


@st.composite
def agenda(
    draw: st.DrawFn, people: list[str], organisations: list[str], has_training: bool = False
) -> list[dict[str, Any]]:
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=7))
    # Strictly increasing times from 07:00 (gaps of 5 to 75 minutes), so the agenda is in order; an item
    # shows its time or not, and may say when it ends, never after the next time.
    minutes = [7 * 60]
    for _ in kinds[1:]:
        minutes.append(minutes[-1] + draw(st.integers(5, 75)))
    timed = [draw(st.integers(0, 4)) > 0 for _ in kinds]
    # A break must know when the room is back (an arrival coffee, when the day starts): the last untimed one,
    # with no timed item after it, gets a start (and below, an end). Decided first, so that the items before
    # it end by then.
    for index in reversed(range(len(kinds))):
        if timed[index]:
            break
        if kinds[index] in ("break", "arrival"):
            timed[index] = True
            break
    items: list[dict[str, Any]] = []
    rooms = 0
    for index, kind in enumerate(kinds):
        item: dict[str, Any] = {"kind": kind}
        later = [minutes[j] for j in range(index + 1, len(kinds)) if timed[j]]
        if timed[index]:
            item["start"] = draw(_clock(minutes[index]))
        if kind in ("break", "arrival") and not later:
            item["end"] = draw(_clock(minutes[index] + draw(st.integers(5, 30))))
        elif timed[index] and draw(st.integers(0, 3)) == 0:
            limit = (later[0] if later else minutes[index] + 120) - minutes[index]
            item["end"] = draw(_clock(minutes[index] + draw(st.integers(1, limit))))
        if draw(st.integers(0, 5)) == 0:
            item["label"] = draw(text(1, 5))
        if draw(st.integers(0, 5)) == 0:
            item["id"] = f"item-{index}"
        if kind in ("welcome", "witnesses"):
            item["speakers"] = draw(st.lists(st.sampled_from(people), min_size=1, max_size=4, unique=True))
        elif kind in ("talk", "conclusion"):
            item["speakers"] = draw(st.lists(st.sampled_from(people), max_size=3, unique=True))
        if kind == "talk":
            item["title"] = draw(title())
        if kind in ("witnesses", "talk"):
            item["slides"] = draw(st.lists(content_slide(people), max_size=4))
        elif kind == "round_table":
            item["title"] = draw(title())
            item["speakers"] = draw(st.lists(st.sampled_from(people), max_size=4, unique=True))
            if draw(st.booleans()):
                item["host"] = draw(st.sampled_from(organisations))
            if draw(st.booleans()):
                item["sms"] = draw(st.sampled_from(["07 62 32 67 85", "+33 6 00 00 00 00", "0600000000"]))
            item["quiz"] = draw(st.lists(question(), max_size=3))
            if has_training and draw(st.booleans()):
                item["presents_training"] = True
        elif kind == "lunch" and draw(st.booleans()):
            item["detail"] = draw(text(1, 10))
        elif kind == "workshops":
            workshops = []
            for _ in range(draw(st.integers(1, 5))):
                rooms += 1  # rooms differ across the whole day, so no two workshops ever share one
                workshop = {"question": draw(text(2, 16)), "room": f"{draw(short())} {rooms}"}
                facilitators = draw(st.lists(st.sampled_from(people), max_size=2, unique=True))
                if facilitators:
                    workshop["facilitators"] = facilitators
                workshops.append(workshop)
            item["workshops"] = workshops
        items.append(item)
    return items


@st.composite
def _clock(draw: st.DrawFn, minutes: int) -> str:
    """A time as organisers write it: `09:30`, `9:30`, `9h30`, `14h` on the hour."""
    hour, minute = divmod(minutes, 60)
    forms = [f"{hour:02d}:{minute:02d}", f"{hour}:{minute:02d}", f"{hour}h{minute:02d}"]
    if minute == 0:
        forms.append(f"{hour}h")
    return draw(st.sampled_from(forms))


# ----------------------------------------------------------------------------------------------- event


@st.composite
def events(draw: st.DrawFn) -> dict[str, Any]:
    """The data of a valid event, as a dict ready to be written as YAML or JSON."""
    organisations = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    people = draw(st.lists(IDS, min_size=1, max_size=6, unique=True))
    event: dict[str, Any] = {
        "title": draw(title()),
        "date": draw(st.dates(date(2020, 1, 1), date(2035, 12, 31))).isoformat(),
        "venue": draw(short()),
        "city": draw(short()),
        "organiser": draw(st.sampled_from(organisations)),
    }
    if draw(st.booleans()):
        event["locale"] = draw(st.sampled_from(["fr", "en"]))
    if draw(st.integers(0, 3)) == 0:
        event["footer"] = draw(text(1, 8))
    event["organisations"] = {
        org: _compact({"name": draw(text(1, 8))}) for org in organisations
    }
    if draw(st.booleans()):
        event["sponsors"] = draw(st.lists(st.sampled_from(organisations), min_size=1, max_size=3, unique=True))
    event["people"] = {
        person: _compact(
            {
                "name": draw(text(1, 4)),
                "role": draw(_maybe(text(1, 10, newline=True))),
                "organisation": draw(_maybe(text(1, 6, newline=True))),
            }
        )
        for person in people
    }
    if draw(st.integers(0, 3)) == 0:
        event["training"] = draw(training())
    event["agenda"] = draw(agenda(people, organisations, has_training="training" in event))
    return event


def dump(event: dict[str, Any], as_json: bool) -> str:
    """The event as a file's text: YAML as ruamel writes it, or JSON (which is YAML too)."""
    if as_json:
        return json.dumps(event, ensure_ascii=False, indent=1)
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    yaml.width = 100
    stream = io.StringIO()
    yaml.dump(event, stream)
    return stream.getvalue()


def write_event(folder: Path, event: dict[str, Any], as_json: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "event.yaml").write_text(dump(event, as_json), encoding="utf-8")
    return folder


# ------------------------------------------------------------------------------------------- mutations

JUNK = [
    b"\xff", b"\xfe", b"\xc3", b"\xc3(", b"\xe2\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x00", b"\x07",
    b"\x1b[31m", b"\x0b", b"\x0c", b"\x7f", b"\xc2\x85", b"\xe2\x80\xa8", b"\xef\xbb\xbf", b"\xef\xbf\xbe",
    b"\t", b"\r", b"\r\n", b"\n", b" ", b":", b": ", b"- ", b"-", b"#", b"&a ", b"*a", b"!!python/object:os.system ",
    b"!!binary ", b"%YAML 1.1\n", b"---\n", b"...\n", b"{", b"}", b"[", b"]", b"'", b'"', b"|", b">", b"?", b"@",
    b"`", b"<<: *a\n", b"\\", b"~", b"null", b"&a [*a, *a]\n", "é«»🍎".encode(),
]


@dataclass(frozen=True)
class Mutation:
    """One edit of a file's bytes; `describe` says what it did, for hypothesis' report."""

    kind: str
    a: int
    b: int
    junk: bytes = b""

    def apply(self, raw: bytes) -> bytes:
        lines = raw.splitlines(keepends=True)
        if self.kind == "truncate":
            return raw[: self.a % (len(raw) + 1)]
        if self.kind == "junk":
            at = self.a % (len(raw) + 1)
            return raw[:at] + self.junk + raw[at:]
        if not lines:
            return raw
        i, j = self.a % len(lines), self.b % len(lines)
        if self.kind == "delete":
            del lines[i]
        elif self.kind == "duplicate":
            lines.insert(i, lines[i])
        elif self.kind == "swap_lines":
            lines[i], lines[j] = lines[j], lines[i]
        elif self.kind == "swap_values":
            pairs = [n for n, line in enumerate(lines) if b": " in line.split(b"#", 1)[0]]
            if len(pairs) >= 2:
                i, j = pairs[self.a % len(pairs)], pairs[self.b % len(pairs)]
                (key_i, value_i), (key_j, value_j) = lines[i].split(b": ", 1), lines[j].split(b": ", 1)
                lines[i], lines[j] = key_i + b": " + value_j, key_j + b": " + value_i
        elif self.kind == "indent":
            body = lines[i].lstrip(b" \t")
            lines[i] = (b"\t" if self.b % 7 == 0 else b" " * (self.b % 13)) + body
        return b"".join(lines)


MUTATION_KINDS = ["delete", "duplicate", "swap_lines", "swap_values", "truncate", "junk", "indent"]


def mutation() -> st.SearchStrategy[Mutation]:
    return st.builds(
        Mutation,
        kind=st.sampled_from(MUTATION_KINDS),
        a=st.integers(0, 1_000_000),
        b=st.integers(0, 1_000_000),
        junk=st.one_of(st.sampled_from(JUNK), st.binary(min_size=1, max_size=6)),
    )


def mutations() -> st.SearchStrategy[list[Mutation]]:
    """One to three edits, applied in order."""
    return st.lists(mutation(), min_size=1, max_size=3)


# ------------------------------------------------------------------------------------- wrong values

WRONG = [
    None, "", " ", 0, -1, 2.5, 1e300, -1e300, 10**40, True, [], {}, [None], {"kind": "nope"}, {"x": 1},
    "de", "zz", "other", "nobody", "Ansa", "25:00", "10h75", "2025-02-30", "10:30", "12,5", "1 2 3", "∞",
    "pie", "column", "round_table", "x" * 400, "**", "\u200b", "\u00a0", "é" * 60, "🍎" * 30,
]


@dataclass(frozen=True)
class Edit:
    """One field of the data changed: a value replaced, a key deleted, an unknown key added, a key misspelt."""

    action: str
    path: tuple[str | int, ...]
    value: Any = None

    def apply(self, data: Any) -> Any:
        data = json.loads(json.dumps(data))  # a deep copy
        *parents, last = self.path
        holder = data
        for part in parents:
            holder = holder[part]
        if self.action == "replace":
            holder[last] = self.value
        elif self.action == "delete":
            del holder[last]
        elif self.action == "unknown_key" and isinstance(holder[last], dict):
            holder[last]["colour"] = self.value
        elif self.action == "misspell" and isinstance(holder, dict):
            holder[str(last)[:-1] + "e" + str(last)[-1:]] = holder.pop(last)
        return data


# Wrong values that only make sense for some fields, beside the general ones above.
WRONG_FOR = {
    "locale": ["de", "zz", "fr_XX", "FR", "en-GB"],
    "brand": ["other", "Ansa", "../ansa", "assets"],
    "date": ["2025-02-30", "07/11/2025", 20251107, "demain"],
    "start": ["25:00", "10h75", "midi", 10, 10.3, "23:59"],
    "end": ["00:00", "06:59", "25:00"],
    "number": [1e300, -1e30, 1e16, "12.5.3", "12 %", True],  # a chart's value (its key is its category)
    "year": [-1, 10**30, "2024-25", 2024.5],
    "speaker": ["nobody", "Damien"],
    "organiser": ["nobody"],
    "host": ["nobody"],
    "answer": ["not a choice"],
    "chart": ["pie", "donut", "line", "bar"],
    "kind": ["nope", "quiz", "round-table", "bullets", "break"],
}


def _shape(path: tuple[str | int, ...]) -> str:
    """What a path names, whichever item or category: `agenda.*.slides.*.series.*.values.number`."""
    parts: list[str] = []
    for index, part in enumerate(path):
        if isinstance(part, int):
            parts.append("*")
        elif index > 0 and path[index - 1] in ("values", "people", "organisations"):
            parts.append("number" if path[index - 1] == "values" else "*")  # a chart's category, or an id
        else:
            parts.append(part)
    return ".".join(parts)


def _paths(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _by_shape(event: dict[str, Any]) -> dict[str, list[tuple[str | int, ...]]]:
    shapes: dict[str, list[tuple[str | int, ...]]] = {}
    for path in _paths(event):
        shapes.setdefault(_shape(path), []).append(path)
    return shapes


def _has_field(event: dict[str, Any], field: str) -> bool:
    return any(shape.rsplit(".", 1)[-1] == field for shape in _by_shape(event))


def _with_brand(event: dict[str, Any]) -> dict[str, Any]:
    """`brand:` and `locale:` written out (with their default values), so that they can be made wrong too."""
    return {"brand": "ansa", "locale": "fr", **event}


@st.composite
def wrong_events(draw: st.DrawFn, field: str | None = None) -> tuple[dict[str, Any], list[Edit]]:
    """A valid event with one to three of its fields made wrong (or, by chance, still right).

    With `field` (a key of WRONG_FOR), one edit replaces that field, wherever it occurs, by a value wrong
    for it; without, any field may be replaced by a generally wrong value, deleted, misspelt, or given an
    unknown key beside it.
    """
    if field is None:
        event = _with_brand(draw(events())) if draw(st.booleans()) else draw(events())
    else:
        event = draw(events().map(_with_brand).filter(lambda e: _has_field(e, field)))
    edits = []
    # One wrong value of the field, so that no other mistake stops the build before it is read; any three.
    for _ in range(1 if field is not None else draw(st.integers(1, 3))):
        by_shape = _by_shape(event)
        if field is None:
            # A kind of field first (`agenda.*.start`, `title`…), then one of its places: every kind of
            # field is as likely to be made wrong, however many times it occurs in the event.
            shape = draw(st.sampled_from(sorted(by_shape)))
            action = draw(st.sampled_from(["replace", "replace", "delete", "unknown_key", "misspell"]))
            value = draw(st.sampled_from(WRONG))
        else:
            shapes = sorted(s for s in by_shape if s.rsplit(".", 1)[-1] == field)
            if not shapes:
                break  # an earlier edit replaced the block that held the field
            shape = draw(st.sampled_from(shapes))
            action, value = "replace", draw(st.sampled_from(WRONG_FOR[field]))
        edit = Edit(action, draw(st.sampled_from(by_shape[shape])), value)
        try:
            event = edit.apply(event)
        except (KeyError, IndexError, TypeError):  # an earlier edit removed or replaced what this one names
            continue
        edits.append(edit)
    return event, edits

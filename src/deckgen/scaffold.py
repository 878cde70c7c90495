"""`deckgen new`: a new session that extends another, with what must change marked `# TODO`.

The new event builds at once (it starts from the other session's values) and `deckgen check` lists every
line still marked `# TODO` until the organiser has written this session's own. A session put where it could
not build — away from the one it extends, which a deck may then not read (load/confine.py), or where its brand
is not found — is refused before anything is written, with where to put it instead.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

from .errors import BrandError, DeckError, Problem
from .i18n import _
from .load import EVENT_FILE, LoadedEvent, load_event
from .load.confine import Confinement

TODO = re.compile(r"#\s*TODO\b(.*)$")


def scaffold(target: Path, parent: Path) -> Path:
    """Write `target/event.yaml` extending `parent`; refuse to overwrite an existing event."""
    from .schema import SCHEMA_FILE, SCHEMA_LINE  # here: every build imports this module for `reminders`, and needs no schema

    loaded = load_event(parent)  # the parent must itself be valid
    path = target / EVENT_FILE
    if path.exists():
        raise DeckError(Problem(_("{file} already exists; choose a new folder").format(file=path), path))
    _builds_there(target, parent, loaded)
    target.mkdir(parents=True, exist_ok=True)
    data = loaded.data
    relative = Path(os.path.relpath(parent.resolve(), target.resolve())).as_posix()
    schema = Path(os.path.relpath(SCHEMA_FILE, target.resolve())).as_posix()
    lines = [
        SCHEMA_LINE.format(schema),
        "#",
        "# " + _("A new session, built from {parent}: everything not written here comes from it.").format(parent=relative),
        "# " + _("Each line marked TODO still holds that session's value as an example; write this one's and remove"),
        "# " + _("the mark. `deckgen check` lists the marks that are left."),
        "",
        f"extends: {relative}",
        "",
        f"date: {data['date']}  # TODO: " + _("this session's date"),
        f"venue: {_scalar(data['venue'])}  # TODO: " + _("this session's venue"),
        f"city: {_scalar(data['city'])}  # TODO: " + _("this session's city"),
        "",
        "# TODO: " + _("this session's agenda (below: the agenda of {parent}, as an example)").format(parent=relative),
        _dump({"agenda": data["agenda"]}).rstrip(),
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _builds_there(target: Path, parent: Path, loaded: LoadedEvent) -> None:
    """Refuse a new session that could not build where it is put, before anything is written: a deck reads
    files only from the folder that holds it and the folders of brands (load/confine.py), so it can extend a
    session only from beside it; and its brand must be found from there (a project's assets/ is beside its deck/)."""
    # The same folder as the parent, written as the user wrote the parent (deck/next beside deck/narbonne-2025).
    beside = (parent.parent if parent.name not in ("", "..") else parent.resolve().parent) / target.name
    confinement = Confinement.for_deck(target)
    own = (loaded.folder / EVENT_FILE).resolve()
    unreadable = sorted((file for file in loaded.files if not confinement.allows(file)), key=lambda file: file.resolve() != own)
    if unreadable:
        raise DeckError(Problem(
            _("{target} could not extend {parent}: a deck reads files only from the folder that holds it ({folder}), "
              "and {file} is outside it; create the new session beside the one it extends: deckgen new {beside} --from {parent}").format(
                target=target, parent=parent, folder=target.resolve().parent, file=unreadable[0], beside=beside)))
    from .brand import load_brand  # here: brand.py imports the loader, which this module's importers need first

    try:
        load_brand(loaded.event.brand, deck=target)
    except BrandError as error:
        raise DeckError(Problem(
            _("{target} would not find the brand '{brand}' of {parent} ({why}); create it beside {parent} "
              "(deckgen new {beside} --from {parent}), or name the brand's folder with --assets").format(
                target=target, brand=loaded.event.brand, parent=parent, why=error.problems[0].message, beside=beside))) from None


def _scalar(value: object) -> str:
    return _dump(value).removesuffix("\n...\n").strip()


def _dump(value: object) -> str:
    # Imported here: every build imports this module for `reminders`, and only `deckgen new` writes YAML.
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.width = 110
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    stream = io.StringIO()
    yaml.dump(value, stream)
    return stream.getvalue()


def reminders(path: Path) -> list[Problem]:
    """Every line of an event file still marked `# TODO`, as a located reminder."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = TODO.search(line)
        if match:
            what = match.group(1).strip(" :") or _("write this session's own value")
            found.append(Problem(_("still to change: {what}").format(what=what), path, number, match.start() + 1))
    return found

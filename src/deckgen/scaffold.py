"""`deckgen new`: a new session that extends another, with what must change marked `# TODO`.

The new event builds at once (it starts from the other session's values) and `deckgen check` lists every
line still marked `# TODO` until the organiser has written this session's own.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

from .errors import DeckError, Problem
from .i18n import _
from .load import EVENT_FILE, load_event
from .schema import SCHEMA_FILE, SCHEMA_LINE

TODO = re.compile(r"#\s*TODO\b(.*)$")


def scaffold(target: Path, parent: Path) -> Path:
    """Write `target/event.yaml` extending `parent`; refuse to overwrite an existing event."""
    loaded = load_event(parent)  # the parent must itself be valid
    path = target / EVENT_FILE
    if path.exists():
        raise DeckError(Problem(_("{file} already exists; choose a new folder").format(file=path), path))
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

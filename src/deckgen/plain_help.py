"""typer's help and command-line mistakes in the organiser's words: in the user's language, without type
notation.

typer (with the click it carries) writes its help with words of its own (« Usage: », « Options », « Show this
message and exit. », the mistakes of a mistyped command line) and, beside each parameter, its type in a
programmer's notation (`<bool>`, `<path>`, `<list[Path]>`, a required argument written `{deck}`). deckgen's
commands give each parameter a plain name (« FOLDER », « FILE », translated), and their help says what it is
for; types are not shown. typer has no setting for either, so `install()` replaces these few pieces of it
once, before any help is made. A typer that no longer has one of them keeps its own: the help is then partly
in English or shows a type, nothing fails (tests/test_language.py says which).

deckgen's apps use typer's plain help (`rich_markup_mode=None`): no boxes, the same text in a terminal and
in a file, and rich is not imported to say it.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from .i18n import N_, _

TYPER_WORDS = (N_("Arguments"), N_("Options"), N_("Commands"), N_("default: {default}"), N_("required"), N_("Aborted!"), N_("env var: {var}"))
"""What typer.core says through gettext (section titles, a parameter's default): looked up in deckgen's catalogue."""

_installed = False


def install() -> None:
    """Make typer's help and usage errors plain and in the user's language (the language chosen first)."""
    global _installed
    if _installed:
        return
    _installed = True
    try:  # the click that typer carries since 0.2x; with another, typer's own help stays as it is
        from typer import core
        from typer._click import core as click_core
        from typer._click import exceptions, formatting
    except ImportError:
        return

    if getattr(core, "_", None) is not None:
        core._ = _typer_words
    _set(getattr(core, "TyperArgument", None), "display_type_rich", lambda self, ctx: None)
    _set(getattr(core, "TyperOption", None), "display_type_rich", lambda self, ctx: self.metavar)
    _set(getattr(core, "TyperArgument", None), "_usage_display_name", _usage_name)
    _wrap_help_option(getattr(click_core, "Command", None))
    _wrap_usage_prefix(getattr(formatting, "HelpFormatter", None))
    _set(getattr(formatting, "HelpFormatter", None), "write_heading", _write_heading)
    _set(getattr(exceptions, "ClickException", None), "show", _show)
    _set(getattr(exceptions, "UsageError", None), "show", _show)


def _typer_words(message: str) -> str:
    """typer.core's gettext: its words in deckgen's catalogue (« No such command » stays English: its message
    is read back by `usage_message`)."""
    return _(message) if message in TYPER_WORDS else message


def _set(owner: Any, name: str, replacement: Any) -> None:
    if owner is not None and hasattr(owner, name):
        setattr(owner, name, replacement)


def _usage_name(argument: Any) -> str:
    """An argument on the usage line: FOLDER when it must be given, [FOLDER] when it may, ... for several."""
    name = argument.metavar or argument.name.upper()
    name = name if argument.required else f"[{name}]"
    return name + ("..." if argument.nargs != 1 else "")


def _wrap_help_option(command: Any) -> None:
    original = getattr(command, "get_help_option", None)
    if original is None:
        return

    def get_help_option(self: Any, ctx: Any) -> Any:
        option = original(self, ctx)
        if option is not None:
            option.help = _("Show this message and exit.")
        return option

    command.get_help_option = get_help_option


def _wrap_usage_prefix(formatter: Any) -> None:
    original = getattr(formatter, "write_usage", None)
    if original is None:
        return

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original(self, prog, args, _("Usage: ") if prefix is None else prefix)

    formatter.write_usage = write_usage


def _write_heading(formatter: Any, heading: str) -> None:
    """A section's title, « Options: », with the colon as the language writes it (« Options : »)."""
    titled = _("{heading}:").format(heading=heading)
    formatter.write(" " * formatter.current_indent + titled + "\n")


def _show(error: Any, file: Any = None) -> None:
    """A command-line mistake as deckgen says its errors: the usage line, where to find help, then « error: »."""
    from typer._click.utils import echo

    file = file or sys.stderr
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        echo(ctx.get_usage(), file=file)
        if ctx.command.get_help_option(ctx) is not None:
            echo(_("Try '{command} {option}' for help.").format(command=ctx.command_path, option=ctx.help_option_names[0]), file=file)
    said = usage_message(error) or error.format_message()
    echo(_("error: {problem}").format(problem=said), file=file)


_EXTRA = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<arguments>.*)\)$")
_COMMAND = re.compile(r"No such command '(?P<name>[^']*)'\.(?: Did you mean (?P<close>.*)\?)?$")
_NEEDS_VALUE = re.compile(r"Option '(?P<option>[^']*)' requires an argument\.$")
_NO_VALUE = re.compile(r"Option '(?P<option>[^']*)' does not take a value\.$")


def usage_message(error: Any) -> str | None:
    """A command-line mistake (click's exception) in the user's words; None for one not known here."""
    from typer._click import exceptions

    if isinstance(error, exceptions.NoSuchOption):
        said = _("there is no option {option}").format(option=error.option_name)
        if error.possibilities:
            said += _("; did you mean {options}?").format(options=", ".join(sorted(error.possibilities)))
        return said
    if isinstance(error, exceptions.MissingParameter) and error.param is not None:
        if error.param.param_type_name == "option":
            return _("{option} is missing").format(option=error.param.opts[0])
        return _("{name} is missing").format(name=error.param.metavar or error.param.name)
    if isinstance(error, exceptions.BadParameter) and error.param is not None:
        name = error.param.opts[0] if error.param.param_type_name == "option" else error.param.metavar or error.param.name
        return _("{name}: {problem}").format(name=name, problem=error.message)
    return _from_message(str(getattr(error, "message", "")))


def _from_message(message: str) -> str | None:
    if match := _EXTRA.match(message):
        return _("too many arguments: {arguments}").format(arguments=match["arguments"])
    if match := _COMMAND.match(message):
        said = _("there is no command '{name}'").format(name=match["name"])
        if match["close"]:
            close = ", ".join(_("'{name}'").format(name=name) for name in re.findall(r"'([^']*)'", match["close"]))
            said += _("; did you mean {commands}?").format(commands=close)
        return said
    if match := _NEEDS_VALUE.match(message):
        return _("{option} needs a value").format(option=match["option"])
    if match := _NO_VALUE.match(message):
        return _("{option} takes no value").format(option=match["option"])
    if message == "Missing command.":
        return _("which command? deckgen --help lists them")
    return None

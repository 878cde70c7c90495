"""`make bench`: deckgen against its targets, and against pandoc on the same content, in one table.

For each case (the reference deck, synthetic events of 1000 and 2000 slides written by generate.py into a
temporary folder) it runs, several times, each in a new process:

- `deckgen build DECK -o OUT.pptx` (a cold process: interpreter start, imports, load, plan, render, write);
- where pandoc is installed, `pandoc -t pptx` on the same content as Markdown (`deckgen outline --format
  markdown`);

and reports the median wall time and the peak memory (the child's maximum resident set size, from
`os.wait4`). One untimed run of each comes first, so the file system cache and the bytecode are warm for all.

Targets, each printed with its figure and marked held or not: the cold build of the reference deck ≤ 2 ×
pandoc's (issue 14; issue 7 asked 1.5 ×), with two floors beside it, timed between its runs: typer and pydantic
validating one model (bench/floor.py), and with them the libraries a build uses (bench/floor_libraries.py); 1000
slides under a third of pandoc's time, 2000 slides ≤ 2.1 × the time of 1000 (linear), peak memory ≤ 150 MiB
at 1000 slides (issues 7 and 14), and 1000 slides ≤ 2 s (issue 7, an absolute figure: read it against
pandoc's time in the same run); a `deckgen watch` rebuild ≤ 100 ms; and the refusals the tests once timed
(bench/refusals.py), within the seconds those tests allowed.

The preview loop (issue 14, bench/preview_loop.py, where LibreOffice and poppler are installed): save → the
changed slide's picture rewritten under `deckgen watch --preview` ≤ 1.5 s (median of 5); `deckgen preview`
after a one-slide edit with LibreOffice warm ≤ 2 s; beside them, preview and `build --pdf` warm and cold.

    python bench/run.py [--runs 5] [--sizes 1000 2000] [--keep] [--no-preview]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from as_markdown import deck_markdown  # noqa: E402
from generate import write_event  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "deck" / "narbonne-2025"
MiB = 1024 * 1024


@dataclass
class Sample:
    seconds: float
    peak: int  # bytes


@dataclass
class Case:
    name: str
    folder: Path
    slides: int = 0
    pandoc_slides: int = 0
    deckgen: list[Sample] = field(default_factory=list)
    pandoc: list[Sample] = field(default_factory=list)
    floors: dict[str, list[Sample]] = field(default_factory=dict)  # the reference case's: FLOORS, by name

    @staticmethod
    def median(samples: list[Sample]) -> float | None:
        return statistics.median(s.seconds for s in samples) if samples else None

    @staticmethod
    def peak(samples: list[Sample]) -> int | None:
        return max(s.peak for s in samples) if samples else None


# Python caches the bytecode of what it imports, as on any machine deckgen is installed on; a sandbox may turn
# that off (PYTHONDONTWRITEBYTECODE), and every run would then compile deckgen's sources again.
CHILD_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def measure(command: list[str]) -> tuple[Sample, str]:
    """Run `command` in a new process; its wall time, its peak RSS, and what it printed."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=CHILD_ENVIRONMENT)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        printed = out.read().decode("utf-8", "replace")
    if child.returncode != 0:
        raise SystemExit(f"failed ({child.returncode}): {' '.join(command)}\n{printed}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return Sample(seconds, peak), printed


def pandoc_version(pandoc: str | None) -> str | None:
    if pandoc is None:
        return None
    first = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.splitlines()
    return first[0] if first else pandoc


REFERENCE_RUNS = 15
"""The reference deck's runs, with pandoc's and the floors' between them: a third of a second each, and their
ratio moves by a tenth from one run of five to the next on a machine doing nothing else."""

FLOORS = {
    "stack": Path(__file__).with_name("floor.py"),
    "libraries": Path(__file__).with_name("floor_libraries.py"),
}
"""What a build's dependencies take before deckgen does anything: typer and pydantic validating one model
(floor.py), and with them each library a build uses, used once as a build first uses it (floor_libraries.py)."""


def run_case(case: Case, deckgen: Path, pandoc: str | None, runs: int, work: Path, floors: bool = False) -> None:
    output = work / f"{case.name.replace(' ', '-')}.pptx"
    build = [str(deckgen), "build", str(case.folder), "-o", str(output)]
    markdown = work / f"{case.name.replace(' ', '-')}.md"
    convert = [pandoc, "-f", "markdown", "-t", "pptx", "-o", str(work / "pandoc.pptx"), str(markdown)] if pandoc else None
    _, printed = measure(build)  # warm-up, untimed
    found = re.search(r"(\d+) slides", printed)
    case.slides = int(found.group(1)) if found else 0
    if convert:
        measure(convert)
        with zipfile.ZipFile(work / "pandoc.pptx") as package:
            case.pandoc_slides = sum(1 for n in package.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n))
    stacks = {name: [sys.executable, str(script), "deck", "-o", "out.pptx"] for name, script in FLOORS.items()} if floors else {}
    for command in stacks.values():
        measure(command)
    for _ in range(runs):  # interleaved, so a busy moment of the machine weighs on all alike
        case.deckgen.append(measure(build)[0])
        if convert:
            case.pandoc.append(measure(convert)[0])
        for name, command in stacks.items():
            case.floors.setdefault(name, []).append(measure(command)[0])
        print(".", end="", file=sys.stderr, flush=True)


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} s"


def _mib(value: int | None) -> str:
    return "—" if value is None else f"{value / MiB:.0f} MiB"


def watch_rebuild(runs: int) -> float:
    """Median seconds of a `deckgen watch` rebuild of the reference deck after an edit (bench/rebuild.py)."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("rebuild.py")), str(runs)], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def refusals(runs: int) -> dict[str, float]:
    """Median seconds of each hostile input's refusal (bench/refusals.py), in a new process."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("refusals.py")), str(runs)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


REFERENCE_RATIO = 2.0
"""The cold build of the reference deck, at most this many times pandoc's on the same content (issue 14)."""

REFUSAL_BOUNDS = {"billion_laughs": 3.0, "bomb": 0.5}
"""The seconds tests/load/test_load_yaml_source.py and tests/images/test_images_check.py allowed, before they
counted instead (bench/refusals.py)."""

REFUSAL_NAMES = {
    "billion_laughs": "billion laughs (9**10 values by aliases) refused",
    "bomb": "100-megapixel PNG (a few KiB on disk) refused, checked and prepared",
}


def preview_loop(runs: int) -> dict[str, float | str | None]:
    """Medians of the preview loop (bench/preview_loop.py): save → picture, preview and build --pdf warm and cold."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("preview_loop.py")), str(runs)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(done.stdout)


def preview_verdicts(figures: dict[str, float | str | None]) -> list[str]:
    """The preview targets (issue 14), each with its verdict, and the figures beside them."""
    def seconds(name: str) -> str:
        value = figures.get(name)
        return f"{value:.2f} s" if isinstance(value, float) else "—"

    def held(name: str, target: float) -> str:
        value = figures.get(name)
        return "·" if not isinstance(value, float) else "✓" if value <= target else "✗"

    why = f" ({figures['why']})" if figures.get("why") else ""
    return [
        f"- {held('loop', 1.5)} save → the changed slide's picture rewritten (`watch --preview`) ≤ 1.5 s: {seconds('loop')}{why}",
        f"- {held('preview_warm', 2.0)} `deckgen preview` after a one-slide edit, LibreOffice warm ≤ 2 s: {seconds('preview_warm')}{why}",
        f"- · `deckgen preview` after a one-slide edit, LibreOffice cold: {seconds('preview_cold')}",
        f"- · `deckgen preview` with no earlier pictures (every slide drawn): warm {seconds('preview_warm_all')}, cold {seconds('preview_cold_all')}",
        f"- · `deckgen build --pdf`: warm {seconds('pdf_warm')}, cold {seconds('pdf_cold')}",
    ]


def table(
    cases: list[Case], has_pandoc: bool, rebuild: float | None = None, refused: dict[str, float] | None = None
) -> tuple[str, list[str]]:
    """The Markdown table, and the targets, each with its verdict."""
    rows = [
        "| case | slides | deckgen (median) | deckgen peak RSS | pandoc (median) | pandoc peak RSS | deckgen / pandoc |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for case in cases:
        mine, theirs = Case.median(case.deckgen), Case.median(case.pandoc)
        ratio = f"{mine / theirs:.2f}" if mine and theirs else "—"
        pandoc_slides = f" ({case.pandoc_slides} in pandoc)" if case.pandoc_slides and case.pandoc_slides != case.slides else ""
        rows.append(
            f"| {case.name} | {case.slides}{pandoc_slides} | {_seconds(mine)} | {_mib(Case.peak(case.deckgen))} "
            f"| {_seconds(theirs)} | {_mib(Case.peak(case.pandoc))} | {ratio} |"
        )
    by_name = {case.name: case for case in cases}
    verdicts: list[str] = []

    def verdict(ok: bool | None, text: str) -> None:
        mark = "✓ held:" if ok else "✗ not held:" if ok is not None else "·"
        verdicts.append(f"- {mark} {text}")

    reference = by_name.get("reference")
    if reference:
        mine, theirs = Case.median(reference.deckgen), Case.median(reference.pandoc)
        if mine and theirs:
            verdict(
                mine <= REFERENCE_RATIO * theirs,
                f"cold build of the reference deck ≤ {REFERENCE_RATIO:g} × pandoc: {mine:.3f} s against {theirs:.3f} s, {mine / theirs:.2f} ×",
            )
            stack, libraries = (Case.median(reference.floors.get(name, [])) for name in FLOORS)
            if stack is not None and libraries is not None:  # not targets: what the target leaves deckgen
                verdict(None, f"floor, typer + pydantic validating one model (bench/floor.py): {stack:.3f} s, {stack / theirs:.2f} × pandoc")
                verdict(
                    None,
                    f"floor with the libraries a build uses, each used once as a build first uses it (bench/floor_libraries.py): "
                    f"{libraries:.3f} s, {libraries / theirs:.2f} × pandoc; {REFERENCE_RATIO:g} × pandoc leaves deckgen "
                    f"{(REFERENCE_RATIO * theirs - libraries) * 1000:.0f} ms for its own modules, models, layout and parts, "
                    f"it takes {(mine - libraries) * 1000:.0f} ms",
                )
        else:
            verdict(None, f"cold build of the reference deck ≤ {REFERENCE_RATIO:g} × pandoc: pandoc not installed")
    thousand, two_thousand = by_name.get("1000 slides"), by_name.get("2000 slides")
    if thousand:
        mine, theirs = Case.median(thousand.deckgen), Case.median(thousand.pandoc)
        assert mine is not None
        if theirs:
            verdict(mine < theirs / 3, f"1000 slides < ⅓ of pandoc: {mine:.2f} s against {theirs:.2f} s, {mine / theirs:.2f} × pandoc")
        else:
            verdict(None, "1000 slides < ⅓ of pandoc: pandoc not installed")
        peak = Case.peak(thousand.deckgen)
        assert peak is not None
        verdict(peak <= 150 * MiB, f"peak memory ≤ 150 MiB at 1000 slides: {peak / MiB:.0f} MiB")
        if two_thousand:
            other = Case.median(two_thousand.deckgen)
            assert other is not None
            verdict(other <= 2.1 * mine, f"2000 slides ≤ 2.1 × 1000 slides (linear): {other:.2f} s against {mine:.2f} s, {other / mine:.2f} ×")
        verdict(mine <= 2.0, f"1000 slides ≤ 2 s (issue 7, absolute: read it against pandoc's time above): {mine:.2f} s")
    if rebuild is not None:
        verdict(rebuild <= 0.1, f"`deckgen watch` rebuild of the reference deck after an edit ≤ 100 ms: {rebuild * 1000:.0f} ms")
    for name, seconds in (refused or {}).items():
        bound = REFUSAL_BOUNDS[name]
        verdict(seconds <= bound, f"{REFUSAL_NAMES[name]} ≤ {bound:g} s: {seconds * 1000:.1f} ms")
    return "\n".join(rows), verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each command (default 5)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 2000], help="synthetic deck sizes, in slides")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (events, decks, Markdown)")
    parser.add_argument("--no-preview", action="store_true", help="skip the preview loop (LibreOffice; about two minutes)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args()

    deckgen = Path(sys.executable).parent / "deckgen"
    if not deckgen.exists():
        sys.exit(f"no deckgen beside {sys.executable}; run `make bench` (it sets up .venv)")
    pandoc = shutil.which("pandoc")
    load = os.getloadavg()  # other work on the machine slows every run: said beside the table
    work = Path(tempfile.mkdtemp(prefix="deckgen-bench-"))
    try:
        cases = [Case("reference", REFERENCE)]
        cases += [Case(f"{size} slides", write_event(work / f"event-{size}", size)) for size in args.sizes]
        sources = set()
        for case in cases if pandoc else ():
            markdown, source = deck_markdown(deckgen, case.folder)
            (work / f"{case.name.replace(' ', '-')}.md").write_text(markdown, encoding="utf-8")
            sources.add(source)
        for case in cases:
            print(f"{case.name}: ", end="", file=sys.stderr, flush=True)
            reference = case.folder == REFERENCE
            run_case(case, deckgen, pandoc, max(args.runs, REFERENCE_RUNS) if reference else args.runs, work, floors=reference)
            print(file=sys.stderr)
        print("watch rebuild: ", end="", file=sys.stderr, flush=True)
        rebuild = watch_rebuild(max(args.runs, 5))
        refused = refusals(args.runs)
        print(file=sys.stderr)
        rows, verdicts = table(cases, pandoc is not None, rebuild, refused)
        if not args.no_preview and shutil.which("soffice") and shutil.which("pdftoppm"):
            print("preview loop…", file=sys.stderr, flush=True)
            verdicts += preview_verdicts(preview_loop(max(args.runs, 5)))
    finally:
        if args.keep:
            print(f"kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)

    print(
        f"deckgen bench: median of {args.runs} runs ({max(args.runs, REFERENCE_RUNS)} for the reference deck and its floors), "
        "each a new process; peak RSS is the largest of them."
    )
    print(
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, {platform.system()}, "
        f"load average {load[0]:.2f} before / {os.getloadavg()[0]:.2f} after; "
        f"pandoc: {pandoc_version(pandoc) or 'not installed'}" + (f"; pandoc's input: {', '.join(sorted(sources))}." if sources else ".")
    )
    print()
    print(rows)
    print()
    print("\n".join(verdicts))
    missed = any(line.startswith("- ✗") for line in verdicts)
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())

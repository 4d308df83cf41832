"""Compare a printed run of ``tests/test_public_exports.py`` with its FLOORS.

The measure's assertions only say that no figure fell; after rebuilding the exports' data on
a new machine, or after a rule that should move nothing, the question is whether every
figure is *exactly* its floor. Run the measure with ``-s`` into a log, then::

    python tests/public_floors.py LOG [tests/test_public_exports.py]

It prints each export whose files, suggest or propose figure differs from its floor, then
``compared N diffs D skipped S`` (S: exports in FLOORS the log holds no figures for, their
data absent), and exits 1 when any figure differs. After tuning, ``--raise`` writes every
figure that rose into FLOORS (never one that fell: that is a regression to fix), and
``--totals NAMES`` sums the measured figures of the exports named in a file (a round).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

_FILES = re.compile(r"(\S+): files identified (\d+)/(\d+)")
_MODE = re.compile(r"(\S+\.yml) via (suggest|propose): top-1 standard [\d.]+% \((\d+)/(\d+)\)")


def _tables(source: str) -> tuple[dict, dict]:
    """BASELINES and FLOORS as the test module writes them (literals only)."""
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in ("BASELINES", "FLOORS"):
                found[node.targets[0].id] = ast.literal_eval(node.value)
    return found["BASELINES"], found["FLOORS"]


def measured(log: str, baselines: dict) -> dict[str, dict[str, tuple[int, int]]]:
    """Export -> {'files'|'suggest'|'propose': (right, total)} read from the printed log."""
    export_of_key = {key: name for name, (key, _) in baselines.items()}
    got: dict[str, dict[str, tuple[int, int]]] = {}
    for line in log.splitlines():
        if (m := _FILES.search(line)) and (name := _known(m[1], baselines)):
            got.setdefault(name, {})["files"] = (int(m[2]), int(m[3]))
        elif (m := _MODE.search(line)) and (key := _known(m[1], export_of_key)):
            got.setdefault(export_of_key[key], {})[m[2]] = (int(m[3]), int(m[4]))
    return got


def _known(word: str, names: dict) -> str | None:
    """``word`` without the progress marks pytest prints before a test's output ('.', 's',
    'F'), when what is left is a name of ``names``: 'salesforce-kittycorn' keeps its 's'."""
    return next((word[i:] for i in range(len(word)) if word[i:] in names), None)


def raised(source: str, got: dict[str, dict[str, tuple[int, int]]]) -> tuple[str, int]:
    """``source`` with each FLOORS figure that ``got`` measures higher (more right, the
    same total) written as measured; and how many were raised."""
    start = source.index("\nFLOORS = {")
    head, body = source[:start], source[start:]
    count = 0
    for name, figures in got.items():
        at = body.find(f'"{name}": {{')
        if at < 0:
            continue
        end = body.index("}", at)
        entry = body[at:end]
        for figure, (right, total) in figures.items():
            m = re.search(rf'"{figure}": \((\d+), (\d+)\)', entry)
            if m and int(m[2]) == total and right > int(m[1]):
                entry = entry[:m.start()] + f'"{figure}": ({right}, {total})' + entry[m.end():]
                count += 1
        body = body[:at] + entry + body[end:]
    return head + body, count


def totals(got: dict[str, dict[str, tuple[int, int]]], names: list[str]) -> str:
    """The measured figures of ``names`` summed, and which of them the log lacks."""
    lines = []
    for figure in ("files", "suggest", "propose"):
        right = sum(got[n][figure][0] for n in names if figure in got.get(n, {}))
        total = sum(got[n][figure][1] for n in names if figure in got.get(n, {}))
        lines.append(f"{figure} {right}/{total} {right / total:.1%}" if total else
                     f"{figure} -")
    missing = [n for n in names if n not in got]
    return " · ".join(lines) + (f" (not in the log: {' '.join(missing)})" if missing else "")


def main(argv: list[str]) -> int:
    args = list(argv)
    do_raise = "--raise" in args
    if do_raise:
        args.remove("--raise")
    names: list[str] = []
    if "--totals" in args:
        i = args.index("--totals")
        names = Path(args[i + 1]).read_text(encoding="utf-8").split()
        del args[i:i + 2]
    argv = args
    module = Path(argv[2]) if len(argv) > 2 else Path(__file__).with_name(
        "test_public_exports.py")
    baselines, floors = _tables(module.read_text(encoding="utf-8"))
    got = measured(Path(argv[1]).read_text(encoding="utf-8"), baselines)
    if names:
        print(totals(got, names))
        return 0
    if do_raise:
        text, count = raised(module.read_text(encoding="utf-8"), got)
        module.write_text(text, encoding="utf-8")
        print(f"raised {count} figures")
        _, floors = _tables(text)
    diffs = 0
    for name, floor in floors.items():
        if name not in got:
            continue
        for figure in ("files", "suggest", "propose"):
            if got[name].get(figure) != tuple(floor[figure]):
                diffs += 1
                print(f"{name} {figure}: floor {floor[figure]}, measured {got[name].get(figure)}")
    skipped = [name for name in floors if name not in got]
    print(f"compared {len(got)} diffs {diffs} skipped {len(skipped)}")
    if skipped and len(skipped) <= 40:
        print("skipped: " + " ".join(skipped))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""The layout the README promises: no import cycles, small modules, an emulator on its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGES = ["d365migrate", "dataverse_emulator"]
MAX_LINES = 620  # "no module over about 600 lines"


def modules(package: str) -> dict[str, Path]:
    out = {}
    for path in (SRC / package).rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """Modules of the same tree that ``name`` imports, anywhere in the file (lazy ones too)."""
    is_pkg = path.name == "__init__.py"
    here = name if is_pkg else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = here.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join(parts + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    # A module's own packages are imported before it, so an edge to them is no cycle.
    ancestors = {name.rsplit(".", i)[0] for i in range(1, name.count(".") + 1)}
    return {m for m in found if m in known and m != name and m not in ancestors}


def graph(package: str) -> dict[str, set[str]]:
    mods = modules(package)
    return {name: imports_of(name, path, set(mods)) for name, path in mods.items()}


def find_cycle(g: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(g[n]):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state:
                cycle = visit(m)
                if cycle:
                    return cycle
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(g):
        if n not in state:
            cycle = visit(n)
            if cycle:
                return cycle
    return None


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle(package: str) -> None:
    cycle = find_cycle(graph(package))
    assert cycle is None, " -> ".join(cycle or [])


def test_cycle_finder_sees_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_over_about_600_lines(package: str) -> None:
    long = {name: n for name, path in modules(package).items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, long


def test_emulator_imports_nothing_from_the_migration_package() -> None:
    for name, path in modules("dataverse_emulator").items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[0] == "d365migrate" for n in names), name


def test_stage_packages_do_not_reach_up_into_the_orchestrator() -> None:
    """Stages hand results on through the run folder; only ``run`` and the CLI orchestrate."""
    g = graph("d365migrate")
    for name, deps in g.items():
        if name.startswith(("d365migrate.run", "d365migrate.cli")):
            continue
        assert not any(d == "d365migrate.run" or d.startswith("d365migrate.run.")
                       for d in deps), (name, deps)


def test_staging_does_not_depend_on_the_load() -> None:
    """Staging comes before the load: what both need (the staged reference to a record
    already in the org) lives in staging (``staging.existing_refs``), and the load reads it."""
    g = graph("d365migrate")
    reach = {name: sorted(d for d in deps if d.startswith("d365migrate.load"))
             for name, deps in g.items() if name.startswith("d365migrate.staging")}
    assert not {name: deps for name, deps in reach.items() if deps}

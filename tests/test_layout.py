"""The package's folders are layers: no folder imports, at run time, a folder
that imports it back. Read from the source (``ast``), so a cycle hidden behind
a lazy import inside a function is found too; imports under ``TYPE_CHECKING``
are annotations only and do not count."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "rowloss"


def _runtime_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # ``from rowloss.oracle import narration`` imports the submodule
            found.update(
                f"{node.module}.{alias.name}"
                if _is_module(f"{node.module}.{alias.name}")
                else node.module
                for alias in node.names
            )
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.split(".")[0] == "rowloss"}


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _folder(module: str, depth: int) -> str:
    return ".".join(module.split(".")[: depth + 1])


def _graph(depth: int) -> dict[str, set[str]]:
    """Folder -> folders it imports, folders cut at ``depth`` below ``rowloss``."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        source = _folder(module.removesuffix(".__init__"), depth)
        for imported in _runtime_imports(path):
            target = _folder(imported, depth)
            if target != source:
                graph[source].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path, or ``None``."""
    state: dict[str, str] = {}
    trail: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        trail.append(node)
        for successor in sorted(graph.get(node, ())):
            if state.get(successor) == "open":
                return [*trail[trail.index(successor) :], successor]
            if successor not in state and (found := visit(successor)):
                return found
        state[node] = "done"
        trail.pop()
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


@pytest.mark.parametrize("depth", [1, 2], ids=["top-level folders", "sub-packages"])
def test_no_folder_imports_one_that_imports_it_back(depth):
    assert _cycle(_graph(depth)) is None


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None

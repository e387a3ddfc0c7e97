"""The arrows of docs/DESIGN.md ("Boundaries"), checked by scanning every import of the package.

Each module belongs to a unit: a subpackage (``api``, ``documents``, ``relay``, ``sandbox``,
``services``, ``ui``) or a top-level module (``wire``, ``errors``, ``app``, ``cli``, ...).
Imports inside ``if TYPE_CHECKING:`` are left out (they never run); imports inside functions
count like any other, so a lazy import cannot hide an arrow or a cycle.
"""

from __future__ import annotations

import ast
import itertools
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "medsender_desktop"
NAME = "medsender_desktop"

#: units that import nothing of the package: everyone may import them
BOTTOM = frozenset({"wire", "errors", "_version", "serving", "migrations"})
#: entry points and the composition root: the only units that wire packages together
WIRING = frozenset({"app", "cli", "__main__"})
#: what each unit must not import (DESIGN.md, "Boundaries")
FORBIDDEN: dict[str, frozenset[str]] = {
    "documents": frozenset({"api", "services", "ui", "relay", "sandbox"}) | WIRING,
    "api": frozenset({"services", "ui", "relay", "sandbox"}) | WIRING,
    "relay": frozenset({"ui", "services", "sandbox"}) | WIRING,
    "sandbox": frozenset({"ui", "services", "relay"}) | WIRING,
    "services": frozenset({"ui", "sandbox"}) | WIRING,
    # the UI runs the app (ui.app is the GUI's entry point and builds it through app.py)
    "ui": frozenset({"cli", "__main__"}),
    "app": frozenset({"ui", "cli", "__main__"}),
    "cli": frozenset({"ui", "sandbox", "relay", "app", "__main__"}),
    **{unit: frozenset({"*"}) for unit in BOTTOM},
}
QT_MODULES = ("PySide6", "shiboken6", "qasync", "PyQt5", "PyQt6", "PySide2")


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. medsender_desktop.api.client
    target: str  # the imported module, e.g. medsender_desktop.documents
    line: int
    in_function: bool

    @property
    def source_unit(self) -> str:
        return unit_of(self.module)

    @property
    def target_unit(self) -> str:
        return unit_of(self.target)

    def __str__(self) -> str:
        where = "inside a function" if self.in_function else "at module level"
        return f"{self.module}:{self.line} imports {self.target} ({where})"


def unit_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports_of(path: Path, root: Path = PACKAGE) -> list[Import]:
    """Every run-time import of the package's own modules in ``path``, names resolved:
    ``from medsender_desktop import wire`` imports ``medsender_desktop.wire``."""
    module = module_name(path, root)
    is_package = path.name == "__init__.py"
    found: list[Import] = []

    def resolve(node: ast.ImportFrom) -> str:
        if node.level == 0:
            return node.module or ""
        base = module.split(".")
        base = base[: len(base) - node.level + (1 if is_package else 0)]
        return ".".join([*base, *([node.module] if node.module else [])])

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child, in_function)
            return
        if isinstance(node, ast.Import):
            found.extend(Import(module, alias.name, node.lineno, in_function)
                         for alias in node.names if alias.name.split(".")[0] == root.name)
        elif isinstance(node, ast.ImportFrom):
            target = resolve(node)
            if target.split(".")[0] == root.name:
                for alias in node.names:  # `from pkg import submodule` imports the submodule
                    candidate = f"{target}.{alias.name}"
                    sub = root.parent.joinpath(*candidate.split("."))
                    is_module = sub.with_suffix(".py").is_file() or (sub / "__init__.py").is_file()
                    found.append(Import(module, candidate if is_module else target, node.lineno,
                                        in_function))
        inner = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)), False)
    return found


def package_imports(root: Path = PACKAGE) -> list[Import]:
    return [i for path in sorted(root.rglob("*.py")) for i in imports_of(path, root)]


def is_entry_point(module: str) -> bool:
    return module.endswith(".__main__") or unit_of(module) in WIRING


def arrow_violations(imports: list[Import]) -> list[str]:
    bad = []
    for imp in imports:
        source, target = imp.source_unit, imp.target_unit
        if source == target or imp.module.endswith(".__main__"):
            continue  # inside one unit; `python -m` entry points wire what they run
        forbidden = FORBIDDEN.get(source, frozenset())
        if "*" in forbidden or target in forbidden:
            bad.append(f"{imp}: {source} must not import {target}")
    return bad


def lazy_crossings(imports: list[Import]) -> list[str]:
    """Imports of another unit inside a function (outside entry points): a lazy import
    either hides a cycle or hides an arrow, so neither is allowed."""
    return [str(i) for i in imports
            if i.in_function and i.source_unit != i.target_unit and i.target_unit not in BOTTOM
            and not is_entry_point(i.module)
            and i.module != f"{NAME}.ui.app"]  # the GUI's entry point: Qt only after --version


def cycles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """Every strongly connected group of more than one node (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = itertools.count()

    def connect(node: str) -> None:
        index[node] = low[node] = next(counter)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return groups


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    found = package_imports()
    assert len({i.module for i in found}) > 100, "the scan saw the package's modules"
    return found


def test_every_arrow_points_the_way_design_md_draws_it(imports: list[Import]) -> None:
    assert arrow_violations(imports) == []


def test_no_lazy_import_crosses_into_another_unit(imports: list[Import]) -> None:
    assert lazy_crossings(imports) == []


def test_units_import_each_other_without_cycles(imports: list[Import]) -> None:
    edges = {(i.source_unit, i.target_unit) for i in imports
             if i.source_unit != i.target_unit and not i.module.endswith(".__main__")}
    assert cycles(edges) == []


def test_modules_import_each_other_without_cycles(imports: list[Import]) -> None:
    """Within a unit too (e.g. the dialog factory and printing), lazy imports included;
    a package's ``__init__`` re-exporting its modules is not a cycle of theirs."""
    edges = {(i.module, i.target) for i in imports
             if i.module != i.target and not i.target.startswith(i.module + ".")}
    assert cycles(edges) == []


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names = [str(node.args[0].value)]
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


def test_only_the_ui_imports_qt() -> None:
    offenders = {}
    checked = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "ui") in path.parents:
            continue
        checked += 1
        if found := qt_imports(path):
            offenders[str(path.relative_to(PACKAGE))] = found
    assert checked > 20, "the scan found the package's modules"
    assert offenders == {}


# --- the scan itself sees what it must ------------------------------------------------------------
def _sample_package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / NAME
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for folder in {p.parent for p in root.rglob("*.py")}:
        (folder / "__init__.py").touch()
    return root


def test_the_scan_sees_wrong_arrows_lazy_imports_and_cycles(tmp_path: Path) -> None:
    root = _sample_package(tmp_path, {
        "wire.py": "X = 1\n",
        "documents/worker.py": "from medsender_desktop.api import contract\n",
        "api/contract.py": "from medsender_desktop import wire\n",
        "api/client.py": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                          "    from medsender_desktop.services import session\n"
                          "def load():\n    from medsender_desktop.documents import worker\n"),
        "services/session.py": "from .. import ui\nimport medsender_desktop.sandbox.app\n",
        "ui/__init__.py": "", "sandbox/app.py": "",
        "ui/factory.py": "def p():\n    from medsender_desktop.ui import printing\n",
        "ui/printing.py": "from medsender_desktop.ui.factory import p\n",
    })
    found = package_imports(root)
    assert {(i.module, i.target, i.in_function) for i in found} == {
        ("medsender_desktop.documents.worker", "medsender_desktop.api.contract", False),
        ("medsender_desktop.api.contract", "medsender_desktop.wire", False),
        ("medsender_desktop.api.client", "medsender_desktop.documents.worker", True),
        ("medsender_desktop.services.session", "medsender_desktop.ui", False),
        ("medsender_desktop.services.session", "medsender_desktop.sandbox.app", False),
        ("medsender_desktop.ui.factory", "medsender_desktop.ui.printing", True),
        ("medsender_desktop.ui.printing", "medsender_desktop.ui.factory", False),
    }  # the TYPE_CHECKING import is not there
    assert len(arrow_violations(found)) == 3  # documents->api, services->ui, services->sandbox
    assert lazy_crossings(found) == [
        "medsender_desktop.api.client:5 imports medsender_desktop.documents.worker (inside a function)"]
    unit_edges = {(i.source_unit, i.target_unit) for i in found if i.source_unit != i.target_unit}
    assert cycles(unit_edges) == [["api", "documents"]]
    module_edges = {(i.module, i.target) for i in found}
    assert ["medsender_desktop.ui.factory", "medsender_desktop.ui.printing"] in cycles(module_edges)


def session_reaches(path: Path) -> list[str]:
    """``session.client`` / ``session.sync`` / ``session.relay`` in a view: reaching past the
    session into the services behind it instead of asking the session."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in ("client", "sync", "relay"):
            owner = node.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if name.lstrip("_") == "session":
                found.append(f"{path.name}:{node.lineno} {name}.{node.attr}")
    return found


def test_views_talk_to_the_session_not_to_the_services_behind_it() -> None:
    offenders = [hit for path in sorted((PACKAGE / "ui").rglob("*.py")) for hit in session_reaches(path)]
    assert offenders == []


def test_the_scan_sees_reaching_past_the_session(tmp_path: Path) -> None:
    view = tmp_path / "view.py"
    view.write_text("async def f(self):\n    await self._bridge.session.sync.refresh()\n"
                    "    await self._session.client.list_clients()\n    self._session.refresh()\n")
    assert session_reaches(view) == ["view.py:2 session.sync", "view.py:3 _session.client"]

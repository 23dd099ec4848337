"""Imports point one way: referrals → selfassess → home → portal, and resources → home → portal
(docs/architecture.md). Tests, migrations and portal/urls.py (which wires every app's URLs in)
are exempt. An import against the direction fails here with the file and line."""

import ast
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
MAY_IMPORT = {
    "portal": set(),
    "home": {"portal"},
    "selfassess": {"home", "portal"},
    "referrals": {"selfassess", "home", "portal"},
    "resources": {"home", "portal"},
}
EXEMPT = {Path("portal/urls.py")}


def runtime_files(app):
    for path in sorted((BASE_DIR / app).rglob("*.py")):
        relative = path.relative_to(BASE_DIR)
        if {"tests", "migrations"} & set(relative.parts) or relative in EXEMPT:
            continue
        yield relative


def imported_apps(path):
    """Every app of ours this file imports, at the top or inside a function, with the line."""
    tree = ast.parse((BASE_DIR / path).read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in MAY_IMPORT:
                yield top, node.lineno


def wrong_way_imports():
    found = []
    for app, allowed in MAY_IMPORT.items():
        for path in runtime_files(app):
            for imported, line in imported_apps(path):
                if imported != app and imported not in allowed:
                    found.append(f"{path}:{line} imports {imported}")
    return found


def test_imports_point_one_way():
    assert wrong_way_imports() == []


def test_the_check_sees_a_wrong_way_import(tmp_path, monkeypatch):
    """The test above can fail: a file in home importing referrals is reported."""
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "bad.py").write_text("def f():\n    from referrals.models import Referral\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["x"]), "BASE_DIR", tmp_path)
    for app in MAY_IMPORT:
        (tmp_path / app).mkdir(exist_ok=True)
    assert wrong_way_imports() == ["home/bad.py:2 imports referrals"]

"""`pip install .`: the wheel carries the whole app with its files, and the installed app runs anywhere."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import app
from app import paths
from tests.conftest import PROJECT_ROOT

SHIPPED = ["app/assets/catalog.sqlite", "app/assets/fonts/wqy-microhei.ttc", "app/assets/fonts/wqy-microhei-LICENSE.txt",
           "app/assets/i18n/phone_guide_zh_CN.qm", "app/assets/i18n/phone_guide_en.qm",
           "app/models/nlu-minilm-l6-int8.onnx", "app/models/tokenizer.json",
           "app/models/labels.json", "app/models/MODEL_CARD.md", "app/understanding/traditional-to-simplified.txt",
           "app/understanding/traditional-to-simplified.LICENSE.txt"]


def tracked(pattern: str) -> list[str]:
    return subprocess.run(["git", "ls-files", pattern], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          check=True).stdout.split()


def test_the_wheel_carries_the_catalog_model_font_and_translation(wheel_names):
    missing = [name for name in SHIPPED if name not in wheel_names]
    assert not missing, f"not in the wheel: {missing}"


def test_every_app_module_and_data_file_is_in_the_wheel(wheel_names):
    """Found by rule, not by a list: a new part (app/voice/, app/catalog/store.py) is shipped without edits."""
    in_checkout = [name for name in tracked("app") if not name.endswith((".pyc",))]
    assert in_checkout
    missing = [name for name in in_checkout if name not in wheel_names]
    assert not missing, f"in app/ but not in the wheel: {missing}"


def test_the_wheel_leaves_out_training_tests_and_screenshots(wheel_names):
    unwanted = [name for name in wheel_names
                if name.startswith(("models/", "tests/", "app/models/training/", "app/assets/screenshots"))
                or name.endswith((".ts", ".pyc"))]
    assert not unwanted


def test_the_wheel_carries_the_licences(wheel_names):
    licences = {Path(name).name for name in wheel_names if ".dist-info/licenses/" in name}
    assert {"LICENSE", "NOTICE", "THIRD-PARTY.md", "wqy-microhei-LICENSE.txt",
            "traditional-to-simplified.LICENSE.txt"} <= licences


def test_the_wheel_the_app_and_the_command_agree_on_the_version(wheel, installed):
    assert wheel.name.startswith(f"phone_guide-{app.__version__}-")
    printed = subprocess.run([sys.executable, "-m", "app", "--version"], cwd=PROJECT_ROOT, capture_output=True,
                             text=True, timeout=60)
    assert printed.stdout.strip() == f"phone-guide {app.__version__}"
    metadata = next(installed.glob("phone_guide-*.dist-info")) / "METADATA"
    assert f"\nVersion: {app.__version__}\n" in metadata.read_text(encoding="utf-8")
    assert "License-Expression: Apache-2.0" in metadata.read_text(encoding="utf-8")


def run_installed(installed: Path, tmp_path: Path, *command: str) -> subprocess.CompletedProcess:
    """A command with only the installed copy of the app on the path, started away from the checkout."""
    env = {"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "PHONE_GUIDE_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(list(command), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_the_installed_app_finds_its_files_inside_the_package(installed, tmp_path):
    result = run_installed(installed, tmp_path, sys.executable, "-c",
                           "import json, app, app.paths as p; print(json.dumps([app.__file__, str(p.ASSETS_DIR), "
                           "str(p.MODELS_DIR), str(p.catalog_path()), str(p.model_dir())]))")
    assert result.returncode == 0, result.stderr
    package = installed / "app"
    module, assets, models, catalog, model = (Path(text) for text in json.loads(result.stdout))
    assert module == package / "__init__.py"
    assert assets == package / "assets" and models == package / "models"
    assert catalog.is_file() and catalog.parent == assets
    assert (model / "nlu-minilm-l6-int8.onnx").is_file()


def test_the_phone_guide_command_works_when_installed(installed, tmp_path):
    command = installed / "bin" / "phone-guide"
    assert command.is_file()
    version = run_installed(installed, tmp_path, str(command), "--version")
    assert version.stdout.strip() == f"phone-guide {app.__version__}"
    understood = run_installed(installed, tmp_path, str(command), "nlu", "under 3000 yuan, no Samsung")
    assert understood.returncode == 0, understood.stderr
    prefs = json.loads(understood.stdout)
    assert prefs["budget_max"] == 3000 and prefs["currency"] == "CNY" and prefs["brands_exclude"] == ["Samsung"]
    about = run_installed(installed, tmp_path, str(command), "catalog", "about")
    assert about.returncode == 0 and "phones" in about.stdout, about.stderr
    as_module = run_installed(installed, tmp_path, sys.executable, "-m", "app", "--version")
    assert as_module.stdout.strip() == f"phone-guide {app.__version__}"


def test_a_checkout_uses_its_own_folders():
    # Run from the checkout, the package has no assets/ or models/ of its own: the checkout's are used.
    assert not (Path(app.__file__).parent / "assets").exists()
    assert paths.ASSETS_DIR == PROJECT_ROOT / "assets" and paths.MODELS_DIR == PROJECT_ROOT / "models"
    # A folder the package does have is taken from the package.
    assert paths.shipped_folder("understanding", "nowhere") == Path(app.__file__).parent / "understanding"


def test_the_data_directory_can_be_set(monkeypatch, tmp_path):
    monkeypatch.setenv("PHONE_GUIDE_DATA_DIR", str(tmp_path))
    assert paths.data_dir() == tmp_path
    monkeypatch.delenv("PHONE_GUIDE_DATA_DIR")
    assert paths.data_dir().name == paths.APP_NAME


def imported_top_level_modules() -> set[str]:
    found = set()
    for source in (PROJECT_ROOT / "app").rglob("*.py"):
        for line in source.read_text(encoding="utf-8").splitlines():
            match = re.match(r"\s*(?:from|import)\s+([A-Za-z_][A-Za-z0-9_]*)", line)
            if match:
                found.add(match.group(1))
    return found


def test_every_runtime_dependency_is_used():
    """No dependency that nothing imports (sqlite-utils was one)."""
    from importlib.metadata import packages_distributions

    declared = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[=<>!~\[; ]", requirement)[0].lower().replace("_", "-") for requirement in declared}
    used = {distribution.lower().replace("_", "-") for module in imported_top_level_modules()
            for distribution in packages_distributions().get(module, [])}
    assert names - used == set(), f"declared but never imported by app/: {sorted(names - used)}"

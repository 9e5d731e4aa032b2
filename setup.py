"""The wheel's package layout (everything else is in pyproject.toml).

The shipped files stay where they are in the checkout (`assets/`, `models/`) and are
mapped into the `app` package in the wheel, as `app/assets/` and `app/models/`, so an
installed app finds them through importlib.resources (see app/paths.py). Every `app`
subpackage is found by itself; the training code (`models/training/`) is not shipped.
"""

from setuptools import find_packages, setup

SHIPPED_FOLDERS = {"app.assets": "assets", "app.models": "models"}

setup(
    packages=find_packages(include=["app", "app.*"]) + list(SHIPPED_FOLDERS),
    package_dir=SHIPPED_FOLDERS,
)

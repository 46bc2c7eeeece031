"""The one packaging fact pyproject.toml cannot state: the scenarios stay in the
top-level ``scenarios/`` folder of the repository, yet a wheel must carry them,
so they are installed as the package ``rowloss_scenarios`` beside every package
found under ``src/`` (found, not listed: a new package needs no line here).
Everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages("src", exclude=["*__pycache__"]), "rowloss_scenarios"],
    package_dir={"": "src", "rowloss_scenarios": "scenarios"},
)

"""Shared fixtures: the spaCy model once per session, paths to test data."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip a test whose real part is missing, but fail instead under CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


def require_executable(name: str) -> str:
    path = shutil.which(name) or (name if os.access(name, os.X_OK) else None)
    require(path is not None, f"{name} is not installed")
    return path


@pytest.fixture(scope="session")
def nlp():
    from extract.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (DATA / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA

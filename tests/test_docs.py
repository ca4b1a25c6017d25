"""The README's examples run, as a new user would type them."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = os.path.dirname(sys.executable)


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def shell_commands() -> list[str]:
    commands = []
    for block in blocks("sh"):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if "newsgraph " in line and not line.startswith("make "):
                commands.append(line)
    return commands


@pytest.fixture
def workdir(tmp_path):
    """A folder where README paths such as examples/ resolve."""
    for name in ("examples", "benchmarks", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def test_readme_has_the_two_commands():
    assert "make demo" in README and "make test" in README


@pytest.mark.parametrize("command", shell_commands())
def test_readme_shell_examples_run(command, workdir):
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}
    proc = subprocess.run(command, shell=True, cwd=workdir, capture_output=True, text=True, env=env,
                          timeout=600)
    assert proc.returncode == 0, f"{command}\n{proc.stdout}\n{proc.stderr}"
    assert proc.stdout.strip(), f"{command} printed nothing"


@pytest.mark.parametrize("index", range(len(blocks("python"))))
def test_readme_python_examples_run(index, workdir):
    code = blocks("python")[index]
    proc = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600)
    assert proc.returncode == 0, f"{code}\n{proc.stderr}"

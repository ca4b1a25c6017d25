"""The README's examples run, as a new user would type them."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = os.path.dirname(sys.executable)


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def shell_scripts() -> list[str]:
    """The README's ``sh`` blocks that run newsgraph, without ``make`` lines."""
    scripts = []
    for block in blocks("sh"):
        lines = [line for line in block.splitlines() if not line.startswith("make ")]
        if any("newsgraph " in line for line in lines):
            scripts.append("\n".join(lines))
    return scripts


@pytest.fixture
def workdir(tmp_path):
    """A folder where README paths such as examples/ resolve."""
    for name in ("examples", "benchmarks", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def test_readme_has_the_two_commands():
    assert "make demo" in README and "make test" in README


@pytest.mark.parametrize("script", shell_scripts(), ids=lambda s: s.splitlines()[0][:60])
def test_readme_shell_examples_run(script, workdir):
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}
    proc = subprocess.Popen(["bash", "-e", "-c", script], cwd=workdir, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=600)
    finally:
        # A server the script started in the background goes with it.
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    assert proc.returncode == 0, f"{script}\n{out}\n{err}"
    assert out.strip(), f"{script} printed nothing"


@pytest.mark.parametrize("index", range(len(blocks("python"))))
def test_readme_python_examples_run(index, workdir):
    code = blocks("python")[index]
    proc = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600)
    assert proc.returncode == 0, f"{code}\n{proc.stderr}"

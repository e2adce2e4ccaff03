"""Shared fixtures: a real workspace in a temporary folder, the real CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from mlroadmap.curriculum import Exercise, load_roadmap
from mlroadmap.grading.client import Grader
from mlroadmap.grading.limits import Limits

TEST_LIMITS = Limits(cpu_seconds=3, wall_seconds=4, memory_mb=1024, output_kb=64)


@pytest.fixture(scope="session")
def roadmap():
    return load_roadmap()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default workspace lives here; the real home folder is never touched."""
    root = tmp_path / "home" / "mlroadmap"
    monkeypatch.setenv("MLROADMAP_HOME", str(root))
    monkeypatch.delenv("MLROADMAP_DATABASE_URL", raising=False)
    return root


def run_cli(
    *args: str,
    cwd: Path | None = None,
    input: str | None = None,
    env: dict | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess:
    """``python -m mlroadmap ARGS`` as a learner would run it (no terminal attached)."""
    return subprocess.run(
        [sys.executable, "-m", "mlroadmap", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )


@pytest.fixture
def cli(home: Path):
    return run_cli


def start_at(topic: str) -> None:
    """Skip every built topic before ``topic`` in learning order, so that it is the next step."""
    roadmap = load_roadmap()
    for earlier in roadmap.order[: roadmap.order.index(topic)]:
        if roadmap.topics[earlier].available:
            assert run_cli("skip", earlier).returncode == 0


TOY_SOLUTION = '''\
import numpy as np


def double(x: np.ndarray) -> np.ndarray:
    """Twice every value."""
    return 2 * x
'''

TOY_STUB = '''\
import numpy as np


def double(x: np.ndarray) -> np.ndarray:
    """Twice every value."""
    # TODO: your code here
    raise NotImplementedError("double")
'''

TOY_CHECK = """\
import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant


def cases():
    rng = np.random.default_rng(0)
    return [
        Case("three values", (np.arange(3.0),)),
        Case("random 5x2, seed 0", (rng.normal(size=(5, 2)),)),
    ]


CHECK = Check(
    function="double",
    cases=cases,
    mutants=[Mutant(lambda x: x + x + 1, "you added one after doubling")],
)
"""


@pytest.fixture(scope="session")
def toy_exercise(tmp_path_factory: pytest.TempPathFactory) -> Exercise:
    """A tiny exercise of the tests' own, so grader tests do not depend on shipped content."""
    folder = tmp_path_factory.mktemp("toy-topic")
    for sub, text in (("exercises", TOY_STUB), ("solutions", TOY_SOLUTION), ("checks", TOY_CHECK)):
        (folder / sub).mkdir()
        (folder / sub / "01_double.py").write_text(text)
    return Exercise("toy/double", "toy", "testing", "Double", "01_double.py", ("a", "b", "c"), folder)


@pytest.fixture(scope="session")
def grader() -> Iterator[Grader]:
    """A grader with the default limits, as a learner has: some checks import scikit-learn."""
    with Grader(Limits()) as g:
        yield g


def learner_file(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "learner.py"
    path.write_text(textwrap.dedent(source))
    return path


def topic_files(folder: Path):
    """A topic's trusted files for its oracle tests: ``check(file)`` gives an exercise's
    Check, ``solution(file)`` the solution's function that the check names."""
    from mlroadmap.grading.worker import load_module

    def check(file: str):
        return load_module(folder / "checks" / file).CHECK

    def solution(file: str):
        return getattr(load_module(folder / "solutions" / file), check(file).function)

    return check, solution

"""``mlroadmap watch`` driven like a learner: saves in an editor, keys on stdin."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import run_cli, start_at
from mlroadmap.curriculum import load_roadmap

NUMPY = Path(__file__).resolve().parents[1] / "src/mlroadmap/curriculum/content/programming/numpy"


class Session:
    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mlroadmap", "watch", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "COLUMNS": "200"},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)

    def expect(self, text: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                continue
            self.seen.append(line)
            if text in line:
                return
        pytest.fail(f"{text!r} never appeared; the screen showed:\n{''.join(self.seen)}")

    def press(self, key: str) -> None:
        self.proc.stdin.write(key)
        self.proc.stdin.flush()

    def quit(self) -> int:
        self.press("q")
        code = self.proc.wait(timeout=10)
        assert "Traceback" not in "".join(self.seen)
        return code


@pytest.fixture
def workspace(home: Path) -> Path:
    start_at("numpy")  # the watch below starts on numpy's first exercise
    return home / "exercises/programming/numpy"


def test_watch_checks_every_save_and_survives_deleted_and_emptied_files(workspace, home):
    watch = Session()
    watch.expect("numpy/standardize: not attempted")
    watch.expect("Progress:")
    time.sleep(0.5)  # the watcher is up once the first screen is drawn; give it a moment
    (workspace / "01_standardize.py").write_text((NUMPY / "solutions/01_standardize.py").read_text())
    watch.expect("numpy/standardize: passed")
    status = json.loads(run_cli("status", "--json").stdout)  # while watch holds the database
    assert {e["id"]: e["verdict"] for e in status["exercises"]}["numpy/standardize"] == "passed"
    (workspace / "02_pairwise_distances.py").write_text("")
    watch.expect("does not define `pairwise_sq_distances`")
    (workspace / "02_pairwise_distances.py").unlink()
    watch.expect("was deleted")
    watch.press("x")
    watch.expect("Restored")
    assert "NotImplementedError" in (workspace / "02_pairwise_distances.py").read_text()
    watch.press("h")
    watch.expect("Hint 1/3 for numpy/pairwise-distances")
    watch.press("l")
    watch.expect("numpy/softmax")
    watch.press("n")
    watch.expect("Next:")
    assert watch.quit() == 0
    (workspace / "01_standardize.py").write_text("changed after quitting\n")
    verdicts = [e["verdict"] for e in json.loads(run_cli("status", "--json").stdout)["exercises"]]
    assert verdicts.count("passed") == 1


def test_manual_mode_checks_on_enter(workspace):
    watch = Session("--manual")
    watch.expect("numpy/standardize: not attempted")
    (workspace / "01_standardize.py").write_text((NUMPY / "solutions/01_standardize.py").read_text())
    time.sleep(0.5)
    watch.press("\n")
    watch.expect("numpy/standardize: passed")
    watch.press("c")
    watch.expect(f"1/{len(load_roadmap().exercises)} pass")
    assert watch.quit() == 0

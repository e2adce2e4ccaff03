"""The learner-facing side of the grader: start the worker, send it jobs, read verdicts."""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlroadmap.curriculum.model import Exercise
from mlroadmap.grading.limits import Limits
from mlroadmap.grading.verdict import Status, Verdict

_PASSED_THROUGH = ("PATH", "LANG", "LC_ALL", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
_STARTUP_SECONDS = 30.0  # importing NumPy on a cold, busy laptop


def worker_environment() -> dict[str, str]:
    """A minimal environment: no tokens, keys or other secrets reach the sandbox."""
    env = {k: os.environ[k] for k in _PASSED_THROUGH if k in os.environ}
    env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1", MPLBACKEND="Agg")
    return env


class Grader:
    """A warm grading worker. Start it early: it imports NumPy while the caller works."""

    def __init__(self, limits: Limits, root: Path | None = None) -> None:
        self.limits = limits
        self.root = root
        self._proc: subprocess.Popen[bytes] | None = None
        self._buffer = b""

    def start(self) -> Grader:
        if self._proc is None or self._proc.poll() is not None:
            self._errors = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the worker
            self._proc = subprocess.Popen(
                [sys.executable, "-I", "-m", "mlroadmap.grading.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._errors,
                env=worker_environment(),
                cwd=tempfile.gettempdir(),
                start_new_session=True,
            )
            self._buffer = b""
        return self

    def check(self, exercise: Exercise, learner: Path) -> Verdict:
        """Grade the learner's file for ``exercise``. Never raises for the learner's mistakes."""
        proc = self.start()._proc
        assert proc and proc.stdin and proc.stdout
        job = {
            "learner": str(learner),
            "stub": str(exercise.stub_path),
            "solution": str(exercise.solution_path),
            "check": str(exercise.check_path),
            "limits": dict(vars(self.limits)),
            "root": str(self.root) if self.root else "",
        }
        try:
            proc.stdin.write((json.dumps(job) + "\n").encode())
            proc.stdin.flush()
            line = self._read_line(proc, self.limits.wall_seconds + _STARTUP_SECONDS)
        except (BrokenPipeError, TimeoutError) as e:
            return self._failed(f"the grader did not answer ({type(e).__name__})")
        if line is None:
            return self._failed("the grader stopped unexpectedly")
        return Verdict.from_dict(json.loads(line))

    def _read_line(self, proc: subprocess.Popen[bytes], timeout: float) -> str | None:
        assert proc.stdout
        deadline = time.monotonic() + timeout
        fd = proc.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                if selector.select(timeout=remaining):
                    chunk = os.read(fd, 1 << 20)
                    if not chunk:
                        return None
                    self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode()

    def _failed(self, what: str) -> Verdict:
        detail = ""
        if self._proc is not None:
            self.close()
            self._errors.seek(0)
            lines = self._errors.read().decode(errors="replace").strip().splitlines()
            detail = f": {lines[-1]}" if lines else ""
        return Verdict(Status.ERROR, f"{what}{detail}; this is a bug in mlroadmap, please report it")

    def close(self, wait: bool = True) -> None:
        """End the worker: it exits when its stdin closes, after the job it is on.

        ``wait=False`` is for a one-shot check: the verdict is in, and the worker's own
        clean-up (about 50 ms of NumPy teardown) need not delay the learner.
        """
        if self._proc is None:
            return
        proc, self._proc = self._proc, None
        with contextlib.suppress(OSError):
            if proc.stdin:
                proc.stdin.close()
        if proc.stdout:
            proc.stdout.close()
        if not wait:
            return
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    def __enter__(self) -> Grader:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

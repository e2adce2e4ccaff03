"""Run a function in a forked child under limits, and supervise it from outside.

The child gets: a new process group, stdin from /dev/null, stdout and stderr on
pipes that the parent reads up to a cap, no other file descriptors, a temporary
working directory, a minimal environment, rlimits (CPU, address space, file size,
open files, processes, no core dumps) and, where the kernel allows it without
privileges, a new network namespace with no interfaces up. The parent enforces a
wall-clock deadline by killing the whole process group.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import selectors
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mlroadmap.grading.limits import Limits

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
CHILD_FAILED = 70  # the sandbox itself could not be set up (EX_SOFTWARE)
SANDBOX_REPORT = "sandbox.json"


@dataclass
class Outcome:
    """What the parent saw of the child."""

    exit_code: int | None
    signal: int | None
    timed_out: bool
    stdout: str
    stderr: str
    wall_seconds: float
    peak_memory_mb: float


def _cut_network() -> tuple[bool, str]:
    """Move into a new network namespace; only loopback exists there, and it is down."""
    if not sys.platform.startswith("linux"):
        return False, f"network isolation is not available on {sys.platform}"
    libc = ctypes.CDLL(None, use_errno=True)
    for flags in (_CLONE_NEWUSER | _CLONE_NEWNET, _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True, ""
    reason = os.strerror(ctypes.get_errno())
    return False, f"the network could not be cut off (unshare: {reason}); the run was not isolated"


def _user_tasks() -> int:
    """Processes and threads of this user: RLIMIT_NPROC counts all of them."""
    uid, total = os.getuid(), 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    total += len(os.listdir(f"/proc/{entry.name}/task"))
            except OSError:
                continue
    return total


def _set_limits(limits: Limits) -> None:
    cpu = max(1, round(limits.cpu_seconds))
    memory = int(limits.memory_mb * 1024 * 1024)
    file_size = int(limits.file_size_mb * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
    resource.setrlimit(resource.RLIMIT_NOFILE, (int(limits.open_files), int(limits.open_files)))
    if os.getuid() != 0 and os.path.isdir("/proc/self/task"):
        tasks = _user_tasks() + int(limits.processes)
        resource.setrlimit(resource.RLIMIT_NPROC, (tasks, tasks))


def _enter(limits: Limits, workdir: Path, out_w: int, err_w: int, report: Path) -> None:
    """Everything the child does to itself before it runs untrusted code."""
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(out_w, 1)
    os.dup2(err_w, 2)
    os.closerange(3, 65536)
    isolated, note = _cut_network()
    os.chdir(workdir)
    keep = {
        k: os.environ[k] for k in ("PATH", "LANG", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ
    }
    os.environ.clear()
    os.environ.update(
        keep,
        HOME=str(workdir),
        TMPDIR=str(workdir),
        OMP_NUM_THREADS="1",
        OPENBLAS_NUM_THREADS="1",
        MKL_NUM_THREADS="1",
        MPLBACKEND="Agg",
    )
    report.write_text(json.dumps({"isolated": isolated, "note": note}), encoding="utf-8")
    _set_limits(limits)


def spawn(target: Callable[[], None], limits: Limits, workdir: Path, report: Path) -> tuple[int, int, int]:
    """Fork a sandboxed child that runs ``target``; returns (pid, stdout fd, stderr fd)."""
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never return into the parent's code
        code = CHILD_FAILED
        try:
            os.setpgid(0, 0)
            _enter(limits, workdir, out_w, err_w, report)
            code = CHILD_FAILED + 1
            target()
            code = 0
        except BaseException:
            with contextlib.suppress(BaseException):
                traceback.print_exc()
        finally:
            os._exit(code)
    with contextlib.suppress(OSError):  # the child got there first, or already exited
        os.setpgid(pid, pid)
    os.close(out_w)
    os.close(err_w)
    return pid, out_r, err_r


class _Stream:
    """One of the child's output pipes: the first ``cap`` bytes are kept, the rest counted."""

    def __init__(self, fd: int, cap: int) -> None:
        self.fd, self.cap = fd, cap
        self.chunks: list[bytes] = []
        self.size = self.dropped = 0

    def read(self) -> bool:
        """Read what is there now; False once the pipe is closed."""
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return True
            except OSError:
                return False
            if not data:
                return False
            room = max(0, self.cap - self.size)
            self.chunks.append(data[:room])
            self.size += min(room, len(data))
            self.dropped += max(0, len(data) - room)

    @property
    def text(self) -> str:
        text = b"".join(self.chunks).decode("utf-8", errors="replace")
        note = f"\n… output truncated: {self.dropped} more bytes not shown" if self.dropped else ""
        return text + note


def supervise(pid: int, out_r: int, err_r: int, limits: Limits, started: float) -> Outcome:
    """Read the child's output (capped), wait for it, and kill its group at the deadline."""
    streams = {fd: _Stream(fd, int(limits.output_kb * 1024)) for fd in (out_r, err_r)}
    selector = selectors.DefaultSelector()
    for fd in streams:
        os.set_blocking(fd, False)
        selector.register(fd, selectors.EVENT_READ)
    deadline = started + limits.wall_seconds
    status, rusage, timed_out = None, None, False
    while True:
        for key, _ in selector.select(timeout=0.02):
            if not streams[key.fd].read():
                selector.unregister(key.fd)
        if status is None:
            waited, status, rusage = os.wait4(pid, os.WNOHANG)
            status = status if waited else None
        if status is not None and not selector.get_map():
            break
        if status is not None or time.monotonic() > deadline:
            # the child is gone (or must go): whatever it started goes with it, and
            # a grandchild holding a pipe open cannot keep us waiting
            timed_out = status is None
            _kill_group(pid)
            if status is None:
                _, status, rusage = os.wait4(pid, 0)
            for stream in streams.values():
                stream.read()
            break
    selector.close()
    for fd in streams:
        os.close(fd)
    return Outcome(
        exit_code=os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else None,
        signal=os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        timed_out=timed_out,
        stdout=streams[out_r].text,
        stderr=streams[err_r].text,
        wall_seconds=time.monotonic() - started,
        peak_memory_mb=(rusage.ru_maxrss / 1024 if rusage else 0.0),
    )


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)

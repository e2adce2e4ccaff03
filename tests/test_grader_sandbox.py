"""The grader against hostile and broken learner code: every way out is a clear verdict."""

from __future__ import annotations

import os
import resource
import socket
import threading
import time
from pathlib import Path

import pytest

from conftest import TEST_LIMITS, learner_file
from mlroadmap.grading.client import Grader
from mlroadmap.grading.limits import Limits
from mlroadmap.grading.verdict import Status


@pytest.fixture(scope="module")
def grader():
    """Tight limits, so that the hostile cases below end in seconds."""
    with Grader(TEST_LIMITS) as g:
        yield g


def grade(grader, toy_exercise, tmp_path, source):
    return grader.check(toy_exercise, learner_file(tmp_path, source))


def test_correct_code_passes(grader, toy_exercise, tmp_path):
    v = grade(grader, toy_exercise, tmp_path, "def double(x):\n    return x * 2\n")
    assert v.status is Status.PASSED, v.message
    assert [c.status for c in v.cases] == ["pass", "pass"]
    assert v.isolated, v.isolation_note


def test_untouched_stub_is_not_attempted(grader, toy_exercise):
    v = grader.check(toy_exercise, toy_exercise.stub_path)
    assert v.status is Status.NOT_ATTEMPTED


def test_edited_stub_that_still_raises_is_not_attempted(grader, toy_exercise, tmp_path):
    source = toy_exercise.stub_path.read_text() + "\n# I looked at it\n"
    v = grade(grader, toy_exercise, tmp_path, source)
    assert v.status is Status.NOT_ATTEMPTED
    assert "NotImplementedError" in v.message


def test_infinite_loop_is_stopped_by_the_cpu_limit(toy_exercise, tmp_path):
    # A wall clock far beyond the CPU limit, so a busy machine cannot make the wall clock fire first.
    with Grader(Limits(cpu_seconds=2, wall_seconds=30, memory_mb=1024, output_kb=64)) as grader:
        v = grade(grader, toy_exercise, tmp_path, "def double(x):\n    while True:\n        pass\n")
    assert v.status is Status.TIMED_OUT
    assert "CPU" in v.message


def test_sleeping_forever_is_stopped_by_the_wall_clock(grader, toy_exercise, tmp_path):
    started = time.monotonic()
    v = grade(grader, toy_exercise, tmp_path, "import time\ndef double(x):\n    time.sleep(600)\n")
    assert v.status is Status.TIMED_OUT
    assert f"{TEST_LIMITS.wall_seconds:g} s" in v.message
    assert time.monotonic() - started < TEST_LIMITS.wall_seconds + 3


@pytest.mark.parametrize(
    "body",
    [
        "return bytearray(8 * 1024**3)",
        "chunks = []\n    while True:\n        chunks.append(bytearray(50 * 1024**2))",
    ],
    ids=["one huge allocation", "growing list"],
)
def test_memory_bomb_is_out_of_memory(grader, toy_exercise, tmp_path, body):
    v = grade(grader, toy_exercise, tmp_path, f"def double(x):\n    {body}\n")
    assert v.status is Status.OUT_OF_MEMORY, v.message
    assert v.peak_memory_mb <= TEST_LIMITS.memory_mb


def test_printing_100_mb_is_cut_and_the_check_still_judged(grader, toy_exercise, tmp_path):
    v = grade(
        grader, toy_exercise, tmp_path, "def double(x):\n    print('x' * 100_000_000)\n    return 2 * x\n"
    )
    assert v.status is Status.PASSED
    assert "more characters not shown" in v.cases[0].output
    assert len(v.cases[0].output) < 10_000


def test_writing_100_mb_to_the_stdout_descriptor_is_capped(grader, toy_exercise, tmp_path):
    source = (
        "import os\ndef double(x):\n    for _ in range(100):\n"
        "        os.write(1, b'y' * 1_000_000)\n    return 2 * x\n"
    )
    v = grade(grader, toy_exercise, tmp_path, source)
    assert v.status is Status.PASSED
    assert "output truncated" in v.output
    assert len(v.output) < TEST_LIMITS.output_kb * 1024 + 200


def test_fork_loop_leaves_no_process_behind(grader, toy_exercise, tmp_path):
    marker = tmp_path / "pgid"
    source = f"""
import os, time
def double(x):
    open({str(marker)!r}, "w").write(str(os.getpgid(0)))
    for _ in range(20):  # bounded: a real fork bomb is stopped the same way, by the group kill
        if os.fork() == 0:
            time.sleep(600)
            os._exit(0)
    return 2 * x
"""
    v = grade(grader, toy_exercise, tmp_path, source)
    assert v.status is Status.PASSED
    pgid = int(marker.read_text())
    assert pgid != os.getpgid(0), "the child runs in its own process group"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        alive = [
            p for p in os.listdir("/proc") if p.isdigit() and int(_stat(p)[2]) == pgid and _stat(p)[0] != "Z"
        ]
        assert not alive, f"processes left behind: {alive}"


def _stat(pid: str) -> list[str]:
    """The fields of /proc/PID/stat after the command name: state is [0], pgid is [2]."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return ["Z", "0", "-1"]  # gone: as good as reaped


def test_sys_exit_before_returning(grader, toy_exercise, tmp_path):
    v = grade(grader, toy_exercise, tmp_path, "import sys\ndef double(x):\n    sys.exit(3)\n")
    assert v.status is Status.ERROR
    assert "sys.exit(3)" in v.message


def test_sys_exit_while_loading(grader, toy_exercise, tmp_path):
    v = grade(grader, toy_exercise, tmp_path, "import sys\nsys.exit(3)\n")
    assert v.status is Status.ERROR
    assert "sys.exit(3)" in v.message and "loading" in v.message


def test_os_exit_zero_before_returning_is_not_a_pass(grader, toy_exercise, tmp_path):
    v = grade(grader, toy_exercise, tmp_path, "import os\ndef double(x):\n    os._exit(0)\n")
    assert v.status is Status.CRASHED
    assert "os._exit" in v.message


def test_keyboard_interrupt_is_an_error_not_a_crash_of_the_grader(grader, toy_exercise, tmp_path):
    v = grade(grader, toy_exercise, tmp_path, "def double(x):\n    raise KeyboardInterrupt\n")
    assert v.status is Status.ERROR
    assert "KeyboardInterrupt" in v.message
    again = grade(grader, toy_exercise, tmp_path, "def double(x):\n    return 2 * x\n")
    assert again.status is Status.PASSED


def test_segfault_is_crashed_with_the_signal(grader, toy_exercise, tmp_path):
    v = grade(
        grader,
        toy_exercise,
        tmp_path,
        "import os, signal\ndef double(x):\n    os.kill(os.getpid(), signal.SIGSEGV)\n",
    )
    assert v.status is Status.CRASHED
    assert "SIGSEGV" in v.message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("return 'hello'", "got a str"),
        ("return x.reshape(1, -1)", "expected shape"),
        ("y = 2 * x\n    y[0] = float('nan')\n    return y", "NaN"),
        ("2 * x", "did you forget `return`"),
        ("import numpy as np\n    return np.array([object()] * x.size).reshape(x.shape)", "object"),
    ],
    ids=["wrong type", "wrong shape", "NaN", "None", "object array"],
)
def test_wrong_results_fail_with_what_differs(grader, toy_exercise, tmp_path, body, expected):
    v = grade(grader, toy_exercise, tmp_path, f"def double(x):\n    {body}\n")
    assert v.status is Status.FAILED
    assert expected in v.message


def test_an_object_that_claims_equality_cannot_pass(grader, toy_exercise, tmp_path):
    source = """
class Liar:
    def __eq__(self, other): return True
    def __array__(self, *a, **k): raise RuntimeError
    shape = property(lambda self: (3,))
def double(x):
    return Liar()
"""
    v = grade(grader, toy_exercise, tmp_path, source)
    assert v.status is Status.FAILED
    assert "Liar" in v.message


def test_syntax_error_gives_file_line_and_column(grader, toy_exercise, tmp_path):
    path = learner_file(tmp_path, "def double(x)\n    return 2 * x\n")
    v = grader.check(toy_exercise, path)
    assert v.status is Status.SYNTAX_ERROR
    assert f"{path}:1:" in v.message


def test_import_of_a_missing_module_names_it_and_the_line(grader, toy_exercise, tmp_path):
    path = learner_file(tmp_path, "import numpyy\ndef double(x):\n    return 2 * x\n")
    v = grader.check(toy_exercise, path)
    assert v.status is Status.ERROR
    assert "No module named 'numpyy'" in v.message
    assert f"{path}:1" in v.message


def test_traceback_is_cut_to_the_learners_frames(grader, toy_exercise, tmp_path):
    path = learner_file(tmp_path, "import numpy as np\ndef double(x):\n    return np.reshape(x, (7, 7))\n")
    v = grader.check(toy_exercise, path)
    assert v.status is Status.ERROR
    assert f"{path}:3 in double" in v.cases[0].message
    assert "site-packages" not in v.cases[0].message and "numpy/" not in v.cases[0].message


def test_empty_or_deleted_file(grader, toy_exercise, tmp_path):
    path = learner_file(tmp_path, "")
    v = grader.check(toy_exercise, path)
    assert v.status is Status.ERROR and "does not define `double`" in v.message
    path.unlink()
    v = grader.check(toy_exercise, path)
    assert v.status is Status.ERROR and "cannot read" in v.message


def test_mutant_output_names_the_misconception(grader, toy_exercise, tmp_path):
    v = grade(grader, toy_exercise, tmp_path, "def double(x):\n    return x + x + 1\n")
    assert v.status is Status.FAILED
    assert v.misconceptions == ["you added one after doubling"]


def test_two_mistakes_at_once_are_both_named(tmp_path):
    """A learner's output can mix two known mistakes, each explaining some failing cases."""
    import numpy as np

    from mlroadmap.grading.judge import detect_misconceptions
    from mlroadmap.grading.spec import Case, Check, Mutant
    from mlroadmap.grading.worker import call

    cases = [Case("positive", (np.array([1.0, 2.0]),)), Case("negative", (np.array([-1.0, -3.0]),))]
    check = Check(
        "f",
        lambda: cases,
        reference=np.abs,
        mutants=[
            Mutant(lambda x: x, "you forgot the absolute value"),
            Mutant(lambda x: 2 * np.abs(x), "you doubled it"),
        ],
    )
    expected = [np.abs(c.args[0]) for c in cases]
    learner = [2 * cases[0].args[0], cases[1].args[0]]  # doubled on one case, no abs on the other
    assert detect_misconceptions(check, cases, expected, learner, call) == [  # a tie: the spec's order
        "you forgot the absolute value",
        "you doubled it",
    ]
    mostly_doubled = [2 * cases[0].args[0], 2 * np.abs(cases[1].args[0])]
    assert detect_misconceptions(check, cases, expected, mostly_doubled, call) == ["you doubled it"]
    assert detect_misconceptions(check, cases, expected, [np.zeros(2), np.zeros(2)], call) == []


def test_changing_the_input_in_place_fails(grader, toy_exercise, tmp_path):
    v = grade(grader, toy_exercise, tmp_path, "def double(x):\n    x *= 2\n    return x\n")
    assert v.status is Status.FAILED
    assert "in place" in v.message


def test_network_is_cut_off(grader, toy_exercise, tmp_path):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        source = f"""
import socket
import threading
def double(x):
    try:
        socket.create_connection(("127.0.0.1", {port}), timeout=2).close()
    except OSError:
        return 2 * x
    return x  # reached the network: wrong on purpose
"""
        v = grade(grader, toy_exercise, tmp_path, source)
    assert v.status is Status.PASSED, v.message
    assert v.isolated


def test_child_environment_has_no_secrets_no_stdin_and_a_private_folder(toy_exercise, tmp_path, monkeypatch):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "hunter2")
    source = f"""
import os, sys
def double(x):
    assert "AWS_SECRET_ACCESS_KEY" not in os.environ, "secret leaked"
    assert sys.stdin.read() == "", "stdin is not empty"
    assert os.getcwd() != {str(tmp_path)!r}
    assert os.listdir(".") == [], os.listdir(".")
    return 2 * x
"""
    with Grader(TEST_LIMITS) as fresh:
        v = grade(fresh, toy_exercise, tmp_path, source)
    assert v.status is Status.PASSED, v.message + str([c.message for c in v.cases])


def test_rlimits_are_applied_as_configured(grader, toy_exercise, tmp_path):
    mib = 1024 * 1024
    source = f"""
import resource
def double(x):
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    assert resource.getrlimit(resource.RLIMIT_AS) == ({TEST_LIMITS.memory_mb * mib},) * 2
    assert resource.getrlimit(resource.RLIMIT_FSIZE)[0] == {TEST_LIMITS.file_size_mb * mib}
    assert resource.getrlimit(resource.RLIMIT_NOFILE)[0] == {TEST_LIMITS.open_files}
    assert resource.getrlimit(resource.RLIMIT_CPU)[0] == {round(TEST_LIMITS.cpu_seconds)}
    return 2 * x
"""
    v = grade(grader, toy_exercise, tmp_path, source)
    assert v.status is Status.PASSED, [c.message for c in v.cases]


def test_writing_a_huge_file_is_refused(grader, toy_exercise, tmp_path):
    source = "def double(x):\n    open('big', 'wb').write(b'0' * (64 * 1024 * 1024))\n    return 2 * x\n"
    v = grade(grader, toy_exercise, tmp_path, source)
    assert v.status is Status.ERROR
    assert "File too large" in v.message


def test_grader_process_memory_is_unchanged_by_a_memory_hungry_check(grader, toy_exercise, tmp_path):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    grade(
        grader, toy_exercise, tmp_path, "def double(x):\n    b = bytearray(600 * 1024**2)\n    return 2 * x\n"
    )
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024


def test_a_worker_that_dies_mid_check_is_reported_and_replaced(toy_exercise, tmp_path):
    slow = learner_file(tmp_path, "import time\ndef double(x):\n    time.sleep(1)\n    return 2 * x\n")
    with Grader(TEST_LIMITS) as fresh:
        fresh.start()
        pid = fresh._proc.pid
        threading.Timer(0.5, os.kill, (pid, 9)).start()
        v = fresh.check(toy_exercise, slow)
        assert v.status is Status.ERROR and "stopped unexpectedly" in v.message
        fast = learner_file(tmp_path, "def double(x):\n    return 2 * x\n")
        assert fresh.check(toy_exercise, fast).status is Status.PASSED
        assert fresh._proc.pid != pid

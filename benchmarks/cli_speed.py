"""Start-up, check latency and memory of the ``mlroadmap`` command, measured in one run.

    python benchmarks/cli_speed.py [--runs 15]

Targets (issue 2): ``mlroadmap --help`` and ``mlroadmap`` <= 0.25 s median; a cold
``mlroadmap check`` <= 0.5 s; a re-check inside ``watch`` <= 0.15 s; the parent under
150 MB RSS; a check never above its configured memory limit. Every figure is printed
next to its reference: ``python -c pass`` for start-up, the limit for memory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlroadmap.cli.checking import check_and_record
from mlroadmap.cli.session import Session
from mlroadmap.curriculum import load_roadmap

SOLUTION = "src/mlroadmap/curriculum/content/programming/numpy/solutions/01_standardize.py"


def timed(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return times


def report(name: str, times: list[float], target: float | None = None, base: float | None = None) -> None:
    median = statistics.median(times)
    line = f"{name:38} median {median * 1000:7.1f} ms   min {min(times) * 1000:7.1f} ms"
    if base:
        line += f"   ratio to `python -c pass` {median / base:5.1f}x"
    if target:
        line += f"   target {target * 1000:.0f} ms {'OK' if median <= target else 'MISSED'}"
    print(line)


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    repo = Path(__file__).resolve().parents[1]
    home = Path(tempfile.mkdtemp(prefix="mlroadmap-bench-"))
    env = {**os.environ, "MLROADMAP_HOME": str(home / "ws")}
    mlroadmap = [sys.executable, "-m", "mlroadmap"]
    script = Path(sys.executable).with_name("mlroadmap")
    if script.exists():  # the console script is what learners type
        mlroadmap = [str(script)]
    subprocess.run([*mlroadmap, "status"], env=env, capture_output=True, check=True)  # create the workspace
    exercise = home / "ws/exercises/programming/numpy/01_standardize.py"
    exercise.write_text((repo / SOLUTION).read_text())

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {runs} runs each\n")
    base_times = timed([sys.executable, "-c", "pass"], env, runs)
    base = statistics.median(base_times)
    report("python -c pass", base_times)
    report("mlroadmap --help", timed([*mlroadmap, "--help"], env, runs), 0.25, base)
    report("mlroadmap (the map)", timed(mlroadmap, env, runs), 0.25, base)
    report(
        "mlroadmap check (cold, passes)", timed([*mlroadmap, "check", "numpy/standardize"], env, runs), 0.5
    )

    os.environ["MLROADMAP_HOME"] = str(home / "ws")
    session = Session(home / "ws")
    roadmap = load_roadmap()
    target = roadmap.exercises["numpy/standardize"]
    with session.grader() as grader:
        check_and_record(session, grader, target)  # warm: as watch is after its first check
        rechecks = []
        for _ in range(runs):
            exercise.touch()
            started = time.perf_counter()
            verdict, _ = check_and_record(session, grader, target)
            rechecks.append(time.perf_counter() - started)
        assert verdict.passed, verdict.message
    report("re-check in watch (warm worker)", rechecks, 0.15)

    watch = subprocess.Popen(
        [*mlroadmap, "watch", "--manual"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    time.sleep(2)
    for _ in range(5):
        watch.stdin.write("\n")
        watch.stdin.flush()
        time.sleep(0.3)
    parent = peak_rss_mb(watch.pid)
    watch.stdin.write("q")
    watch.stdin.close()
    watch.wait(timeout=10)
    print(
        f"\n{'parent process peak RSS (watch)':38} {parent:7.1f} MB   target 150 MB "
        f"{'OK' if parent < 150 else 'MISSED'}"
    )

    limits = session.workspace.limits
    exercise.write_text("def standardize(X):\n    hog = [bytearray(50 * 1024**2) for _ in range(1000)]\n")
    with session.grader() as grader:
        verdict = grader.check(target, exercise)
    within = "OK" if verdict.peak_memory_mb <= limits.memory_mb else "EXCEEDED"
    print(
        f"{'a memory bomb: child peak RSS':38} {verdict.peak_memory_mb:7.1f} MB   "
        f"limit {limits.memory_mb} MB ({verdict.status}) {within}"
    )
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The ``mlroadmap`` command as a learner uses it, in a subprocess, on a real workspace."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import run_cli, start_at

SOLUTIONS = (
    Path(__file__).resolve().parents[1] / "src/mlroadmap/curriculum/content/programming/numpy/solutions"
)


def no_traceback(result):
    assert "Traceback" not in result.stdout + result.stderr
    return result


def solve(home: Path, name: str) -> None:
    if not home.exists():
        run_cli("list")  # the default workspace appears on first use
    (home / "exercises/programming/numpy" / name).write_text((SOLUTIONS / name).read_text())


def test_the_map_shows_every_topic_and_creates_the_default_workspace(cli, home, roadmap):
    result = no_traceback(cli("status", "--json"))
    assert result.returncode == 0
    assert f"created your workspace in {home}" in result.stderr
    result = no_traceback(cli())
    assert result.returncode == 0
    assert "created your workspace" not in result.stderr, "the notice is shown once"
    for topic in roadmap.topics.values():
        assert topic.id in result.stdout
    assert result.stdout.count("coming soon") == sum(not t.available for t in roadmap.topics.values())
    first = next(roadmap.topics[t] for t in roadmap.order if roadmap.topics[t].available)
    assert f"Next: {first.title} ({first.id})" in result.stdout, "the first topic in learning order"
    assert (home / "exercises/programming/numpy/01_standardize.py").exists()


def test_help_everywhere(cli):
    for command in (
        "",
        "init",
        "next",
        "learn",
        "list",
        "check",
        "watch",
        "hint",
        "solution",
        "skip",
        "unskip",
        "reset",
        "status",
    ):
        result = cli(*command.split(), "--help")
        assert result.returncode == 0 and "Usage:" in result.stdout, command


def test_learn_renders_the_lesson_and_says_when_a_topic_is_coming_soon(cli):
    result = no_traceback(cli("learn", "numpy"))
    assert result.returncode == 0 and "broadcasting" in result.stdout.lower()
    result = no_traceback(cli("learn", "perceptron"))
    assert result.returncode == 0 and "coming soon" in result.stdout


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (("learn", "numpyy"), "did you mean 'numpy'"),
        (("check", "numpy/standardise"), "did you mean 'numpy/standardize'"),
        (("hint", "softmax"), "did you mean 'numpy/softmax'"),
        (("skip", "k-means"), "did you mean 'kmeans'"),
    ],
)
def test_unknown_ids_get_did_you_mean(cli, args, suggestion):
    result = no_traceback(cli(*args))
    assert result.returncode == 2
    assert suggestion in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, "one sentence"


def test_check_json_is_exercism_v3_and_the_attempt_is_recorded(cli, home):
    result = no_traceback(cli("check", "numpy/standardize", "--json"))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["version"] == 3 and report["status"] == "error"  # no test could run on a stub
    assert report["message"].startswith("not attempted") and report["tests"] == []
    solve(home, "01_standardize.py")
    result = no_traceback(cli("check", "numpy/standardize", "--json"))
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["status"] == "pass"
    assert report["tests"] and all(t["status"] == "pass" for t in report["tests"])
    assert set(report["tests"][0]) == {"name", "status", "message", "output", "test_code", "task_id"}
    assert report["tests"][0]["task_id"] == 1
    with sqlite3.connect(home / ".mlroadmap/progress.db") as c:
        rows = c.execute("SELECT exercise_id, verdict FROM attempts ORDER BY id").fetchall()
    assert rows == [("numpy/standardize", "passed")], "an untouched stub is not an attempt"


def test_check_without_argument_takes_the_current_exercise(cli, home):
    start_at("numpy")
    solve(home, "01_standardize.py")
    assert cli("check").returncode == 0
    result = no_traceback(cli("check"))
    assert "numpy/pairwise-distances" in result.stdout and result.returncode == 1


def test_check_by_file_path_and_a_misconception(cli, home):
    cli("list")
    path = home / "exercises/programming/numpy/01_standardize.py"
    path.write_text(
        "import numpy as np\ndef standardize(X):\n    return (X - X.mean(0)) / X.std(0, ddof=1)\n"
    )
    result = no_traceback(cli("check", str(path)))
    assert result.returncode == 1
    assert "Likely mistake: You divided by n - 1" in " ".join(result.stdout.split())


def test_check_of_a_deleted_file_says_how_to_get_it_back(cli, home):
    cli("list")
    (home / "exercises/programming/numpy/01_standardize.py").unlink()
    result = no_traceback(cli("check", "numpy/standardize"))
    assert result.returncode == 2 and "mlroadmap reset numpy/standardize" in result.stderr


def test_hints_go_one_level_deeper_each_time_and_are_recorded(cli, home, roadmap):
    hints = roadmap.exercises["numpy/softmax"].hints
    for level in (1, 2, 3, 3):
        result = no_traceback(cli("hint", "numpy/softmax"))
        assert f"Hint {level}/3" in result.stdout
        assert hints[level - 1][:40] in " ".join(result.stdout.split())
    result = cli("hint", "numpy/softmax", "--level", "1")
    assert "Hint 1/3" in result.stdout
    result = no_traceback(cli("hint", "numpy/softmax", "--level", "4"))
    assert result.returncode == 2
    (home / "exercises/programming/numpy/05_softmax.py").write_text(
        "def softmax(logits):\n    return logits\n"
    )
    assert cli("check", "numpy/softmax").returncode == 1
    with sqlite3.connect(home / ".mlroadmap/progress.db") as c:
        assert c.execute("SELECT hint_level FROM attempts").fetchall() == [(3,)]


def test_solution_only_after_passing_unless_forced(cli, home):
    result = no_traceback(cli("solution", "numpy/standardize"))
    assert result.returncode == 1 and "not passed" in result.stderr
    result = no_traceback(cli("solution", "numpy/standardize", "--force"))
    assert result.returncode == 1 and "--yes" in result.stderr
    result = cli("solution", "numpy/standardize", "--force", "--yes")
    assert result.returncode == 0 and result.stdout == (SOLUTIONS / "01_standardize.py").read_text()
    solve(home, "01_standardize.py")
    cli("check", "numpy/standardize")
    result = cli("solution", "numpy/standardize")
    assert result.returncode == 0 and result.stdout == (SOLUTIONS / "01_standardize.py").read_text()


def test_skip_unskip_and_status(cli):
    start_at("numpy")
    assert cli("skip", "numpy").returncode == 0
    status = json.loads(cli("status", "--json").stdout)
    states = {t["id"]: t["state"] for t in status["topics"]}
    assert states["numpy"] == "skipped" and states["perceptron"] == "coming soon"
    assert {e["id"] for e in status["exercises"]} >= {"numpy/standardize", "numpy/softmax"}
    assert cli("unskip", "numpy").returncode == 0
    status = json.loads(cli("status", "--json").stdout)
    assert {t["id"]: t["state"] for t in status["topics"]}["numpy"] == "pending"
    assert status["next"] == {"topic": "numpy", "exercise": "numpy/standardize"}


def test_topic_becomes_done_only_by_passing_every_exercise(cli, home, roadmap):
    names = [e.file for e in roadmap.topics["numpy"].exercises]
    for name in names:
        solve(home, name)
    result = cli("check", "numpy/standardize")
    assert result.returncode == 0
    states = {t["id"]: t["state"] for t in json.loads(cli("status", "--json").stdout)["topics"]}
    assert states["numpy"] == "learning"
    for exercise in roadmap.topics["numpy"].exercises[1:]:
        assert cli("check", exercise.id).returncode == 0
    states = {t["id"]: t["state"] for t in json.loads(cli("status", "--json").stdout)["topics"]}
    assert states["numpy"] == "done"


def test_list_json(cli, home):
    rows = json.loads(cli("list", "numpy", "--json").stdout)
    assert [r["id"] for r in rows][:2] == ["numpy/standardize", "numpy/pairwise-distances"]
    assert all(Path(r["path"]).is_file() and r["state"] == "pending" for r in rows)


def test_init_never_overwrites_and_reset_keeps_a_backup(tmp_path, home):
    workspace = tmp_path / "course"
    result = no_traceback(run_cli("init", str(workspace)))
    assert result.returncode == 0
    path = workspace / "exercises/programming/numpy/01_standardize.py"
    path.write_text("my work\n")
    assert run_cli("init", str(workspace)).returncode == 0
    assert path.read_text() == "my work\n"
    result = no_traceback(run_cli("reset", "numpy/standardize", cwd=workspace / "exercises"))
    assert result.returncode == 0, result.stderr
    assert path.with_name("01_standardize.py.bak").read_text() == "my work\n"
    path.write_text("second try\n")
    run_cli("reset", "numpy/standardize", cwd=workspace)
    assert path.with_name("01_standardize.py.bak1").read_text() == "second try\n"
    assert "NotImplementedError" in path.read_text()
    assert not home.exists(), "inside a workspace, the default one is not created"


def test_a_damaged_progress_database_is_one_sentence_and_left_alone(cli, home):
    cli("skip", "kmeans")
    solve(home, "01_standardize.py")
    db = home / ".mlroadmap/progress.db"
    db.write_bytes(b"garbage" * 1000)
    for args in ((), ("check", "numpy/standardize"), ("skip", "numpy")):
        result = no_traceback(cli(*args))
        assert result.returncode == 3, args
        assert "cannot be read" in result.stderr
    assert db.read_bytes() == b"garbage" * 1000


def test_a_bad_workspace_config_is_one_sentence(cli, home):
    cli("status")
    (home / "mlroadmap.toml").write_text("[limits]\ncpu_seconds = -1\n")
    result = no_traceback(cli("check", "numpy/standardize"))
    assert result.returncode == 3 and "cpu_seconds" in result.stderr
    (home / "mlroadmap.toml").write_text("[limits\n")
    result = no_traceback(cli("check", "numpy/standardize"))
    assert result.returncode == 3 and "not valid TOML" in result.stderr


def test_configured_limits_reach_the_sandbox(cli, home):
    cli("status")
    (home / "mlroadmap.toml").write_text(
        "[limits]\ncpu_seconds = 1\nwall_seconds = 30\n"
    )  # wall far beyond CPU: a busy machine cannot make it fire first
    path = home / "exercises/programming/numpy/01_standardize.py"
    path.write_text("def standardize(X):\n    while True:\n        pass\n")
    result = no_traceback(cli("check", "numpy/standardize"))
    assert result.returncode == 1 and "timed out" in result.stdout and "1 s of CPU" in result.stdout


def test_a_read_only_progress_database_keeps_the_verdict_and_says_progress_was_not_saved(cli, home):
    solve(home, "01_standardize.py")
    cli("check", "numpy/standardize")
    db = home / ".mlroadmap/progress.db"
    # read-only through SQLite itself: chmod alone does not stop root
    read_only = {"MLROADMAP_DATABASE_URL": f"sqlite:///file:{db}?mode=ro&uri=true"}
    result = no_traceback(run_cli("check", "numpy/standardize", env=read_only))
    assert result.returncode == 3
    assert "numpy/standardize: passed" in result.stdout
    assert "progress not saved" in result.stderr and "read-only" in result.stderr
    assert no_traceback(run_cli("status", "--json", env=read_only)).returncode == 0


def test_two_checks_at_once_both_record(cli, home):
    import subprocess
    import sys

    solve(home, "01_standardize.py")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "mlroadmap", "check", "numpy/standardize"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(3)
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    status = json.loads(cli("status", "--json").stdout)
    assert {e["id"]: e["attempts"] for e in status["exercises"]}["numpy/standardize"] == 3

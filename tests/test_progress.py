"""The progress store: evidence recorded, states derived, concurrency and damage handled."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mlroadmap.curriculum import Exercise, Roadmap, Section, Topic
from mlroadmap.progress.state import TopicState, current_exercise, next_step, topic_state
from mlroadmap.progress.store import ProgressStore
from mlroadmap.progress.summary import ProgressError, Summary


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'progress.db'}"


def test_attempts_are_recorded_with_the_hint_level_used(url):
    store = ProgressStore(url)
    store.record_attempt("numpy/a", "failed", 120)
    store.record_hint("numpy/a", 1)
    store.record_hint("numpy/a", 2)
    store.record_attempt("numpy/a", "passed", 80)
    rows = store.attempts("numpy/a")
    assert [(r["verdict"], r["duration_ms"], r["hint_level"]) for r in rows] == [
        ("failed", 120, 0),
        ("passed", 80, 2),
    ]
    assert rows[0]["at"] <= rows[1]["at"]
    assert store.hint_level("numpy/a") == 2 and store.hint_level("numpy/b") == 0


def read_summary(url: str) -> Summary:
    return ProgressStore(url).summary()


def test_the_sqlite3_and_sqlalchemy_drivers_agree(tmp_path):
    """The same statements through the standard library and through SQLAlchemy."""
    fast_store = ProgressStore(f"sqlite:///{tmp_path / 'fast.db'}")
    full_store = ProgressStore(f"sqlite+pysqlite:///{tmp_path / 'full.db'}")
    assert type(fast_store.driver).__name__ == "SqliteDriver"
    assert type(full_store.driver).__name__ == "SqlAlchemyDriver"
    for store in (fast_store, full_store):
        for exercise, verdict in [("t/a", "failed"), ("t/a", "passed"), ("t/a", "failed"), ("t/b", "error")]:
            store.record_attempt(exercise, verdict, 5)
        store.record_hint("t/b", 2)
        store.record_attempt("t/b", "failed", 7)
        store.skip("other")
        store.skip("other")
        store.skip("gone")
        store.unskip("gone")
        store.record_solution_shown("t/a", before_passing=False)
    fast, full = fast_store.summary(), full_store.summary()
    assert fast == full
    strip = [{k: v for k, v in row.items() if k != "at"} for row in fast_store.attempts()]
    assert strip == [{k: v for k, v in row.items() if k != "at"} for row in full_store.attempts()]
    assert fast_store.hint_level("t/b") == full_store.hint_level("t/b") == 2
    assert fast.exercises["t/a"].passed and fast.exercises["t/a"].latest == "failed"
    assert fast.exercises["t/a"].attempts == 3
    assert not fast.exercises["t/b"].passed
    assert fast.skipped == {"other"}
    assert fast.last_attempted == "t/b"


def test_sqlite_runs_in_wal_mode(url, tmp_path):
    ProgressStore(url).record_attempt("t/a", "passed", 1)
    with sqlite3.connect(tmp_path / "progress.db") as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reading_a_missing_database_creates_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'none.db'}"
    assert read_summary(url) == Summary()
    assert not (tmp_path / "none.db").exists()


def _roadmap(tmp_path: Path) -> Roadmap:
    def ex(topic: str, name: str) -> Exercise:
        return Exercise(f"{topic}/{name}", topic, "s", name, f"01_{name}.py", ("a", "b", "c"), tmp_path)

    basics = Topic(
        "basics", "s", "Basics", "", (), folder=tmp_path, exercises=(ex("basics", "x"), ex("basics", "y"))
    )
    soon = Topic("soon", "s", "Soon", "", ())
    later = Topic(
        "later", "s", "Later", "", ("basics", "soon"), folder=tmp_path, exercises=(ex("later", "z"),)
    )
    return Roadmap((Section("s", "S", (basics, soon, later)),), ("basics", "soon", "later"))


def test_states_are_derived_from_evidence(url, tmp_path):
    roadmap = _roadmap(tmp_path)
    topics = roadmap.topics
    store = ProgressStore(url)
    assert topic_state(topics["basics"], store.summary()) is TopicState.PENDING
    assert topic_state(topics["soon"], store.summary()) is TopicState.COMING_SOON
    store.record_attempt("basics/x", "failed", 1)
    assert topic_state(topics["basics"], store.summary()) is TopicState.LEARNING
    store.record_attempt("basics/x", "passed", 1)
    store.record_attempt("basics/y", "passed", 1)
    store.record_attempt("basics/y", "failed", 1)  # breaking it later does not take back what was earned
    assert topic_state(topics["basics"], store.summary()) is TopicState.DONE
    store.skip("later")
    assert topic_state(topics["later"], store.summary()) is TopicState.SKIPPED
    store.unskip("later")
    assert topic_state(topics["later"], store.summary()) is TopicState.PENDING


def test_next_step_follows_prerequisites_and_ignores_coming_soon_ones(url, tmp_path):
    roadmap = _roadmap(tmp_path)
    store = ProgressStore(url)
    step = next_step(roadmap, store.summary())
    assert (step.topic.id, step.exercise.id) == ("basics", "basics/x")
    store.record_attempt("basics/y", "failed", 1)
    assert current_exercise(roadmap, store.summary()).id == "basics/y"
    store.record_attempt("basics/x", "passed", 1)
    store.record_attempt("basics/y", "passed", 1)
    step = next_step(roadmap, store.summary())
    assert (step.topic.id, step.exercise.id) == ("later", "later/z")
    store.record_attempt("later/z", "passed", 1)
    assert next_step(roadmap, store.summary()) is None


WRITER = textwrap.dedent("""
    import sys
    from mlroadmap.progress.store import ProgressStore
    store = ProgressStore(sys.argv[1])
    for i in range(int(sys.argv[3])):
        store.record_attempt(f"{sys.argv[2]}/{i}", "failed", i)
        print(i, flush=True)
""")


def test_two_processes_recording_at_once_lose_nothing(url):
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, url, name, "150"], stdout=subprocess.PIPE, text=True)
        for name in ("one", "two")
    ]
    for p in procs:
        p.communicate(timeout=120)
        assert p.returncode == 0
    summary = read_summary(url)
    assert sum(e.attempts for e in summary.exercises.values()) == 300


def test_kill_9_during_writes_keeps_every_committed_attempt(url, tmp_path):
    ProgressStore(url).create()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, url, "k", "100000"], stdout=subprocess.PIPE, text=True
    )
    committed = -1
    deadline = time.monotonic() + 60
    while committed < 200 and time.monotonic() < deadline:
        committed = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(tmp_path / "progress.db") as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    exercises = read_summary(url).exercises
    assert all(f"k/{i}" in exercises for i in range(committed + 1))


def test_a_damaged_database_is_one_clear_error_and_is_left_alone(tmp_path):
    db = tmp_path / "progress.db"
    db.write_bytes(b"this is not a database" * 100)
    url = f"sqlite:///{db}"
    with pytest.raises(ProgressError, match="cannot be read"):
        read_summary(url)
    with pytest.raises(ProgressError, match="your exercise files are safe"):
        ProgressStore(url).record_attempt("t/a", "passed", 1)
    assert db.read_bytes() == b"this is not a database" * 100


def test_a_read_only_database_can_be_read_but_not_written(tmp_path):
    db = tmp_path / "progress.db"
    ProgressStore(f"sqlite:///{db}").record_attempt("t/a", "passed", 1)
    db.chmod(0o444)
    try:
        assert read_summary(f"sqlite:///{db}").exercises["t/a"].passed
        # root writes through file modes, so open it read-only through SQLite itself
        read_only = ProgressStore(f"sqlite:///file:{db}?mode=ro&uri=true")
        with pytest.raises(ProgressError, match="read-only"):
            read_only.record_attempt("t/a", "failed", 1)
        if os.geteuid() != 0:
            with pytest.raises(ProgressError, match="read-only"):
                ProgressStore(f"sqlite:///{db}").record_attempt("t/a", "failed", 1)
    finally:
        db.chmod(0o644)
    assert read_summary(f"sqlite:///{db}").exercises["t/a"].attempts == 1

"""What the map needs to know, read without SQLAlchemy when the store is a SQLite file.

Importing SQLAlchemy costs about 0.3 s, more than the whole start-up budget of
``mlroadmap``, so the read-only summary goes through the DB-API driver directly for
SQLite. The SQL below is the only copy: :class:`~mlroadmap.progress.store.ProgressStore`
runs the same statements through SQLAlchemy for any other database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

EXERCISES_SQL = """
SELECT exercise_id,
       COUNT(*) AS attempts,
       MAX(CASE WHEN verdict = 'passed' THEN 1 ELSE 0 END) AS ever_passed,
       (SELECT b.verdict FROM attempts b WHERE b.exercise_id = a.exercise_id
         ORDER BY b.id DESC LIMIT 1) AS latest,
       MAX(id) AS last_id
FROM attempts a
GROUP BY exercise_id
"""
SKIPS_SQL = "SELECT topic_id FROM skips"


class ProgressError(Exception):
    """The progress database cannot be used; the message says what to do."""


@dataclass(frozen=True)
class ExerciseProgress:
    attempts: int
    passed: bool
    """Passed at least once: progress earned stays earned."""
    latest: str
    """The verdict of the most recent attempt."""
    last_id: int


@dataclass(frozen=True)
class Summary:
    exercises: dict[str, ExerciseProgress] = field(default_factory=dict)
    skipped: frozenset[str] = frozenset()

    @classmethod
    def from_rows(cls, exercise_rows: list, skip_rows: list) -> Summary:
        exercises = {r[0]: ExerciseProgress(int(r[1]), bool(r[2]), r[3], int(r[4])) for r in exercise_rows}
        return cls(exercises, frozenset(r[0] for r in skip_rows))

    @property
    def last_attempted(self) -> str | None:
        if not self.exercises:
            return None
        return max(self.exercises, key=lambda e: self.exercises[e].last_id)


def damaged(path: object, error: Exception) -> ProgressError:
    return ProgressError(
        f"the progress database {path} cannot be read ({error}); your exercise files are safe. "
        "Move the database aside and mlroadmap will start a new one, or restore a backup"
    )


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///`` URL; None for other databases, in-memory SQLite
    or SQLite URI filenames (``sqlite:///file:...?mode=ro&uri=true``)."""
    prefix = "sqlite:///"
    rest = url[len(prefix) :]
    if not url.startswith(prefix) or rest in ("", ":memory:") or rest.startswith("file:") or "?" in rest:
        return None
    return Path(rest)


def read_summary(url: str) -> Summary:
    """The summary, without SQLAlchemy when ``url`` names a SQLite file."""
    path = sqlite_path(url)
    if path is None:
        from mlroadmap.progress.store import ProgressStore

        return ProgressStore(url).summary()
    if not path.exists():
        return Summary()
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return Summary.from_rows(
                connection.execute(EXERCISES_SQL).fetchall(), connection.execute(SKIPS_SQL).fetchall()
            )
        finally:
            connection.close()
    except sqlite3.DatabaseError as e:
        if "no such table" in str(e):
            return Summary()
        raise damaged(path, e) from None

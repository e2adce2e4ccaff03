"""The progress store: every attempt, hint, solution shown and skip.

The default is a SQLite file in the workspace, in WAL mode with a busy timeout, so
``watch`` and ``status`` (or two ``check`` processes) work at the same time, and a
process killed mid-write loses nothing that was already committed. Any SQLAlchemy
URL works too (PostgreSQL, …): the same statements run through SQLAlchemy there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mlroadmap.progress import statements as sql
from mlroadmap.progress.drivers import driver_for
from mlroadmap.progress.summary import Summary


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class ProgressStore:
    """Created lazily: nothing touches the database before the first read or write."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.driver = driver_for(url)
        self._ready = False

    def _write(self, *steps: tuple[str, dict[str, Any]]) -> None:
        if not self._ready:
            if not self.driver.exists():
                self.driver.create_schema()
            self._ready = True
        with self.driver.transaction() as run:
            for statement, params in steps:
                run(statement, params)

    def _read(self, statement: str, params: dict[str, Any] | None = None) -> list[tuple]:
        if not self._ready and not self.driver.exists():
            return []
        self._ready = True
        return self.driver.query(statement, params)

    def create(self) -> None:
        """Make sure the database and its tables exist."""
        if not self.driver.exists():
            self.driver.create_schema()
        self._ready = True

    def record_attempt(self, exercise_id: str, verdict: str, duration_ms: int) -> None:
        """One attempt, with the highest hint level shown for the exercise so far."""
        params = {"exercise_id": exercise_id, "at": _now(), "verdict": verdict, "duration_ms": duration_ms}
        self._write((sql.RECORD_ATTEMPT, params))

    def record_hint(self, exercise_id: str, level: int) -> None:
        self._write((sql.RECORD_HINT, {"exercise_id": exercise_id, "level": level, "at": _now()}))

    def record_solution_shown(self, exercise_id: str, before_passing: bool) -> None:
        params = {"exercise_id": exercise_id, "at": _now(), "before_passing": before_passing}
        self._write((sql.RECORD_SOLUTION, params))

    def skip(self, topic_id: str) -> None:
        params = {"topic_id": topic_id, "at": _now()}
        self._write((sql.UNSKIP, params), (sql.SKIP, params))

    def unskip(self, topic_id: str) -> None:
        self._write((sql.UNSKIP, {"topic_id": topic_id}))

    def hint_level(self, exercise_id: str) -> int:
        """The highest hint level shown for the exercise, 0 if none."""
        rows = self._read(sql.HINT_LEVEL, {"exercise_id": exercise_id})
        return int(rows[0][0]) if rows else 0

    def attempts(self, exercise_id: str | None = None) -> list[dict[str, Any]]:
        names = ("exercise_id", "at", "verdict", "duration_ms", "hint_level")
        return [
            dict(zip(names, row, strict=True))
            for row in self._read(sql.ATTEMPTS, {"exercise_id": exercise_id})
        ]

    def summary(self) -> Summary:
        if not self._ready and not self.driver.exists():
            return Summary()
        self._ready = True
        return Summary.from_rows(self.driver.query(sql.EXERCISES), self.driver.query(sql.SKIPPED))

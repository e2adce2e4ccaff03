"""The progress store: every attempt, hint and skip, in SQLAlchemy 2 (SQLite by default).

SQLite runs in WAL mode with a busy timeout, so ``watch`` and ``status`` (or two
``check`` processes) can work at the same time, and a process killed mid-write
loses nothing that was already committed. Any SQLAlchemy URL works, e.g. PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import (
    Connection,
    Select,
    create_engine,
    delete,
    event,
    exc,
    func,
    insert,
    select,
    text,
)

from mlroadmap.progress.schema import attempts, hints_shown, metadata, skips, solutions_shown
from mlroadmap.progress.summary import (
    EXERCISES_SQL,
    SKIPS_SQL,
    ProgressError,
    Summary,
    damaged,
    sqlite_path,
)

BUSY_TIMEOUT_MS = 10_000


def _max_hint_level(exercise_id: str) -> Select:
    return select(func.coalesce(func.max(hints_shown.c.level), 0)).where(
        hints_shown.c.exercise_id == exercise_id
    )


def _now() -> datetime:
    return datetime.now(UTC)


class ProgressStore:
    def __init__(self, url: str) -> None:
        self.url = url
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000} if path else {})
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", self._sqlite_pragmas)
        try:
            metadata.create_all(self.engine)
        except exc.OperationalError as e:
            raise self._problem(e) from None
        except exc.DatabaseError as e:
            raise damaged(path or url, e.orig) from None

    @staticmethod
    def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    def _problem(self, error: exc.DBAPIError) -> ProgressError:
        detail = str(error.orig)
        if "readonly" in detail or "read-only" in detail:
            return ProgressError(f"cannot record progress: the database {self.url} is read-only")
        if "not a database" in detail or "malformed" in detail:
            return damaged(self.url, error.orig)
        return ProgressError(f"cannot use the progress database {self.url} ({detail})")

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as connection:
                yield connection
        except exc.DBAPIError as e:
            raise self._problem(e) from None

    def record_attempt(self, exercise_id: str, verdict: str, duration_ms: int) -> None:
        """One attempt, with the highest hint level shown for the exercise so far."""
        level = _max_hint_level(exercise_id).scalar_subquery()
        with self._write() as c:
            c.execute(
                insert(attempts).values(
                    exercise_id=exercise_id,
                    at=_now(),
                    verdict=verdict,
                    duration_ms=duration_ms,
                    hint_level=level,
                )
            )

    def record_hint(self, exercise_id: str, level: int) -> None:
        with self._write() as c:
            c.execute(insert(hints_shown).values(exercise_id=exercise_id, level=level, at=_now()))

    def hint_level(self, exercise_id: str) -> int:
        """The highest hint level shown for the exercise, 0 if none."""
        query = _max_hint_level(exercise_id)
        with self.engine.connect() as c:
            return int(c.execute(query).scalar_one())

    def record_solution_shown(self, exercise_id: str, before_passing: bool) -> None:
        with self._write() as c:
            c.execute(
                insert(solutions_shown).values(
                    exercise_id=exercise_id, at=_now(), before_passing=before_passing
                )
            )

    def skip(self, topic_id: str) -> None:
        with self._write() as c:
            c.execute(delete(skips).where(skips.c.topic_id == topic_id))
            c.execute(insert(skips).values(topic_id=topic_id, at=_now()))

    def unskip(self, topic_id: str) -> None:
        with self._write() as c:
            c.execute(delete(skips).where(skips.c.topic_id == topic_id))

    def attempts(self, exercise_id: str | None = None) -> list[dict]:
        query = select(attempts).order_by(attempts.c.id)
        if exercise_id is not None:
            query = query.where(attempts.c.exercise_id == exercise_id)
        with self.engine.connect() as c:
            return [dict(row._mapping) for row in c.execute(query)]

    def summary(self) -> Summary:
        try:
            with self.engine.connect() as c:
                return Summary.from_rows(
                    list(c.execute(text(EXERCISES_SQL))), list(c.execute(text(SKIPS_SQL)))
                )
        except exc.DBAPIError as e:
            raise self._problem(e) from None

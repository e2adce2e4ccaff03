"""Two ways to run the same SQL: the standard library for SQLite files, SQLAlchemy for any URL.

Importing SQLAlchemy costs about 0.25 s, more than the whole start-up budget of
``mlroadmap``, so the embedded default (a SQLite file in the workspace) is driven
through ``sqlite3`` directly. SQLAlchemy declares the schema and creates it, and it
drives every other database (``postgresql+psycopg://…``) with the same statements.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from mlroadmap.progress.summary import ProgressError

BUSY_TIMEOUT_MS = 10_000


class Driver(Protocol):
    def exists(self) -> bool:
        """Whether the schema is there (a missing database reads as empty progress)."""

    def create_schema(self) -> None: ...

    def query(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]: ...

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """Yields ``run(sql, params)``; commits on success, rolls back on error."""


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///`` URL; None for other databases, in-memory SQLite
    or SQLite URI filenames (``sqlite:///file:...?mode=ro&uri=true``)."""
    prefix = "sqlite:///"
    rest = url[len(prefix) :]
    if not url.startswith(prefix) or rest in ("", ":memory:") or rest.startswith("file:") or "?" in rest:
        return None
    return Path(rest)


def damaged(where: object, error: object) -> ProgressError:
    return ProgressError(
        f"the progress database {where} cannot be read ({error}); your exercise files are safe. "
        "Move the database aside and mlroadmap will start a new one, or restore a backup"
    )


def _problem(where: object, detail: str) -> ProgressError:
    if "readonly" in detail or "read-only" in detail:
        return ProgressError(f"cannot record progress: the database {where} is read-only")
    if "not a database" in detail or "malformed" in detail:
        return damaged(where, detail)
    return ProgressError(f"cannot use the progress database {where} ({detail})")


def _create_with_sqlalchemy(url: str) -> None:
    from sqlalchemy import create_engine, exc

    from mlroadmap.progress.schema import metadata

    engine = create_engine(url)
    try:
        metadata.create_all(engine)
    except exc.DBAPIError as e:
        if "already exists" not in str(e.orig):  # another mlroadmap process was quicker: fine
            raise _problem(url, str(e.orig)) from None
    finally:
        engine.dispose()


class SqliteDriver:
    """A SQLite file through ``sqlite3``: WAL, a busy timeout, full sync on commit."""

    def __init__(self, path: Path, url: str) -> None:
        self.path, self.url = path, url

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA synchronous=FULL")
        return connection

    def exists(self) -> bool:
        if not self.path.exists():
            return False
        try:
            with self._read() as connection:
                found = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'attempts'").fetchone()
        except sqlite3.DatabaseError as e:
            raise _problem(self.path, str(e)) from None
        return found is not None

    def create_schema(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ProgressError(f"cannot create {self.path.parent} ({e.strerror})") from None
        _create_with_sqlalchemy(self.url)
        try:
            connection = self._connect()
            try:
                connection.execute("PRAGMA journal_mode=WAL")  # a property of the file: set once
            finally:
                connection.close()
        except sqlite3.DatabaseError as e:
            raise _problem(self.path, str(e)) from None

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            yield connection
        finally:
            connection.close()

    def query(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        try:
            with self._read() as connection:
                return connection.execute(sql, params or {}).fetchall()
        except sqlite3.DatabaseError as e:
            raise _problem(self.path, str(e)) from None

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        try:
            connection = self._connect()
        except sqlite3.DatabaseError as e:
            raise _problem(self.path, str(e)) from None
        try:
            connection.execute("BEGIN IMMEDIATE")
            yield connection.execute
            connection.execute("COMMIT")
        except sqlite3.DatabaseError as e:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise _problem(self.path, str(e)) from None
        finally:
            connection.close()


class SqlAlchemyDriver:
    """Any database SQLAlchemy speaks, e.g. PostgreSQL."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        self.url = url
        self.engine = create_engine(url)

    def _guard(self):
        from sqlalchemy import exc

        @contextmanager
        def guard() -> Iterator[None]:
            try:
                yield
            except exc.DBAPIError as e:
                raise _problem(self.url, str(e.orig)) from None

        return guard()

    def exists(self) -> bool:
        from sqlalchemy import inspect

        with self._guard():
            return inspect(self.engine).has_table("attempts")

    def create_schema(self) -> None:
        _create_with_sqlalchemy(self.url)

    def query(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        from sqlalchemy import text

        with self._guard(), self.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params or {})]

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        from sqlalchemy import text

        with self._guard(), self.engine.begin() as connection:
            yield lambda sql, params: connection.execute(text(sql), params)


def driver_for(url: str) -> Driver:
    path = sqlite_path(url)
    return SqliteDriver(path, url) if path is not None else SqlAlchemyDriver(url)

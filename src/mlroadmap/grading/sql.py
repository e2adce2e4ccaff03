"""SQL exercises: a query runs on a fresh in-memory SQLite database that it can only read.

The learner's file is the query itself (``exercises/.../01_select.sql``). Each case
is a database given as plain columns, ``{"penguins": {"species": [...], ...}}``;
inside the sandbox it is loaded into ``sqlite3`` (part of Python), then an authorizer
lets the query read and compute but never write, attach or change a setting. The
result set comes back as a :class:`~mlroadmap.grading.table.Table` of kind ``rows``,
and the reference query (the solution file) is run the same way by the grader.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from mlroadmap.grading.table import Table, column_values

Database = Mapping[str, Mapping[str, Any]]

_READ_ONLY = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
_COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/", re.S)


class SQLError(Exception):
    """The database refused the query; the message is SQLite's, with the line it points at."""


def has_statement(text: str) -> bool:
    """Whether ``text`` holds anything besides comments, blanks and semicolons."""
    return bool(_COMMENTS.sub("", text).strip(" \t\r\n;"))


def _sql_type(values: Any) -> str:
    kind = np.asarray(values).dtype.kind
    return {"b": "INTEGER", "i": "INTEGER", "u": "INTEGER", "f": "REAL"}.get(kind, "TEXT")


def _cell(value: Any) -> Any:
    """A Python value SQLite stores: NaN becomes NULL, NumPy scalars Python ones."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _quoted(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def connect(database: Database) -> sqlite3.Connection:
    """An in-memory database holding ``database``'s tables, from then on read-only."""
    connection = sqlite3.connect(":memory:")
    for table, columns in database.items():
        names = list(columns)
        spec = ", ".join(f"{_quoted(n)} {_sql_type(columns[n])}" for n in names)
        connection.execute(f"CREATE TABLE {_quoted(table)} ({spec})")
        rows = zip(*(np.asarray(columns[n], dtype=object).tolist() for n in names), strict=True)
        marks = ", ".join("?" * len(names))
        connection.executemany(
            f"INSERT INTO {_quoted(table)} VALUES ({marks})", ([_cell(v) for v in row] for row in rows)
        )
    connection.commit()
    connection.set_authorizer(
        lambda action, *_: sqlite3.SQLITE_OK if action in _READ_ONLY else sqlite3.SQLITE_DENY
    )
    return connection


def _line_of(message: str, text: str) -> int | None:
    """The line of ``text`` that SQLite's message points at (``near "FORM"``, ``no such column: x``)."""
    found = re.search(r'near "([^"]+)"', message) or re.search(r":\s*([\w.]+)\s*$", message)
    if not found:
        return None
    code = _COMMENTS.sub(lambda m: " " * len(m.group()), text)
    token = found.group(1).split(".")[-1]
    match = re.search(re.escape(token), code, re.I)
    return code[: match.start()].count("\n") + 1 if match else None


def run_query(text: str, database: Database) -> Table:
    """The result set of the query ``text`` on ``database``."""
    if not has_statement(text):
        raise NotImplementedError("write your query in this file (it holds only comments so far)")
    connection = connect(database)
    try:
        cursor = connection.execute(text)
        names = [d[0] for d in cursor.description or ()]
        records = cursor.fetchall()
    except sqlite3.DatabaseError as e:
        message = str(e)
        if "not authorized" in message:
            message = (
                "this query tries to change the database or its settings: only SELECT (and WITH) can run here"
            )
        line = _line_of(message, text)
        raise SQLError(f"line {line}: {message}" if line else message) from None
    except sqlite3.ProgrammingError as e:
        raise SQLError(str(e)) from None
    finally:
        connection.close()
    columns: Sequence[Any] = list(zip(*records, strict=True)) if records else [() for _ in names]
    return Table(list(names), np.arange(len(records)), [column_values(list(c)) for c in columns], "rows")


def query_function(text: str) -> Callable[[Database], Table]:
    """The query ``text`` as a function of the database, the form every check calls."""

    def query(database: Database) -> Table:
        return run_query(text, database)

    query.sql = text  # type: ignore[attr-defined]
    return query

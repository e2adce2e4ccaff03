"""The progress tables, declared once with SQLAlchemy: the DDL for SQLite and PostgreSQL alike.

Evidence only: attempts, hints and solutions shown, skips. States are derived, never stored.
Times are ISO-8601 UTC strings, which sort and compare the same in every database.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table

SCHEMA_VERSION = 1

metadata = MetaData()

attempts = Table(
    "attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("exercise_id", String(200), nullable=False, index=True),
    Column("at", String(32), nullable=False),
    Column("verdict", String(20), nullable=False),
    Column("duration_ms", Integer, nullable=False),
    Column("hint_level", Integer, nullable=False),
)

hints_shown = Table(
    "hints_shown",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("exercise_id", String(200), nullable=False, index=True),
    Column("level", Integer, nullable=False),
    Column("at", String(32), nullable=False),
)

solutions_shown = Table(
    "solutions_shown",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("exercise_id", String(200), nullable=False),
    Column("at", String(32), nullable=False),
    Column("before_passing", Boolean, nullable=False),
)

skips = Table(
    "skips",
    metadata,
    Column("topic_id", String(100), primary_key=True),
    Column("at", String(32), nullable=False),
)

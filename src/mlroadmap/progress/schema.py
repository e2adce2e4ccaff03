"""The progress tables (SQLAlchemy Core). Evidence only: states are derived, never stored."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, String, Table

metadata = MetaData()

attempts = Table(
    "attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("exercise_id", String(200), nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
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
    Column("at", DateTime(timezone=True), nullable=False),
)

solutions_shown = Table(
    "solutions_shown",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("exercise_id", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("before_passing", Boolean, nullable=False),
)

skips = Table(
    "skips",
    metadata,
    Column("topic_id", String(100), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

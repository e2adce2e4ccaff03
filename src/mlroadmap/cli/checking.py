"""Check one exercise and record the attempt: shared by ``check`` and ``watch``."""

from __future__ import annotations

import sys

from mlroadmap.cli.session import Session
from mlroadmap.curriculum import Exercise
from mlroadmap.grading.client import Grader
from mlroadmap.grading.verdict import Status, Verdict
from mlroadmap.progress.summary import ProgressError


def check_and_record(session: Session, grader: Grader, exercise: Exercise) -> tuple[Verdict, str | None]:
    """The verdict, and a sentence if the attempt could not be recorded (the verdict stands)."""
    verdict = grader.check(exercise, session.workspace.path_of(exercise))
    if verdict.status is Status.NOT_ATTEMPTED:  # an untouched stub is no attempt: nothing to record
        return verdict, None
    try:
        session.store.record_attempt(exercise.id, verdict.status.value, verdict.duration_ms)
    except ProgressError as e:
        return verdict, f"progress not saved: {e}"
    return verdict, None


def take_hint(session: Session, exercise: Exercise, level: int | None = None) -> int:
    """Record that a hint was shown and return its level: ``level``, or one deeper than
    the deepest shown so far (capped at the last hint). Shared by ``hint`` and ``watch``."""
    if level is None:
        level = min(len(exercise.hints), session.store.hint_level(exercise.id) + 1)
    session.store.record_hint(exercise.id, level)
    return level


def warn(message: str) -> None:
    print(f"mlroadmap: {message}", file=sys.stderr)

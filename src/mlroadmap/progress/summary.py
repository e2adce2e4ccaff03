"""What the map and the next step need to know about a learner's progress."""

from __future__ import annotations

from dataclasses import dataclass, field


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

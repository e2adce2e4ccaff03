"""The curriculum's nouns: a roadmap of sections, each with topics, each with exercises."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path


@dataclass(frozen=True)
class Exercise:
    """One graded exercise. ``id`` is ``<topic>/<name>``, stable forever."""

    id: str
    topic_id: str
    section_id: str
    title: str
    file: str
    hints: tuple[str, ...]
    folder: Path

    @property
    def number(self) -> int:
        """The NN prefix of the file name: the exercise's place in its topic."""
        return int(self.file.split("_", 1)[0])

    @property
    def stub_path(self) -> Path:
        return self.folder / "exercises" / self.file

    @property
    def solution_path(self) -> Path:
        return self.folder / "solutions" / self.file

    @property
    def check_path(self) -> Path:
        """The check spec: always Python, also for an exercise written in SQL."""
        return self.folder / "checks" / (Path(self.file).stem + ".py")

    @property
    def workspace_path(self) -> Path:
        """Where the learner's copy lives, relative to the workspace root."""
        return Path("exercises") / self.section_id / self.topic_id / self.file


@dataclass(frozen=True)
class Topic:
    id: str
    section_id: str
    title: str
    covers: str
    needs: tuple[str, ...]
    oracle: str = ""
    beyond: bool = False
    folder: Path | None = None
    exercises: tuple[Exercise, ...] = ()

    @property
    def available(self) -> bool:
        """Built topics have content; the others are shown as coming soon."""
        return self.folder is not None

    @property
    def lesson_path(self) -> Path | None:
        return None if self.folder is None else self.folder / "lesson.md"


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    topics: tuple[Topic, ...]
    see_also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Roadmap:
    sections: tuple[Section, ...]
    order: tuple[str, ...] = field(default=())
    """Topic ids in learning order: prerequisites first, roadmap order otherwise."""

    @cached_property
    def topics(self) -> dict[str, Topic]:
        return {t.id: t for s in self.sections for t in s.topics}

    @cached_property
    def exercises(self) -> dict[str, Exercise]:
        return {e.id: e for s in self.sections for t in s.topics for e in t.exercises}

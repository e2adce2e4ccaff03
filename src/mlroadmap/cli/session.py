"""What a command works with, opened lazily: the roadmap, the workspace, the progress."""

from __future__ import annotations

import sys
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from mlroadmap.cli.errors import unknown
from mlroadmap.curriculum import Exercise, Roadmap, Topic, load_roadmap
from mlroadmap.progress.store import ProgressStore
from mlroadmap.progress.summary import Summary
from mlroadmap.workspace import Workspace, default_root, find_root, init_workspace

if TYPE_CHECKING:
    from mlroadmap.grading.client import Grader


class Session:
    def __init__(self, start: Path | None = None) -> None:
        self.start = start or Path.cwd()

    @cached_property
    def roadmap(self) -> Roadmap:
        return load_roadmap()

    @cached_property
    def workspace(self) -> Workspace:
        """The workspace above the current folder, else the default one (created on first use)."""
        root = find_root(self.start)
        if root is not None:
            return Workspace(root)
        root = default_root()
        if find_root(root) != root:
            workspace, _ = init_workspace(root, self.roadmap)
            print(
                f"mlroadmap: created your workspace in {root} (exercises and progress live there)",
                file=sys.stderr,
            )
            return workspace
        return Workspace(root)

    def ensure_exercise_files(self) -> None:
        """New topics from an upgrade get their stubs; existing files are left alone."""
        self.workspace.add_missing_stubs(self.roadmap)

    @cached_property
    def store(self) -> ProgressStore:
        return ProgressStore(self.workspace.database_url)

    def summary(self) -> Summary:
        return self.store.summary()

    def grader(self) -> Grader:
        from mlroadmap.grading.client import Grader

        return Grader(self.workspace.limits, self.workspace.root)

    def topic(self, given: str) -> Topic:
        topics = self.roadmap.topics
        if given in topics:
            return topics[given]
        raise unknown("topic", given, topics, "mlroadmap")

    def exercise(self, given: str) -> Exercise:
        """An exercise by id (``numpy/standardize``), by file path, or a topic's only open one."""
        exercises = self.roadmap.exercises
        if given in exercises:
            return exercises[given]
        path = Path(given).expanduser()
        if path.suffix in (".py", ".sql"):
            resolved = path.resolve()
            for exercise in exercises.values():
                if self.workspace.path_of(exercise).resolve() == resolved:
                    return exercise
        by_file = {f"{e.topic_id}/{Path(e.file).stem}": e for e in exercises.values()}
        if given in by_file:
            return by_file[given]
        raise unknown("exercise", given, exercises, "mlroadmap list")

"""Find, create and keep the learner's workspace.

A workspace is a folder with ``mlroadmap.toml`` in it, ``exercises/<section>/<topic>/``
with the learner's files, and ``.mlroadmap/progress.db``. A learner's file is never
overwritten: new stubs are only ever added, and ``reset`` keeps a ``.bak`` first.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from mlroadmap.curriculum.model import Exercise, Roadmap
from mlroadmap.grading.limits import Limits

MARKER = "mlroadmap.toml"
HOME_VARIABLE = "MLROADMAP_HOME"
DATABASE_VARIABLE = "MLROADMAP_DATABASE_URL"

_CONFIG_TEMPLATE = """\
# An mlroadmap workspace. Your exercises are in exercises/, your progress in .mlroadmap/.

[progress]
# Any SQLAlchemy URL; the default is .mlroadmap/progress.db in this folder.
# database_url = "postgresql+psycopg://user@localhost/mlroadmap"

[limits]
# Limits of every check's sandbox (these are the defaults).
{limits}
"""


class WorkspaceError(Exception):
    """The workspace cannot be used as it is; the message says why."""


def default_root() -> Path:
    """``$MLROADMAP_HOME``, else ``~/mlroadmap``."""
    return Path(os.environ.get(HOME_VARIABLE) or Path.home() / "mlroadmap").expanduser()


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``mlroadmap.toml``."""
    for folder in (start, *start.parents):
        if (folder / MARKER).is_file():
            return folder
    return None


@dataclass(frozen=True)
class Workspace:
    root: Path

    @cached_property
    def config(self) -> dict:
        try:
            with (self.root / MARKER).open("rb") as f:
                return tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            raise WorkspaceError(f"{self.root / MARKER} is not valid TOML ({e})") from None
        except OSError as e:
            raise WorkspaceError(f"cannot read {self.root / MARKER} ({e.strerror})") from None

    @property
    def database_url(self) -> str:
        url = os.environ.get(DATABASE_VARIABLE) or self.config.get("progress", {}).get("database_url")
        return url or f"sqlite:///{self.root / '.mlroadmap' / 'progress.db'}"

    @property
    def limits(self) -> Limits:
        try:
            return Limits.from_mapping(self.config.get("limits", {}))
        except (ValueError, TypeError) as e:
            raise WorkspaceError(f"{self.root / MARKER}, [limits]: {e}") from None

    def path_of(self, exercise: Exercise) -> Path:
        return self.root / exercise.workspace_path

    def add_missing_stubs(self, roadmap: Roadmap) -> list[Path]:
        """Copy the stub of every exercise the workspace does not have yet."""
        created = []
        for exercise in roadmap.exercises.values():
            target = self.path_of(exercise)
            if not target.exists() and _create(target, exercise.stub_path.read_bytes()):
                created.append(target)
        return created

    def reset(self, exercise: Exercise) -> Path | None:
        """Restore the stub; the learner's version is kept as ``<file>.bak`` (never overwritten)."""
        target = self.path_of(exercise)
        backup = None
        if target.exists():
            backup = target.with_name(target.name + ".bak")
            n = 1
            while backup.exists():
                backup = target.with_name(f"{target.name}.bak{n}")
                n += 1
            target.rename(backup)
        _create(target, exercise.stub_path.read_bytes())
        return backup


def _create(target: Path, content: bytes) -> bool:
    """Write a new file; False if one appeared meanwhile. Never follows a symlink."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as f:
        f.write(content)
    return True


def init_workspace(root: Path, roadmap: Roadmap) -> tuple[Workspace, list[Path]]:
    """Create (or complete) a workspace at ``root``: config, exercise stubs, progress database."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        limits = "\n".join(f"# {k} = {v}" for k, v in vars(Limits()).items())
        _create(root / MARKER, _CONFIG_TEMPLATE.format(limits=limits).encode())
        workspace = Workspace(root)
        created = workspace.add_missing_stubs(roadmap)
    except OSError as e:
        raise WorkspaceError(f"cannot create a workspace in {root} ({e.strerror})") from None
    return workspace, created

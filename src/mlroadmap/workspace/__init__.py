"""The learner's workspace: their exercise files, their settings and their progress database."""

from mlroadmap.workspace.workspace import (
    Workspace,
    WorkspaceError,
    default_root,
    find_root,
    init_workspace,
)

__all__ = ["Workspace", "WorkspaceError", "default_root", "find_root", "init_workspace"]

"""Resource limits of a sandboxed check. Every one can be set in the workspace's ``mlroadmap.toml``."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Limits:
    cpu_seconds: float = 10.0
    """CPU time of the child; past it the kernel sends SIGXCPU."""
    wall_seconds: float = 20.0
    """Wall-clock time; past it the whole process group is killed."""
    memory_mb: int = 1024
    """Address space (RLIMIT_AS). NumPy alone maps a few hundred MB."""
    output_kb: int = 64
    """Kept of stdout and of stderr each; the rest is counted and dropped."""
    file_size_mb: int = 16
    """Largest file the child may write (RLIMIT_FSIZE)."""
    open_files: int = 64
    """File descriptors (RLIMIT_NOFILE)."""
    processes: int = 16
    """Processes or threads the child may add to the user's count (RLIMIT_NPROC; root is exempt)."""

    @classmethod
    def from_mapping(cls, values: dict) -> Limits:
        """Limits from a ``[limits]`` table; unknown keys or non-positive values are refused."""
        known = {f.name: f.type for f in fields(cls)}
        for key, value in values.items():
            if key not in known:
                raise ValueError(f"unknown limit {key!r} (known: {', '.join(known)})")
            if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"limit {key!r} must be a positive number, not {value!r}")
        return cls(**values)

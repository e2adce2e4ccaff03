"""The outcome of one check, as the learner reads it and as the progress store records it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_ATTEMPTED = "not attempted"
    ERROR = "error"
    SYNTAX_ERROR = "syntax error"
    TIMED_OUT = "timed out"
    OUT_OF_MEMORY = "out of memory"
    CRASHED = "crashed"


@dataclass
class CaseResult:
    """One case: ``status`` is ``pass``, ``fail`` or ``error`` (Exercism's words)."""

    name: str
    status: str
    message: str = ""
    call: str = ""
    output: str = ""


@dataclass
class Verdict:
    status: Status
    message: str
    cases: list[CaseResult] = field(default_factory=list)
    misconceptions: list[str] = field(default_factory=list)
    """Known mistakes that explain the failing cases, most explanatory first."""
    output: str = ""
    isolated: bool = True
    isolation_note: str = ""
    duration_ms: int = 0
    peak_memory_mb: float = 0.0

    @property
    def passed(self) -> bool:
        return self.status is Status.PASSED

    def to_dict(self) -> dict:
        return asdict(self) | {"status": self.status.value}

    @classmethod
    def from_dict(cls, data: dict) -> Verdict:
        cases = [CaseResult(**c) for c in data.get("cases", [])]
        return cls(**(data | {"status": Status(data["status"]), "cases": cases}))

"""Verdicts in the Exercism test-runner interface, version 3 (``results.json``)."""

from __future__ import annotations

from mlroadmap.curriculum.model import Exercise
from mlroadmap.grading.verdict import Status, Verdict

OUTPUT_LIMIT = 500  # characters per test, as the interface asks


def _cut(text: str) -> str:
    if len(text) <= OUTPUT_LIMIT:
        return text
    return text[: OUTPUT_LIMIT - 60] + f"\n… output cut at {OUTPUT_LIMIT - 60} characters"


def to_exercism(exercise: Exercise, verdict: Verdict) -> dict:
    """``status`` is ``error`` only when no test could run (syntax error, crash on load …)."""
    tests = [
        {
            "name": case.name,
            "status": case.status,
            "message": case.message or None,
            "output": _cut(case.output) or None,
            "test_code": case.call,
            "task_id": exercise.number,
        }
        for case in verdict.cases
    ]
    if verdict.status is Status.PASSED:
        status = "pass"
    elif tests:
        status = "fail"
    else:
        status = "error"
    result: dict = {"version": 3, "status": status, "tests": tests}
    if status != "pass":
        mistakes = "".join(f" Likely mistake: {m}" for m in verdict.misconceptions)
        result["message"] = f"{verdict.status}: {verdict.message}{mistakes}"
    return result

"""Turn what the sandboxed child reported into a verdict the learner can act on."""

from __future__ import annotations

import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mlroadmap.grading.compare import compare
from mlroadmap.grading.limits import Limits
from mlroadmap.grading.sandbox import CHILD_FAILED, Outcome
from mlroadmap.grading.spec import Case, Check
from mlroadmap.grading.table import is_pandas
from mlroadmap.grading.verdict import CaseResult, Status, Verdict


@dataclass
class Report:
    """Everything known after the child ended."""

    records: list[dict[str, Any]]
    outcome: Outcome
    outputs: list[Any]
    """The learner's plain return value per case (None where it raised)."""
    isolated: bool
    isolation_note: str


def call_text(function: str, case: Case) -> str:
    """How a case reads as code: ``standardize(X)  # X: array (40, 3) float64``."""

    def short(value: Any) -> str:
        if isinstance(value, np.ndarray):
            return f"array {value.shape} {value.dtype}"
        if is_pandas(value):
            return f"{type(value).__name__} {value.shape}"
        if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            tables = [f"{k} ({len(next(iter(v.values()), ()))} rows)" for k, v in value.items()]
            return "tables " + ", ".join(tables)  # an SQL exercise's database
        if isinstance(value, dict):
            return "{" + ", ".join(f"{k!r}: {short(v)}" for k, v in list(value.items())[:4]) + "}"
        text = repr(value)
        return text if len(text) <= 40 else text[:37] + "..."

    parts = [short(a) for a in case.args] + [f"{k}={short(v)}" for k, v in case.kwargs.items()]
    return f"{function}({', '.join(parts)})"


def _shown(path: Path, root: Path | None) -> Path:
    """``path`` relative to the workspace when it lies inside it, as a learner would write it."""
    return path.relative_to(root) if root and path.is_relative_to(root) else path


def _where(error: dict[str, Any], root: Path | None) -> str:
    lines = []
    for frame in error.get("frames", [])[-3:]:
        shown = _shown(Path(frame["file"]), root)
        code = f": {frame['code']}" if frame["code"] else ""
        lines.append(f"  at {shown}:{frame['line']} in {frame['function']}{code}")
    return "\n".join(lines)


def _error_text(error: dict[str, Any], root: Path | None) -> str:
    head = f"{error['type']}: {error['message']}" if error["message"] else error["type"]
    where = _where(error, root)
    return head + ("\n" + where if where else "")


def _exit_text(error: dict[str, Any]) -> str:
    code = error["message"] or "None"
    return f"your code called sys.exit({code}) (or exit()) instead of returning a value"


def _ended_early(outcome: Outcome, limits: Limits) -> tuple[Status, str] | None:
    """Why the child stopped before finishing, if it did."""
    if outcome.timed_out:
        return Status.TIMED_OUT, (
            f"your code ran for more than {limits.wall_seconds:g} s and was stopped: "
            "an infinite loop, or a loop that could be an array expression?"
        )
    if outcome.signal in (signal.SIGXCPU, signal.SIGKILL) and outcome.wall_seconds >= limits.cpu_seconds:
        return (
            Status.TIMED_OUT,
            f"your code used more than {limits.cpu_seconds:g} s of CPU time and was stopped",
        )
    if outcome.signal is not None:
        name = signal.Signals(outcome.signal).name
        extra = " (it may have run out of memory)" if outcome.signal == signal.SIGKILL else ""
        return Status.CRASHED, f"the process running your code was killed by {name}{extra}"
    if outcome.exit_code == CHILD_FAILED:
        last = outcome.stderr.strip().splitlines()[-1:] or ["no detail"]
        return Status.ERROR, f"the sandbox could not be set up ({last[0]}); this is a bug in mlroadmap"
    return Status.CRASHED, (
        f"the process running your code ended (exit code {outcome.exit_code}) before returning a result: "
        "did your code call os._exit(), or kill its own process?"
    )


def judge(
    check: Check,
    cases: Sequence[Case],
    expected: Sequence[Any],
    report: Report,
    *,
    limits: Limits,
    learner: Path,
    root: Path | None = None,
) -> Verdict:
    """The verdict for one run. ``root`` shortens paths in messages (the workspace)."""
    outcome = report.outcome
    base = {
        "output": (outcome.stdout + outcome.stderr).strip(),
        "isolated": report.isolated,
        "isolation_note": report.isolation_note,
        "duration_ms": round(outcome.wall_seconds * 1000),
        "peak_memory_mb": round(outcome.peak_memory_mb, 1),
    }
    stages = {r["stage"]: r for r in report.records}
    shown = _shown(learner, root)

    if syntax := stages.get("syntax"):
        pointer = ""
        if syntax["text"]:
            pointer = f"\n    {syntax['text'].strip()}"
        where = f"{shown}:{syntax['line']}:{syntax['col']}" if syntax["line"] else str(shown)
        return Verdict(Status.SYNTAX_ERROR, f"{where}: {syntax['message']}{pointer}", **base)
    if (loaded := stages.get("import")) and loaded["error"]:
        error = loaded["error"]
        base["output"] = (loaded["output"] + "\n" + base["output"]).strip()
        if error["kind"] == "memory":
            return Verdict(
                Status.OUT_OF_MEMORY,
                f"loading your file ran out of memory ({limits.memory_mb} MB limit)",
                **base,
            )
        if error["kind"] == "exit":
            return Verdict(Status.ERROR, f"while loading {shown}: {_exit_text(error)}", **base)
        return Verdict(Status.ERROR, f"loading {shown} raised {_error_text(error, root)}", **base)
    if lookup := stages.get("lookup"):
        if lookup["found"] is None:
            message = f"{shown} does not define `{check.function}`: keep the function name from the exercise"
        else:
            message = f"`{check.function}` in {shown} is a {lookup['found']}, not a function"
        return Verdict(Status.ERROR, message, **base)

    results: list[CaseResult] = []
    case_records = [r for r in report.records if r["stage"] == "case"]
    for case, record, want, got in zip(cases, case_records, expected, report.outputs, strict=False):
        call = call_text(check.function, case)
        if error := record.get("error"):
            if error["kind"] == "memory":
                return Verdict(
                    Status.OUT_OF_MEMORY,
                    f"case '{case.name}' ran out of memory (the limit is {limits.memory_mb} MB)",
                    **base,
                )
            if error["kind"] == "not_implemented":
                message = "still raises NotImplementedError"
            elif error["kind"] == "exit":
                message = _exit_text(error)
            else:
                message = "raised " + _error_text(error, root)
            results.append(CaseResult(case.name, "error", message, call, record["output"]))
            continue
        problem = compare(want, got, check.rule)
        if problem is None and record["mutated"] and not check.may_modify_inputs:
            names = ", ".join(f"`{n}`" for n in record["mutated"])
            problem = (
                f"the result is right, but your function changed its input {names} in place: work on a copy"
            )
        results.append(
            CaseResult(case.name, "fail" if problem else "pass", problem or "", call, record["output"])
        )
    base["cases"] = results

    if "done" not in stages:
        status, message = _ended_early(outcome, limits)
        done = sum(r.status == "pass" for r in results)
        if results:
            message += f" ({done} of {len(cases)} cases passed before that)"
        return Verdict(status, message, **base)
    if results and all(r.message == "still raises NotImplementedError" for r in results):
        return Verdict(
            Status.NOT_ATTEMPTED,
            f"{shown} still raises NotImplementedError: replace it with your code and save",
            **base,
        )
    failing = [r for r in results if r.status != "pass"]
    if not failing:
        return Verdict(Status.PASSED, f"all {len(results)} cases pass", **base)
    first = failing[0]
    status = Status.ERROR if all(r.status == "error" for r in failing) else Status.FAILED
    message = f"{len(failing)} of {len(results)} cases fail. First, '{first.name}': {first.message}"
    return Verdict(status, message, **base)


def detect_misconceptions(
    check: Check,
    cases: Sequence[Case],
    expected: Sequence[Any],
    outputs: Sequence[Any],
    call: Callable[..., Any],
) -> list[str]:
    """The mistakes that explain the learner's failing cases, most explanatory first.

    A mutant explains a failing case when its output there equals the learner's. A
    learner may make two mistakes at once (the sample standard deviation *and* no
    guard against 0 / 0), so the mutants are chosen greedily: each next one must
    explain failing cases that the ones before it do not.
    """
    failing = [
        i
        for i, got in enumerate(outputs)
        if got is not None and compare(expected[i], got, check.rule) is not None
    ]
    explained: list[set[int]] = []
    for mutant in check.mutants:
        cases_explained = set()
        for i in failing:
            try:
                theirs = check.seen(call(mutant.function, cases[i], check.driver))
            except Exception:
                continue
            if compare(theirs, outputs[i], check.rule) is None:
                cases_explained.add(i)
        explained.append(cases_explained)
    chosen: list[str] = []
    covered: set[int] = set()
    while True:
        gains = [len(e - covered) for e in explained]
        best = max(range(len(gains)), key=gains.__getitem__, default=None)
        if best is None or gains[best] == 0:
            return chosen
        chosen.append(check.mutants[best].message)
        covered |= explained[best]

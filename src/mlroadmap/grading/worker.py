"""The trusted grading worker: ``python -I -m mlroadmap.grading.worker``.

It reads one job per line on stdin (JSON), runs the learner's file in a forked,
sandboxed child (see :mod:`mlroadmap.grading.sandbox`), computes the expected
values with the reference *after* the fork, so the child never holds them, and
writes one verdict per line on stdout. NumPy and the grader stay imported between
jobs, which is what makes re-checks in ``mlroadmap watch`` fast.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from mlroadmap.grading import harness, sandbox, sql
from mlroadmap.grading.judge import Report, detect_misconceptions, judge
from mlroadmap.grading.limits import Limits
from mlroadmap.grading.plain import decode, encode, plain, revive
from mlroadmap.grading.spec import Case, Check
from mlroadmap.grading.verdict import Status, Verdict

_modules: dict[tuple[str, int], ModuleType] = {}


def load_module(path: Path) -> ModuleType:
    """A trusted module (check spec or solution) loaded by path, cached until it changes."""
    key = (str(path), path.stat().st_mtime_ns)
    if key not in _modules:
        spec = importlib.util.spec_from_file_location(f"mlroadmap_trusted_{len(_modules)}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # so that its classes pickle, like any imported module's
        spec.loader.exec_module(module)
        _modules[key] = module
    return _modules[key]


def load_check(check_path: Path, solution_path: Path) -> tuple[Check, Any]:
    """The exercise's check and its reference function."""
    check: Check = load_module(check_path).CHECK
    if check.reference is not None:
        return check, check.reference
    if solution_path.suffix == ".sql":  # the solution is the reference query
        return check, sql.query_function(solution_path.read_text(encoding="utf-8"))
    return check, getattr(load_module(solution_path), check.function)


def call(function: Any, case: Case, driver: Callable[..., Any] | None = None) -> Any:
    """Run ``case`` on ``function`` (through ``driver`` if the check has one), on a private
    copy of the case's arguments exactly as the sandboxed child receives them (after the
    round trip through plain values)."""
    args = [revive(plain(a)) for a in case.args]
    kwargs = {k: revive(plain(v)) for k, v in case.kwargs.items()}
    return driver(function, *args, **kwargs) if driver else function(*args, **kwargs)


def _read_records(outbox: Path) -> list[dict[str, Any]]:
    records = []
    try:
        text = (outbox / harness.RESULTS).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            break
        if isinstance(record, dict) and "stage" in record:
            records.append(record)
    return records


def _outputs(records: list[dict[str, Any]], count: int, outbox: Path) -> list[Any]:
    outputs: list[Any] = [None] * count
    for record in records:
        if record["stage"] == "case" and "value" in record and 0 <= record.get("index", -1) < count:
            try:
                outputs[record["index"]] = decode(record["value"], outbox)
            except (OSError, ValueError):  # a damaged or foreign .npy file
                outputs[record["index"]] = {"unsupported": "an unreadable array"}
    return outputs


def grade(job: dict[str, Any]) -> Verdict:
    started = time.monotonic()
    learner, stub = Path(job["learner"]), Path(job["stub"])
    limits = Limits.from_mapping(job.get("limits", {}))
    root = Path(job["root"]) if job.get("root") else None
    try:
        source = learner.read_bytes()
    except OSError as e:
        return Verdict(Status.ERROR, f"cannot read {learner}: {e.strerror}")
    if source == stub.read_bytes():
        return Verdict(
            Status.NOT_ATTEMPTED,
            "you have not changed this exercise yet: "
            "replace `raise NotImplementedError` with your code and save",
        )
    check, reference = load_check(Path(job["check"]), Path(job["solution"]))
    cases = list(check.cases())
    with tempfile.TemporaryDirectory(prefix="mlroadmap-check-") as tmp:
        inbox, outbox, work = Path(tmp, "in"), Path(tmp, "out"), Path(tmp, "work")
        for folder in (inbox, outbox, work):
            folder.mkdir()
        encoded = [
            {
                "args": encode(list(c.args), inbox, f"a{i}"),
                "kwargs": encode(list(c.kwargs.items()), inbox, f"k{i}"),
            }
            for i, c in enumerate(cases)
        ]
        (inbox / "cases.json").write_text(json.dumps(encoded), encoding="utf-8")
        report_path = Path(tmp, sandbox.SANDBOX_REPORT)
        pid, out_r, err_r = sandbox.spawn(
            lambda: harness.run(learner, check.function, inbox, outbox, check.driver),
            limits,
            work,
            report_path,
        )
        expected = [
            check.seen(call(reference, c, check.driver)) for c in cases
        ]  # after the fork: the child never sees them
        outcome = sandbox.supervise(pid, out_r, err_r, limits, started)
        records = _read_records(outbox)
        outputs = [check.seen(o) for o in _outputs(records, len(cases), outbox)]
        try:
            isolation = json.loads(report_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            isolation = {"isolated": False, "note": "the sandbox did not report its isolation"}
    report = Report(
        records, outcome, outputs, bool(isolation.get("isolated")), str(isolation.get("note", ""))
    )
    verdict = judge(check, cases, expected, report, limits=limits, learner=learner, root=root)
    if verdict.status is Status.FAILED:
        verdict.misconceptions = detect_misconceptions(check, cases, expected, outputs, call)
    return verdict


def main() -> None:
    for line in sys.stdin:
        try:
            verdict = grade(json.loads(line))
        except Exception as e:
            verdict = Verdict(
                Status.ERROR,
                f"the grader failed on this exercise ({type(e).__name__}: {e}); this is a bug in mlroadmap",
            )
        sys.stdout.write(json.dumps(verdict.to_dict()) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

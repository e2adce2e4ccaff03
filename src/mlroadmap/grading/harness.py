"""The code that runs *inside* the sandboxed child, around the learner's file.

It compiles and executes the learner's module, calls the exercise function on each
case read from the inbox, and appends one JSON line per step to ``results.jsonl``
in the outbox. Everything the learner returns leaves as a plain value (see
:mod:`mlroadmap.grading.plain`); the grader outside decides what it means.
"""

from __future__ import annotations

import json
import sys
import traceback
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from mlroadmap.grading import sql
from mlroadmap.grading.plain import decode, encode, revive
from mlroadmap.grading.table import is_pandas

RESULTS = "results.jsonl"
_TEXT_CAP = 4000


class _CappedText:
    """A stand-in for sys.stdout/sys.stderr that keeps the first characters only."""

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.size = 0
        self.dropped = 0

    def write(self, text: str) -> int:
        text = str(text)
        room = _TEXT_CAP - self.size
        if room > 0:
            self.kept.append(text[:room])
            self.size += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    @property
    def text(self) -> str:
        note = f"\n… {self.dropped} more characters not shown" if self.dropped else ""
        return "".join(self.kept) + note


@contextmanager
def _captured() -> Iterator[_CappedText]:
    sink = _CappedText()
    saved: tuple[TextIO, TextIO] = (sys.stdout, sys.stderr)
    sys.stdout = sys.stderr = sink  # type: ignore[assignment]
    try:
        yield sink
    finally:
        sys.stdout, sys.stderr = saved


def _safe_str(error: BaseException) -> str:
    try:
        text = str(error)
    except Exception:  # the learner's exception class may break __str__
        text = ""
    return text[:500]


def describe_error(error: BaseException, learner: Path) -> dict[str, Any]:
    """The exception, with the traceback cut to the learner's own frames."""
    frames = [
        {"file": f.filename, "line": f.lineno, "function": f.name, "code": (f.line or "").strip()}
        for f in traceback.extract_tb(error.__traceback__)
        if f.filename == str(learner)
    ]
    kind = "error"
    if isinstance(error, MemoryError):
        kind = "memory"
    elif isinstance(error, NotImplementedError):
        kind = "not_implemented"
    elif isinstance(error, SystemExit):
        kind = "exit"
    return {"kind": kind, "type": type(error).__name__, "message": _safe_str(error), "frames": frames}


def _copies(values: list[Any]) -> list[Any]:
    return [v.copy() if isinstance(v, np.ndarray) or is_pandas(v) else v for v in values]


def _changed(before: Any, after: Any) -> bool:
    if isinstance(before, np.ndarray):
        same = (
            isinstance(after, np.ndarray)
            and before.shape == after.shape
            and np.array_equal(before, after, equal_nan=before.dtype.kind in "fc")
        )
        return not same
    if is_pandas(before):
        return not (type(after) is type(before) and before.equals(after))
    return False


def _parameter_names(func: Callable[..., Any], count: int) -> list[str]:
    code = getattr(func, "__code__", None)
    names = list(code.co_varnames[: code.co_argcount]) if code else []
    return (names + [f"argument {i + 1}" for i in range(len(names), count)])[:count]


def run(
    learner: Path, function: str, inbox: Path, outbox: Path, driver: Callable[..., Any] | None = None
) -> None:
    """Run the learner's ``function`` on every case in ``inbox`` (through the check's
    ``driver`` if it has one); report to ``outbox``."""
    results = (outbox / RESULTS).open("w", encoding="utf-8")

    def emit(record: dict[str, Any]) -> None:
        results.write(json.dumps(record) + "\n")
        results.flush()

    cases = json.loads((inbox / "cases.json").read_text(encoding="utf-8"))
    source = learner.read_bytes()
    if learner.suffix == ".sql":  # the file is the query: nothing to load
        emit({"stage": "import", "error": None, "output": ""})
        query = sql.query_function(source.decode("utf-8", "replace"))
        _run_cases(query, driver, cases, learner, inbox, outbox, emit)
        return
    try:
        # dont_inherit: the learner's file must not inherit this module's __future__ imports
        # (string annotations would break a learner's own @dataclass).
        code = compile(source, str(learner), "exec", dont_inherit=True)
    except SyntaxError as e:
        emit(
            {
                "stage": "syntax",
                "line": e.lineno,
                "col": e.offset,
                "message": e.msg,
                "text": (e.text or "").rstrip(),
            }
        )
        return
    except ValueError as e:  # e.g. a NUL byte in the file
        emit({"stage": "syntax", "line": None, "col": None, "message": str(e), "text": ""})
        return
    module = types.ModuleType("exercise")
    module.__file__ = str(learner)
    sys.modules[module.__name__] = module  # as for any imported module: dataclasses and pickling look here
    with _captured() as out:
        try:
            exec(code, module.__dict__)
            failure = None
        except BaseException as e:
            failure = describe_error(e, learner)
    emit({"stage": "import", "error": failure, "output": out.text})
    if failure:
        return
    func = module.__dict__.get(function)
    if not callable(func):
        emit({"stage": "lookup", "found": type(func).__name__ if function in module.__dict__ else None})
        return
    _run_cases(func, driver, cases, learner, inbox, outbox, emit)


def _run_cases(
    func: Callable[..., Any],
    driver: Callable[..., Any] | None,
    cases: list[dict[str, Any]],
    learner: Path,
    inbox: Path,
    outbox: Path,
    emit: Callable[[dict[str, Any]], None],
) -> None:
    for index, case in enumerate(cases):
        args = revive(decode(case["args"], inbox))
        kwargs = {k: revive(v) for k, v in decode(case["kwargs"], inbox)}
        before = _copies(args)
        with _captured() as out:
            try:
                value = driver(func, *args, **kwargs) if driver else func(*args, **kwargs)
                failure = None
            except BaseException as e:
                value, failure = None, describe_error(e, learner)
        record: dict[str, Any] = {"stage": "case", "index": index, "output": out.text}
        if failure:
            record["error"] = failure
        else:
            names = _parameter_names(func, len(args))
            record["value"] = encode(value, outbox, f"case{index}")
            record["mutated"] = [n for n, b, a in zip(names, before, args, strict=True) if _changed(b, a)]
        emit(record)
    emit({"stage": "done"})

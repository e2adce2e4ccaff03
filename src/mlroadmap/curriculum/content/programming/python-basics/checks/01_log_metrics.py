"""Check of exercise 01: log_metrics (append per metric, a fresh history when none is given)."""

import copy
import random
from typing import Any

from mlroadmap.grading.spec import Case, Check, Mutant


def _snapshot(history: Any) -> Any:
    """The history's contents now (a dict of lists), or whatever came back instead."""
    if isinstance(history, dict):
        return {name: list(values) for name, values in history.items()}
    return history


def script(log_metrics: Any, run_a: list[dict[str, float]], run_b: list[dict[str, float]]) -> dict[str, Any]:
    """Two training runs logged one after the other, each started without a history."""
    defaults = copy.deepcopy(getattr(log_metrics, "__defaults__", None))
    try:
        history = log_metrics(run_a[0])
        same = [log_metrics(epoch, history) is history for epoch in run_a[1:]]
        first = _snapshot(history)
        other = log_metrics(run_b[0])
        for epoch in run_b[1:]:
            log_metrics(epoch, other)
        return {
            "run A": first,
            "run B, started without a history": _snapshot(other),
            "run A's dict after run B": _snapshot(history),
            "each later call returned the history it was given": same,
        }
    finally:
        # every case starts from the function as its file defined it, so that a
        # default shared between calls cannot carry values from one case to the next
        if defaults is not None:
            log_metrics.__defaults__ = defaults


def cases() -> list[Case]:
    rng = random.Random(7)
    loss, acc, long_run = 2.3, 0.1, []
    for epoch in range(20):
        loss *= rng.uniform(0.8, 0.97)
        acc += (1 - acc) * rng.uniform(0.05, 0.2)
        entry = {"loss": round(loss, 4), "acc": round(acc, 4), "lr": 0.1 * 0.5 ** (epoch // 5)}
        if epoch % 4 == 3:
            entry["val_loss"] = round(loss * rng.uniform(1.0, 1.3), 4)
        long_run.append(entry)
    return [
        Case(
            "two epochs of loss, then a second run: expect {'loss': [1.0, 0.5]} and {'loss': [2.0]}",
            ([{"loss": 1.0}, {"loss": 0.5}], [{"loss": 2.0}]),
        ),
        Case(
            "two metrics, three epochs per run",
            (
                [{"loss": 0.9, "acc": 0.6}, {"loss": 0.7, "acc": 0.7}, {"loss": 0.6, "acc": 0.75}],
                [{"loss": 1.1, "acc": 0.5}, {"loss": 0.8, "acc": 0.65}, {"loss": 0.7, "acc": 0.7}],
            ),
        ),
        Case(
            "a validation loss every other epoch",
            (
                [
                    {"loss": 0.9},
                    {"loss": 0.8, "val_loss": 1.0},
                    {"loss": 0.7},
                    {"loss": 0.6, "val_loss": 0.9},
                ],
                [{"loss": 0.5, "val_loss": 0.6}, {"loss": 0.4}],
            ),
        ),
        Case("one epoch per run", ([{"acc": 0.5}], [{"acc": 0.25}])),
        Case(
            "the second run starts with an empty epoch",
            ([{"loss": 3.0}, {"loss": 2.0}], [{}, {"loss": 1.5}]),
        ),
        Case("a run whose first epoch is empty", ([{}, {"loss": 0.3}, {"loss": 0.2}], [{"acc": 0.9}])),
        Case(
            "unicode metric names",
            ([{"précision": 0.8, "rappel": 0.6}, {"précision": 0.85, "rappel": 0.65}], [{"F₁": 0.7}]),
        ),
        Case("20 epochs of decaying loss, seed 7", (long_run, long_run[:5])),
    ]


def shared_default(metrics: dict[str, float], history: dict[str, list[float]] = {}) -> dict[str, list[float]]:  # noqa: B006
    for name, value in metrics.items():
        history.setdefault(name, []).append(value)
    return history


def get_then_append(
    metrics: dict[str, float], history: dict[str, list[float]] | None = None
) -> dict[str, list[float]]:
    if history is None:
        history = {}
    for name, value in metrics.items():
        history.get(name, []).append(value)
    return history


def overwritten(
    metrics: dict[str, float], history: dict[str, list[float]] | None = None
) -> dict[str, list[float]]:
    if history is None:
        history = {}
    for name, value in metrics.items():
        history[name] = [value]
    return history


def copied(
    metrics: dict[str, float], history: dict[str, list[float]] | None = None
) -> dict[str, list[float]]:
    history = {} if history is None else dict(history)
    for name, value in metrics.items():
        history.setdefault(name, []).append(value)
    return history


CHECK = Check(
    function="log_metrics",
    cases=cases,
    driver=script,
    mutants=[
        Mutant(
            shared_default,
            "You wrote history={} as the default: Python builds that dict once, when the function "
            "is defined, so every call without a history shares it and a new run starts with the "
            "old run's values. Use history=None and create the dict inside the function.",
        ),
        Mutant(
            get_then_append,
            "history.get(name, []) returns a new list that is not stored in history, so the value you "
            "append to it is lost: use history.setdefault(name, []).append(value).",
        ),
        Mutant(
            overwritten,
            "history[name] = [value] replaces the list every epoch, so only the last value survives: "
            "append to the existing list instead.",
        ),
        Mutant(
            copied,
            "You returned a copy of history: update the caller's dict in place and return that same "
            "dict, so that the caller sees the new values and new metric names.",
        ),
    ],
)

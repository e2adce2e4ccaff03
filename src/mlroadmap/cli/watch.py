"""``mlroadmap watch``: re-check on every save, with one-key actions.

Two threads feed one queue: the file watcher (watchfiles) and the keyboard. The
main thread handles one event at a time, so keys pressed during a check wait
for it; the grading worker stays warm between checks.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.text import Text

from mlroadmap.cli.checking import check_and_record, take_hint
from mlroadmap.cli.session import Session
from mlroadmap.cli.verdict_view import verdict_view
from mlroadmap.cli.views import bar
from mlroadmap.curriculum import Exercise
from mlroadmap.grading.client import Grader
from mlroadmap.progress.state import current_exercise, exercise_state

KEYS = "n next · h hint · l list · c check all · x reset · q quit"
MANUAL_KEYS = "Enter check · " + KEYS


def _watch_files(folder: Path, events: queue.Queue, stop: threading.Event) -> None:
    try:
        from watchfiles import Change, watch

        for changes in watch(folder, stop_event=stop, debounce=150, step=30):
            for change, path in changes:
                events.put(("deleted" if change is Change.deleted else "changed", Path(path)))
    except Exception as e:
        events.put(("watch failed", str(e)))


def _read_keys(events: queue.Queue) -> None:
    fd = sys.stdin.fileno()
    while True:
        try:
            data = os.read(fd, 1)
        except OSError:
            return
        if not data:  # stdin closed: keep watching, keys are gone
            return
        events.put(("key", data.decode(errors="ignore").lower()))


@contextmanager
def _single_keys() -> Iterator[None]:
    """Keys arrive one by one, without Enter, when stdin is a terminal."""
    if not sys.stdin.isatty():
        yield
        return
    import termios
    import tty

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


class Watcher:
    def __init__(self, session: Session, console: Console, grader: Grader, manual: bool) -> None:
        self.session, self.console, self.grader, self.manual = session, console, grader, manual
        self.roadmap, self.workspace = session.roadmap, session.workspace
        self.exercises = list(self.roadmap.exercises.values())
        self.by_path = {self.workspace.path_of(e).resolve(): e for e in self.exercises}
        self.current = current_exercise(self.roadmap, session.summary()) or self.exercises[0]

    def say(self, text: str, style: str = "") -> None:
        self.console.print(Text(text, style=style))

    def footer(self) -> None:
        summary = self.session.summary()
        passed = sum(exercise_state(e, summary) == "passed" for e in self.exercises)
        line = Text("Progress: ")
        line.append_text(bar(passed, len(self.exercises), 30))
        line.append(f" {passed}/{len(self.exercises)}   ")
        line.append(MANUAL_KEYS if self.manual else KEYS, style="bright_black")
        self.console.print(line)

    def check(self, exercise: Exercise, clear: bool = True) -> bool:
        self.current = exercise
        path = self.workspace.path_of(exercise)
        if clear:
            self.console.clear()
        if not path.exists():
            self.say(f"{path} is gone. Press x to restore the exercise (your progress is kept).", "yellow")
            return False
        self.say(f"Checking {exercise.id} …", "bright_black")
        verdict, problem = check_and_record(self.session, self.grader, exercise)
        self.console.print(verdict_view(exercise, verdict, path, len(exercise.hints)))
        if problem:
            self.say(problem, "bold red")
        return verdict.passed

    def next_exercise(self) -> None:
        summary = self.session.summary()
        start = self.exercises.index(self.current)
        rest = self.exercises[start + 1 :] + self.exercises[: start + 1]
        todo = [e for e in rest if exercise_state(e, summary) != "passed"]
        if not todo:
            self.say("Every available exercise has passed. 🎉", "bold green")
            return
        self.current = todo[0]
        self.console.clear()
        self.say(f"Next: {self.current.title} ({self.current.id})", "bold cyan")
        self.say(f"  open {self.workspace.path_of(self.current)}", "underline")

    def hint(self) -> None:
        level = take_hint(self.session, self.current)
        self.say(f"Hint {level}/{len(self.current.hints)} for {self.current.id}:", "bold")
        self.say(self.current.hints[level - 1])

    def listing(self) -> None:
        summary = self.session.summary()
        for e in self.exercises:
            state = exercise_state(e, summary)
            mark = "→" if e is self.current else " "
            self.say(f"{mark} {e.id:40} {state}", "green" if state == "passed" else "")

    def check_all(self) -> None:
        self.console.clear()
        passed = 0
        for e in self.exercises:
            path = self.workspace.path_of(e)
            verdict, _ = check_and_record(self.session, self.grader, e) if path.exists() else (None, None)
            status = verdict.status.value if verdict else "missing"
            passed += bool(verdict and verdict.passed)
            self.say(f"{e.id:40} {status}", "green" if verdict and verdict.passed else "yellow")
        self.say(f"{passed}/{len(self.exercises)} pass")

    def reset(self) -> None:
        backup = self.workspace.reset(self.current)
        kept = f" (your version: {backup.name})" if backup else ""
        self.say(f"Restored {self.workspace.path_of(self.current)}{kept}", "yellow")

    def run(self, events: queue.Queue) -> None:
        self.check(self.current)
        self.footer()
        actions = {
            "n": self.next_exercise,
            "h": self.hint,
            "l": self.listing,
            "c": self.check_all,
            "x": self.reset,
        }
        while True:
            kind, value = events.get()
            if kind == "key":
                if value == "q":
                    return
                if value in actions:
                    actions[value]()
                elif value in ("\n", "\r", "r") and self.manual:
                    self.check(self.current)
                else:
                    continue
            elif kind == "watch failed":
                self.manual = True
                self.say(f"Watching files failed ({value}); press Enter to check instead.", "yellow")
            elif kind in ("changed", "deleted"):
                exercise = self.by_path.get(value.resolve())
                if exercise is None:
                    continue
                _drop_repeats(events, value)
                if kind == "deleted" or not value.exists():
                    self.console.clear()
                    self.current = exercise
                    self.say(
                        f"{value} was deleted. Press x to restore the exercise (your progress is kept).",
                        "yellow",
                    )
                else:
                    self.check(exercise)
            self.footer()


def _drop_repeats(events: queue.Queue, path: Path) -> None:
    """Editors save in bursts: drop the queued events for the same file."""
    kept = []
    while True:
        try:
            event = events.get_nowait()
        except queue.Empty:
            break
        if not (event[0] in ("changed", "deleted") and event[1] == path):
            kept.append(event)
    for event in kept:
        events.put(event)


def watch_loop(session: Session, console: Console, manual: bool) -> None:
    events: queue.Queue = queue.Queue()
    stop = threading.Event()
    if not manual:
        folder = session.workspace.root / "exercises"
        threading.Thread(target=_watch_files, args=(folder, events, stop), daemon=True).start()
    threading.Thread(target=_read_keys, args=(events,), daemon=True).start()
    with session.grader() as grader, _single_keys():
        try:
            Watcher(session, console, grader, manual).run(events)
        finally:
            stop.set()

"""How a verdict looks in the terminal."""

from __future__ import annotations

from pathlib import Path

from rich.console import Group
from rich.text import Text

from mlroadmap.curriculum import Exercise
from mlroadmap.grading.verdict import Status, Verdict

VERDICT_STYLE = {
    Status.PASSED: ("✔", "bold green"),
    Status.FAILED: ("✘", "bold red"),
    Status.NOT_ATTEMPTED: ("○", "bold yellow"),
    Status.ERROR: ("✘", "bold red"),
    Status.SYNTAX_ERROR: ("✘", "bold red"),
    Status.TIMED_OUT: ("⏱", "bold red"),
    Status.OUT_OF_MEMORY: ("✘", "bold red"),
    Status.CRASHED: ("✘", "bold red"),
}


def verdict_view(exercise: Exercise, verdict: Verdict, path: Path, hint_count: int = 3) -> Group:
    mark, style = VERDICT_STYLE[verdict.status]
    head = Text(f"{mark} {exercise.id}: {verdict.status}", style=style)
    parts: list = [head, Text(f"  {path}", style="underline bright_black")]
    body = Text(verdict.message)
    parts.append(Text("  ").append_text(body) if "\n" not in verdict.message else Text(verdict.message))
    for number, mistake in enumerate(verdict.misconceptions):
        label = "  Likely mistake: " if number == 0 else "  And also: "
        parts.append(Text.assemble((label, "bold magenta"), mistake))
    failing = [c for c in verdict.cases if c.status != "pass"]
    if failing and verdict.status is not Status.NOT_ATTEMPTED:
        first = failing[0]
        parts.append(Text(f"  call: {first.call}", style="bright_black"))
        if first.output.strip():
            parts.append(Text("  your function printed:", style="bright_black"))
            parts.append(Text("    " + first.output.strip()[:800].replace("\n", "\n    ")))
    elif verdict.output.strip() and verdict.status is not Status.PASSED:
        parts.append(Text("  output:", style="bright_black"))
        parts.append(Text("    " + verdict.output.strip()[-800:].replace("\n", "\n    ")))
    if not verdict.isolated:
        parts.append(Text(f"  note: {verdict.isolation_note}", style="yellow"))
    if verdict.status is Status.PASSED:
        parts.append(
            Text(
                f"  Exercise done. `mlroadmap solution {exercise.id}` shows the reference solution.",
                style="green",
            )
        )
    elif verdict.status is not Status.NOT_ATTEMPTED:
        parts.append(
            Text(f"  Stuck? `mlroadmap hint {exercise.id}` (levels 1-{hint_count}).", style="bright_black")
        )
    return Group(*parts)

"""How things look in the terminal: the map, a verdict, a progress bar."""

from __future__ import annotations

from pathlib import Path

from rich.console import Group
from rich.text import Text
from rich.tree import Tree

from mlroadmap.curriculum import Exercise, Roadmap
from mlroadmap.grading.verdict import Status, Verdict
from mlroadmap.progress.state import NextStep, TopicState, exercise_state, topic_state
from mlroadmap.progress.summary import Summary

STATE_STYLE = {
    TopicState.DONE: ("✔", "green"),
    TopicState.LEARNING: ("◐", "yellow"),
    TopicState.SKIPPED: ("↷", "cyan"),
    TopicState.PENDING: ("○", "white"),
    TopicState.COMING_SOON: ("·", "bright_black"),
}

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


def bar(done: int, total: int, width: int = 20) -> Text:
    filled = round(width * done / total) if total else 0
    text = Text("━" * filled, style="green")
    text.append("━" * (width - filled), style="bright_black")
    return text


def next_step_text(step: NextStep | None, workspace: Path) -> Text:
    if step is None:
        return Text(
            "Every available topic is done or skipped. More topics are coming soon.", style="bold green"
        )
    text = Text("Next: ", style="bold")
    text.append(f"{step.topic.title} ({step.topic.id})", style="bold cyan")
    if step.exercise is None:
        return text
    path = workspace / step.exercise.workspace_path
    text.append(" · read the lesson with ")
    text.append(f"mlroadmap learn {step.topic.id}", style="bold")
    text.append(", then solve ")
    text.append(str(path), style="underline")
    text.append(" and run ")
    text.append("mlroadmap watch", style="bold")
    return text


def roadmap_tree(roadmap: Roadmap, summary: Summary) -> Tree:
    states = {tid: topic_state(t, summary) for tid, t in roadmap.topics.items()}
    done_topics = sum(s is TopicState.DONE for s in states.values())
    exercises = roadmap.exercises.values()
    passed = sum(exercise_state(e, summary) == "passed" for e in exercises)
    title = Text("ML Engineer Roadmap", style="bold")
    title.append(
        f"   {done_topics}/{len(states)} topics done · {passed}/{len(exercises)} exercises passed",
        style="bright_black",
    )
    tree = Tree(title, guide_style="bright_black")
    for number, section in enumerate(roadmap.sections, 1):
        done = sum(states[t.id] is TopicState.DONE for t in section.topics)
        label = Text(f"{number}. {section.title} ", style="bold")
        label.append_text(bar(done, len(section.topics), 12))
        label.append(f" {done}/{len(section.topics)}", style="bright_black")
        branch = tree.add(label)
        for topic in section.topics:
            mark, style = STATE_STYLE[states[topic.id]]
            line = Text(f"{mark} ", style=style)
            line.append(topic.title, style=style if states[topic.id] is not TopicState.PENDING else "")
            line.append(f"  {topic.id}", style="bright_black")
            if topic.exercises:
                ok = sum(exercise_state(e, summary) == "passed" for e in topic.exercises)
                line.append(f"  {ok}/{len(topic.exercises)}", style=style)
            if states[topic.id] is not TopicState.PENDING:
                line.append(f"  {states[topic.id]}", style=f"italic {style}")
            branch.add(line)
        for tid in section.see_also:
            branch.add(Text(f"→ {roadmap.topics[tid].title}  (see above)", style="bright_black"))
    return tree


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

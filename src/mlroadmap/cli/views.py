"""How things look in the terminal: the map, a verdict, a progress bar."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from mlroadmap.curriculum import Roadmap
from mlroadmap.progress.state import NextStep, TopicState, exercise_state, topic_state
from mlroadmap.progress.summary import Summary

STATE_STYLE = {
    TopicState.DONE: ("✔", "green"),
    TopicState.LEARNING: ("◐", "yellow"),
    TopicState.SKIPPED: ("↷", "cyan"),
    TopicState.PENDING: ("○", "white"),
    TopicState.COMING_SOON: ("·", "bright_black"),
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


def roadmap_tree(roadmap: Roadmap, summary: Summary) -> Text:
    """The map as one Text: a tree of sections and topics with their states.

    Built by hand rather than with rich.tree: one Text renders in a third of the time,
    and the map is what ``mlroadmap`` shows at every start.
    """
    states = {tid: topic_state(t, summary) for tid, t in roadmap.topics.items()}
    done_topics = sum(s is TopicState.DONE for s in states.values())
    exercises = roadmap.exercises.values()
    passed = sum(exercise_state(e, summary) == "passed" for e in exercises)
    text = Text("ML Engineer Roadmap", style="bold", no_wrap=True, overflow="ellipsis")
    text.append(
        f"   {done_topics}/{len(states)} topics done · {passed}/{len(exercises)} exercises passed\n",
        style="bright_black",
    )
    for number, section in enumerate(roadmap.sections, 1):
        last_section = number == len(roadmap.sections)
        done = sum(states[t.id] is TopicState.DONE for t in section.topics)
        text.append("└── " if last_section else "├── ", style="bright_black")
        text.append(f"{number}. {section.title} ", style="bold")
        text.append_text(bar(done, len(section.topics), 12))
        text.append(f" {done}/{len(section.topics)}\n", style="bright_black")
        rows = [(t, states[t.id]) for t in section.topics]
        rows += [(roadmap.topics[tid], None) for tid in section.see_also]
        for index, (topic, state) in enumerate(rows):
            text.append("    " if last_section else "│   ", style="bright_black")
            text.append("└── " if index == len(rows) - 1 else "├── ", style="bright_black")
            if state is None:
                text.append(f"→ {topic.title}  (see above)\n", style="bright_black")
                continue
            mark, style = STATE_STYLE[state]
            text.append(f"{mark} ", style=style)
            text.append(topic.title, style=style if state is not TopicState.PENDING else "")
            text.append(f"  {topic.id}", style="bright_black")
            if topic.exercises:
                ok = sum(exercise_state(e, summary) == "passed" for e in topic.exercises)
                text.append(f"  {ok}/{len(topic.exercises)}", style=style)
            if state is not TopicState.PENDING:
                text.append(f"  {state}", style=f"italic {style}")
            text.append("\n")
    text.rstrip()
    return text

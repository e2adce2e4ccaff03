"""States derived from evidence: a topic is done when all its exercises have passed,
learning once attempted, skipped only by the learner's choice."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mlroadmap.curriculum.model import Exercise, Roadmap, Topic
from mlroadmap.progress.summary import Summary


class TopicState(StrEnum):
    DONE = "done"
    LEARNING = "learning"
    SKIPPED = "skipped"
    PENDING = "pending"
    COMING_SOON = "coming soon"


def exercise_state(exercise: Exercise, summary: Summary) -> str:
    """``passed`` once earned, else the latest verdict, else ``pending``."""
    progress = summary.exercises.get(exercise.id)
    if progress is None:
        return "pending"
    return "passed" if progress.passed else progress.latest


def topic_state(topic: Topic, summary: Summary) -> TopicState:
    passed = [summary.exercises.get(e.id) for e in topic.exercises]
    if topic.exercises and all(p is not None and p.passed for p in passed):
        return TopicState.DONE
    if topic.id in summary.skipped:
        return TopicState.SKIPPED
    if not topic.available:
        return TopicState.COMING_SOON
    if any(p is not None for p in passed):
        return TopicState.LEARNING
    return TopicState.PENDING


@dataclass(frozen=True)
class NextStep:
    topic: Topic
    exercise: Exercise | None
    """The first exercise of the topic not passed yet."""


def next_step(roadmap: Roadmap, summary: Summary) -> NextStep | None:
    """The first open topic in learning order whose built prerequisites are done or skipped.

    Prerequisites that are still coming soon do not block: nobody can finish them yet.
    None when every available topic is done or skipped.
    """
    topics = roadmap.topics
    states = {tid: topic_state(t, summary) for tid, t in topics.items()}
    settled = {TopicState.DONE, TopicState.SKIPPED, TopicState.COMING_SOON}
    open_topics = [tid for tid in roadmap.order if states[tid] in (TopicState.PENDING, TopicState.LEARNING)]
    ready = [tid for tid in open_topics if all(states[n] in settled for n in topics[tid].needs)]
    for tid in ready or open_topics:
        topic = topics[tid]
        todo = [e for e in topic.exercises if exercise_state(e, summary) != "passed"]
        return NextStep(topic, todo[0] if todo else None)
    return None


def current_exercise(roadmap: Roadmap, summary: Summary) -> Exercise | None:
    """The exercise the learner is on: the last one attempted until it passes, else the next one."""
    last = summary.last_attempted
    exercises = roadmap.exercises
    if last in exercises and not summary.exercises[last].passed:
        return exercises[last]
    step = next_step(roadmap, summary)
    return step.exercise if step else None

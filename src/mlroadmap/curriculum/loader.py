"""Load the roadmap and the built topics, and refuse a curriculum that does not hold together.

``roadmap.toml`` is the map: every section and topic, with the prerequisite arrows.
A topic is *available* when ``content/<section>/<topic>/topic.toml`` exists; that
manifest lists its exercises. Every error names the file to fix.
"""

from __future__ import annotations

import heapq
import tomllib
from pathlib import Path

from mlroadmap.curriculum.model import Exercise, Roadmap, Section, Topic

PACKAGE_DIR = Path(__file__).parent
HINT_LEVELS = 3


class CurriculumError(Exception):
    """The curriculum files are inconsistent; the message names the file."""


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise CurriculumError(f"{path}: not valid TOML ({e})") from None
    except OSError as e:
        raise CurriculumError(f"{path}: cannot be read ({e.strerror})") from None


def _exercises(topic_id: str, section_id: str, folder: Path) -> tuple[Exercise, ...]:
    manifest = folder / "topic.toml"
    exercises: list[Exercise] = []
    seen: set[str] = set()
    for entry in _read_toml(manifest).get("exercise", []):
        try:
            name, title, file, hints = entry["id"], entry["title"], entry["file"], entry["hints"]
        except KeyError as e:
            raise CurriculumError(f"{manifest}: an exercise has no {e.args[0]!r}") from None
        if name in seen:
            raise CurriculumError(f"{manifest}: duplicate exercise id {name!r}")
        seen.add(name)
        if len(hints) != HINT_LEVELS:
            raise CurriculumError(f"{manifest}: exercise {name!r} needs exactly {HINT_LEVELS} hints")
        if not file.split("_", 1)[0].isdigit():
            raise CurriculumError(f"{manifest}: exercise file {file!r} must start with its number, NN_")
        exercise = Exercise(f"{topic_id}/{name}", topic_id, section_id, title, file, tuple(hints), folder)
        for path in (exercise.stub_path, exercise.solution_path, exercise.check_path):
            if not path.is_file():
                raise CurriculumError(f"{manifest}: exercise {name!r} has no {path.relative_to(folder)}")
        exercises.append(exercise)
    if not (folder / "lesson.md").is_file():
        raise CurriculumError(f"{manifest}: the topic has no lesson.md")
    return tuple(exercises)


def _learning_order(sections: tuple[Section, ...], source: Path) -> tuple[str, ...]:
    """Kahn's topological sort, taking the earliest topic in roadmap order among the ready ones."""
    position = {t.id: i for i, t in enumerate(t for s in sections for t in s.topics)}
    topics = {t.id: t for s in sections for t in s.topics}
    waiting = {tid: len(set(t.needs)) for tid, t in topics.items()}
    unlocks: dict[str, list[str]] = {tid: [] for tid in topics}
    for tid, t in topics.items():
        for need in set(t.needs):
            unlocks[need].append(tid)
    ready = [(position[tid], tid) for tid, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, tid = heapq.heappop(ready)
        order.append(tid)
        for nxt in unlocks[tid]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, (position[nxt], nxt))
    if len(order) < len(topics):
        stuck = sorted((tid for tid, n in waiting.items() if n > 0), key=position.get)
        raise CurriculumError(f"{source}: the prerequisites form a cycle among {', '.join(stuck)}")
    return tuple(order)


def load_roadmap(root: Path = PACKAGE_DIR) -> Roadmap:
    """Read ``root/roadmap.toml`` and the topic folders under ``root/content``."""
    source = root / "roadmap.toml"
    data = _read_toml(source)
    content = root / "content"
    sections: list[Section] = []
    seen: dict[str, str] = {}
    for sec in data.get("section", []):
        topics: list[Topic] = []
        for raw in sec.get("topic", []):
            tid = raw.get("id")
            if not tid or not raw.get("title"):
                raise CurriculumError(f"{source}: a topic in section {sec.get('id')!r} has no id or title")
            if tid in seen:
                raise CurriculumError(f"{source}: duplicate topic id {tid!r}")
            seen[tid] = sec["id"]
            folder = content / sec["id"] / tid
            has_content = (folder / "topic.toml").is_file()
            topics.append(
                Topic(
                    id=tid,
                    section_id=sec["id"],
                    title=raw["title"],
                    covers=raw.get("covers", ""),
                    needs=tuple(raw.get("needs", ())),
                    oracle=raw.get("oracle", ""),
                    beyond=raw.get("beyond", False),
                    folder=folder if has_content else None,
                    exercises=_exercises(tid, sec["id"], folder) if has_content else (),
                )
            )
        sections.append(Section(sec["id"], sec["title"], tuple(topics), tuple(sec.get("see_also", ()))))
    for section in sections:
        for tid in section.see_also:
            if tid not in seen:
                raise CurriculumError(f"{source}: section {section.id!r} refers to unknown topic {tid!r}")
        for topic in section.topics:
            for need in topic.needs:
                if need not in seen:
                    raise CurriculumError(f"{source}: topic {topic.id!r} needs unknown topic {need!r}")
    if content.is_dir():
        for manifest in sorted(content.glob("*/*/topic.toml")):
            section_id, topic_id = manifest.parent.parent.name, manifest.parent.name
            if seen.get(topic_id) != section_id:
                raise CurriculumError(
                    f"{manifest}: {section_id}/{topic_id} is not a topic of that section in {source.name}"
                )
    exercise_ids = [e.id for s in sections for t in s.topics for e in t.exercises]
    assert len(exercise_ids) == len(set(exercise_ids)), "exercise ids carry their unique topic id"
    frozen = tuple(sections)
    return Roadmap(frozen, _learning_order(frozen, source))

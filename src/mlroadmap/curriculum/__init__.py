"""The curriculum as data: sections, topics, exercises and their prerequisites."""

from mlroadmap.curriculum.loader import CurriculumError, load_roadmap
from mlroadmap.curriculum.model import Exercise, Roadmap, Section, Topic

__all__ = ["CurriculumError", "Exercise", "Roadmap", "Section", "Topic", "load_roadmap"]

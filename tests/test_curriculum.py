"""Loading the curriculum refuses graphs and manifests that do not hold together, naming the file."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from mlroadmap.curriculum import CurriculumError, load_roadmap
from mlroadmap.curriculum.loader import PACKAGE_DIR

ROADMAP = """
[[section]]
id = "basics"
title = "Basics"

[[section.topic]]
id = "alpha"
title = "Alpha"
needs = []

[[section.topic]]
id = "beta"
title = "Beta"
needs = ["alpha"]

[[section.topic]]
id = "gamma"
title = "Gamma"
needs = ["beta"]
"""

MANIFEST = """
[[exercise]]
id = "one"
title = "One"
file = "01_one.py"
hints = ["a", "b", "c"]
"""


def write_curriculum(root: Path, roadmap: str = ROADMAP, manifest: str | None = MANIFEST) -> Path:
    (root / "roadmap.toml").write_text(textwrap.dedent(roadmap))
    if manifest is not None:
        topic = root / "content/basics/alpha"
        for sub in ("exercises", "solutions", "checks"):
            (topic / sub).mkdir(parents=True)
            (topic / sub / "01_one.py").write_text("")
        (topic / "lesson.md").write_text("# Alpha\n")
        (topic / "topic.toml").write_text(textwrap.dedent(manifest))
    return root


def test_a_valid_curriculum_loads_with_coming_soon_topics(tmp_path):
    roadmap = load_roadmap(write_curriculum(tmp_path))
    assert roadmap.order == ("alpha", "beta", "gamma")
    assert roadmap.topics["alpha"].available and not roadmap.topics["beta"].available
    assert list(roadmap.exercises) == ["alpha/one"]
    exercise = roadmap.exercises["alpha/one"]
    assert exercise.workspace_path == Path("exercises/basics/alpha/01_one.py")
    assert exercise.number == 1


def test_the_learning_order_puts_prerequisites_first_even_against_roadmap_order(tmp_path):
    text = ROADMAP.replace(
        'id = "alpha"\ntitle = "Alpha"\nneeds = []', 'id = "alpha"\ntitle = "Alpha"\nneeds = ["gamma"]'
    )
    text = text.replace(
        'id = "beta"\ntitle = "Beta"\nneeds = ["alpha"]', 'id = "beta"\ntitle = "Beta"\nneeds = []'
    )
    text = text.replace('needs = ["beta"]', "needs = []")
    roadmap = load_roadmap(write_curriculum(tmp_path, text, None))
    assert roadmap.order == ("beta", "gamma", "alpha")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda r: r.replace('needs = ["alpha"]', 'needs = ["alfa"]'),
            "topic 'beta' needs unknown topic 'alfa'",
        ),
        (lambda r: r.replace('id = "gamma"', 'id = "beta"'), "duplicate topic id 'beta'"),
        (
            lambda r: r.replace("needs = []", 'needs = ["gamma"]'),
            "the prerequisites form a cycle among alpha, beta, gamma",
        ),
        (lambda r: r.replace('title = "Gamma"', 'title = ""'), "has no id or title"),
        (lambda r: r + "\n[[section\n", "not valid TOML"),
    ],
    ids=["unknown prerequisite", "duplicate topic", "cycle", "no title", "bad TOML"],
)
def test_a_broken_roadmap_names_roadmap_toml(tmp_path, change, message):
    write_curriculum(tmp_path, change(ROADMAP), None)
    with pytest.raises(CurriculumError, match=r"roadmap\.toml") as error:
        load_roadmap(tmp_path)
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (MANIFEST + MANIFEST, "duplicate exercise id 'one'"),
        (MANIFEST.replace('["a", "b", "c"]', '["a", "b"]'), "needs exactly 3 hints"),
        (MANIFEST.replace('file = "01_one.py"', 'file = "one.py"'), "must start with its number"),
        (MANIFEST.replace('file = "01_one.py"', 'file = "02_two.py"'), "has no exercises/02_two.py"),
        (MANIFEST.replace('title = "One"\n', ""), "has no 'title'"),
    ],
    ids=["duplicate exercise", "two hints", "unnumbered file", "missing files", "no title"],
)
def test_a_broken_manifest_names_its_topic_toml(tmp_path, manifest, message):
    write_curriculum(tmp_path, ROADMAP, manifest)
    with pytest.raises(CurriculumError, match=r"content/basics/alpha/topic\.toml") as error:
        load_roadmap(tmp_path)
    assert message in str(error.value)


def test_content_for_a_topic_not_on_the_map_is_refused(tmp_path):
    write_curriculum(tmp_path)
    shutil.copytree(tmp_path / "content/basics/alpha", tmp_path / "content/basics/delta")
    with pytest.raises(CurriculumError, match=r"delta/topic\.toml: basics/delta is not a topic"):
        load_roadmap(tmp_path)


def test_a_topic_without_a_lesson_is_refused(tmp_path):
    write_curriculum(tmp_path)
    (tmp_path / "content/basics/alpha/lesson.md").unlink()
    with pytest.raises(CurriculumError, match=r"has no lesson\.md"):
        load_roadmap(tmp_path)


def test_the_shipped_curriculum_is_the_default():
    assert load_roadmap(PACKAGE_DIR).topics == load_roadmap().topics

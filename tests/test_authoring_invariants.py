"""Invariants over the whole shipped curriculum, run through the real sandbox.

Every exercise added later is covered automatically: each stub is "not attempted",
each solution passes, each mutant fails with its own message, and the manifest and
graph hold together.
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
import re
import warnings
from pathlib import Path

import pytest

from mlroadmap.curriculum import load_roadmap
from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.sql import has_statement
from mlroadmap.grading.verdict import Status
from mlroadmap.grading.worker import call, load_check

ROADMAP = load_roadmap()
EXERCISES = sorted(ROADMAP.exercises.values(), key=lambda e: e.id)
SHARED_ROADMAP = Path(__file__).resolve().parents[2] / "shared" / "roadmap.md"

# The slugs of shared/roadmap.md, section by section: the map must show every one of them.
EXPECTED_SECTIONS = {
    "programming": "python-basics data-structures oop numpy pandas matplotlib seaborn scipy sql",
    "math": "linear-algebra calculus optimization probability statistics time-series discrete-math",
    "data": "data-cleaning feature-engineering feature-scaling feature-selection pca",
    "supervised": "ml-concepts linear-regression regularization logistic-regression svm decision-trees knn "
    "naive-bayes ensembles scikit-learn",
    "unsupervised": "kmeans dbscan tsne hierarchical-clustering gaussian-mixtures",
    "evaluation": "classification-metrics confusion-matrix regression-metrics cross-validation",
    "deep-learning": "perceptron mlp backpropagation activation-functions loss-functions optimizers cnn rnn "
    "attention-transformers autoencoders gans pytorch",
    "nlp": "tokenization stemming-lemmatization text-vectorization word-embeddings attention-models "
    "sentiment-analysis ner",
    "rl": "rl-foundations q-learning dqn policy-gradients actor-critic",
    "xai": "xai-concepts permutation-importance lime shap gradient-attributions",
    "practice": "projects portfolio",
}


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(f"invariant_{path.parent.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_roadmap_topic_is_on_the_map():
    shown = {s.id: " ".join(t.id for t in s.topics) for s in ROADMAP.sections}
    assert shown == EXPECTED_SECTIONS
    if SHARED_ROADMAP.exists():  # beside a clone of the repository, the source itself
        slugs = set(re.findall(r"^\| ([a-z0-9-]+)(?: \(beyond\))? \|", SHARED_ROADMAP.read_text(), re.M))
        assert slugs - {"slug"} == set(ROADMAP.topics)  # "slug" is the tables' header


def test_prerequisites_resolve_and_come_first_in_the_learning_order():
    position = {tid: i for i, tid in enumerate(ROADMAP.order)}
    assert set(position) == set(ROADMAP.topics)
    for topic in ROADMAP.topics.values():
        for need in topic.needs:
            assert position[need] < position[topic.id], (need, topic.id)


TOPICS_WITH_CONTENT = [t for t in ROADMAP.topics.values() if t.available]


@pytest.mark.parametrize("topic", TOPICS_WITH_CONTENT, ids=lambda t: t.id)
def test_every_lesson_figure_is_drawn_from_data(topic, tmp_path):
    import matplotlib.pyplot as plt

    from mlroadmap.curriculum.figures import draw, figure_names, render

    for name in figure_names(topic.lesson_path.read_text()):
        figure = draw(topic, name)
        axes = [ax for ax in figure.axes if ax.lines or ax.collections or ax.patches or ax.images]
        assert axes, f"{topic.id}: figure {name} plots nothing"
        assert all(ax.get_title() or ax.get_xlabel() for ax in axes), (
            f"{topic.id}: {name} needs titles or labels"
        )
        plt.close(figure)
        assert render(topic, name, tmp_path).stat().st_size > 1000


def test_there_is_content_to_learn():
    assert len(EXERCISES) >= 4
    assert len({e.id for e in EXERCISES}) == len(EXERCISES)


def _leading_comments(text: str) -> str:
    """The comment block an SQL exercise opens with: its task statement."""
    return "\n".join(line for line in text.splitlines() if line.startswith("--") and "TODO" not in line)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_stub_is_a_proper_stub(exercise):
    source = exercise.stub_path.read_text()
    assert len(exercise.hints) == 3 and all(h.strip() for h in exercise.hints)
    assert "TODO" in source
    if exercise.stub_path.suffix == ".sql":  # the query file: the task in comments, no statement yet
        solution = exercise.solution_path.read_text()
        assert not has_statement(source) and has_statement(solution)
        assert _leading_comments(source) and _leading_comments(source) == _leading_comments(solution)
        return
    tree = ast.parse(source)
    assert ast.get_docstring(tree), "the stub explains the task in its module docstring"
    assert "NotImplementedError" in source
    function = _load(exercise.check_path).CHECK.function
    stub, solution = _load(exercise.stub_path), _load(exercise.solution_path)
    assert inspect.signature(getattr(stub, function)) == inspect.signature(getattr(solution, function))
    assert stub.__doc__ == solution.__doc__, "the solution answers the task the stub states"


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_stub_is_not_attempted_even_when_touched(exercise, grader, tmp_path):
    assert grader.check(exercise, exercise.stub_path).status is Status.NOT_ATTEMPTED
    touched = tmp_path / exercise.file
    comment = "--" if touched.suffix == ".sql" else "#"
    touched.write_text(exercise.stub_path.read_text() + f"\n{comment} thinking about it\n")
    verdict = grader.check(exercise, touched)
    assert verdict.status is Status.NOT_ATTEMPTED, verdict.message


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_solution_passes(exercise, grader):
    verdict = grader.check(exercise, exercise.solution_path)
    assert verdict.status is Status.PASSED, verdict.message
    assert verdict.isolated


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_cases_are_deterministic(exercise):
    check = _load(exercise.check_path).CHECK
    first, second = check.cases(), check.cases()
    assert len(first) == len(second) > 0
    assert len({c.name for c in first}) == len(first), "case names are unique"
    for a, b in zip(first, second, strict=True):
        assert a.name == b.name
        assert compare(plain(list(a.args)), plain(list(b.args))) is None


MUTANTS = [(e, i) for e in EXERCISES for i in range(len(_load(e.check_path).CHECK.mutants))]


def test_every_exercise_has_misconception_detectors():
    assert all(any(m[0] is e for m in MUTANTS) for e in EXERCISES)


@pytest.mark.parametrize(("exercise", "index"), MUTANTS, ids=lambda v: v.id if hasattr(v, "id") else str(v))
def test_mutant_fails_with_its_own_message(exercise, index, grader, tmp_path):
    check = _load(exercise.check_path).CHECK
    learner = tmp_path / exercise.file
    if learner.suffix == ".sql":
        learner.write_text(check.mutants[index].function.sql)
    else:
        learner.write_text(
            "import importlib.util\n"
            "_spec = importlib.util.spec_from_file_location("
            f"'check_under_test', {str(exercise.check_path)!r})\n"
            "_module = importlib.util.module_from_spec(_spec)\n"
            "_spec.loader.exec_module(_module)\n"
            f"{check.function} = _module.CHECK.mutants[{index}].function\n"
        )
    verdict = grader.check(exercise, learner)
    assert verdict.status is Status.FAILED, verdict.message
    assert verdict.misconceptions == [check.mutants[index].message]


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_mutants_are_wrong_distinct_and_quiet(exercise):
    check, reference = load_check(exercise.check_path, exercise.solution_path)
    cases = check.cases()
    expected = [check.seen(call(reference, c, check.driver)) for c in cases]
    outputs = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a mutant must not spill warnings into the grader's output
        for mutant in check.mutants:
            outputs.append([check.seen(call(mutant.function, c, check.driver)) for c in cases])
    for mutant, got in zip(check.mutants, outputs, strict=True):
        assert (
            inspect.signature(mutant.function).parameters.keys()
            == inspect.signature(reference).parameters.keys()
        )
        assert mutant.message.strip().endswith("."), "a misconception message is a full sentence"
        assert any(compare(e, g, check.rule) is not None for e, g in zip(expected, got, strict=True)), (
            f"mutant {mutant.function.__name__} agrees with the solution on every case"
        )
    for i in range(len(outputs)):
        for j in range(i + 1, len(outputs)):
            same = all(compare(a, b, check.rule) is None for a, b in zip(outputs[i], outputs[j], strict=True))
            assert not same, f"mutants {i} and {j} give the same outputs on every case"

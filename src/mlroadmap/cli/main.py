"""The ``mlroadmap`` command. Heavy libraries are imported inside the commands that need them."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mlroadmap.cli.errors import PROGRESS_PROBLEM, USAGE, UserError
from mlroadmap.cli.session import Session
from mlroadmap.curriculum import CurriculumError
from mlroadmap.progress.state import current_exercise, exercise_state, next_step, topic_state
from mlroadmap.progress.summary import ProgressError
from mlroadmap.workspace import WorkspaceError

if TYPE_CHECKING:
    from rich.console import Console

app = typer.Typer(
    help="The ML Engineer Roadmap as software you run: lessons, exercises checked on every save, "
    "and progress earned by passing checks.",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # rich help pulls in markdown-it: +0.1 s on every --help
    context_settings={"help_option_names": ["-h", "--help"]},
)


@functools.cache
def out() -> Console:
    """The terminal, created on first use: ``--help`` does not pay for Rich."""
    from rich.console import Console

    return Console(highlight=False)


ExerciseArg = Annotated[str, typer.Argument(help="Exercise id (e.g. numpy/standardize) or its file path.")]
TopicArg = Annotated[str, typer.Argument(help="Topic id, as shown on the map (e.g. numpy).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts and editors.")]


def _print_json(data: object) -> None:
    import json

    sys.stdout.write(json.dumps(data, indent=2) + "\n")


@app.callback(invoke_without_command=True)
def show_map(ctx: typer.Context) -> None:
    """Without a command: the map, with your progress and the next step."""
    if ctx.invoked_subcommand is not None:
        return
    from mlroadmap.cli.views import next_step_text, roadmap_tree

    session = Session()
    session.ensure_exercise_files()  # the next step may point at a topic added by an upgrade
    summary = session.summary()
    out().print(roadmap_tree(session.roadmap, summary))
    out().print(next_step_text(next_step(session.roadmap, summary), session.workspace.root))


@app.command()
def init(directory: Annotated[Path, typer.Argument(help="Folder for the workspace.")] = Path(".")) -> None:
    """Create a workspace: exercise stubs under exercises/ and a progress database."""
    from mlroadmap.progress.store import ProgressStore
    from mlroadmap.workspace import init_workspace

    session = Session(directory)
    workspace, created = init_workspace(directory.resolve(), session.roadmap)
    ProgressStore(workspace.database_url).create()
    out().print(
        f"Workspace ready in [bold]{workspace.root}[/] ({len(created)} new exercise files; "
        "existing files were left untouched)."
    )
    out().print("Run [bold]mlroadmap[/] there to see the map.")


@app.command("next")
def next_() -> None:
    """The next step: the topic to learn and the exercise to solve."""
    from mlroadmap.cli.views import next_step_text

    session = Session()
    out().print(next_step_text(next_step(session.roadmap, session.summary()), session.workspace.root))


@app.command()
def learn(topic: TopicArg) -> None:
    """Read a topic's lesson in the terminal."""
    from rich.markdown import Markdown

    from mlroadmap.cli.math_text import readable_math
    from mlroadmap.curriculum.figures import figure_names, with_figure_paths

    session = Session()
    found = session.topic(topic)
    if found.lesson_path is None:
        needs = ", ".join(found.needs) or "nothing"
        out().print(f"[bold]{found.title}[/] is coming soon. It will cover {found.covers} (needs: {needs}).")
        return
    lesson = found.lesson_path.read_text(encoding="utf-8")
    if figure_names(lesson):
        lesson = with_figure_paths(lesson, found, session.workspace.root / ".mlroadmap" / "figures")
    lesson = readable_math(lesson)
    out().print(Markdown(lesson, code_theme="monokai"))
    if found.exercises:
        first = session.workspace.path_of(found.exercises[0])
        out().print(f"\nExercises: [underline]{first.parent}[/] · check them with [bold]mlroadmap watch[/]")


@app.command("list")
def list_(
    topic: Annotated[str | None, typer.Argument(help="Only this topic's exercises.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """The exercises with their id, topic, file and state."""
    from rich.table import Table

    session = Session()
    session.ensure_exercise_files()
    summary = session.summary()
    exercises = list(session.roadmap.exercises.values())
    if topic is not None:
        exercises = [e for e in exercises if e.topic_id == session.topic(topic).id]
    rows = [
        {
            "id": e.id,
            "topic": e.topic_id,
            "title": e.title,
            "path": str(session.workspace.path_of(e)),
            "state": exercise_state(e, summary),
        }
        for e in exercises
    ]
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "title", "state", "file", header_style="bold")
    for row in rows:
        style = {"passed": "green", "pending": ""}.get(row["state"], "yellow")
        table.add_row(
            row["id"], row["title"], f"[{style}]{row['state']}[/]" if style else row["state"], row["path"]
        )
    out().print(table)


@app.command()
def check(
    exercise: Annotated[
        str | None, typer.Argument(help="Exercise id or file; default: the current one.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print Exercism test-runner v3 results.")] = False,
) -> None:
    """Check an exercise in the sandbox and record the attempt. Exit code 0 only if it passes."""
    from mlroadmap.cli.checking import check_and_record, warn
    from mlroadmap.cli.verdict_view import verdict_view
    from mlroadmap.grading.exercism import to_exercism

    session = Session()
    if exercise is None:
        target = current_exercise(session.roadmap, session.summary())
        if target is None:
            raise UserError(
                "there is no open exercise left; name one, e.g. `mlroadmap check numpy/standardize`"
            )
    else:
        target = session.exercise(exercise)
    path = session.workspace.path_of(target)
    if not path.exists():
        raise UserError(f"{path} does not exist; `mlroadmap reset {target.id}` brings the exercise back")
    grader = session.grader().start()
    try:
        verdict, problem = check_and_record(session, grader, target)
    finally:
        grader.close(wait=False)
    if as_json:
        _print_json(to_exercism(target, verdict))
    else:
        out().print(verdict_view(target, verdict, path, len(target.hints)))
    if problem:  # the verdict stands, but the learner must know it was not recorded
        warn(problem)
        raise typer.Exit(PROGRESS_PROBLEM)
    raise typer.Exit(0 if verdict.passed else 1)


@app.command()
def watch(
    manual: Annotated[
        bool,
        typer.Option(
            "--manual",
            help="Check on Enter instead of watching files (for file systems where watching fails).",
        ),
    ] = False,
) -> None:
    """Re-check exercises on every save. Keys: n next, h hint, l list, c check all, x reset, q quit."""
    from mlroadmap.cli.watch import watch_loop

    session = Session()
    session.ensure_exercise_files()
    watch_loop(session, out(), manual)


@app.command()
def hint(
    exercise: ExerciseArg,
    level: Annotated[
        int | None,
        typer.Option(
            "--level", "-l", min=1, max=3, help="1 nudge, 2 approach, 3 near-solution; default: the next one."
        ),
    ] = None,
) -> None:
    """Show a hint. Each call without --level goes one level deeper."""
    from mlroadmap.cli.checking import take_hint

    session = Session()
    target = session.exercise(exercise)
    level = take_hint(session, target, level)
    names = {1: "nudge", 2: "approach", 3: "near-solution"}
    out().print(f"[bold]Hint {level}/{len(target.hints)}[/] ({names.get(level, '')}) for {target.id}:")
    out().print(target.hints[level - 1])


@app.command()
def solution(
    exercise: ExerciseArg,
    force: Annotated[bool, typer.Option("--force", help="Show it before you passed (asks first).")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask (for scripts).")] = False,
) -> None:
    """Print the reference solution of an exercise you passed."""
    session = Session()
    target = session.exercise(exercise)
    passed = exercise_state(target, session.summary()) == "passed"
    if not passed:
        if not force:
            raise UserError(
                f"you have not passed {target.id} yet; pass it first, or use --force "
                "(`mlroadmap hint` may be enough)",
                code=1,
            )
        if not yes:
            if not sys.stdin.isatty():
                raise UserError("add --yes to see the solution without a question", code=1)
            if not typer.confirm(f"See the solution of {target.id} before passing it?", default=False):
                raise typer.Exit(1)
    session.store.record_solution_shown(target.id, before_passing=not passed)
    code = target.solution_path.read_text(encoding="utf-8")
    if sys.stdout.isatty():
        from rich.syntax import Syntax

        out().print(f"[bold]Solution of {target.id}[/] ({target.title})")
        out().print(Syntax(code, "python", theme="monokai", line_numbers=True))
    else:
        sys.stdout.write(code)


@app.command()
def skip(topic: TopicArg) -> None:
    """Mark a topic as skipped (you know it already). Progress earned stays."""
    session = Session()
    found = session.topic(topic)
    session.store.skip(found.id)
    out().print(f"Skipped {found.title}. `mlroadmap unskip {found.id}` undoes it.")


@app.command()
def unskip(topic: TopicArg) -> None:
    """Undo `skip`."""
    session = Session()
    found = session.topic(topic)
    session.store.unskip(found.id)
    out().print(f"{found.title} is back on your path.")


@app.command()
def reset(exercise: ExerciseArg) -> None:
    """Restore an exercise's stub; your version is kept next to it as .bak."""
    session = Session()
    target = session.exercise(exercise)
    backup = session.workspace.reset(target)
    kept = f"; your version is in {backup}" if backup else ""
    out().print(f"Restored {session.workspace.path_of(target)}{kept}.")


@app.command()
def status(as_json: JsonOpt = False) -> None:
    """Every topic's state and every exercise's verdict."""
    from mlroadmap.cli.views import next_step_text

    session = Session()
    summary = session.summary()
    roadmap = session.roadmap
    step = next_step(roadmap, summary)
    data = {
        "workspace": str(session.workspace.root),
        "topics": [
            {"id": t.id, "section": t.section_id, "state": topic_state(t, summary).value}
            for s in roadmap.sections
            for t in s.topics
        ],
        "exercises": [
            {
                "id": e.id,
                "topic": e.topic_id,
                "verdict": exercise_state(e, summary),
                "attempts": summary.exercises[e.id].attempts if e.id in summary.exercises else 0,
            }
            for e in roadmap.exercises.values()
        ],
        "next": {"topic": step.topic.id, "exercise": step.exercise.id if step.exercise else None}
        if step
        else None,
    }
    if as_json:
        _print_json(data)
        return
    for row in data["exercises"]:
        out().print(f"{row['id']:40} {row['verdict']:15} {row['attempts']} attempt(s)")
    out().print(next_step_text(step, session.workspace.root))


def run() -> None:
    """The console script: learner mistakes are one sentence and a non-zero exit code."""
    try:
        app()
    except UserError as e:
        _fail(str(e), e.code)
    except (ProgressError, WorkspaceError) as e:
        _fail(str(e), PROGRESS_PROBLEM)
    except CurriculumError as e:
        _fail(f"the curriculum shipped with mlroadmap is broken: {e}", 4)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception:
        import tempfile
        import traceback

        with tempfile.NamedTemporaryFile("w", prefix="mlroadmap-crash-", suffix=".log", delete=False) as f:
            traceback.print_exc(file=f)
        _fail(
            f"internal error ({sys.exc_info()[1]!r}); this is a bug in mlroadmap, details are in {f.name}", 70
        )


def _fail(message: str, code: int) -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False).print(f"[bold red]mlroadmap:[/] {message}", soft_wrap=True)
    sys.exit(code or USAGE)

"""DataFrames, figures and SQL result sets: across the sandbox boundary, compared, and graded."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest

from conftest import TEST_LIMITS
from mlroadmap.curriculum import Exercise
from mlroadmap.datasets import load_penguins
from mlroadmap.grading import plot
from mlroadmap.grading.client import Grader
from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import decode, encode, plain, revive
from mlroadmap.grading.sql import SQLError, run_query
from mlroadmap.grading.table import Table, to_pandas, unordered
from mlroadmap.grading.verdict import Status

matplotlib.use("Agg")


def _penguins() -> pd.DataFrame:
    return pd.DataFrame(load_penguins(raw=False))


def _round_trip(value, tmp_path: Path):
    return decode(encode(value, tmp_path, "v"), tmp_path)


# --- tables -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame({"a": [1, 2, 3], "b": [0.5, np.nan, 2.0], "c": ["x", None, "z"]}, index=[10, 20, 30]),
        pd.DataFrame({"when": pd.to_datetime(["2020-01-01", "2021-06-30"]), "n": [True, False]}),
        pd.DataFrame({"v": [1.0, 2.0]}, index=pd.Index(["p", "q"], name="key")),
    ],
    ids=["mixed columns", "datetimes and bools", "text index"],
)
def test_a_dataframe_survives_the_round_trip(frame, tmp_path):
    table = _round_trip(frame, tmp_path)
    assert isinstance(table, Table) and table.kind == "frame"
    back = to_pandas(table)
    pd.testing.assert_frame_equal(back, frame, check_dtype=False, check_index_type=False, check_names=False)


def test_a_series_and_a_multiindex_survive_the_round_trip(tmp_path):
    penguins = _penguins()
    means = penguins.groupby(["species", "sex"])["body_mass_g"].mean()
    table = _round_trip(means, tmp_path)
    assert table.kind == "series"
    pd.testing.assert_series_equal(to_pandas(table), means, check_names=False, check_index_type=False)


def test_revive_gives_the_function_a_dataframe_and_call_matches_the_child(tmp_path):
    frame = _penguins().head(7)
    revived = revive(plain(frame))
    assert isinstance(revived, pd.DataFrame)
    pd.testing.assert_frame_equal(revived, frame, check_dtype=False)


def test_table_differences_name_the_column_and_the_row():
    frame = _penguins().groupby("species")[["bill_length_mm", "body_mass_g"]].mean()
    changed = frame.copy()
    changed.loc["Gentoo", "body_mass_g"] += 10
    problem = compare(plain(frame), plain(changed))
    assert problem is not None
    assert "column 'body_mass_g'" in problem and "'Gentoo'" in problem
    assert f"{frame.loc['Gentoo', 'body_mass_g']:.6g}" in problem


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        (lambda f: f.drop(columns="b"), "column(s) ['b'] are missing"),
        (lambda f: f.assign(extra=1), "unexpected column(s) ['extra']"),
        (lambda f: f[["b", "a", "c"]], "different order"),
        (lambda f: f.iloc[:2], "expected 3 row(s), got 2"),
        (lambda f: f.set_axis([7, 8, 9]), "row labels differ"),
        (lambda f: f["a"], "expected a DataFrame, got a Series"),
        (lambda f: f.assign(c=["x", "y", "w"]), "column 'c', row 2: expected 'z', got 'w'"),
    ],
)
def test_table_mismatches_get_a_clear_message(change, phrase):
    frame = pd.DataFrame({"a": [1, 2, 3], "b": [0.5, 1.5, 2.0], "c": ["x", "y", "z"]})
    problem = compare(plain(frame), plain(change(frame)))
    assert problem is not None and phrase in problem, problem


def test_equal_tables_compare_equal_within_the_tolerance():
    frame = pd.DataFrame({"a": [1.0, 2.0], "b": ["u", None]})
    assert compare(plain(frame), plain(frame.assign(a=frame["a"] + 1e-12))) is None


def test_unordered_ignores_row_order_only():
    frame = pd.DataFrame({"k": ["b", "a", None], "v": [2, 1, 3]})
    shuffled = frame.iloc[[2, 0, 1]]
    assert compare(unordered(plain(frame)), unordered(plain(shuffled))) is None
    assert compare(unordered(plain(frame)), unordered(plain(shuffled.assign(v=[3, 2, 5])))) is not None


def test_dicts_cross_the_boundary_and_say_which_key_differs(tmp_path):
    value = {"coef": np.arange(3.0), "n": 4, "name": "ols"}
    back = _round_trip(value, tmp_path)
    assert compare(plain(value), back) is None
    problem = compare(plain(value), {**back, "n": 5})
    assert problem == "'n': expected 4, got 5"
    assert "missing" in compare(plain(value), {"coef": back["coef"]})


# --- plots ------------------------------------------------------------------------------


def test_a_figure_is_described_as_a_reviewer_reads_it(tmp_path):
    import matplotlib.pyplot as plt

    penguins = load_penguins()
    fig, ax = plt.subplots()
    for species in ("Adelie", "Gentoo"):
        keep = penguins["species"] == species
        ax.scatter(penguins["bill_length_mm"][keep], penguins["body_mass_g"][keep], label=species)
    ax.plot([30, 60], [3000, 6000], label="trend")
    ax.bar([1, 2], [3, 4])
    ax.set(title="Penguins", xlabel="bill length (mm)", ylabel="body mass (g)")
    ax.legend()
    description = _round_trip(fig, tmp_path)
    plt.close(fig)
    (axes,) = description["axes"]
    assert (axes["title"], axes["xlabel"], axes["ylabel"]) == (
        "Penguins",
        "bill length (mm)",
        "body mass (g)",
    )
    assert axes["legend"] == ["Adelie", "Gentoo", "trend"]
    keep = penguins["species"] == "Adelie"
    expected = np.column_stack([penguins["bill_length_mm"][keep], penguins["body_mass_g"][keep]])
    np.testing.assert_array_equal(axes["scatter"][0]["offsets"], expected)
    np.testing.assert_array_equal(axes["lines"][0]["y"], [3000, 6000])
    np.testing.assert_array_equal(axes["bars"]["height"], [3, 4])
    assert plot.is_plot(ax) and not plot.is_plot(np.zeros(2))


# --- SQL --------------------------------------------------------------------------------


def _penguin_database() -> dict:
    penguins = load_penguins()
    return {"penguins": {k: penguins[k] for k in ("species", "island", "body_mass_g", "sex", "year")}}


def _sqlite_rows(query: str, database: dict) -> list[tuple]:
    """The oracle: the same data put into sqlite3 by hand, the same query."""
    connection = sqlite3.connect(":memory:")
    ((name, columns),) = database.items()
    connection.execute(f"CREATE TABLE {name} ({', '.join(columns)})")
    values = [
        [None if v is None or (isinstance(v, float) and np.isnan(v)) else v for v in col]
        for col in (np.asarray(c, dtype=object).tolist() for c in columns.values())
    ]
    connection.executemany(
        f"INSERT INTO {name} VALUES ({', '.join('?' * len(columns))})", zip(*values, strict=True)
    )
    return connection.execute(query).fetchall()


@pytest.mark.parametrize(
    "query",
    [
        "SELECT species, COUNT(*) AS n FROM penguins GROUP BY species",
        "SELECT island, AVG(body_mass_g) FROM penguins WHERE sex = 'female' GROUP BY island ORDER BY 2",
        "SELECT species, year, body_mass_g, RANK() OVER (PARTITION BY species ORDER BY body_mass_g DESC) "
        "FROM penguins WHERE body_mass_g IS NOT NULL",
    ],
    ids=["group by", "where and order by", "window function"],
)
def test_a_query_gives_the_result_sqlite_gives(query):
    database = _penguin_database()
    table = run_query(query, database)
    expected = _sqlite_rows(query, database)
    assert table.kind == "rows" and table.n_rows == len(expected)
    got = list(zip(*[np.asarray(c, dtype=object).tolist() for c in table.data], strict=True))
    for want, have in zip(expected, got, strict=True):
        assert [None if isinstance(h, float) and np.isnan(h) else h for h in have] == pytest.approx(
            list(want)
        )


@pytest.mark.parametrize(
    "query",
    [
        "DELETE FROM penguins",
        "UPDATE penguins SET year = 0",
        "DROP TABLE penguins",
        "INSERT INTO penguins (year) VALUES (1)",
        "ATTACH DATABASE '/tmp/x.db' AS other",
        "PRAGMA query_only = OFF",
        "CREATE TABLE t (x)",
    ],
)
def test_a_query_cannot_change_the_data(query):
    with pytest.raises(SQLError, match="only SELECT"):
        run_query(query, _penguin_database())


def test_an_invalid_query_gets_the_database_message_with_its_line():
    with pytest.raises(SQLError, match=r'line 2: near "penguins": syntax error'):
        run_query("SELECT species\nFORM penguins", _penguin_database())
    with pytest.raises(SQLError, match="line 3: no such column: bil_length"):
        run_query("-- the bills\nSELECT species,\n  bil_length FROM penguins", _penguin_database())


def test_a_file_of_comments_only_is_not_attempted():
    with pytest.raises(NotImplementedError):
        run_query("-- TODO: count the penguins per species\n/* later */ ;\n", _penguin_database())


# --- end to end through the sandbox ------------------------------------------------------


def _exercise(root: Path, name: str, stub: str, solution: str, check: str) -> Exercise:
    folder = root / name
    suffix = ".sql" if name.startswith("sql") else ".py"
    for sub, text in (("exercises", stub), ("solutions", solution)):
        (folder / sub).mkdir(parents=True)
        (folder / sub / f"01_{name}{suffix}").write_text(textwrap.dedent(text))
    (folder / "checks").mkdir()
    (folder / "checks" / f"01_{name}.py").write_text(textwrap.dedent(check))
    return Exercise(f"toy/{name}", "toy", "testing", name, f"01_{name}{suffix}", ("a", "b", "c"), folder)


@pytest.fixture(scope="module")
def sandbox():
    with Grader(TEST_LIMITS) as g:
        yield g


PANDAS_CHECK = """
import pandas as pd
from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant

def cases():
    frame = pd.DataFrame(load_penguins())
    return [Case("all penguins", (frame,)), Case("Biscoe only", (frame[frame.island == "Biscoe"],))]

CHECK = Check(
    function="mean_mass",
    cases=cases,
    mutants=[Mutant(lambda df: df.groupby("species")["body_mass_g"].median(), "you took the median.")],
)
"""


def test_a_pandas_exercise_is_graded_in_the_sandbox(sandbox, tmp_path):
    exercise = _exercise(
        tmp_path,
        "pandas",
        "def mean_mass(df):\n    # TODO\n    raise NotImplementedError\n",
        "def mean_mass(df):\n    return df.groupby('species')['body_mass_g'].mean()\n",
        PANDAS_CHECK,
    )
    assert sandbox.check(exercise, exercise.solution_path).status is Status.PASSED
    learner = tmp_path / "learner.py"
    learner.write_text("def mean_mass(df):\n    return df.groupby('species')['body_mass_g'].median()\n")
    verdict = sandbox.check(exercise, learner)
    assert verdict.status is Status.FAILED and verdict.misconceptions == ["you took the median."]
    assert "row 'Adelie'" in verdict.message
    learner.write_text(
        "def mean_mass(df):\n    df['x'] = 1\n    return df.groupby('species')['body_mass_g'].mean()\n"
    )
    verdict = sandbox.check(exercise, learner)
    assert verdict.status is Status.FAILED and "changed its input `df` in place" in verdict.message


PLOT_CHECK = """
import numpy as np
from mlroadmap.grading.spec import Case, Check, Mutant

def _untitled(x, y):
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots()
    ax.plot(x, y)
    return ax

def view(description):
    (axes,) = description["axes"]
    return {"title": axes["title"], "y": [line["y"] for line in axes["lines"]]}

CHECK = Check(
    function="draw",
    cases=lambda: [Case("a parabola", (np.arange(5.0), np.arange(5.0) ** 2))],
    mutants=[Mutant(_untitled, "your plot has no title.")],
    view=view,
)
"""


def test_a_plot_exercise_is_graded_by_what_it_shows(sandbox, tmp_path):
    solution = (
        "import matplotlib.pyplot as plt\n"
        "def draw(x, y):\n    fig, ax = plt.subplots()\n    ax.plot(x, y, color='red')\n"
        "    ax.set_title('Squares')\n    return ax\n"
    )
    stub = "def draw(x, y):\n    # TODO\n    raise NotImplementedError\n"
    exercise = _exercise(tmp_path, "plot", stub, solution, PLOT_CHECK)
    assert sandbox.check(exercise, exercise.solution_path).status is Status.PASSED
    learner = tmp_path / "learner.py"
    learner.write_text(solution.replace("color='red'", "color='blue', lw=3"))  # style is not graded
    assert sandbox.check(exercise, learner).status is Status.PASSED
    learner.write_text(solution.replace("    ax.set_title('Squares')\n", ""))
    verdict = sandbox.check(exercise, learner)
    assert verdict.status is Status.FAILED and verdict.misconceptions == ["your plot has no title."]


SQL_CHECK = """
from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant
from mlroadmap.grading.sql import query_function
from mlroadmap.grading.table import unordered

def cases():
    penguins = load_penguins()
    return [Case("penguins", ({"penguins": {"species": penguins["species"], "sex": penguins["sex"]}},))]

CHECK = Check(
    function="query",
    cases=cases,
    view=unordered,
    mutants=[Mutant(query_function("SELECT species, COUNT(sex) FROM penguins GROUP BY species"),
                    "COUNT(sex) skips the rows where sex is NULL: count rows with COUNT(*).")],
)
"""


def test_an_sql_exercise_is_graded_on_the_result_set_in_any_order(sandbox, tmp_path):
    exercise = _exercise(
        tmp_path,
        "sql",
        "-- Count the penguins per species.\n-- TODO: write your query\n",
        "-- Count the penguins per species.\nSELECT species, COUNT(*) FROM penguins GROUP BY species\n",
        SQL_CHECK,
    )
    assert sandbox.check(exercise, exercise.solution_path).status is Status.PASSED
    learner = tmp_path / "learner.sql"
    learner.write_text("-- mine\nSELECT species, COUNT(*) FROM penguins GROUP BY species ORDER BY 2 DESC;\n")
    assert sandbox.check(exercise, learner).status is Status.PASSED
    learner.write_text(exercise.stub_path.read_text() + "\n-- thinking\n")
    assert sandbox.check(exercise, learner).status is Status.NOT_ATTEMPTED
    learner.write_text("SELECT species, COUNT(sex) FROM penguins GROUP BY species")
    verdict = sandbox.check(exercise, learner)
    assert verdict.status is Status.FAILED and verdict.misconceptions[0].startswith("COUNT(sex)")
    learner.write_text("SELECT species\nFROM pengwins")
    verdict = sandbox.check(exercise, learner)
    assert verdict.status is Status.ERROR and "line 2: no such table: pengwins" in verdict.message
    learner.write_text("DELETE FROM penguins")
    verdict = sandbox.check(exercise, learner)
    assert verdict.status is Status.ERROR and "only SELECT" in verdict.message


CLASS_CHECK = """
from mlroadmap.grading.spec import Case, Check, Mutant

def script(Counter, steps):
    counter = Counter()
    return [counter.add(step) for step in steps] + [len(counter), repr(counter)]

class _NoLen:
    def __init__(self):
        self.total = 0
    def add(self, x):
        self.total += x
        return self.total
    def __len__(self):
        return 0
    def __repr__(self):
        return f"Counter(total={self.total})"

CHECK = Check(
    function="Counter",
    cases=lambda: [Case("three steps", ([1, 2, 3],)), Case("no steps", ([],))],
    driver=script,
    mutants=[Mutant(_NoLen, "__len__ must count the calls to add.")],
)
"""

CLASS_SOLUTION = '''
class Counter:
    """Adds numbers up."""
    def __init__(self):
        self.total, self.calls = 0, 0
    def add(self, x):
        self.total += x
        self.calls += 1
        return self.total
    def __len__(self):
        return self.calls
    def __repr__(self):
        return f"Counter(total={self.total})"
'''


def test_a_class_exercise_is_graded_through_the_checks_driver(sandbox, tmp_path):
    stub = "class Counter:\n    # TODO\n    def __init__(self):\n        raise NotImplementedError\n"
    exercise = _exercise(tmp_path, "counter", stub, CLASS_SOLUTION, CLASS_CHECK)
    assert sandbox.check(exercise, exercise.solution_path).status is Status.PASSED
    assert sandbox.check(exercise, exercise.stub_path).status is Status.NOT_ATTEMPTED
    learner = tmp_path / "learner.py"
    learner.write_text(CLASS_SOLUTION.replace("return self.calls", "return 0"))
    verdict = sandbox.check(exercise, learner)
    assert verdict.status is Status.FAILED and verdict.misconceptions == [
        "__len__ must count the calls to add."
    ]
    learner.write_text(CLASS_SOLUTION.replace("self.total += x", "self.total += x / 0"))
    verdict = sandbox.check(exercise, learner)
    assert verdict.status in (Status.ERROR, Status.FAILED) and "ZeroDivisionError" in verdict.message
    assert "learner.py" in verdict.message


DATACLASS_CHECK = """
from mlroadmap.grading.spec import Case, Check, Mutant

def script(Point, x, y):
    p = Point(x, y)
    return [repr(p), p == Point(x, y), sorted([Point(2, 1), p]) == sorted([p, Point(2, 1)])]

class _Plain:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

CHECK = Check(
    function="Point",
    cases=lambda: [Case("a point", (1, 2))],
    driver=script,
    mutants=[Mutant(_Plain, "without __eq__, two equal points compare unequal.")],
)
"""


@pytest.mark.parametrize("future", ["", "from __future__ import annotations\n"])
def test_a_learners_dataclass_loads_with_or_without_future_annotations(sandbox, tmp_path, future):
    solution = (
        f"{future}from dataclasses import dataclass\n\n\n"
        "@dataclass(frozen=True, order=True)\nclass Point:\n    x: int\n    y: int\n"
    )
    stub = "class Point:\n    # TODO\n    def __init__(self, x, y):\n        raise NotImplementedError\n"
    exercise = _exercise(tmp_path, "point", stub, solution, DATACLASS_CHECK)
    verdict = sandbox.check(exercise, exercise.solution_path)
    assert verdict.status is Status.PASSED, verdict.message


def test_dates_in_messages_read_as_dates():
    weekly = pd.Series([1.0, 2.0], index=pd.to_datetime(["1958-04-01", "1958-05-01"]))
    problem = compare(plain(weekly), plain(weekly.where(weekly < 2, 3.0)))
    assert problem.startswith("row 1958-05-01 (position 1): expected 2, got 3")
    eggs = pd.DataFrame({"date_egg": pd.to_datetime(["2007-11-11"])})
    problem = compare(plain(eggs), plain(eggs.assign(date_egg=pd.to_datetime(["2007-11-12 10:30"]))))
    assert (
        problem
        == "column 'date_egg', row 0: expected 2007-11-11, got 2007-11-12T10:30:00 (1 of 1 value(s) differ)"
    )

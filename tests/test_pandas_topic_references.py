"""The pandas topic's solutions against independent oracles.

Each solution file is the grader's reference, so a wrong solution would pass wrong
learners and fail right ones. Here every solution is compared with a computation
that shares none of its code: plain Python over the rows of ``load_penguins()``
(loops, dicts, ``sorted``, ``statistics``), the palmerpenguins package's own clean
table, and the monthly CO2 means that ``load_co2("MS")`` computes with NumPy. The
oracles' results are packed into DataFrames only to be compared with the grader's
own ``compare``, under the exercise's ``Rule``, which also checks the column order
and the row labels.
"""

from __future__ import annotations

import datetime
import math
import statistics
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from conftest import topic_files
from mlroadmap.datasets import load_co2, load_penguin_tables, load_penguins
from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call
from mlroadmap.grading.worker import load_module as _load

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/programming/pandas"


_check, _solution = topic_files(TOPIC)


def _agree(file: str, oracle: Any, extra: list[Case] = ()) -> None:
    """The solution, called as the grader calls it, matches ``oracle`` on every case."""
    check, solution = _check(file), _solution(file)
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args)
        got = call(solution, case)
        problem = compare(plain(expected), plain(got), check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"


def _rows(df: pd.DataFrame) -> list[tuple[Any, dict[str, Any]]]:
    """(label, {column: value}) per row, with missing values as None: the oracles' input."""
    columns = {c: df[c].tolist() for c in df.columns}
    out = []
    for i, label in enumerate(df.index.tolist()):
        row = {}
        for c, values in columns.items():
            v = values[i]
            row[c] = None if v is None or (isinstance(v, float) and math.isnan(v)) else v
        out.append((label, row))
    return out


# ---------------------------------------------------------------- 01 clean_penguins


def clean_by_rows(raw: pd.DataFrame) -> pd.DataFrame:
    labels, records = [], []
    for label, row in _rows(raw):
        if row["Body Mass (g)"] is None:
            continue
        labels.append(label)
        records.append(
            {
                "species": row["Species"].split(" ")[0],
                "island": row["Island"],
                "individual_id": row["Individual ID"],
                "date_egg": datetime.datetime.fromisoformat(row["Date Egg"]),
                "bill_length_mm": row["Culmen Length (mm)"],
                "bill_depth_mm": row["Culmen Depth (mm)"],
                "flipper_length_mm": row["Flipper Length (mm)"],
                "body_mass_g": row["Body Mass (g)"],
                "sex": {"MALE": "male", "FEMALE": "female"}.get(row["Sex"]),
                "comments": row["Comments"],
            }
        )
    columns = list(_load(TOPIC / "solutions" / "01_clean_penguins.py").COLUMNS.values())
    frame = pd.DataFrame.from_records(records, index=labels, columns=columns)
    frame["date_egg"] = np.array([r["date_egg"] for r in records], dtype="datetime64[us]")
    for name in ("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"):
        frame[name] = frame[name].astype(float)
    return frame


def test_clean_penguins_matches_a_row_by_row_oracle() -> None:
    raw = pd.DataFrame(load_penguins(raw=True))
    extra = [
        Case("every third row", (raw.iloc[::3],)),
        Case("Torgersen, in reverse order", (raw[raw["Island"] == "Torgersen"].iloc[::-1],)),
    ]
    _agree("01_clean_penguins.py", clean_by_rows, extra)


def test_clean_penguins_agrees_with_the_packages_clean_table() -> None:
    """palmerpenguins ships its own cleaned table, row for row with the raw one."""
    got = _solution("01_clean_penguins.py")(pd.DataFrame(load_penguins(raw=True)))
    clean = load_penguins()
    measured = np.flatnonzero(~np.isnan(clean["body_mass_g"]))
    assert got.index.tolist() == measured.tolist()
    for column in (
        "species",
        "island",
        "bill_length_mm",
        "bill_depth_mm",
        "flipper_length_mm",
        "body_mass_g",
    ):
        expected = clean[column][measured]
        assert got[column].tolist() == expected.tolist(), column
    sexes = [None if s is None else s for s in clean["sex"][measured]]
    assert [None if isinstance(s, float) else s for s in got["sex"]] == sexes
    # the clean table's year is the year the egg was laid
    assert got["date_egg"].dt.year.tolist() == clean["year"][measured].astype(int).tolist()


# ---------------------------------------------------------------- 02 heaviest_females


def heaviest_by_rows(df: pd.DataFrame, islands: list[str], n: int) -> pd.DataFrame:
    chosen = [(label, row) for label, row in _rows(df) if row["island"] in islands and row["sex"] == "female"]
    chosen = sorted(chosen, key=lambda item: -item[1]["body_mass_g"])[:n]  # Python's sort is stable
    return pd.DataFrame(
        {
            "species": [row["species"] for _, row in chosen],
            "island": [row["island"] for _, row in chosen],
            "body_mass_g": [float(row["body_mass_g"]) for _, row in chosen],
        },
        index=[label for label, _ in chosen],
    )


def test_heaviest_females_matches_a_sorted_list_oracle() -> None:
    df = pd.DataFrame(load_penguins())
    rng = np.random.default_rng(11)
    names = ["Biscoe", "Dream", "Torgersen"]
    extra = [
        Case(
            f"random islands and n, seed 11, draw {k}",
            (
                df,
                sorted(rng.choice(names, size=rng.integers(1, 4), replace=False).tolist()),
                int(rng.integers(1, 90)),
            ),
        )
        for k in range(6)
    ]
    extra.append(Case("every other row, all islands, top 40", (df.iloc[::2], names, 40)))
    _agree("02_heaviest_females.py", heaviest_by_rows, extra)


# ---------------------------------------------------------------- 03 mass_by_species_sex


def groups_by_rows(df: pd.DataFrame) -> pd.DataFrame:
    groups: dict[tuple[str, str | None], list[float | None]] = {}
    for _, row in _rows(df):
        groups.setdefault((row["species"], row["sex"]), []).append(row["body_mass_g"])
    keys = sorted(groups, key=lambda k: (k[0], k[1] is None, k[1] or ""))
    records = []
    for key in keys:
        masses = [m for m in groups[key] if m is not None]
        records.append(
            {
                "n": len(groups[key]),
                "n_measured": len(masses),
                "mean_mass": statistics.fmean(masses) if masses else math.nan,
                "sd_mass": statistics.stdev(masses) if len(masses) >= 2 else math.nan,
            }
        )
    index = pd.MultiIndex.from_tuples(keys, names=["species", "sex"])
    return pd.DataFrame.from_records(
        records, index=index, columns=["n", "n_measured", "mean_mass", "sd_mass"]
    )


def test_mass_by_species_sex_matches_a_dict_of_lists_oracle() -> None:
    df = pd.DataFrame(load_penguins())
    extra = [
        Case(
            "the 2009 Torgersen and Dream penguins", (df[(df["year"] == 2009) & (df["island"] != "Biscoe")],)
        ),
        Case("the rows with an odd label", (df.iloc[1::2],)),
    ]
    _agree("03_mass_by_species_sex.py", groups_by_rows, extra)


# ---------------------------------------------------------------- 04 penguin_sites


def sites_by_lookup(penguins: pd.DataFrame, nests: pd.DataFrame, species: pd.DataFrame) -> pd.DataFrame:
    nest_of = {(row["study"], row["nest"]): row for _, row in _rows(nests)}
    name_of = {row["species_id"]: row["common_name"] for _, row in _rows(species)}
    records = []
    for _, row in _rows(penguins):
        nest = nest_of.get((row["study"], row["nest"]))
        records.append(
            {
                "study": row["study"],
                "individual_id": row["individual_id"],
                "island": None if nest is None else nest["island"],
                "common_name": None if nest is None else name_of.get(nest["species_id"]),
                "body_mass_g": math.nan if row["body_mass_g"] is None else row["body_mass_g"],
            }
        )
    return pd.DataFrame.from_records(
        records, columns=["study", "individual_id", "island", "common_name", "body_mass_g"]
    )


def test_penguin_sites_matches_a_dictionary_lookup_oracle() -> None:
    tables = {name: pd.DataFrame(t) for name, t in load_penguin_tables().items()}
    _, dream, _ = (pd.DataFrame(t) for t in load_penguin_tables(islands=("Dream",)).values())
    shuffled = tables["penguins"].sample(frac=1.0, random_state=5).reset_index(drop=True)
    extra = [
        Case("shuffled penguins, Dream nests only, seed 5", (shuffled, dream, tables["species"])),
        Case("no nests at all", (tables["penguins"], tables["nests"].iloc[:0], tables["species"])),
    ]
    _agree("04_penguin_sites.py", sites_by_lookup, extra)


def test_penguin_sites_gives_back_the_raw_tables_island_and_species() -> None:
    """The three tables were split from the raw export: joining them must restore it."""
    tables = {name: pd.DataFrame(t) for name, t in load_penguin_tables().items()}
    got = _solution("04_penguin_sites.py")(tables["penguins"], tables["nests"], tables["species"])
    raw = load_penguins(raw=True)
    assert got["island"].tolist() == raw["Island"].tolist()
    assert got["common_name"].tolist() == [s.split(" (")[0] for s in raw["Species"]]
    assert got["individual_id"].tolist() == raw["Individual ID"].tolist()


# ---------------------------------------------------------------- 05 mass_pivot


def pivot_with_numpy(df: pd.DataFrame) -> pd.DataFrame:
    species = np.asarray(df["species"].tolist(), dtype=object)
    island = np.asarray(df["island"].tolist(), dtype=object)
    mass = df["body_mass_g"].to_numpy(dtype=float)
    known = ~np.isnan(mass)
    rows, columns = sorted(set(species)), sorted(set(island))

    def mean(mask: np.ndarray) -> float:
        mask = mask & known
        return float(mass[mask].mean()) if mask.any() else math.nan

    everyone = np.ones(len(mass), dtype=bool)
    table = {c: [mean((species == s) & (island == c)) for s in rows] + [mean(island == c)] for c in columns}
    table["All"] = [mean(species == s) for s in rows] + [mean(everyone)]
    return pd.DataFrame(table, index=[*rows, "All"])


def test_mass_pivot_matches_masked_numpy_means() -> None:
    df = pd.DataFrame(load_penguins())
    extra = [
        Case("the males of 2007 and 2009", (df[(df["sex"] == "male") & (df["year"] != 2008)],)),
        Case("Dream and Torgersen", (df[df["island"] != "Biscoe"],)),
    ]
    _agree("05_mass_pivot.py", pivot_with_numpy, extra)


def test_mass_pivot_margins_are_group_means() -> None:
    """A second route: the All column is groupby('species').mean(), the All row groupby('island')."""
    df = pd.DataFrame(load_penguins())
    got = _solution("05_mass_pivot.py")(df)
    by_species = df.groupby("species")["body_mass_g"].mean()
    by_island = df.groupby("island")["body_mass_g"].mean()
    np.testing.assert_allclose(got.loc[by_species.index, "All"], by_species, rtol=1e-12)
    np.testing.assert_allclose(got.loc["All", by_island.index], by_island, rtol=1e-12)
    assert got.loc["All", "All"] == pytest.approx(np.nanmean(load_penguins()["body_mass_g"]), rel=1e-12)


# ---------------------------------------------------------------- 06 monthly_co2


def monthly_with_numpy(weekly: pd.Series) -> pd.DataFrame:
    """Calendar months by datetime64[M] arithmetic, means by bincount, lags by index arithmetic."""
    months = weekly.index.to_numpy().astype("datetime64[M]")
    values = weekly.to_numpy(dtype=float)
    offset = (months - months[0]).astype(int)
    count = int(offset[-1]) + 1
    seen = ~np.isnan(values)
    sums = np.bincount(offset[seen], weights=values[seen], minlength=count)
    counts = np.bincount(offset[seen], minlength=count)
    co2 = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    trend = np.full(count, np.nan)
    if count >= 12:
        windows = np.lib.stride_tricks.sliding_window_view(co2, 12)
        trend[11:] = windows.mean(axis=1)  # NaN in a window gives NaN, as rolling(12) does
    yoy = np.full(count, np.nan)
    yoy[12:] = co2[12:] - co2[:-12]
    index = pd.DatetimeIndex((months[0] + np.arange(count)).astype("datetime64[s]"))
    return pd.DataFrame({"co2": co2, "trend": trend, "yoy": yoy}, index=index)


def test_monthly_co2_matches_bincount_months() -> None:
    dates, values = load_co2()
    weekly = pd.Series(values, index=pd.DatetimeIndex(dates), name="co2")
    rng = np.random.default_rng(17)
    holes = weekly.drop(weekly.index[rng.random(len(weekly)) < 0.3])
    extra = [
        Case("1970 to 1979", (weekly["1970":"1979"],)),
        Case("30% of the weeks left out of the index, seed 17", (holes,)),
        Case("one week only", (weekly["2001-12-29":],)),
    ]
    _agree("06_monthly_co2.py", monthly_with_numpy, extra)


def test_monthly_co2_gives_the_datasets_monthly_means() -> None:
    """load_co2('MS') builds the monthly means from the CSV without pandas."""
    dates, values = load_co2()
    got = _solution("06_monthly_co2.py")(pd.Series(values, index=pd.DatetimeIndex(dates)))
    month_starts, means = load_co2("MS")
    assert (got.index.to_numpy() == month_starts).all()
    np.testing.assert_allclose(got["co2"].to_numpy(), means, rtol=1e-12, equal_nan=True)
    # a year of growth at Mauna Loa in the 1990s: between 0.5 and 3 ppm
    assert 0.5 < np.nanmedian(got.loc["1990":"1999", "yoy"]) < 3.0


# ---------------------------------------------------------------- the oracles can tell


ORACLES = {
    "01_clean_penguins.py": clean_by_rows,
    "02_heaviest_females.py": heaviest_by_rows,
    "03_mass_by_species_sex.py": groups_by_rows,
    "04_penguin_sites.py": sites_by_lookup,
    "05_mass_pivot.py": pivot_with_numpy,
    "06_monthly_co2.py": monthly_with_numpy,
}


@pytest.mark.parametrize("file", ORACLES)
def test_every_oracle_rejects_every_mutant(file: str) -> None:
    """The oracles are strict enough to fail: each known mistake disagrees with them somewhere."""
    check = _check(file)
    expected = [plain(ORACLES[file](*case.args)) for case in check.cases()]
    for mutant in check.mutants:
        got = [plain(call(mutant.function, case)) for case in check.cases()]
        assert any(compare(e, g, check.rule) is not None for e, g in zip(expected, got, strict=True)), (
            f"{file}: the oracle agrees with the mutant {mutant.function.__name__}"
        )

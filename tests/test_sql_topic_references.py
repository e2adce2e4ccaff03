"""The SQL topic's reference queries against pandas on the same tables, and the penguin tables
against the raw table they come from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mlroadmap.curriculum import load_roadmap
from mlroadmap.datasets import load_penguin_tables
from mlroadmap.grading.sql import query_function
from mlroadmap.grading.table import Table, to_pandas

TOPIC = load_roadmap().topics["sql"]
SEASONS = [(), ("PAL0708",), ("PAL0809",), ("PAL0910",)]


def _query(name: str):
    (exercise,) = [e for e in TOPIC.exercises if e.id == f"sql/{name}"]
    return query_function(Path(exercise.solution_path).read_text())


def _frames(**subset) -> tuple[dict, dict[str, pd.DataFrame]]:
    tables = load_penguin_tables(**subset)
    return tables, {name: pd.DataFrame(columns) for name, columns in tables.items()}


def _result(name: str, tables: dict) -> pd.DataFrame:
    table = _query(name)(tables)
    assert isinstance(table, Table) and table.kind == "rows"
    return to_pandas(Table(table.columns, table.index, table.data))


def _same_rows(got: pd.DataFrame, want: pd.DataFrame, by: list[str]) -> None:
    got = got.sort_values(by).reset_index(drop=True)
    want = want[list(got.columns)].sort_values(by).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_the_tables_join_back_to_the_raw_penguins_table():
    raw = pd.read_csv(Path(__import__("palmerpenguins").__file__).parent / "data" / "penguins-raw.csv")
    _, frames = _frames()
    joined = frames["penguins"].merge(frames["nests"], on=["study", "nest"], how="left", validate="m:1")
    joined = joined.merge(frames["species"], on="species_id", how="left", validate="m:1")
    assert len(joined) == len(raw) == 344
    np.testing.assert_array_equal(joined["island"], raw["Island"])
    np.testing.assert_array_equal(joined["date_egg"], raw["Date Egg"])
    np.testing.assert_array_equal(joined["clutch_completion"], raw["Clutch Completion"])
    species = joined["common_name"] + " (" + joined["latin_name"] + ")"
    np.testing.assert_array_equal(species, raw["Species"])
    np.testing.assert_array_equal(joined["body_mass_g"], raw["Body Mass (g)"])
    assert frames["nests"].groupby(["study", "nest"]).size().eq(1).all(), "a nest is one row per season"


@pytest.mark.parametrize("studies", SEASONS)
def test_heavy_males(studies):
    tables, f = _frames(studies=studies)
    p = f["penguins"]
    want = p[(p.sex == "MALE") & (p.body_mass_g >= 5000)][["individual_id", "study", "body_mass_g"]]
    _same_rows(_result("heavy-males", tables), want, ["study", "individual_id"])


@pytest.mark.parametrize("subset", [{}, {"islands": ("Dream",)}, {"studies": ("PAL0708",)}])
def test_mass_by_sex(subset):
    tables, f = _frames(**subset)
    want = (
        f["penguins"].groupby("sex").agg(n=("sex", "size"), mean_mass=("body_mass_g", "mean")).reset_index()
    )
    _same_rows(_result("mass-by-sex", tables), want, ["sex"])


@pytest.mark.parametrize("subset", [{}, {"islands": ("Biscoe", "Torgersen")}, {"studies": ("PAL0809",)}])
def test_incomplete_clutches(subset):
    tables, f = _frames(**subset)
    incomplete = f["nests"][f["nests"].clutch_completion == "No"].groupby("species_id").size()
    want = f["species"].assign(incomplete=f["species"].species_id.map(incomplete).fillna(0).astype(int))
    _same_rows(_result("incomplete-clutches", tables), want, ["common_name"])


@pytest.mark.parametrize("studies", SEASONS)
def test_above_species_mean(studies):
    tables, f = _frames(studies=studies)
    p = f["penguins"].merge(f["nests"], on=["study", "nest"])
    mean = p.groupby("species_id")["body_mass_g"].transform("mean")
    want = p[p.body_mass_g > mean][["individual_id", "study", "body_mass_g"]]
    _same_rows(_result("above-species-mean", tables), want, ["study", "individual_id"])


@pytest.mark.parametrize("studies", SEASONS)
def test_flipper_rank_in_the_asked_order(studies):
    tables, f = _frames(studies=studies)
    p = f["penguins"].merge(f["nests"], on=["study", "nest"]).dropna(subset=["flipper_length_mm"])
    p["flipper_rank"] = p.groupby("island")["flipper_length_mm"].rank(method="min", ascending=False)
    want = p[p.flipper_rank <= 3].sort_values(["island", "flipper_rank", "study", "individual_id"])
    want = want[["island", "individual_id", "study", "flipper_length_mm", "flipper_rank"]].reset_index(
        drop=True
    )
    pd.testing.assert_frame_equal(_result("flipper-rank", tables), want, check_dtype=False)

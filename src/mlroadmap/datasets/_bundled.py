"""Loaders for the CSV files bundled in scikit-learn and palmerpenguins."""

from __future__ import annotations

import csv
import gzip
import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class Dataset:
    data: np.ndarray
    """(n_samples, n_features)"""
    target: np.ndarray
    feature_names: tuple[str, ...]
    target_names: tuple[str, ...] = ()


class DatasetNotInstalled(ImportError):
    """The package that ships the data set is not installed."""


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)  # finds the package without importing it
    if spec is None or spec.origin is None:
        raise DatasetNotInstalled(f"this data set ships with the {package!r} package: pip install {package}")
    return Path(spec.origin).parent


def _sklearn_csv(name: str) -> tuple[list[str], np.ndarray]:
    """scikit-learn's layout: a header ``n_samples,n_features,<target names>``, then rows."""
    with (_package_dir("sklearn") / "datasets" / "data" / name).open() as f:
        header = next(csv.reader(f))
        rows = np.loadtxt(f, delimiter=",")
    return header, rows


@cache
def load_iris() -> Dataset:
    header, rows = _sklearn_csv("iris.csv")
    names = ("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)")
    return Dataset(rows[:, :-1], rows[:, -1].astype(int), names, tuple(header[2:]))


@cache
def load_wine() -> Dataset:
    header, rows = _sklearn_csv("wine_data.csv")
    names = (
        "alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
        "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
        "od280/od315_of_diluted_wines", "proline",
    )  # fmt: skip
    return Dataset(rows[:, :-1], rows[:, -1].astype(int), names, tuple(header[2:]))


@cache
def load_breast_cancer() -> Dataset:
    header, rows = _sklearn_csv("breast_cancer.csv")
    measures = (
        "radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
        "concave points", "symmetry", "fractal dimension",
    )  # fmt: skip
    names = tuple(f"mean {m}" for m in measures) + tuple(f"{m} error" for m in measures)
    names += tuple(f"worst {m}" for m in measures)
    return Dataset(rows[:, :-1], rows[:, -1].astype(int), names, tuple(header[2:]))


@cache
def load_diabetes(scaled: bool = True) -> Dataset:
    """Scaled as scikit-learn does: each column centred and divided by ``std * sqrt(n)``."""
    folder = _package_dir("sklearn") / "datasets" / "data"
    with gzip.open(folder / "diabetes_data_raw.csv.gz", "rt") as f:
        data = np.loadtxt(f)
    with gzip.open(folder / "diabetes_target.csv.gz", "rt") as f:
        target = np.loadtxt(f)
    if scaled:
        data = (data - data.mean(axis=0)) / (data.std(axis=0) * np.sqrt(len(data)))
    names = ("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6")
    return Dataset(data, target, names)


@cache
def load_digits() -> Dataset:
    """1797 images of 8×8 pixels (values 0–16), flattened to 64 features."""
    with gzip.open(_package_dir("sklearn") / "datasets" / "data" / "digits.csv.gz", "rt") as f:
        rows = np.loadtxt(f, delimiter=",")
    names = tuple(f"pixel_{r}_{c}" for r in range(8) for c in range(8))
    return Dataset(rows[:, :-1], rows[:, -1].astype(int), names, tuple(str(d) for d in range(10)))


@cache
def load_penguins(raw: bool = False) -> dict[str, np.ndarray]:
    """The Palmer penguins table, column by column: numbers as float (NaN where missing),
    text as an object array (None where missing). ``raw=True`` gives the messy original."""
    path = _package_dir("palmerpenguins") / "data" / ("penguins-raw.csv" if raw else "penguins.csv")
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = list(zip(*reader, strict=True))
    table = {}
    for name, values in zip(header, columns, strict=True):
        cells = [None if v in ("", "NA") else v for v in values]
        try:
            table[name] = np.array([np.nan if v is None else float(v) for v in cells])
        except ValueError:
            table[name] = np.array(cells, dtype=object)
    return table

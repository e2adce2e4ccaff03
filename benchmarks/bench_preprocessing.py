"""Time our preprocessing, impute and feature_selection against scikit-learn, same run, same data.

    python benchmarks/bench_preprocessing.py

Targets: scalers and encoders <= 2x scikit-learn's time. The imputer and the selectors
are printed against a 2x reference too, for information. Timings are medians of
repeated calls (``benchmarks/timing.py``); the machine may be shared, so ratios move a little.
"""

from __future__ import annotations

import numpy as np
from sklearn import feature_selection as sk_fs
from sklearn import impute as sk_impute
from sklearn import preprocessing as sk_pre
from timing import compare

from mlroadmap.algorithms import feature_selection as fs
from mlroadmap.algorithms import impute
from mlroadmap.algorithms import preprocessing as pre

TARGET = 2.0


def fit_transform(estimator, X, y=None):
    return lambda: estimator.fit(X, y).transform(X)


def main() -> None:
    rng = np.random.RandomState(0)
    X = rng.standard_normal((100_000, 20))
    print(f"scalers: {X.shape[0]} x {X.shape[1]} standard normal")
    for name, kwargs in [
        ("StandardScaler", {}),
        ("MinMaxScaler", {}),
        ("RobustScaler", {}),
        ("Normalizer", {}),
    ]:
        compare(
            f"{name} fit+transform",
            fit_transform(getattr(pre, name)(**kwargs), X),
            fit_transform(getattr(sk_pre, name)(**kwargs), X),
            TARGET,
        )
    small = X[:, :5]
    compare(
        "PolynomialFeatures(2) fit+transform (5 cols)",
        fit_transform(pre.PolynomialFeatures(), small),
        fit_transform(sk_pre.PolynomialFeatures(), small),
        TARGET,
    )

    words = np.array(["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"], dtype=object)
    categories = np.column_stack(
        [words[rng.randint(0, 8, 100_000)] for _ in range(4)]
        + [rng.randint(0, 50, 100_000).astype(object) for _ in range(2)]
    )
    integers = rng.randint(0, 30, (100_000, 6))
    print("encoders: 100000 x 6 object columns (4 of strings, 2 of ints); and 100000 x 6 int array")
    for data, label in [(categories, "object"), (integers, "int")]:
        compare(
            f"OneHotEncoder sparse fit+transform ({label})",
            fit_transform(pre.OneHotEncoder(), data),
            fit_transform(sk_pre.OneHotEncoder(), data),
            TARGET,
        )
        compare(
            f"OneHotEncoder dense fit+transform ({label})",
            fit_transform(pre.OneHotEncoder(sparse_output=False), data),
            fit_transform(sk_pre.OneHotEncoder(sparse_output=False), data),
            TARGET,
        )
        compare(
            f"OrdinalEncoder fit+transform ({label})",
            fit_transform(pre.OrdinalEncoder(), data),
            fit_transform(sk_pre.OrdinalEncoder(), data),
            TARGET,
        )

    holes = X.copy()
    holes[rng.rand(*holes.shape) < 0.1] = np.nan
    print("imputer: 100000 x 20 with 10% NaN; object table for most_frequent")
    for strategy in ("mean", "median", "most_frequent", "constant"):
        compare(
            f"SimpleImputer({strategy}) fit+transform",
            fit_transform(impute.SimpleImputer(strategy=strategy), holes),
            fit_transform(sk_impute.SimpleImputer(strategy=strategy), holes),
            TARGET,
        )
    text = categories.copy()
    text[rng.rand(*text.shape) < 0.1] = np.nan
    compare(
        "SimpleImputer(most_frequent) object fit+transform",
        fit_transform(impute.SimpleImputer(strategy="most_frequent"), text),
        fit_transform(sk_impute.SimpleImputer(strategy="most_frequent"), text),
        TARGET,
    )

    y = rng.randint(0, 3, X.shape[0])
    print("feature selection: 100000 x 20, 3 classes (information only)")
    compare(
        "VarianceThreshold fit+transform",
        fit_transform(fs.VarianceThreshold(), X),
        fit_transform(sk_fs.VarianceThreshold(), X),
        TARGET,
    )
    compare(
        "SelectKBest(f_classif) fit+transform",
        fit_transform(fs.SelectKBest(fs.f_classif, k=5), X, y),
        fit_transform(sk_fs.SelectKBest(sk_fs.f_classif, k=5), X, y),
        TARGET,
    )
    compare(
        "f_regression",
        lambda: fs.f_regression(X, X[:, 0] + y),
        lambda: sk_fs.f_regression(X, X[:, 0] + y),
        TARGET,
    )
    compare("chi2", lambda: fs.chi2(np.abs(X), y), lambda: sk_fs.chi2(np.abs(X), y), TARGET)
    Xs, ys = X[:5000, :5], y[:5000]
    compare(
        "mutual_info_classif (5000 x 5)",
        lambda: fs.mutual_info_classif(Xs, ys, random_state=0),
        lambda: sk_fs.mutual_info_classif(Xs, ys, random_state=0),
        TARGET,
    )


if __name__ == "__main__":
    main()

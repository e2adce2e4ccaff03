"""Time mlroadmap's linear models against scikit-learn's, on the same data in the same run.

Run: ``python benchmarks/bench_linear_model.py``. Each row times ``fit`` (plus ``predict``
or ``predict_proba``, which are one matrix product). Targets: LinearRegression, Ridge and
LogisticRegression at most 2× scikit-learn; Lasso and ElasticNet, whose coordinate-descent
sweep is a Python loop over features where scikit-learn's is compiled Cython, at most 5×.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import numpy as np
from sklearn import linear_model as sk
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import compare

from mlroadmap.algorithms import linear_model as ours


def _fit_predict(model, X, y, method="predict"):
    return lambda: getattr(model.fit(X, y), method)(X)


def main() -> None:
    warnings.simplefilter("ignore")
    diabetes = load_diabetes(return_X_y=True)
    rng = np.random.RandomState(0)
    X_big = rng.normal(size=(5000, 50))
    coef = rng.normal(size=50) * (rng.uniform(size=50) < 0.3)
    y_big = X_big @ coef + rng.normal(size=5000)
    X_wide = rng.normal(size=(200, 2000))
    y_wide = X_wide[:, :10] @ rng.normal(size=10) + rng.normal(size=200)
    regression = {"diabetes": diabetes, "random 5000x50": (X_big, y_big)}

    for name, (X, y) in regression.items():
        compare(
            f"LinearRegression {name}",
            _fit_predict(ours.LinearRegression(), X, y),
            _fit_predict(sk.LinearRegression(), X, y),
            2,
        )
    for name, (X, y) in {**regression, "random 200x2000 (dual)": (X_wide, y_wide)}.items():
        compare(f"Ridge {name}", _fit_predict(ours.Ridge(1.0), X, y), _fit_predict(sk.Ridge(1.0), X, y), 2)
    for name, (X, y) in regression.items():
        for precompute in (False, True):
            alpha = 0.05 if name == "diabetes" else 0.1
            compare(
                f"Lasso {name} precompute={precompute}",
                _fit_predict(ours.Lasso(alpha, precompute=precompute), X, y),
                _fit_predict(sk.Lasso(alpha, precompute=precompute), X, y),
                5,
            )
        compare(
            f"ElasticNet {name}",
            _fit_predict(ours.ElasticNet(alpha, l1_ratio=0.5), X, y),
            _fit_predict(sk.ElasticNet(alpha, l1_ratio=0.5), X, y),
            5,
        )
    alphas = np.logspace(0, -3, 20)

    def path(model):
        return lambda: [model.set_params(alpha=a).fit(*diabetes) for a in alphas]

    for precompute in (False, True):
        compare(
            f"Lasso path, 20 alphas, warm start, precompute={precompute}, diabetes",
            path(ours.Lasso(warm_start=True, precompute=precompute)),
            path(sk.Lasso(warm_start=True, precompute=precompute)),
            5,
        )

    X_bc, y_bc = load_breast_cancer(return_X_y=True)
    X_bc = StandardScaler().fit_transform(X_bc)
    X_iris, y_iris = load_iris(return_X_y=True)
    X_cls = rng.normal(size=(5000, 50))
    y_cls = (X_cls @ rng.normal(size=(50, 3))).argmax(axis=1)
    classification = {
        "breast_cancer (binary)": (X_bc, y_bc),
        "iris (3 classes)": (X_iris, y_iris),
        "random 5000x50 (3 classes)": (X_cls, y_cls),
    }
    for name, (X, y) in classification.items():
        for solver in ("lbfgs", "newton-cholesky"):
            compare(
                f"LogisticRegression {solver} {name}",
                _fit_predict(ours.LogisticRegression(solver=solver), X, y, "predict_proba"),
                _fit_predict(sk.LogisticRegression(solver=solver), X, y, "predict_proba"),
                2,
            )


if __name__ == "__main__":
    main()

"""Time our metrics and cross-validation against scikit-learn, same run, same data.

    python benchmarks/bench_metrics_model_selection.py

Target: every metric <= 2x scikit-learn's time on 100 000 samples. ``cross_val_score``
runs the same scikit-learn estimator through both libraries' cross-validation, so its
ratio measures only the loop's overhead (expected ~1x). Timings are medians of repeated
calls (``benchmarks/timing.py``); the machine may be shared, so ratios move a little.
"""

from __future__ import annotations

import warnings

import numpy as np
from sklearn import metrics as sk
from sklearn import model_selection as sk_ms
from sklearn.linear_model import Ridge
from timing import compare

from mlroadmap.algorithms import metrics as ours
from mlroadmap.algorithms import model_selection as ms

TARGET = 2.0
N = 100_000


def both(name, function_name, *args, **kwargs):
    compare(
        name,
        lambda: getattr(ours, function_name)(*args, **kwargs),
        lambda: getattr(sk, function_name)(*args, **kwargs),
        TARGET,
    )


def main() -> None:
    warnings.simplefilter("ignore")
    rng = np.random.RandomState(0)
    y_true, y_pred, weights = rng.randint(0, 5, N), rng.randint(0, 5, N), rng.rand(N)
    binary, scores = rng.randint(0, 2, N), rng.rand(N)
    proba = rng.dirichlet(np.ones(5), N)
    target, estimate = rng.randn(N), rng.randn(N)

    print(f"metrics on {N} samples (5 classes unless binary)")
    both("accuracy_score", "accuracy_score", y_true, y_pred)
    both("confusion_matrix", "confusion_matrix", y_true, y_pred)
    both(
        "confusion_matrix (weighted, normalize=true)",
        "confusion_matrix",
        y_true,
        y_pred,
        sample_weight=weights,
        normalize="true",
    )
    both("precision_score (macro)", "precision_score", y_true, y_pred, average="macro")
    both("recall_score (weighted)", "recall_score", y_true, y_pred, average="weighted")
    both("f1_score (binary)", "f1_score", binary, (scores > 0.5).astype(int))
    both(
        "f1_score (micro, sample_weight)", "f1_score", y_true, y_pred, average="micro", sample_weight=weights
    )
    both("classification_report", "classification_report", y_true, y_pred)
    both("roc_curve", "roc_curve", binary, scores)
    both("roc_auc_score (binary)", "roc_auc_score", binary, scores)
    both("roc_auc_score (ovr, macro)", "roc_auc_score", y_true, proba, multi_class="ovr")
    both("log_loss", "log_loss", y_true, proba)
    both("mean_squared_error", "mean_squared_error", target, estimate)
    both("mean_absolute_error", "mean_absolute_error", target, estimate)
    both("r2_score", "r2_score", target, estimate)

    print("\ncross-validation, the same estimator (Ridge) on 100 000 x 10")
    X = rng.randn(N, 10)
    y = X @ rng.randn(10) + rng.randn(N)
    compare(
        "cross_val_score (Ridge, 5 folds)",
        lambda: ms.cross_val_score(Ridge(), X, y, cv=5),
        lambda: sk_ms.cross_val_score(Ridge(), X, y, cv=5),
        TARGET,
    )
    compare(
        "cross_val_score (Ridge, 5 folds, neg_mse)",
        lambda: ms.cross_val_score(Ridge(), X, y, cv=5, scoring="neg_mean_squared_error"),
        lambda: sk_ms.cross_val_score(Ridge(), X, y, cv=5, scoring="neg_mean_squared_error"),
        TARGET,
    )


if __name__ == "__main__":
    main()

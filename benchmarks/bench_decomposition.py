"""PCA against scikit-learn's, same data, same run: ``python benchmarks/bench_decomposition.py``."""

from __future__ import annotations

import numpy as np
from sklearn.decomposition import PCA as SklearnPCA
from timing import compare

from mlroadmap.algorithms.decomposition import PCA
from mlroadmap.datasets import load_digits

TARGET = 1.5


def main() -> None:
    digits = load_digits().data
    wide = np.random.default_rng(0).normal(size=(2000, 300))
    for name, X in [("digits 1797x64", digits), ("random 2000x300", wide)]:
        for n in (None, 10, 0.9):
            compare(
                f"PCA({n}).fit_transform {name}",
                lambda X=X, n=n: PCA(n).fit_transform(X),
                lambda X=X, n=n: SklearnPCA(n, svd_solver="full").fit_transform(X),
                TARGET,
            )
    pca, theirs = PCA(10).fit(digits), SklearnPCA(10, svd_solver="full").fit(digits)
    compare(
        "PCA(10).transform digits", lambda: pca.transform(digits), lambda: theirs.transform(digits), TARGET
    )


if __name__ == "__main__":
    main()

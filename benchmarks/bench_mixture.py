"""GaussianMixture (target 3x) against scikit-learn's, same data, same run, with the peak memory
of one fit: ``python benchmarks/bench_mixture.py``."""

from __future__ import annotations

from sklearn.datasets import make_blobs
from sklearn.decomposition import PCA
from sklearn.mixture import GaussianMixture as SklearnGaussianMixture
from timing import compare, compare_with_memory

from mlroadmap.algorithms.mixture import GaussianMixture
from mlroadmap.datasets import load_digits

TARGET = 3.0


def main() -> None:
    digits = load_digits().data
    blobs = make_blobs(n_samples=20_000, n_features=10, centers=8, random_state=0)[0]
    cases = [
        ("digits PCA-10 1797x10, k=10", PCA(10, random_state=0).fit_transform(digits), 10, "full"),
        ("digits PCA-10 1797x10, k=10", PCA(10, random_state=0).fit_transform(digits), 10, "diag"),
        ("digits 1797x64, k=10", digits, 10, "diag"),
        ("blobs 20000x10, k=8", blobs, 8, "full"),
        ("blobs 20000x10, k=8", blobs, 8, "diag"),
    ]
    for name, X, k, kind in cases:
        kwargs = {"covariance_type": kind, "random_state": 0}
        compare_with_memory(
            f"GaussianMixture({kind}).fit {name}",
            lambda X=X, k=k, kwargs=kwargs: GaussianMixture(k, **kwargs).fit(X),
            lambda X=X, k=k, kwargs=kwargs: SklearnGaussianMixture(k, **kwargs).fit(X),
            TARGET,
        )
    X = blobs
    ours, theirs = GaussianMixture(8, random_state=0).fit(X), SklearnGaussianMixture(8, random_state=0).fit(X)
    compare(
        "GaussianMixture.score_samples blobs 20000x10",
        lambda: ours.score_samples(X),
        lambda: theirs.score_samples(X),
        TARGET,
    )


if __name__ == "__main__":
    main()

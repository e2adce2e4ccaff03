"""KMeans against scikit-learn's, same data, same run: ``python benchmarks/bench_cluster.py``."""

from __future__ import annotations

from sklearn.cluster import KMeans as SklearnKMeans
from sklearn.datasets import make_blobs
from timing import compare

from mlroadmap.algorithms.cluster import KMeans
from mlroadmap.datasets import load_digits

TARGET = 2.0


def main() -> None:
    blobs = make_blobs(n_samples=20_000, n_features=10, centers=8, random_state=0)[0]
    for name, X, k in [("digits 1797x64, k=10", load_digits().data, 10), ("blobs 20000x10, k=8", blobs, 8)]:
        compare(
            f"KMeans.fit {name}",
            lambda X=X, k=k: KMeans(k, random_state=0).fit(X),
            lambda X=X, k=k: SklearnKMeans(k, random_state=0).fit(X),
            TARGET,
        )


if __name__ == "__main__":
    main()

"""KMeans (target 2x), DBSCAN (target 3x) and AgglomerativeClustering (no target in the issue)
against scikit-learn's, same data, same run."""

from __future__ import annotations

from functools import partial

from sklearn.cluster import DBSCAN as SklearnDBSCAN
from sklearn.cluster import AgglomerativeClustering as SklearnAgglomerativeClustering
from sklearn.cluster import KMeans as SklearnKMeans
from sklearn.datasets import make_blobs, make_moons
from timing import compare, compare_with_memory

from mlroadmap.algorithms.cluster import DBSCAN, AgglomerativeClustering, KMeans
from mlroadmap.datasets import load_digits

TARGET = 2.0
AGGLOMERATIVE_BAR = 5.0  # our own bar: the issue sets no target for agglomerative clustering


def main() -> None:
    blobs = make_blobs(n_samples=20_000, n_features=10, centers=8, random_state=0)[0]
    for name, X, k in [("digits 1797x64, k=10", load_digits().data, 10), ("blobs 20000x10, k=8", blobs, 8)]:
        compare(
            f"KMeans.fit {name}",
            lambda X=X, k=k: KMeans(k, random_state=0).fit(X),
            lambda X=X, k=k: SklearnKMeans(k, random_state=0).fit(X),
            TARGET,
        )
    moons = make_moons(n_samples=5000, noise=0.05, random_state=0)[0]
    for name, X, eps in [("moons 5000x2", moons, 0.1), ("digits 1797x64", load_digits().data, 20.0)]:
        compare(
            f"DBSCAN.fit {name}",
            lambda X=X, eps=eps: DBSCAN(eps).fit(X),
            lambda X=X, eps=eps: SklearnDBSCAN(eps=eps).fit(X),
            3.0,
        )
    agglomerative()


def agglomerative() -> None:
    """Each linkage on about 2000 samples, with the peak memory of one fit (the O(n^2) matrix)."""
    blobs = make_blobs(n_samples=2000, n_features=10, centers=5, random_state=0)[0]
    for name, X in [("blobs 2000x10", blobs), ("digits 1797x64", load_digits().data)]:
        for linkage in ("ward", "complete", "average", "single"):
            ours = partial(AgglomerativeClustering(5, linkage=linkage).fit, X)
            theirs = partial(SklearnAgglomerativeClustering(5, linkage=linkage).fit, X)
            compare_with_memory(
                f"AgglomerativeClustering({linkage}).fit {name}", ours, theirs, AGGLOMERATIVE_BAR
            )


if __name__ == "__main__":
    main()

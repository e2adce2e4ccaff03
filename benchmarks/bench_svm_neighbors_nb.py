"""Time our SVC, LinearSVC, k-nearest neighbours and GaussianNB against scikit-learn's.

Run: ``python benchmarks/bench_svm_neighbors_nb.py``. Both libraries run in the same
process on the same data; the ratio is ours / theirs. Targets: brute-force kNN <= 2x,
SVC <= 5x, GaussianNB <= 2x (LinearSVC and the KD-tree are reported without a target).
"""

from __future__ import annotations

import numpy as np
from sklearn import datasets
from sklearn import naive_bayes as sk_naive_bayes
from sklearn import neighbors as sk_neighbors
from sklearn import svm as sk_svm
from sklearn.preprocessing import StandardScaler
from timing import compare

from mlroadmap.algorithms.naive_bayes import GaussianNB
from mlroadmap.algorithms.neighbors import KNeighborsClassifier
from mlroadmap.algorithms.svm import SVC, LinearSVC


def main() -> None:
    cancer_X, cancer_y = datasets.load_breast_cancer(return_X_y=True)
    cancer_X = StandardScaler().fit_transform(cancer_X)
    digits_X, digits_y = datasets.load_digits(return_X_y=True)
    digits_X = StandardScaler().fit_transform(digits_X)
    rng = np.random.RandomState(0)
    random_X = rng.normal(size=(5000, 20))
    random_y = (random_X[:, :3].sum(axis=1) > 0).astype(int)

    for kernel in ("linear", "rbf", "poly"):
        compare(
            f"SVC({kernel}).fit breast_cancer",
            lambda k=kernel: SVC(kernel=k).fit(cancer_X, cancer_y),
            lambda k=kernel: sk_svm.SVC(kernel=k).fit(cancer_X, cancer_y),
            5,
        )
    compare(
        "SVC(rbf).fit digits (45 pairs)",
        lambda: SVC().fit(digits_X, digits_y),
        lambda: sk_svm.SVC().fit(digits_X, digits_y),
        5,
    )
    ours, theirs = SVC().fit(digits_X, digits_y), sk_svm.SVC().fit(digits_X, digits_y)
    compare("SVC(rbf).predict digits", lambda: ours.predict(digits_X), lambda: theirs.predict(digits_X), 5)
    compare(
        "LinearSVC.fit digits",
        lambda: LinearSVC().fit(digits_X, digits_y),
        lambda: sk_svm.LinearSVC().fit(digits_X, digits_y),
        float("inf"),
    )

    for metric in ("euclidean", "manhattan"):
        ours = KNeighborsClassifier(5, algorithm="brute", metric=metric).fit(random_X, random_y)
        theirs = sk_neighbors.KNeighborsClassifier(5, algorithm="brute", metric=metric).fit(
            random_X, random_y
        )
        compare(
            f"kNN brute {metric} predict 5000x20 on itself",
            lambda o=ours: o.predict(random_X),
            lambda t=theirs: t.predict(random_X),
            2,
        )
    ours = KNeighborsClassifier(5, algorithm="brute").fit(digits_X, digits_y)
    theirs = sk_neighbors.KNeighborsClassifier(5, algorithm="brute").fit(digits_X, digits_y)
    compare(
        "kNN brute euclidean kneighbors digits",
        lambda: ours.kneighbors(digits_X),
        lambda: theirs.kneighbors(digits_X),
        2,
    )
    small_X = random_X[:2000, :5]
    ours = KNeighborsClassifier(5, algorithm="kd_tree").fit(small_X, random_y[:2000])
    theirs = sk_neighbors.KNeighborsClassifier(5, algorithm="kd_tree").fit(small_X, random_y[:2000])
    compare(
        "kNN kd_tree predict 2000x5 on itself",
        lambda: ours.predict(small_X),
        lambda: theirs.predict(small_X),
        float("inf"),
    )

    compare(
        "GaussianNB.fit breast_cancer",
        lambda: GaussianNB().fit(cancer_X, cancer_y),
        lambda: sk_naive_bayes.GaussianNB().fit(cancer_X, cancer_y),
        2,
    )
    ours, theirs = GaussianNB().fit(digits_X, digits_y), sk_naive_bayes.GaussianNB().fit(digits_X, digits_y)
    compare(
        "GaussianNB.predict_proba digits",
        lambda: ours.predict_proba(digits_X),
        lambda: theirs.predict_proba(digits_X),
        2,
    )


if __name__ == "__main__":
    main()

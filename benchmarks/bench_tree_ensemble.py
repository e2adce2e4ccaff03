"""Time our trees and tree ensembles against scikit-learn, same run, same data.

    python benchmarks/bench_tree_ensemble.py

Target: <= 5x scikit-learn's time (its trees are Cython; ours are NumPy, one node at a
time, with every threshold of every candidate feature of a node scored in one array
expression). Fits use the bundled datasets and scikit-learn's defaults unless the row says
otherwise; scikit-learn runs single-threaded (n_jobs=None). Timings are medians of repeated
calls (``benchmarks/timing.py``); the machine may be shared, so ratios move a little.
"""

from __future__ import annotations

from sklearn import datasets
from sklearn import ensemble as sk_ensemble
from sklearn import tree as sk_tree
from timing import compare

from mlroadmap.algorithms import ensemble, tree

TARGET = 5.0


def fit(estimator, X, y):
    return lambda: estimator.fit(X, y)


def main() -> None:
    data = {
        name: getattr(datasets, f"load_{name}")(return_X_y=True)
        for name in ("breast_cancer", "digits", "diabetes")
    }
    classification = ("breast_cancer", "digits")

    for name in classification:
        X, y = data[name]
        compare(
            f"DecisionTreeClassifier.fit {name}",
            fit(tree.DecisionTreeClassifier(random_state=0), X, y),
            fit(sk_tree.DecisionTreeClassifier(random_state=0), X, y),
            TARGET,
        )
    X, y = data["diabetes"]
    compare(
        "DecisionTreeRegressor.fit diabetes",
        fit(tree.DecisionTreeRegressor(random_state=0), X, y),
        fit(sk_tree.DecisionTreeRegressor(random_state=0), X, y),
        TARGET,
    )
    compare(
        "DecisionTreeRegressor.fit diabetes max_depth=5",
        fit(tree.DecisionTreeRegressor(max_depth=5, random_state=0), X, y),
        fit(sk_tree.DecisionTreeRegressor(max_depth=5, random_state=0), X, y),
        TARGET,
    )
    X, y = data["digits"]
    ours, theirs = (
        tree.DecisionTreeClassifier(random_state=0).fit(X, y),
        sk_tree.DecisionTreeClassifier(random_state=0).fit(X, y),
    )
    compare(
        "DecisionTreeClassifier.predict_proba digits",
        lambda: ours.predict_proba(X),
        lambda: theirs.predict_proba(X),
        TARGET,
    )

    for name in classification:
        X, y = data[name]
        compare(
            f"RandomForestClassifier(100).fit {name}",
            fit(ensemble.RandomForestClassifier(random_state=0), X, y),
            fit(sk_ensemble.RandomForestClassifier(random_state=0), X, y),
            TARGET,
        )
    X, y = data["diabetes"]
    compare(
        "RandomForestRegressor(100).fit diabetes",
        fit(ensemble.RandomForestRegressor(random_state=0), X, y),
        fit(sk_ensemble.RandomForestRegressor(random_state=0), X, y),
        TARGET,
    )
    X, y = data["digits"]
    ours = ensemble.RandomForestClassifier(random_state=0).fit(X, y)
    theirs = sk_ensemble.RandomForestClassifier(random_state=0).fit(X, y)
    compare(
        "RandomForestClassifier(100).predict_proba digits",
        lambda: ours.predict_proba(X),
        lambda: theirs.predict_proba(X),
        TARGET,
    )

    X, y = data["breast_cancer"]
    compare(
        "GradientBoostingClassifier(100).fit breast_cancer",
        fit(ensemble.GradientBoostingClassifier(random_state=0), X, y),
        fit(sk_ensemble.GradientBoostingClassifier(random_state=0), X, y),
        TARGET,
    )
    X, y = data["digits"]
    compare(
        "GradientBoostingClassifier(20).fit digits (10 classes)",
        fit(ensemble.GradientBoostingClassifier(n_estimators=20, random_state=0), X, y),
        fit(sk_ensemble.GradientBoostingClassifier(n_estimators=20, random_state=0), X, y),
        TARGET,
    )
    X, y = data["diabetes"]
    compare(
        "GradientBoostingRegressor(100).fit diabetes",
        fit(ensemble.GradientBoostingRegressor(random_state=0), X, y),
        fit(sk_ensemble.GradientBoostingRegressor(random_state=0), X, y),
        TARGET,
    )
    ours = ensemble.GradientBoostingRegressor(random_state=0).fit(X, y)
    theirs = sk_ensemble.GradientBoostingRegressor(random_state=0).fit(X, y)
    compare(
        "GradientBoostingRegressor(100).predict diabetes",
        lambda: ours.predict(X),
        lambda: theirs.predict(X),
        TARGET,
    )


if __name__ == "__main__":
    main()

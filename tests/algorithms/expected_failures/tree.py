"""scikit-learn estimator checks that the decision trees are known to fail: none."""

EXPECTED: dict[str, dict[str, str]] = {}

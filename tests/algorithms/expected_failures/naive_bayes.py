"""scikit-learn estimator checks that naive_bayes is known to fail: none."""

EXPECTED: dict[str, dict[str, str]] = {}

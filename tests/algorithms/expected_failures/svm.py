"""scikit-learn estimator checks that svm is known to fail: none."""

EXPECTED: dict[str, dict[str, str]] = {}

"""scikit-learn estimator checks that neighbors is known to fail: none."""

EXPECTED: dict[str, dict[str, str]] = {}

"""scikit-learn estimator checks that the linear models are known to fail: none."""

EXPECTED: dict[str, dict[str, str]] = {}

"""scikit-learn estimator checks that mixture is known to fail: none."""

EXPECTED: dict[str, dict[str, str]] = {}

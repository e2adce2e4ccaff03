"""scikit-learn estimator checks that model_selection is known to fail: none."""

EXPECTED: dict[str, dict[str, str]] = {}

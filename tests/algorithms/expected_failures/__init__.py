"""scikit-learn estimator checks that an estimator is known to fail, with the reason.

One module per ``mlroadmap.algorithms`` subpackage, each defining
``EXPECTED = {"ClassName": {"check_name": "why it fails and why that is acceptable"}}``.
"""

"""From-scratch reference implementations behind the roadmap's algorithms.

NumPy (and SciPy where LAPACK-level routines are the point) written to read like the
lessons, with scikit-learn's API: hyper-parameters in ``__init__``, validation in
``fit``, fitted attributes ending in ``_``. Importing a module here never imports
scikit-learn; the test suite checks every estimator with scikit-learn's own checks
and against scikit-learn's results.
"""

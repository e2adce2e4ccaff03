"""The warning an iterative solver gives when it stops at ``max_iter`` before meeting ``tol``."""


class ConvergenceWarning(UserWarning):
    """An iterative solver stopped at ``max_iter`` before meeting its tolerance.

    Our own class (scikit-learn's lives in ``sklearn.exceptions``, which ``src/`` never
    imports); like scikit-learn's, it is a UserWarning, so the same filters catch both.
    """

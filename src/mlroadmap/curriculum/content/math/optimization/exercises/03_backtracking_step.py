"""One step of gradient descent with a backtracking (Armijo) line search.

A fixed learning rate is a guess: too small and training crawls, too large and it
diverges. A line search picks the step at every iteration: try a large step, and
shrink it until the objective has gone down by enough. Classical solvers
(L-BFGS in scikit-learn's LogisticRegression) never step without one.

    The objective is given below: Rosenbrock's banana valley rosenbrock(x) for
    x of shape (2,), with its gradient rosenbrock_gradient(x).
    x has shape (2,); t0 > 0 is the first step to try, 0 < c < 1 the fraction of
    the promised decrease you demand, and 0 < shrink < 1 the factor that shrinks
    the step. With g = rosenbrock_gradient(x) and f = rosenbrock:

        t = t0
        while f(x - t g) > f(x) - c * t * (g @ g):    # the Armijo condition fails
            t = shrink * t
        return (x - t g, t)

    Return the tuple (x_new, t): the new point, an array of shape (2,), and the
    step t that was accepted, a float.

The right side f(x) - c t ‖g‖² is the tangent line at x made flatter by the factor
c: a step must win at least the fraction c of the decrease the slope promises.
"Any decrease at all" is not enough: steps that win less and less can stall far
from the minimum.

Edge cases that matter: the first step t0 passes at once (return it unchanged), a
large c (demanding), the minimum itself (g = 0: the condition holds at t0 and x
does not move).
"""

import numpy as np


def rosenbrock(x: np.ndarray) -> float:
    """Rosenbrock's function, minimum 0 at (1, 1) (given: do not change it)."""
    return float(100.0 * (x[1] - x[0] ** 2) ** 2 + (1.0 - x[0]) ** 2)


def rosenbrock_gradient(x: np.ndarray) -> np.ndarray:
    """The gradient of rosenbrock (given: do not change it)."""
    return np.array([-400.0 * x[0] * (x[1] - x[0] ** 2) - 2.0 * (1.0 - x[0]), 200.0 * (x[1] - x[0] ** 2)])


def backtracking_step(x: np.ndarray, t0: float, c: float, shrink: float) -> tuple[np.ndarray, float]:
    # TODO: start at t0; shrink t while the Armijo condition fails; return the step taken.
    raise NotImplementedError("backtracking_step: replace this line with your code")

"""Check of exercise 03: lasso_sweep (one cyclic pass, soft-thresholding at n * alpha, fresh residual)."""

import numpy as np

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _random(seed: int, n: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3.0, size=d)  # columns on different scales
    X[:, 1] += 0.8 * X[:, 0]  # two correlated columns
    w = np.zeros(d)
    w[:3] = [1.5, -2.0, 0.7]
    return X, X @ w + 0.5 * rng.normal(size=n)


def cases() -> list[Case]:
    diabetes = load_diabetes()
    X, y = _random(1, 40, 5)
    Xz, yz = _random(4, 25, 4)
    Xz[:, 2] = 0.0
    return [
        Case(
            "one feature: X = [[1], [2]], y = [1, 2], alpha = 0.5: expect [0.8]",
            (np.array([[1.0], [2.0]]), np.array([1.0, 2.0]), np.array([0.0]), 0.5),
        ),
        Case(
            "two correlated features by hand, alpha = 0.1",
            (np.array([[1.0, 1.0], [2.0, 1.0], [3.0, 2.0]]), np.array([1.0, 2.0, 2.0]), np.zeros(2), 0.1),
        ),
        Case("random 40×5 from w = 0, alpha = 0.1, seed 1", (X, y, np.zeros(5), 0.1)),
        Case(
            "random 40×5 from a warm start, alpha = 0.3, seed 1",
            (X, y, np.array([1.0, -1.0, 0.5, 0.2, -0.4]), 0.3),
        ),
        Case(
            "alpha = 0: coordinate descent for least squares, seed 1",
            (X, y, np.array([0.5, 0.5, 0.5, 0.5, 0.5]), 0.0),
        ),
        Case(
            "a large alpha: every weight becomes 0, seed 1",
            (X, y, np.array([1.0, -1.0, 0.5, 0.2, -0.4]), 100.0),
        ),
        Case(
            "a column of zeros (the third), alpha = 0.05, seed 4",
            (Xz, yz, np.array([0.1, 0.2, 0.3, 0.4]), 0.05),
        ),
        Case(
            "diabetes: 442 patients, 10 features, from w = 0, alpha = 0.1",
            (diabetes.data, diabetes.target, np.zeros(10), 0.1),
        ),
        Case(
            "diabetes from a warm start, alpha = 0.01",
            (diabetes.data, diabetes.target, np.linspace(-100.0, 100.0, 10), 0.01),
        ),
    ]


def _soft(z: float, t: float) -> float:
    return float(np.sign(z) * max(abs(z) - t, 0.0))


def _update_all(X, y, w, alpha, update, *, stale=False):
    w = w.astype(float)
    w_start = w.copy()
    for j in range(X.shape[1]):
        norm2 = X[:, j] @ X[:, j]
        if norm2 == 0.0:
            w[j] = 0.0
            continue
        current = w_start if stale else w
        rho = X[:, j] @ (y - X @ current + X[:, j] * current[j])
        w[j] = update(rho, norm2, X.shape[0], alpha)
    return w


def ridge_update(X, y, w, alpha):
    return _update_all(X, y, w, alpha, lambda rho, norm2, n, a: rho / (norm2 + 2 * n * a))


def no_division_by_norm(X, y, w, alpha):
    return _update_all(X, y, w, alpha, lambda rho, norm2, n, a: _soft(rho, n * a))


def threshold_not_scaled_by_n(X, y, w, alpha):
    return _update_all(X, y, w, alpha, lambda rho, norm2, n, a: _soft(rho, a) / norm2)


def stale_residual(X, y, w, alpha):
    return _update_all(X, y, w, alpha, lambda rho, norm2, n, a: _soft(rho, n * a) / norm2, stale=True)


CHECK = Check(
    function="lasso_sweep",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-10),
    mutants=[
        Mutant(
            ridge_update,
            "Your update rho / (||X_j||² + 2 n alpha) only shrinks the weight and never makes it 0: "
            "that is the coordinate update of an L2 (ridge) penalty. The L1 penalty soft-thresholds "
            "rho at n * alpha.",
        ),
        Mutant(
            no_division_by_norm,
            "You forgot to divide by the column's squared norm X[:, j] @ X[:, j]: the soft-thresholded "
            "rho is the new weight times that norm (they agree only for columns of norm 1).",
        ),
        Mutant(
            threshold_not_scaled_by_n,
            "You thresholded at alpha instead of n * alpha: the 1/(2n) in front of the squared error "
            "means the penalty weighs n times more against rho = X[:, j] @ r.",
        ),
        Mutant(
            stale_residual,
            "You computed every update from the residual at the start of the sweep: coordinate "
            "descent uses the weights already updated in this sweep, so refresh the residual "
            "after each change.",
        ),
    ],
)

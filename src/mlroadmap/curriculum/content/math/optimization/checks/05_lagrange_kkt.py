"""Check of exercise 05: equality_qp (the KKT system of an equality-constrained quadratic)."""

import numpy as np

from mlroadmap.algorithms.optimize import minimize_equality_qp
from mlroadmap.datasets import load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _random(seed: int, d: int, k: int) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    M = rng.normal(size=(d, d))
    return M @ M.T + 0.5 * np.eye(d), rng.normal(size=d), rng.normal(size=(k, d)), rng.normal(size=k)


def cases() -> list[Case]:
    iris = load_iris()
    covariance = np.cov(iris.data, rowvar=False)
    point = np.array([3.0, -1.0, 2.0])
    normal = np.array([[1.0, 2.0, 2.0]])
    return [
        Case(
            "by hand: min x² + y² with x + y = 1: x = [1/2, 1/2], lam = [-1]",
            (2 * np.eye(2), np.zeros(2), np.array([[1.0, 1.0]]), np.array([1.0])),
        ),
        Case(
            "iris: the mix of the 4 measurements with the least variance, weights summing to 1 "
            "(Q = 2 × covariance, c = 0)",
            (2 * covariance, np.zeros(4), np.ones((1, 4)), np.array([1.0])),
        ),
        Case(
            "the point of the plane x + 2y + 2z = 3 closest to (3, -1, 2): Q = 2I, so a projection",
            (2 * np.eye(3), -2 * point, normal, np.array([3.0])),
        ),
        Case("random, 3 variables, 1 constraint, seed 1", _random(1, 3, 1)),
        Case("random, 6 variables, 3 constraints, seed 2", _random(2, 6, 3)),
        Case("random, k = d = 3: the constraints alone fix x, seed 3", _random(3, 3, 3)),
    ]


def projected(Q, c, A, b):
    free = np.linalg.solve(Q, -c)
    x = free - A.T @ np.linalg.solve(A @ A.T, A @ free - b)
    lam = np.linalg.lstsq(A.T, -(Q @ x + c), rcond=None)[0]
    return x, lam


def flipped_multipliers(Q, c, A, b):
    x, lam = minimize_equality_qp(Q, c, A, b)
    return x, -lam


def plus_c(Q, c, A, b):
    d, k = len(c), len(b)
    kkt = np.block([[Q, A.T], [A, np.zeros((k, k))]])
    solution = np.linalg.solve(kkt, np.concatenate([c, b]))
    return solution[:d], solution[d:]


def unconstrained(Q, c, A, b):
    return np.linalg.solve(Q, -c), np.zeros(len(b))


CHECK = Check(
    function="equality_qp",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-11),
    reference=minimize_equality_qp,
    mutants=[
        Mutant(
            projected,
            "You minimised without the constraints and then projected onto A x = b: that is right only "
            "when Q is a multiple of the identity. The constraint changes where the minimum lies; "
            "solve the KKT system for x and lam together.",
        ),
        Mutant(
            flipped_multipliers,
            "Your x is right but every multiplier has the wrong sign: with L = f + lam @ (A @ x - b), "
            "stationarity reads Q x + c + Aᵀ lam = 0, so the top block of the KKT matrix is [Q, A.T].",
        ),
        Mutant(
            plus_c,
            "The right-hand side of the KKT system starts with -c, not c: the gradient condition is "
            "Q x + c + Aᵀ lam = 0, so Q x + Aᵀ lam = -c.",
        ),
        Mutant(
            unconstrained,
            "You ignored the constraints: solve(Q, -c) is the unconstrained minimum, which in general "
            "breaks A x = b. Add the rows [A, 0] and the multipliers.",
        ),
    ],
)

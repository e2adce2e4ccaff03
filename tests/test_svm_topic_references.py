"""The svm topic's solutions against scikit-learn's SVC, its kernels and SciPy's optimiser.

Each solution is the grader's reference, so it is checked here against code that shares
none of it: ``sklearn.metrics.hinge_loss`` and central differences for the objective,
``sklearn.metrics.pairwise`` for the kernels, the ``intercept_`` of a fitted ``SVC`` for
the KKT intercept, and a general-purpose constrained optimiser (SLSQP) for the SMO step,
whose repeated use must also reach ``SVC``'s own multipliers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.optimize import minimize
from sklearn.metrics import hinge_loss
from sklearn.metrics.pairwise import linear_kernel, polynomial_kernel, rbf_kernel
from sklearn.svm import SVC

from conftest import topic_files
from mlroadmap.datasets import load_breast_cancer, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import load_module as _load

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/svm"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _binary(name: str):
    """Standardized two-class problems with labels -1 / +1."""
    if name == "iris":
        iris = load_iris()
        keep = iris.target > 0
        X, y = iris.data[keep][:, 2:], iris.target[keep] == 2
    elif name == "wine":
        wine = load_wine()
        keep = wine.target < 2
        X, y = wine.data[keep][:, [0, 9]], wine.target[keep] == 1
    else:
        cancer = load_breast_cancer()
        X, y = cancer.data[:150, :4], cancer.target[:150] == 1
    return (X - X.mean(axis=0)) / X.std(axis=0), np.where(y, 1.0, -1.0)


# ---------------------------------------------------------------- hinge objective


def test_hinge_objective_matches_sklearn_hinge_loss_and_finite_differences() -> None:
    check, objective = _check("01_hinge.py"), _solution("01_hinge.py")
    rng = np.random.default_rng(61)
    X, y = _binary("wine")
    extra = [
        Case(f"wine, random w, seed 61, C = {C}", (rng.normal(size=2), float(rng.normal()), X, y, C))
        for C in (0.1, 5.0)
    ]
    for case in [*check.cases(), *extra]:
        w, b, X, y, C = case.args
        J, grad_w, grad_b = _call(objective, case)
        expected_J = 0.5 * w @ w + C * len(y) * hinge_loss(y, X @ w + b)
        assert compare(float(expected_J), J, check.rule) is None, case.name
        margins = y * (X @ w + b)
        if np.abs(margins - 1).min() < 1e-4:
            continue  # at a kink the derivative is not defined: only the value is compared
        h = 1e-6

        def f(w_, b_, X=X, y=y, C=C):
            return 0.5 * w_ @ w_ + C * np.maximum(0, 1 - y * (X @ w_ + b_)).sum()

        numeric_w = [(f(w + h * e, b) - f(w - h * e, b)) / (2 * h) for e in np.eye(len(w))]
        numeric_b = (f(w, b + h) - f(w, b - h)) / (2 * h)
        np.testing.assert_allclose(grad_w, numeric_w, rtol=1e-6, atol=1e-6, err_msg=case.name)
        assert abs(grad_b - numeric_b) < 1e-6 * (1 + abs(numeric_b)), case.name


@pytest.mark.parametrize("C", [0.1, 1.0, 10.0])
def test_hinge_objective_is_smallest_at_the_svc_solution(C: float) -> None:
    objective = _solution("01_hinge.py")
    X, y = _binary("iris")
    model = SVC(kernel="linear", C=C, tol=1e-8).fit(X, y)
    w, b = model.coef_[0], float(model.intercept_[0])
    best = objective(w, b, X, y, C)[0]
    rng = np.random.default_rng(62)
    for _ in range(200):
        dw, db = rng.normal(scale=0.05, size=2), float(rng.normal(scale=0.05))
        assert objective(w + dw, b + db, X, y, C)[0] >= best - 1e-6


# ---------------------------------------------------------------- kernels


def test_kernel_matrix_matches_sklearn_pairwise() -> None:
    check, kernel_matrix = _check("02_kernels.py"), _solution("02_kernels.py")
    rng = np.random.default_rng(63)
    extra = [
        Case(
            f"random, {kind}", (rng.normal(size=(9, 4)), rng.normal(size=(5, 4)), kind, gamma, degree, coef0)
        )
        for kind, gamma, degree, coef0 in [
            ("rbf", 0.01, 3, 0.0),
            ("rbf", 7.0, 3, 0.0),
            ("poly", 0.3, 4, -1.0),
            ("poly", 1.0, 1, 0.0),
        ]
    ]
    for case in [*check.cases(), *extra]:
        A, B, kind, gamma, degree, coef0 = case.args
        if kind == "rbf":
            expected = rbf_kernel(A.astype(float), B.astype(float), gamma=gamma)
        else:
            expected = polynomial_kernel(
                A.astype(float), B.astype(float), degree=degree, gamma=gamma, coef0=coef0
            )
        problem = compare(expected, _call(kernel_matrix, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


# ---------------------------------------------------------------- intercept


def _fitted(name: str, kernel: str, C: float, gamma: float = 0.5, degree: int = 2):
    X, y = _binary(name)
    model = SVC(kernel=kernel, C=C, gamma=gamma, degree=degree, coef0=1.0, tol=1e-10).fit(X, y)
    alpha = np.zeros(len(y))
    alpha[model.support_] = model.dual_coef_[0] * y[model.support_]  # dual_coef_ holds y_i alpha_i
    if kernel == "linear":
        K = linear_kernel(X)
    elif kernel == "rbf":
        K = rbf_kernel(X, gamma=gamma)
    else:
        K = polynomial_kernel(X, degree=degree, gamma=gamma, coef0=1.0)
    return model, alpha, y, K


@pytest.mark.parametrize(
    ("name", "kernel", "C"),
    [
        ("iris", "linear", 1.0),
        ("iris", "rbf", 10.0),
        ("wine", "rbf", 1.0),
        ("cancer", "poly", 0.5),
        ("cancer", "linear", 0.05),
    ],
)
def test_svm_intercept_matches_svc(name: str, kernel: str, C: float) -> None:
    intercept = _solution("03_intercept.py")
    model, alpha, y, K = _fitted(name, kernel, C)
    assert (alpha >= 0).all() and (alpha <= C).all()
    free = (alpha > 0) & (alpha < C)
    assert free.any() and (alpha == C).any(), "the case should have both free and bounded support vectors"
    # libsvm averages a gradient it updates step by step, so its rho carries some rounding
    assert abs(intercept(alpha, y, K, C) - model.intercept_[0]) <= 1e-6 * (1 + abs(model.intercept_[0]))
    # and the intercept is not the value a bounded support vector would give
    bounded = np.flatnonzero(alpha == C)
    values = y[bounded] - ((alpha * y) @ K)[bounded]
    assert np.abs(values - model.intercept_[0]).max() > 1e-3


def test_svm_intercept_on_the_check_cases_matches_a_loop() -> None:
    check, intercept = _check("03_intercept.py"), _solution("03_intercept.py")
    for case in check.cases():
        alpha, y, K, C = case.args
        values = [
            y[i] - sum(alpha[j] * y[j] * K[j, i] for j in range(len(y)))
            for i in range(len(y))
            if 0 < alpha[i] < C
        ]
        problem = compare(float(np.mean(values)), _call(intercept, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def test_check_dual_solver_reaches_the_svc_multipliers() -> None:
    """The check builds its cases from its own SMO; it must agree with libsvm."""
    solve_dual = _load(TOPIC / "checks" / "03_intercept.py").solve_dual
    for name, kernel, C in [("iris", "linear", 1.0), ("iris", "rbf", 10.0), ("wine", "rbf", 1.0)]:
        _, alpha, y, K = _fitted(name, kernel, C)
        # with duplicated samples the multipliers are not unique, the decision values are
        ours = (solve_dual(K, y, C) * y) @ K
        np.testing.assert_allclose(ours, (alpha * y) @ K, atol=1e-5 * max(C, 1.0), err_msg=name)


# ---------------------------------------------------------------- SMO step


def _pair_optimum(alpha, y, K, C, i, j) -> np.ndarray:
    """Maximise the dual over alpha_i and alpha_j (the others fixed) with SLSQP."""
    rest = alpha.astype(float).copy()
    target = y[i] * alpha[i] + y[j] * alpha[j]

    def negative_dual(pair: np.ndarray) -> float:
        a = rest.copy()
        a[[i, j]] = pair
        v = a * y
        return -(a.sum() - 0.5 * v @ K @ v)

    result = minimize(
        negative_dual,
        x0=alpha[[i, j]].astype(float),
        method="SLSQP",
        bounds=[(0.0, C), (0.0, C)],
        constraints=[{"type": "eq", "fun": lambda p: y[i] * p[0] + y[j] * p[1] - target}],
        options={"ftol": 1e-14, "maxiter": 200},
    )
    out = rest.copy()
    out[[i, j]] = result.x
    return out


def test_smo_step_reaches_the_exact_two_variable_optimum() -> None:
    check, step = _check("04_smo_step.py"), _solution("04_smo_step.py")
    rng = np.random.default_rng(64)
    X, y = _binary("cancer")
    K = rbf_kernel(X, gamma=0.3)
    extra = [
        Case(
            f"cancer RBF, random alpha, pair {i}, {j}",
            (rng.uniform(0, 1, size=150) * (rng.random(150) < 0.5), y, K, 1.0, i, j),
        )
        for i, j in rng.choice(150, size=(8, 2), replace=False)
    ]
    for case in [*check.cases(), *extra]:
        alpha, y_, K_, C, i, j = case.args
        got = _call(step, case)
        if K_[i, i] + K_[j, j] - 2 * K_[i, j] <= 0:
            np.testing.assert_array_equal(got, alpha, err_msg=case.name)
            continue
        np.testing.assert_allclose(got, _pair_optimum(alpha, y_, K_, C, i, j), atol=1e-6, err_msg=case.name)


def test_repeated_smo_steps_reach_svc_dual_coef() -> None:
    step = _solution("04_smo_step.py")
    for name, gamma, C in [("iris", 0.5, 1.0), ("wine", 1.0, 5.0)]:
        X, y = _binary(name)
        K = rbf_kernel(X, gamma=gamma)
        alpha = np.zeros(len(y))
        for _ in range(5000):  # the maximal violating pair each time
            score = y - (alpha * y) @ K
            up = ((y > 0) & (alpha < C)) | ((y < 0) & (alpha > 0))
            low = ((y > 0) & (alpha > 0)) | ((y < 0) & (alpha < C))
            i = np.flatnonzero(up)[np.argmax(score[up])]
            j = np.flatnonzero(low)[np.argmin(score[low])]
            if score[i] - score[j] < 1e-9:
                break
            alpha = step(alpha, y, K, C, int(i), int(j))
        model = SVC(kernel="rbf", gamma=gamma, C=C, tol=1e-10).fit(X, y)
        expected = np.zeros(len(y))
        expected[model.support_] = model.dual_coef_[0] * y[model.support_]
        # with duplicated samples the multipliers are not unique, the decision values are
        np.testing.assert_allclose((alpha * y) @ K, (expected * y) @ K, atol=1e-5 * C, err_msg=name)
        assert ((alpha >= 0) & (alpha <= C)).all() and abs(alpha @ y) < 1e-9

"""The SciPy topic's solutions against independent oracles.

Each solution file is the grader's reference, so a wrong solution would pass wrong
learners and fail right ones. Here every solution is compared with a route that
shares none of its code: closed-form truncated-normal moments for the integrals,
hand-counted tables with statsmodels' test and the incomplete gamma function for
the chi-square test, a profiled one-dimensional search for the curve fit (and exact
recovery of a noiseless curve), plain Python loops and scikit-learn's
nearest-neighbour regression for the sparse graph, and scikit-learn's
GaussianProcessRegressor and a dense NumPy solve for the Gaussian process. Each
comparison uses the exercise's own ``Rule``, on the check's cases and extra data.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy import optimize, special
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, ConstantKernel
from sklearn.neighbors import NearestNeighbors, kneighbors_graph
from statsmodels.stats.contingency_tables import Table

from conftest import topic_files
from mlroadmap.datasets import load_penguins
from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/programming/scipy"


_check, _solution = topic_files(TOPIC)


def _agree(file: str, oracle: Any, extra: list[Case] = ()) -> None:
    """The solution, called as the grader calls it, matches ``oracle`` under the check's rule."""
    check, solution = _check(file), _solution(file)
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args)
        got = call(solution, case)
        problem = compare(plain(expected), plain(got), check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"


# ---------------------------------------------------------------- 01 tail_mean


def truncated_mixture_mean(weights: np.ndarray, means: np.ndarray, sds: np.ndarray, c: float) -> float:
    """E[X | X > c] in closed form: each normal adds mu * Q(a) + sigma * phi(a), a = (c - mu) / sigma."""
    top = bottom = 0.0
    for w, m, s in zip(weights, means, sds, strict=True):
        a = (c - m) / s
        tail = 0.5 * math.erfc(a / math.sqrt(2.0))
        phi = math.exp(-0.5 * a * a) / math.sqrt(2.0 * math.pi)
        top += w * (m * tail + s * phi)
        bottom += w * tail
    return top / bottom


def test_tail_mean_matches_the_closed_form() -> None:
    rng = np.random.default_rng(21)
    extra = []
    for k in (1, 2, 4):
        weights = rng.dirichlet(np.ones(k))
        means = rng.uniform(-5.0, 5.0, size=k)
        sds = rng.uniform(0.5, 3.0, size=k)
        c = float(rng.uniform(-3.0, 4.0))
        extra.append(Case(f"a random mixture of {k}, seed 21", (weights, means, sds, c)))
    extra.append(
        Case(
            "a wide and a narrow component",
            (np.array([0.9, 0.1]), np.array([0.0, 3.0]), np.array([5.0, 0.2]), 2.5),
        )
    )
    _agree("01_tail_mean.py", truncated_mixture_mean, extra)


def test_tail_mean_of_one_standard_normal_is_sqrt_two_over_pi() -> None:
    tail_mean = _solution("01_tail_mean.py")
    assert tail_mean(np.ones(1), np.zeros(1), np.ones(1), 0.0) == pytest.approx(
        math.sqrt(2 / math.pi), rel=1e-9
    )
    # far below the mass, the conditional mean is the mixture's mean (20 sds below it here; much
    # further, quad's change of variable on [c, inf) no longer sees the mass, as the lesson warns)
    weights, means, sds = np.array([0.3, 0.7]), np.array([10.0, 20.0]), np.array([1.0, 2.0])
    assert tail_mean(weights, means, sds, -10.0) == pytest.approx(weights @ means, rel=1e-9)


# ---------------------------------------------------------------- 02 chi2_independence


def chi2_by_hand(a: list, b: list) -> tuple[float, float, int]:
    """Counts in a Counter, expected counts from the margins, the p-value from the incomplete gamma."""
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    counts = Counter(pairs)
    rows, columns = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    total = len(pairs)
    statistic = 0.0
    for x in rows:
        for y in columns:
            expected = rows[x] * columns[y] / total
            statistic += (counts[(x, y)] - expected) ** 2 / expected
    dof = (len(rows) - 1) * (len(columns) - 1)
    return statistic, float(special.gammaincc(dof / 2, statistic / 2)), dof


def chi2_with_statsmodels(a: list, b: list) -> tuple[float, float, int]:
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    rows, columns = sorted({x for x, _ in pairs}), sorted({y for _, y in pairs})
    table = np.zeros((len(rows), len(columns)))
    for x, y in pairs:
        table[rows.index(x), columns.index(y)] += 1
    result = Table(table, shift_zeros=False).test_nominal_association()
    dof = int(result.df)
    return float(result.statistic), float(special.chdtrc(dof, result.statistic)), dof


@pytest.mark.parametrize("oracle", [chi2_by_hand, chi2_with_statsmodels])
def test_chi2_independence_matches_oracles(oracle: Any) -> None:
    penguins = load_penguins()
    rng = np.random.default_rng(31)
    labels = rng.choice(["a", "b", "c", None], size=200, p=[0.4, 0.3, 0.2, 0.1]).tolist()
    extra = [
        Case(
            "random labels with None against the species, seed 31", (labels, list(penguins["species"][:200]))
        ),
        Case(
            "year against island (years as text)",
            ([f"{y:.0f}" for y in penguins["year"]], list(penguins["island"])),
        ),
    ]
    _agree("02_chi2_independence.py", oracle, extra)


# ---------------------------------------------------------------- 03 fit_co2_growth


def profiled_fit(t: np.ndarray, y: np.ndarray) -> np.ndarray:
    """For a fixed r, the best A is a linear least-squares coefficient; search r alone, in one dimension."""
    excess, shifted = y - 280.0, t - 1958.0

    def best_A(r: float) -> float:
        e = np.exp(r * shifted)
        return float(e @ excess / (e @ e))

    def sse(r: float) -> float:
        return float(np.sum((excess - best_A(r) * np.exp(r * shifted)) ** 2))

    r = optimize.minimize_scalar(sse, bounds=(0.0, 0.1), method="bounded", options={"xatol": 1e-13}).x
    return np.array([best_A(r), r])


def test_fit_co2_growth_matches_a_profiled_search() -> None:
    rng = np.random.default_rng(41)
    t = np.linspace(1958.0, 2002.0, 200)
    extra = [
        Case(
            f"A = {A}, r = {r}, noise {noise} ppm, seed 41",
            (t, 280.0 + A * np.exp(r * (t - 1958.0)) + noise * rng.normal(size=t.size)),
        )
        for A, r, noise in [(20.0, 0.03, 0.5), (50.0, 0.01, 2.0), (35.0, 0.02, 0.0)]
    ]
    _agree("03_fit_co2_growth.py", profiled_fit, extra)


def test_fit_co2_growth_recovers_a_noiseless_curve_exactly() -> None:
    fit = _solution("03_fit_co2_growth.py")
    t = np.linspace(1960.0, 2000.0, 81)
    for A, r in [(40.0, 0.015), (25.0, 0.028), (60.0, 0.008)]:
        np.testing.assert_allclose(fit(t, 280.0 + A * np.exp(r * (t - 1958.0))), [A, r], rtol=1e-6)


# ---------------------------------------------------------------- 04 neighbour_average


def neighbour_average_by_loops(
    rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, values: np.ndarray
) -> np.ndarray:
    total = [0.0] * len(values)
    weight = [0.0] * len(values)
    for i, j, w in zip(rows.tolist(), cols.tolist(), weights.tolist(), strict=True):
        total[i] += w * values[j]
        weight[i] += w
    return np.array([t / w if w > 0 else 0.0 for t, w in zip(total, weight, strict=True)])


def test_neighbour_average_matches_python_loops() -> None:
    rng = np.random.default_rng(51)
    extra = []
    for n, m in [(1, 3), (7, 40), (60, 500)]:
        rows, cols = rng.integers(0, n, size=m), rng.integers(0, n, size=m)  # many repeated edges
        extra.append(
            Case(
                f"{m} random edges on {n} nodes, seed 51",
                (rows, cols, rng.uniform(0.1, 2.0, m), rng.normal(size=n)),
            )
        )
    _agree("04_neighbour_average.py", neighbour_average_by_loops, extra)


def test_neighbour_average_on_a_knn_graph_is_knn_regression() -> None:
    """With scikit-learn's own neighbour graph, the sparse average is KNeighborsRegressor's prediction."""
    penguins = load_penguins()
    X = np.column_stack([penguins["bill_length_mm"], penguins["flipper_length_mm"]])
    keep = ~np.isnan(X).any(axis=1)
    X, mass = X[keep], penguins["body_mass_g"][keep]
    graph = kneighbors_graph(X, n_neighbors=7, include_self=False).tocoo()
    got = _solution("04_neighbour_average.py")(graph.row, graph.col, graph.data, mass)
    _, neighbours = NearestNeighbors(n_neighbors=7).fit(X).kneighbors()  # without X: each point's others
    np.testing.assert_allclose(got, mass[neighbours].mean(axis=1), rtol=1e-12)


# ---------------------------------------------------------------- 05 gp_posterior


def gp_with_sklearn(x_train, y_train, x_test, length_scale, signal_sd, noise_sd):
    kernel = ConstantKernel(signal_sd**2, "fixed") * RBF(length_scale, "fixed")
    model = GaussianProcessRegressor(kernel, alpha=noise_sd**2, optimizer=None)
    mu = y_train.mean()
    model.fit(x_train[:, None], y_train - mu)
    mean, sd = model.predict(x_test[:, None], return_std=True)
    return mu + mean, sd


def gp_with_dense_solve(x_train, y_train, x_test, length_scale, signal_sd, noise_sd):
    def k(a, b):
        return signal_sd**2 * np.exp(-(np.subtract.outer(a, b) ** 2) / (2 * length_scale**2))

    K = k(x_train, x_train) + noise_sd**2 * np.eye(len(x_train))
    K_s = k(x_test, x_train)
    mu = y_train.mean()
    mean = mu + K_s @ np.linalg.solve(K, y_train - mu)
    covariance = k(x_test, x_test) - K_s @ np.linalg.solve(K, K_s.T)
    return mean, np.sqrt(np.clip(np.diag(covariance), 0.0, None))


@pytest.mark.parametrize("oracle", [gp_with_sklearn, gp_with_dense_solve])
def test_gp_posterior_matches_oracles(oracle: Any) -> None:
    rng = np.random.default_rng(61)
    x = np.sort(rng.uniform(0.0, 10.0, 30))
    y = np.sin(x) + 0.2 * rng.normal(size=30) + 5.0
    extra = [
        Case("a noisy sine, seed 61", (x, y, np.linspace(-2.0, 12.0, 50), 1.3, 1.0, 0.2)),
        Case("a noisy sine, long length scale", (x, y, np.linspace(-2.0, 12.0, 50), 5.0, 2.0, 0.5)),
    ]
    _agree("05_gp_posterior.py", oracle, extra)


def test_gp_posterior_returns_to_the_prior_far_away() -> None:
    gp = _solution("05_gp_posterior.py")
    x, y = np.array([0.0, 1.0, 2.0]), np.array([3.0, 4.0, 8.0])
    mean, sd = gp(x, y, np.array([1e3]), 0.7, 2.5, 0.1)
    assert mean[0] == pytest.approx(y.mean(), rel=1e-12) and sd[0] == pytest.approx(2.5, rel=1e-12)


# ---------------------------------------------------------------- the oracles can tell


ORACLES = {
    "01_tail_mean.py": truncated_mixture_mean,
    "02_chi2_independence.py": chi2_by_hand,
    "03_fit_co2_growth.py": profiled_fit,
    "04_neighbour_average.py": neighbour_average_by_loops,
    "05_gp_posterior.py": gp_with_dense_solve,
}


@pytest.mark.parametrize("file", ORACLES)
def test_every_oracle_rejects_every_mutant(file: str) -> None:
    """The oracles are strict enough to fail: each known mistake disagrees with them somewhere."""
    check = _check(file)
    expected = [plain(ORACLES[file](*case.args)) for case in check.cases()]
    for mutant in check.mutants:
        got = [plain(call(mutant.function, case)) for case in check.cases()]
        assert any(compare(e, g, check.rule) is not None for e, g in zip(expected, got, strict=True)), (
            f"{file}: the oracle agrees with the mutant {mutant.function.__name__}"
        )

"""Check of exercise 04: neighbour_average (a sparse matrix from triplets, duplicates summed, W @ v)."""

import numpy as np
from scipy import sparse

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _standardized(columns: list[str], species: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The penguins measured on every column (of one species), standardized; and the row mask."""
    penguins = load_penguins()
    X = np.column_stack([penguins[c] for c in columns])
    keep = ~np.isnan(X).any(axis=1) & ~np.isnan(penguins["body_mass_g"])
    if species is not None:
        keep &= penguins["species"] == species
    X = X[keep]
    return (X - X.mean(axis=0)) / X.std(axis=0), keep


def _knn_edges(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each point -> its k nearest other points (ties by index), with the squared distances."""
    d2 = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)
    np.fill_diagonal(d2, np.inf)
    nearest = np.argsort(d2, axis=1, kind="stable")[:, :k]
    rows = np.repeat(np.arange(len(X)), k)
    cols = nearest.ravel()
    return rows, cols, d2[rows, cols]


def cases() -> list[Case]:
    penguins = load_penguins()
    bills, keep = _standardized(["bill_length_mm", "bill_depth_mm"], "Adelie")
    rows, cols, _ = _knn_edges(bills, 5)
    adelie_mass = penguins["body_mass_g"][keep]

    every, keep_all = _standardized(["bill_length_mm", "bill_depth_mm", "flipper_length_mm"])
    by_bill = _knn_edges(every[:, :2], 3)
    by_flipper = _knn_edges(every[:, 2:], 3)
    union_rows = np.concatenate([by_bill[0], by_flipper[0]])
    union_cols = np.concatenate([by_bill[1], by_flipper[1]])

    gentoo, keep_gentoo = _standardized(["flipper_length_mm", "body_mass_g"], "Gentoo")
    g_rows, g_cols, g_d2 = _knn_edges(gentoo, 4)

    return [
        Case(
            "4 nodes by hand: 0->1 twice (weight 1 each), 0->2 (3), 2->0 (2); expect [26, 0, 10, 0]",
            (
                np.array([0, 0, 0, 2]),
                np.array([1, 2, 1, 0]),
                np.array([1.0, 3.0, 1.0, 2.0]),
                np.array([10.0, 20.0, 30.0, 40.0]),
            ),
        ),
        Case(
            "the 5 nearest Adelie by bill shape, weight 1: their mean body mass",
            (rows, cols, np.ones(len(rows)), adelie_mass),
        ),
        Case(
            "two 3-NN graphs joined (by bill, by flipper): edges both find count twice",
            (union_rows, union_cols, np.ones(len(union_rows)), penguins["body_mass_g"][keep_all]),
        ),
        Case(
            "the 4 nearest Gentoo by flipper and mass, weights exp(-d²)",
            (g_rows, g_cols, np.exp(-g_d2), penguins["bill_length_mm"][keep_gentoo]),
        ),
        Case(
            "no edge at all: every node gets 0",
            (np.zeros(0, dtype=int), np.zeros(0, dtype=int), np.zeros(0), np.array([1.0, 2.0, 3.0])),
        ),
    ]


def last_duplicate_wins(
    rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, values: np.ndarray
) -> np.ndarray:
    n = len(values)
    W = np.zeros((n, n))
    W[rows, cols] = weights  # a repeated (i, j) keeps only its last weight
    degree = W.sum(axis=1)
    return np.divide(W @ values, degree, out=np.zeros(n), where=degree > 0)


def _sparse_average(W: sparse.csr_array, values: np.ndarray) -> np.ndarray:
    degree = W.sum(axis=1)
    return np.divide(W @ values, degree, out=np.zeros(len(values)), where=degree > 0)


def transposed(rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, values: np.ndarray) -> np.ndarray:
    n = len(values)
    return _sparse_average(sparse.csr_array((weights, (cols, rows)), shape=(n, n)), values)


def weights_ignored(
    rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, values: np.ndarray
) -> np.ndarray:
    n = len(values)
    return _sparse_average(sparse.csr_array((np.ones(len(rows)), (rows, cols)), shape=(n, n)), values)


def zero_over_zero(rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, values: np.ndarray) -> np.ndarray:
    n = len(values)
    W = sparse.csr_array((weights, (rows, cols)), shape=(n, n))
    with np.errstate(divide="ignore", invalid="ignore"):
        return (W @ values) / W.sum(axis=1)


CHECK = Check(
    function="neighbour_average",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    mutants=[
        Mutant(
            last_duplicate_wins,
            "A repeated edge kept only one of its weights: assigning W[rows, cols] = weights keeps the "
            "last of each repeated (i, j). Build the matrix from the triplets, "
            "csr_array((weights, (rows, cols)), shape=(n, n)), which adds the duplicates up.",
        ),
        Mutant(
            transposed,
            "You averaged over the nodes that point TO each node: rows[e] is where edge e starts, so it "
            "is the row index, (weights, (rows, cols)), and W @ values sums along each row.",
        ),
        Mutant(
            weights_ignored,
            "You counted every edge as 1: multiply by the weights, and divide by their sum rather than "
            "by the number of edges.",
        ),
        Mutant(
            zero_over_zero,
            "A node without outgoing edges gets 0 / 0 = NaN: give it 0, for instance with "
            "np.divide(..., out=np.zeros(n), where=degree > 0).",
        ),
    ],
)

"""Check of exercise 03: best_degree (the degree with the smallest validation MSE)."""

import numpy as np

from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _sine(seed: int, n_train: int, n_val: int, noise: float) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, size=n_train + n_val)
    y = np.sin(3.0 * x) + noise * rng.normal(size=x.size)
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:]


def _real(x: np.ndarray, y: np.ndarray, n_train: int, seed: int) -> tuple[np.ndarray, ...]:
    perm = np.random.default_rng(seed).permutation(x.size)
    x = (x - x.mean()) / x.std()
    return x[perm[:n_train]], y[perm[:n_train]], x[perm[n_train:]], y[perm[n_train:]]


def cases() -> list[Case]:
    diabetes = load_diabetes()
    penguins = load_penguins()
    keep = ~np.isnan(penguins["bill_length_mm"]) & ~np.isnan(penguins["bill_depth_mm"])
    return [
        Case(
            "6 noisy points on y = x², validated on 3 exact ones: degree 2 wins among [0, 1, 2, 3]",
            (
                np.array([-2.0, -1.0, 0.0, 1.0, 2.0, 3.0]),
                np.array([4.2, 0.8, 0.1, 1.2, 3.8, 9.1]),
                np.array([-3.0, 0.5, 4.0]),
                np.array([9.0, 0.25, 16.0]),
                [0, 1, 2, 3],
            ),
        ),
        Case("noisy sine, degrees [1, 3, 5, 9], seed 1", (*_sine(1, 25, 40, 0.2), [1, 3, 5, 9])),
        Case("noisy sine, unsorted degrees [6, 2, 1, 4], seed 2", (*_sine(2, 30, 30, 0.3), [6, 2, 1, 4])),
        Case("a single degree: [2]", (*_sine(3, 15, 10, 0.3), [2])),
        Case(
            "diabetes: standardized BMI → progression, 40 training points, degrees 1 to 6, seed 0",
            (*_real(diabetes.data[:, 2], diabetes.target, 40, 0), [1, 2, 3, 4, 5, 6]),
        ),
        Case(
            "penguins: standardized bill length → depth, 60 training points, degrees [0, 1, 2, 3, 7], seed 4",
            (
                *_real(penguins["bill_length_mm"][keep], penguins["bill_depth_mm"][keep], 60, 4),
                [0, 1, 2, 3, 7],
            ),
        ),
    ]


def _mse(x_fit, y_fit, x_eval, y_eval, p):
    return np.mean((np.polyval(np.polyfit(x_fit, y_fit, p), x_eval) - y_eval) ** 2)


def chosen_by_training_error(x_train, y_train, x_val, y_val, degrees):
    errors = [_mse(x_train, y_train, x_train, y_train, p) for p in degrees]
    return int(degrees[int(np.argmin(errors))])


def position_not_degree(x_train, y_train, x_val, y_val, degrees):
    return int(np.argmin([_mse(x_train, y_train, x_val, y_val, p) for p in degrees]))


CHECK = Check(
    function="best_degree",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0),
    mutants=[
        Mutant(
            chosen_by_training_error,
            "You chose the degree with the smallest training error, which is always one of the largest "
            "degrees: compare the errors on the validation data instead.",
        ),
        Mutant(
            position_not_degree,
            "You returned the position of the smallest error in the list: return the degree at that "
            "position, degrees[i].",
        ),
    ],
)

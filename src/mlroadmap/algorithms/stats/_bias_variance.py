r"""The bias–variance decomposition, estimated by simulation.

Fix a true function f, training inputs and test inputs. Draw many training sets
:math:`y = f(x) + \varepsilon` with :math:`\varepsilon \sim N(0, \sigma^2)`, fit the model to each, and
predict at the test inputs. At every test point, with :math:`\bar{y}(x)` the average
prediction over training sets:

- :math:`\mathrm{bias}^2 = (\bar{y}(x) - f(x))^2`: how far the average model is from the truth;
- :math:`\mathrm{variance} = \mathrm{mean}_d (\hat{y}_d(x) - \bar{y}(x))^2`: how much the fit moves
  with the training set;
- :math:`\mathrm{noise} = \sigma^2`: what no model can predict.

Their sum is the expected squared error on a fresh noisy test target,
:math:`E[(\hat{y} - y)^2] = \mathrm{bias}^2 + \mathrm{variance} + \sigma^2`, which is also
simulated (``expected_mse``) so the identity can be seen to hold. Everything is averaged
over the test points.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np

from mlroadmap.algorithms.stats._checks import count, real, rng, sample_1d


class BiasVariance(NamedTuple):
    bias2: float
    variance: float
    noise: float
    expected_mse: float
    predictions: np.ndarray
    """Shape (n_datasets, n_test): one row of test predictions per training set."""


def polynomial_fit_predict(degree: int) -> Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]:
    """A least-squares polynomial of ``degree`` as ``fit_predict(x_train, y_train, x_test)``.

    ``np.polynomial.Polynomial.fit`` maps x to [-1, 1] first, which keeps high degrees
    well conditioned.
    """
    degree = count(degree, "degree")

    def fit_predict(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray) -> np.ndarray:
        return np.polynomial.Polynomial.fit(x_train, y_train, degree)(x_test)

    fit_predict.__name__ = f"polynomial_degree_{degree}"
    return fit_predict


def bias_variance(
    fit_predict: Callable[[np.ndarray, np.ndarray, np.ndarray], Any],
    true_function: Callable[[np.ndarray], Any],
    x_train: Any,
    x_test: Any,
    noise_std: float,
    n_datasets: int = 500,
    random_state: Any = None,
) -> BiasVariance:
    """Bias², variance, noise and the simulated expected test MSE of a model (see the module docstring).

    ``fit_predict(x_train, y_train, x_test)`` fits on one training set and returns the
    predictions at ``x_test``. Each of the ``n_datasets`` training sets gets fresh noise of
    standard deviation ``noise_std`` on ``true_function(x_train)``; each also gets a fresh
    noisy test target at ``x_test`` for ``expected_mse``.
    """
    x_train, x_test = sample_1d(x_train, "x_train"), sample_1d(x_test, "x_test")
    noise_std = real(noise_std, "noise_std")
    if noise_std < 0:
        raise ValueError(f"noise_std must not be negative, got {noise_std!r}.")
    n_datasets = count(n_datasets, "n_datasets", minimum=2)
    generator = rng(random_state)
    f_train = np.asarray(true_function(x_train), dtype=np.float64)
    f_test = np.asarray(true_function(x_test), dtype=np.float64)
    train_noise = noise_std * generator.standard_normal((n_datasets, x_train.size))
    test_noise = noise_std * generator.standard_normal((n_datasets, x_test.size))
    predictions = np.empty((n_datasets, x_test.size))
    for d in range(n_datasets):  # one model per training set
        predictions[d] = fit_predict(x_train, f_train + train_noise[d], x_test)
    average = predictions.mean(axis=0)
    bias2 = float(((average - f_test) ** 2).mean())
    variance = float(((predictions - average) ** 2).mean())
    expected_mse = float(((predictions - (f_test + test_noise)) ** 2).mean())
    return BiasVariance(bias2, variance, noise_std**2, expected_mse, predictions)

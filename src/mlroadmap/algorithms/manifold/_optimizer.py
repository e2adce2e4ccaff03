r"""Gradient descent with momentum and per-parameter gains, the optimiser of t-SNE.

Each step (van der Maaten & Hinton 2008; Jacobs' delta-bar-delta rule):

.. math::

    g \leftarrow \begin{cases} g + 0.2 & \text{if the gradient kept its sign} \\
                               0.8\, g & \text{if it flipped} \end{cases},\quad
    g \leftarrow \max(g, g_{\min}), \qquad
    u \leftarrow \mu u - \eta\, (g \circ \nabla C), \qquad y \leftarrow y + u.

"Kept its sign" reads off the last update: :math:`u` points against the previous gradient,
so :math:`u \circ \nabla C < 0` means the new gradient agrees with the previous one.
The cost is evaluated every ``n_iter_check`` steps (and at the last one): the run stops when
it has not improved for ``n_iter_without_progress`` steps, or when the gradient's norm
falls to ``min_grad_norm``.
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

import numpy as np

Objective = Callable[[np.ndarray, bool], tuple[float, np.ndarray]]


def gradient_descent(
    objective: Objective,
    params: np.ndarray,
    *,
    start: int,
    max_iter: int,
    momentum: float,
    learning_rate: float,
    n_iter_without_progress: int,
    min_grad_norm: float,
    n_iter_check: int = 50,
    min_gain: float = 0.01,
    verbose: int = 0,
) -> tuple[np.ndarray, float, int]:
    """Steps ``start`` to ``max_iter - 1`` from ``params``; ``objective(params, compute_error)``
    returns the cost (NaN when not asked for) and the gradient.

    Returns the parameters, the last cost computed and the index of the last step taken
    (the counting scikit-learn uses: ``max_iter - 1`` after a full run).
    """
    params = params.copy()
    update = np.zeros_like(params)
    gains = np.ones_like(params)
    error = best_error = np.finfo(np.float64).max
    best_iter = i = start
    tic = perf_counter()
    for i in range(start, max_iter):
        check = (i + 1) % n_iter_check == 0
        error, gradient = objective(params, check or i == max_iter - 1)
        agrees = update * gradient < 0.0
        gains = np.where(agrees, gains + 0.2, gains * 0.8)
        np.maximum(gains, min_gain, out=gains)
        gradient *= gains
        update *= momentum
        update -= learning_rate * gradient
        params += update
        if not check:
            continue
        grad_norm = float(np.linalg.norm(gradient))
        if verbose >= 2:
            toc = perf_counter()
            print(
                f"[t-SNE] Iteration {i + 1}: error = {error:.7f}, gradient norm = {grad_norm:.7f} "
                f"({n_iter_check} iterations in {toc - tic:.3f}s)"
            )
            tic = toc
        if error < best_error:
            best_error, best_iter = error, i
        elif i - best_iter > n_iter_without_progress:
            if verbose >= 2:
                print(f"[t-SNE] Iteration {i + 1}: no progress in the last {n_iter_without_progress} steps.")
            break
        if grad_norm <= min_grad_norm:
            if verbose >= 2:
                print(f"[t-SNE] Iteration {i + 1}: gradient norm {grad_norm:f}. Finished.")
            break
    return params, error, i

r"""The link functions and losses of gradient boosting, in NumPy.

Binary log-loss works on the log-odds :math:`F`, with :math:`p = \sigma(F) = 1/(1+e^{-F})`;
the multinomial one on :math:`K` scores with :math:`p_k = e^{F_k} / \sum_j e^{F_j}` (softmax).
For both, the negative gradient of the loss with respect to the scores is :math:`y - p`.
"""

from __future__ import annotations

import numpy as np


def sigmoid(raw: np.ndarray) -> np.ndarray:
    r""":math:`\sigma(F) = 1/(1 + e^{-F})`, as :math:`e^{-\log(1 + e^{-F})}`, which never overflows."""
    return np.exp(-np.logaddexp(0.0, -raw))


def softmax(raw: np.ndarray) -> np.ndarray:
    """Row-wise softmax; subtracting the row maximum first keeps the exponentials finite."""
    shifted = np.exp(raw - raw.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def probabilities(raw: np.ndarray) -> np.ndarray:
    """Class probabilities from the scores: sigmoid for one column (binary), softmax otherwise."""
    if raw.shape[1] == 1:
        positive = sigmoid(raw[:, 0])
        return np.column_stack([1.0 - positive, positive])
    return softmax(raw)


def log_loss(targets: np.ndarray, raw: np.ndarray, sample_weight: np.ndarray) -> float:
    r"""Weighted mean cross-entropy :math:`-\sum_k y_k \log p_k`, from the scores directly
    (:math:`\log p = F - \log\sum e^F`, with :math:`F = (0, F)` in the binary case)."""
    scores = np.column_stack([np.zeros(len(raw)), raw]) if raw.shape[1] == 1 else raw
    top = scores.max(axis=1, keepdims=True)
    log_p = scores - (top + np.log(np.exp(scores - top).sum(axis=1, keepdims=True)))
    one_hot = np.column_stack([1.0 - targets[:, 0], targets[:, 0]]) if raw.shape[1] == 1 else targets
    return float(np.average(-(one_hot * log_p).sum(axis=1), weights=sample_weight))


def squared_error(targets: np.ndarray, raw: np.ndarray, sample_weight: np.ndarray) -> float:
    """Weighted mean squared error."""
    return float(np.average(((targets - raw) ** 2).sum(axis=1), weights=sample_weight))

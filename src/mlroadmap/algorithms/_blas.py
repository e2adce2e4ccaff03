"""Holding BLAS to one thread around loops that are parallel, or too small to share, already."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from typing import Any


@functools.cache
def _blas_controller() -> Any:
    """``threadpoolctl``'s view of the loaded BLAS libraries (built once, imported lazily)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextlib.contextmanager
def single_threaded_blas() -> Iterator[None]:
    """Hold BLAS at one thread while the block runs.

    For the products of the k-NN search and the SVC kernel (a block of rows, a Gram
    matrix of a few thousand samples), handing work to BLAS's threads costs more than it
    saves when the cores are busy, and inside our own thread pool (``neighbors._brute``)
    it would oversubscribe them. scikit-learn limits BLAS the same way around its own
    parallel loops.
    """
    with _blas_controller().limit(limits=1, user_api="blas"):
        yield

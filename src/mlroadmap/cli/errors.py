"""Learner mistakes become one clear sentence and a non-zero exit code."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

USAGE = 2  # a mistake in how mlroadmap was called
PROGRESS_PROBLEM = 3  # the workspace or its progress database cannot be used as it is


class UserError(Exception):
    """Shown to the learner as one sentence; ``code`` is the exit code."""

    def __init__(self, message: str, code: int = USAGE) -> None:
        super().__init__(message)
        self.code = code


def unknown(kind: str, given: str, known: Iterable[str], listing: str) -> UserError:
    """``unknown exercise 'numpy/standardise'; did you mean 'numpy/standardize'?``"""
    known = list(known)
    close = difflib.get_close_matches(given, known, n=3, cutoff=0.5)
    close += [k for k in known if given and given in k and k not in close][: 3 - len(close)]
    suggestion = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else f"; see `{listing}`"
    return UserError(f"unknown {kind} {given!r}{suggestion}")

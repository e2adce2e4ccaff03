"""What a check spec declares: the cases, how to compare, and the known-wrong variants.

Each exercise has a trusted check module (``checks/NN_name.py`` in its topic folder)
that defines ``CHECK = Check(...)``. The learner's code never sees this module: the
grader builds the inputs here, sends them to the sandboxed child, and compares the
plain values that come back with the reference's output.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Case:
    """One call of the learner's function.

    ``name`` is shown to the learner ("random 50x3 matrix, seed 0"), so it should say
    what is special about the case. ``args`` and ``kwargs`` hold plain values only:
    NumPy arrays, Python numbers, strings, None, and lists/tuples of those.
    """

    name: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """How a returned value is compared with the expected one.

    Arrays and floats are compared with ``|got - expected| <= atol + rtol * |expected|``,
    NaN equal to NaN. ``dtype_kind`` also requires the same kind of dtype
    (``b`` bool, ``i``/``u`` integer, ``f`` float), for results such as boolean masks
    or integer labels where a float array would be a real mistake.
    """

    rtol: float = 1e-7
    atol: float = 1e-9
    dtype_kind: bool = False


@dataclass(frozen=True)
class Mutant:
    """A known-wrong variant of the solution and the mistake it stands for.

    When the learner's outputs match the mutant's outputs on every case (and the
    reference disagrees somewhere), the verdict names the mistake with ``message``.
    """

    function: Callable[..., Any]
    message: str


@dataclass(frozen=True)
class Check:
    """The check of one exercise.

    ``function``  the name the learner's file must define.
    ``cases``     a function returning the cases; it must be deterministic
                  (fixed seeds), because the grader may call it more than once.
    ``reference`` the trusted implementation giving the expected values. ``None``
                  means the topic's solution file for this exercise.
    ``mutants``   misconception detectors, most specific first.
    ``may_modify_inputs``  allow the function to change its arguments in place
                  (by default doing so is a failure with its own message).
    ``driver``    how a case is run when the learner writes more than a function
                  (a class, an iterator): ``driver(defined, *args, **kwargs)`` gets
                  what the file defines under ``function`` and returns the plain
                  values to grade (e.g. the results of a script of method calls).
                  It runs inside the sandbox for the learner's code, and on the
                  reference and the mutants alike.
    ``view``      what of a returned value is graded: a function of the plain value
                  (e.g. a plot description reduced to its title and data, or a
                  result set with its rows put in order), applied alike to the
                  reference's, the mutants' and the learner's results.
    """

    function: str
    cases: Callable[[], Sequence[Case]]
    rule: Rule = Rule()
    reference: Callable[..., Any] | None = None
    mutants: Sequence[Mutant] = ()
    may_modify_inputs: bool = False
    driver: Callable[..., Any] | None = None
    view: Callable[[Any], Any] | None = None

    def seen(self, value: Any) -> Any:
        """A returned value as it is graded: made plain, then passed through ``view``.

        A view that cannot read the value (the learner returned something else
        entirely) leaves it as it is, so the comparison can say what came back.
        """
        from mlroadmap.grading.plain import plain

        value = plain(value)
        if self.view is None or value is None:
            return value
        try:
            return self.view(value)
        except Exception:
            return value

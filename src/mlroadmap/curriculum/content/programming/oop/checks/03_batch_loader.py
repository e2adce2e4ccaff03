"""Check of exercise 03: BatchLoader (an iterable of batches, len, drop_last, reusable)."""

import itertools
import math
from collections.abc import Iterator, Sequence
from typing import Any

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant


def script(BatchLoader: Any, data: list[Any], batch_size: int, drop_last: bool) -> Any:
    """Two epochs, then two loops side by side; a marker when creating it raises ValueError."""
    try:
        loader = BatchLoader(data, batch_size, drop_last=drop_last)
    except ValueError:
        return "raises ValueError"
    limit = len(data) + 2  # more batches than that means the loader never stops

    def one_pass() -> list[list[Any]]:
        return [list(batch) for batch in itertools.islice(iter(loader), limit)]

    return {
        "len(loader)": len(loader),
        "first pass": one_pass(),
        "second pass": one_pass(),
        "zip(loader, loader)": [
            [list(x), list(y)] for x, y in itertools.islice(zip(loader, loader, strict=False), limit)
        ],
    }


def cases() -> list[Case]:
    species = load_penguins()["species"].tolist()
    return [
        Case("[1, 2, 3, 4, 5] in batches of 2: expect [[1, 2], [3, 4], [5]]", ([1, 2, 3, 4, 5], 2, False)),
        Case("[1, 2, 3, 4, 5] in batches of 2, drop_last", ([1, 2, 3, 4, 5], 2, True)),
        Case("6 samples in batches of 3: nothing left over", (list(range(6)), 3, False)),
        Case("6 samples in batches of 3, drop_last: nothing to drop", (list(range(6)), 3, True)),
        Case("batch_size 1", (["a", "b", "c"], 1, False)),
        Case("batch_size larger than the data", ([1.5, 2.5, 3.5], 5, False)),
        Case("batch_size larger than the data, drop_last: no batch", ([1.5, 2.5, 3.5], 5, True)),
        Case("no data", ([], 4, False)),
        Case(
            "samples that are (features, label) pairs",
            ([[[0.1, 0.2], 0], [[0.3, 0.1], 1], [[0.9, 0.4], 1]], 2, False),
        ),
        Case("344 penguins in batches of 32: 11 batches", (species, 32, False)),
        Case("344 penguins in batches of 32, drop_last: 10 batches", (species, 32, True)),
        Case("batch_size 0: ValueError", ([1, 2, 3], 0, False)),
        Case("a negative batch_size: ValueError", ([1, 2, 3], -2, True)),
    ]


class _Reference:
    def __init__(self, data: Sequence[Any], batch_size: int, drop_last: bool = False) -> None:
        if batch_size < 1:
            raise ValueError("batch_size")
        self.data, self.batch_size, self.drop_last = data, batch_size, drop_last

    def __len__(self) -> int:
        full, rest = divmod(len(self.data), self.batch_size)
        return full if self.drop_last or rest == 0 else full + 1

    def _starts(self) -> range:
        return range(0, len(self) * self.batch_size, self.batch_size)

    def __iter__(self) -> Iterator[list[Any]]:
        for start in self._starts():
            yield list(self.data[start : start + self.batch_size])


class SinglePass(_Reference):
    """An iterator that is its own __iter__: the position is never reset."""

    def __init__(self, data: Sequence[Any], batch_size: int, drop_last: bool = False) -> None:
        super().__init__(data, batch_size, drop_last)
        self.position = 0

    def __iter__(self) -> "SinglePass":
        return self

    def __next__(self) -> list[Any]:
        if self.position >= len(self) * self.batch_size:
            raise StopIteration
        batch = list(self.data[self.position : self.position + self.batch_size])
        self.position += self.batch_size
        return batch


class LengthRoundsDown(_Reference):
    def __len__(self) -> int:
        return len(self.data) // self.batch_size

    def _starts(self) -> range:
        return range(0, len(self.data), self.batch_size) if not self.drop_last else super()._starts()


class LastBatchAlwaysKept(_Reference):
    def __len__(self) -> int:
        return math.ceil(len(self.data) / self.batch_size)


class LastBatchAlwaysDropped(_Reference):
    def __len__(self) -> int:
        return len(self.data) // self.batch_size


class LastBatchPadded(_Reference):
    def __iter__(self) -> Iterator[list[Any]]:
        for start in self._starts():
            batch = list(self.data[start : start + self.batch_size])
            missing = self.batch_size - len(batch)
            yield batch + list(self.data[:missing]) if missing else batch


CHECK = Check(
    function="BatchLoader",
    cases=cases,
    driver=script,
    mutants=[
        Mutant(
            SinglePass,
            "Your loader works for one epoch only: __iter__ returns self, and the position it "
            "keeps is never reset, so the second loop finds nothing. Write __iter__ as a "
            "generator function (with yield): each call then starts a fresh pass.",
        ),
        Mutant(
            LengthRoundsDown,
            "Your len() rounds down even when the last, shorter batch is kept: with drop_last=False "
            "it is the number of samples divided by batch_size, rounded up.",
        ),
        Mutant(
            LastBatchAlwaysKept,
            "You kept the last, shorter batch even with drop_last=True: drop it then, and count "
            "only the full batches in len().",
        ),
        Mutant(
            LastBatchAlwaysDropped,
            "You lost the last, shorter batch although drop_last is False: stopping the loop at "
            "len(data) - batch_size + 1, or rounding down, drops it. Keep it unless drop_last is True.",
        ),
        Mutant(
            LastBatchPadded,
            "You filled the last batch up with samples from the start: a batch may be shorter "
            "than batch_size, and each sample appears once per pass.",
        ),
    ],
)

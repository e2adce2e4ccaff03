"""A mini-batch loader: a class you can loop over, epoch after epoch.

Training reads data in mini-batches, one `for batch in loader:` loop per epoch.
PyTorch's DataLoader is such an object: len(loader) is the number of batches in an
epoch, and every for loop over it starts a fresh pass over the data.

    BatchLoader(data, batch_size, drop_last=False)

    data        a sequence (it supports len() and slicing), e.g. a list of samples.
    batch_size  the number of samples per batch, an int >= 1; a smaller one raises
                ValueError as soon as the loader is created.
    drop_last   what to do with a last batch smaller than batch_size: drop it (True)
                or keep it (False).

    iter(loader)  yields the batches in order, each a list:
                  data[0:b], data[b:2b], data[2b:3b], ...  with b = batch_size
    len(loader)   the number of batches one pass yields.

    list(BatchLoader([1, 2, 3, 4, 5], 2))                  -> [[1, 2], [3, 4], [5]]
    list(BatchLoader([1, 2, 3, 4, 5], 2, drop_last=True))  -> [[1, 2], [3, 4]]
    len(BatchLoader([1, 2, 3, 4, 5], 2))                   -> 3

Details that matter:
- The loader is an *iterable*, not an iterator: every call to iter(), so every for
  loop, starts again at the first batch, and two loops over one loader can run side
  by side (zip(loader, loader) pairs each batch with itself). An __iter__ written as
  a generator function (with yield) gives you exactly that.
- len() must agree with what a pass yields, with and without drop_last.
- Empty data gives no batch and a length of 0. A batch_size larger than the data
  gives one short batch, or none with drop_last.
- No padding, no repeats: each sample appears once per pass, in order.
"""

from collections.abc import Iterator, Sequence
from typing import Any


class BatchLoader:
    # TODO: store the arguments (after checking batch_size), then write __len__ and
    # __iter__.
    def __init__(self, data: Sequence[Any], batch_size: int, drop_last: bool = False) -> None:
        raise NotImplementedError("BatchLoader.__init__: replace this line with your code")

    def __len__(self) -> int:
        raise NotImplementedError("BatchLoader.__len__")

    def __iter__(self) -> Iterator[list[Any]]:
        raise NotImplementedError("BatchLoader.__iter__")

"""Cut a series into (input window, target) pairs for forecasting, with a comprehension.

To train a model that predicts the next values of a series (sales, sensor readings,
CO2 concentrations), you turn the one long series into many training examples: the
values of a window of past steps are the input, the values right after it are the
target.

    series   a list of n values, in time order.
    window   how many past values form the input (window >= 1).
    horizon  how many following values form the target (horizon >= 1).

    Return the list of pairs (inputs, target), one for every start position i where
    both fit inside the series, in order of i:

        inputs = series[i : i + window]
        target = the `horizon` values that come right after inputs

    make_windows([1, 2, 3, 4, 5], window=3, horizon=1)
        -> [([1, 2, 3], [4]), ([2, 3, 4], [5])]

Edge cases that matter:
- Consecutive pairs start one step apart, so their windows overlap.
- The last pair ends exactly at the end of the series: every target has `horizon`
  values, never fewer.
- The target never repeats a value of its inputs (that would leak the answer).
- A series shorter than window + horizon gives an empty list; a series of exactly
  window + horizon values gives one pair.

Write it as one list comprehension over the start positions, using slices.
"""


def make_windows(series: list[float], window: int, horizon: int) -> list[tuple[list[float], list[float]]]:
    starts = range(len(series) - window - horizon + 1)  # empty when the series is too short
    return [(series[i : i + window], series[i + window : i + window + horizon]) for i in starts]

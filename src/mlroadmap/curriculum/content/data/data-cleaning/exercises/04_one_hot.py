"""One-hot encode a categorical column that has missing values.

Models need numbers, and a category such as the island a penguin was measured on has
no order: encoding Biscoe, Dream, Torgersen as 0, 1, 2 would invent one. One-hot
encoding gives each category its own 0/1 column instead.

    values is a list of n strings, or None where the value is missing.
    Return a pair (categories, matrix):
    - categories: the sorted list of distinct non-missing values;
    - matrix: an integer array of shape (n, len(categories)) with
      matrix[i, j] = 1 if values[i] == categories[j], else 0.

Edge cases that matter:
- A missing value gets a row of zeros; it is not a category of its own.
- Categories are sorted, so the same data always gives the same columns.

Fill the matrix with one fancy-indexing assignment, not a loop over rows.
"""

import numpy as np


def one_hot(values: list[str | None]) -> tuple[list[str], np.ndarray]:
    # TODO: find the sorted categories, then compare every value with every category.
    raise NotImplementedError("one_hot: replace this line with your code")

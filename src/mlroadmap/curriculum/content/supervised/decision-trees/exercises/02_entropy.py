"""Entropy, in bits, of a node given its class counts.

The entropy is the other impurity a tree can use (criterion="entropy" in
scikit-learn): the average number of bits needed to name the class of a sample drawn
from the node. A tree stores a node's class counts, so this function takes the counts.

    counts has shape (k,): how many samples of each of k classes reach the node
    (non-negative integers or floats, with a positive sum; some may be 0).
    Return one float:

        H = - sum_k p_k * log2(p_k),   p_k = counts[k] / sum(counts)

    with the convention 0 * log2(0) = 0: a class with no samples adds nothing.

Edge cases that matter:
- A pure node, such as counts = [0, 12, 0], has H = 0, not NaN.
- Two equally frequent classes give exactly 1 bit; k equal classes give log2(k).
- Use the logarithm to base 2 (np.log2), not the natural logarithm.

No Python loops.
"""

import numpy as np


def entropy(counts: np.ndarray) -> float:
    # TODO: turn the counts into proportions, leave out the zero ones, then sum -p * log2(p).
    raise NotImplementedError("entropy: replace this line with your code")

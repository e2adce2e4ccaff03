"""A bootstrap sample and its out-of-bag mask.

Bagging trains each model of an ensemble on a bootstrap sample: n draws *with
replacement* from the n training samples. About 37 % of the samples are never drawn;
they are "out of bag" (OOB) for that model and give a free validation set.

    n_samples is an int n >= 1, seed an int.
    Return a tuple (indices, oob):

        indices  shape (n,), integers in [0, n): the bootstrap sample, drawn as
                 np.random.default_rng(seed).integers(0, n_samples, size=n_samples)
                 (this exact call, so that everyone's sample is the same).
        oob      shape (n,), booleans: oob[i] is True when sample i was never drawn.

Edge cases that matter:
- With n = 1 the only sample is always drawn, so oob is [False].
- Duplicates in indices are the point of the bootstrap: keep them.

No Python loops: np.bincount or boolean indexing marks the drawn samples.
"""

import numpy as np


def bootstrap_sample(n_samples: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    # TODO: draw the indices with the generator named above, then mark the samples
    # that never appear.
    raise NotImplementedError("bootstrap_sample: replace this line with your code")

"""The soft-thresholding operator, the step that makes the lasso set weights to exactly 0.

Minimising (1/2) (w - z)² + t |w| over one number w has a closed-form answer: move z
towards 0 by t, and stop at 0 if you would cross it. Every lasso solver (coordinate
descent, ISTA, proximal gradient) applies this operator again and again.

    z is a float array of any shape; t >= 0 is a float (the threshold).
    Return the float array S of the same shape with

        S = sign(z) * max(|z| - t, 0)

    elementwise: values with |z| <= t become 0, and the others move t closer to 0
    (z - t for z > t, z + t for z < -t).

Edge cases that matter: |z| exactly equal to t gives 0; t = 0 returns z unchanged;
negative z shrink towards 0 from below, they do not become positive.

No Python loop: use np.sign, np.abs and np.maximum on the whole array.
"""

import numpy as np


def soft_threshold(z: np.ndarray, t: float) -> np.ndarray:
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)

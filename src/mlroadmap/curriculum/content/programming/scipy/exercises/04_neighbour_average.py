"""scipy.sparse: average a value over each node's neighbours in a graph.

A k-nearest-neighbour graph of n examples has n * k edges, not n * n: stored as a
dense matrix, 100 000 examples would take 80 GB. scipy.sparse stores only the
edges. Graph methods (label propagation, spectral clustering, t-SNE and UMAP)
and bag-of-words text models all work on such sparse matrices, and the first
step is always the same: build the matrix from a list of (row, column, value)
triplets.

    The graph has n nodes, n = len(values), numbered 0 to n - 1. Edge e goes from
    node rows[e] to node cols[e] with weight weights[e] > 0, and the same edge may
    appear several times in the list: W[i, j] is then the SUM of their weights
    (scipy.sparse.coo_array and csr_array add up duplicates, as a bag of words adds
    up the occurrences of a word).

        rows, cols  1-D int arrays of the same length (possibly 0)
        weights     1-D float array, the same length
        values      1-D float array of length n, one value per node

    Return a 1-D float array of length n, the weighted mean of the values over each
    node's out-neighbours (the nodes its edges point to):

        out[i] = (sum over j of W[i, j] * values[j]) / (sum over j of W[i, j])

    and out[i] = 0 for a node with no outgoing edge. Build W as a scipy.sparse matrix
    of shape (n, n) and use a sparse matrix-vector product: no dense n × n array.

Edge cases that matter: repeated edges; a node without outgoing edges, also the
last node, which no edge mentions (so W's shape cannot be guessed from the
indices); an empty edge list; edges are directed (i -> j does not imply j -> i).
"""

# ruff: noqa: F401  (these imports are the ones you need)
import numpy as np
from scipy import sparse


def neighbour_average(
    rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, values: np.ndarray
) -> np.ndarray:
    # TODO: build the n × n sparse matrix from the triplets, then divide W @ values
    # by the row sums of W, with 0 where a row is empty.
    raise NotImplementedError("neighbour_average: replace this line with your code")

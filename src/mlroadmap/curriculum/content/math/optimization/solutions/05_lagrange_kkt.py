"""Lagrange multipliers: a quadratic minimised under equality constraints (the KKT system).

Constraints are everywhere in ML: portfolio weights that sum to 1, a probability
vector, the SVM's dual constraint sum(alpha * y) = 0. With a quadratic objective and
linear equality constraints, the method of Lagrange multipliers turns the whole
problem into one linear system.

    Minimise   f(x) = 1/2 x @ Q @ x + c @ x     subject to   A @ x = b

    Q has shape (d, d), symmetric; c has shape (d,); A has shape (k, d) with
    independent rows (k <= d); b has shape (k,).
    Return the tuple (x, lam): the minimiser x, shape (d,), and the Lagrange
    multipliers lam, shape (k,), one per constraint.

With the Lagrangian  L(x, lam) = f(x) + lam @ (A @ x - b),  the solution makes both
gradients of L vanish:

    Q @ x + c + A.T @ lam = 0       (∇f is a combination of the constraints' normals)
    A @ x = b                       (the constraints hold)

Stacked into one system of size d + k, the KKT system:

    [ Q    A.T ] [ x   ]   [ -c ]
    [ A    0   ] [ lam ] = [  b ]

Build the block matrix (np.block), solve it with np.linalg.solve, and split the
solution into x (the first d entries) and lam (the last k).

Edge cases that matter: k = d (the constraints alone fix x), a Q that is a multiple
of the identity (the answer is then the projection of the unconstrained minimum), a
single constraint.
"""

import numpy as np


def equality_qp(Q: np.ndarray, c: np.ndarray, A: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    d, k = len(c), len(b)
    kkt = np.block([[Q, A.T], [A, np.zeros((k, k))]])
    solution = np.linalg.solve(kkt, np.concatenate([-c, b]))
    return solution[:d], solution[d:]

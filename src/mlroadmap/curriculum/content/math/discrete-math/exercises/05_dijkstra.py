"""Dijkstra's algorithm: shortest distances from one node when edges have lengths.

Route planners, network routing (OSPF), the geodesic distances Isomap computes on a
k-nearest-neighbour graph, and the cheapest chain of transformations between two
formats are all shortest paths in a weighted graph. With non-negative weights,
Dijkstra's algorithm finds them all from one source.

    graph is a dict {node: [(neighbour, weight), ...]} (nodes are ints or strings, all
    of one kind; weights are ints or floats >= 0); an edge u -> v is listed under u,
    an undirected graph lists it under both ends, and a node without outgoing edges
    may be missing from the keys. source is a node of graph.

    Return a dict {node: length of a shortest path from source} for every node that
    can be reached, with source at 0. A path's length is the sum of its edge weights.

The algorithm keeps a heap of (tentative distance, node) pairs, starting with
(0, source):

    1. Pop the pair with the smallest distance. If that node is already settled, skip
       it (it was pushed again later with a longer distance).
    2. Otherwise settle it: its distance is now final.
    3. For each edge (neighbour, weight) of the node, push
       (distance + weight, neighbour) unless the neighbour is settled.

A node is final when it is popped, not when it is first pushed: a path with more
edges can still be shorter. Edge cases that matter: edges of weight 0; two edges
between the same nodes (the lighter one counts); unreachable nodes are left out.
"""

# ruff: noqa: F401  (this import is the one you need)
import heapq


def dijkstra(graph: dict, source: int | str) -> dict:
    # TODO: a heap with (0, source), a dict of settled distances, and the loop above.
    raise NotImplementedError("dijkstra: replace this line with your code")

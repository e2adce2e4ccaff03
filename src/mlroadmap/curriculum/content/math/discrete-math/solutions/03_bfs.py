"""Breadth-first search: the visiting order and the number of hops to every node.

BFS answers "how many steps away?" on any unweighted graph: degrees of separation in
a social network, the k-hop neighbourhood a graph neural network aggregates, the
fewest clicks between two web pages, or how many prerequisite topics stand between
you and a goal on this roadmap.

    graph is a dict {node: [neighbour, ...]} (nodes are ints or strings); an edge
    u -> v is listed under u, so an undirected graph lists it under both ends. A node
    without outgoing edges may be missing from the keys. source is a node of graph.

    Return (order, distance):
        order     the list of nodes reachable from source, in the order BFS visits them
        distance  a dict {node: number of edges on a shortest path from source}, with
                  distance[source] = 0, for the reachable nodes only

Visit the nodes with a first-in, first-out queue: take the oldest node out, and put
each of its neighbours that has not been seen yet into the queue, in the order of the
adjacency list, with a distance one more than the node's. Mark a node as seen when
you put it into the queue, so that no node is queued twice.

Edge cases that matter: cycles (a node you can reach again must not be revisited);
nodes that cannot be reached are in neither result; a source without edges gives
([source], {source: 0}).
"""

from collections import deque


def bfs(graph: dict, source: int | str) -> tuple[list, dict]:
    distance = {source: 0}
    order = []
    queue = deque([source])
    while queue:
        node = queue.popleft()
        order.append(node)
        for neighbour in graph.get(node, []):
            if neighbour not in distance:  # seen when queued: never queued twice
                distance[neighbour] = distance[node] + 1
                queue.append(neighbour)
    return order, distance

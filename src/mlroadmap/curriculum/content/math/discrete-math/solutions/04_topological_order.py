"""A topological order by Kahn's algorithm, with ties broken by the smallest node.

Anything with dependencies needs one: the steps of a data pipeline (Airflow runs its
DAG in such an order), the packages pip installs, the operations of a neural network
(autograd runs backward through them in reverse topological order), and the topics
of this roadmap, which come after their prerequisites.

    graph is a dict {node: [prerequisite, ...]} (nodes are ints or strings, all of one
    kind), the layout of Python's graphlib.TopologicalSorter: each prerequisite must
    come before the node. A node that only appears as a prerequisite is a node too.

    Return a list of every node, each exactly once, in which every prerequisite comes
    before the nodes that need it; or None if that is impossible because the
    prerequisites form a cycle.

Among the orders that satisfy this there are usually many; return the one Kahn's
algorithm gives when it always takes the *smallest* ready node:

    1. Count, for each node, how many distinct prerequisites it is waiting for.
    2. The ready nodes are those waiting for none. Take the smallest one out, append
       it to the order, and lower the count of every node that needs it; a node whose
       count reaches 0 becomes ready.
    3. Repeat until nothing is ready. If some nodes were never taken, they wait for
       each other in a cycle: return None.

A heap (heapq) gives the smallest ready node quickly. Edge cases that matter: an
empty graph gives []; a node listed as its own prerequisite is a cycle; a prerequisite
listed twice counts once.
"""

import heapq


def topological_order(graph: dict) -> list | None:
    nodes = set(graph) | {need for needs in graph.values() for need in needs}
    waiting = {node: 0 for node in nodes}
    unlocks = {node: [] for node in nodes}
    for node, needs in graph.items():
        for need in set(needs):
            waiting[node] += 1
            unlocks[need].append(node)
    ready = [node for node in nodes if waiting[node] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for after in unlocks[node]:
            waiting[after] -= 1
            if waiting[after] == 0:
                heapq.heappush(ready, after)
    return order if len(order) == len(nodes) else None

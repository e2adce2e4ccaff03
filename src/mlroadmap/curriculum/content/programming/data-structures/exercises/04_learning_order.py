"""Order topics so that prerequisites come first: a topological sort with a heap.

This roadmap orders its topics so that each comes after the topics it needs. Build
systems order their targets the same way, a feature pipeline its steps, and
autograd the operations of a computation graph. Such an order is a *topological
order*.

    needs maps each topic to the list of topics it needs first (a list without
    repeats). Every topic that appears in a list is also a key of needs.

    Return all the topics in a list where every topic comes after all of its
    needs. Several topics are often ready at once (all their needs already
    placed): always place the alphabetically smallest ready topic next. That
    makes the answer unique.

    learning_order({"pandas": ["numpy", "python"], "numpy": ["python"], "python": []})
        -> ["python", "numpy", "pandas"]

    Raise ValueError when the needs form a cycle (a needs b, b needs a), because
    then no order exists.

The usual algorithm (Kahn's): count each topic's unmet needs and build the reverse
map from each topic to the topics that need it. Put the topics with no unmet need
in a heap (heapq). Then, until the heap is empty, pop the smallest topic, append it
to the order, and lower the count of every topic that needs it, pushing those that
reach 0. If topics are left over, they are on a cycle.

Edge cases that matter: an empty dict gives []; a topic that needs itself is a
cycle; a chain of thousands of topics (a recursive solution runs into Python's
recursion limit of about 1000 calls).
"""


def learning_order(needs: dict[str, list[str]]) -> list[str]:
    # TODO: count unmet needs, map each topic to the topics it unlocks, then pop the
    # smallest ready topic from a heap until none is left; detect the cycle.
    raise NotImplementedError("learning_order: replace this line with your code")

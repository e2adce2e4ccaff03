"""All subsets of a set, by recursion.

Subset enumeration is behind exhaustive feature selection (try every subset of
features), the Shapley values that explain model predictions (average over every
coalition of features), and every brute-force search. A set of n items has 2 ** n
subsets, which is why these methods stop at about 20 items.

    items is a list of n distinct values (ints or strings), n >= 0.
    Return a list of all 2 ** n subsets, each a tuple of items, every subset exactly
    once: the empty tuple, every single item, every pair, ..., and all of items.

The order of the subsets in your list, and of the items inside a tuple, does not
matter: they are compared as sets. But (1, 2) and (2, 1) are the same subset, so
only one of them may appear.

Write it recursively: the subsets of items are the subsets of items[1:], once without
items[0] and once with items[0] added. The recursion ends at the empty list, whose
only subset is the empty tuple.

Edge cases that matter: [] gives [()], one subset; the empty subset and the full set
are both in the answer.
"""


def power_set(items: list) -> list[tuple]:
    # TODO: handle the empty list, then build on the subsets of items[1:].
    raise NotImplementedError("power_set: replace this line with your code")

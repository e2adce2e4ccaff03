"""Count the ways to pick k items from n: the four basic counting formulas.

How many hyper-parameter settings does a grid search try? How many feature pairs does
an interaction model add? How many orderings must a brute-force search consider?
Counting tells you before you run anything whether a search takes a second or a
century.

    n >= 0 and k >= 0 are ints; ordered and repetition are bools.
    Return, as an int, the number of ways to pick k items from n distinct items:

        ordered,   with repetition     n ** k                      (PIN codes)
        ordered,   no repetition       n! / (n - k)!               (podium places)
        unordered, no repetition       n! / (k! (n - k)!)          (lottery draws)
        unordered, with repetition     (n + k - 1)! / (k! (n - 1)!)  (scoops of ice cream)

    "ordered" means (a, b) and (b, a) count as two different picks; "repetition"
    means the same item may be picked more than once.

Edge cases that matter: k = 0 always gives 1 (the empty pick); without repetition,
k > n gives 0; n = 0 with repetition gives 1 for k = 0 and 0 otherwise. The answer is
an exact int: use integer arithmetic (math.comb, math.perm or // ), never a float.
"""

import math


def count_selections(n: int, k: int, ordered: bool, repetition: bool) -> int:
    if ordered:
        return n**k if repetition else math.perm(n, k)
    if repetition:  # stars and bars: k stars and n - 1 bars in a row
        return math.comb(n + k - 1, k) if n > 0 else int(k == 0)
    return math.comb(n, k)

"""scipy.stats: is one categorical variable independent of another?

Before you use a categorical feature, or when you check that a train/test split
keeps the classes balanced across sites, you ask whether two labels are
associated. Pearson's chi-square test of independence answers from the table of
counts, and scipy.stats gives both the table and the test.

    a and b are two lists of labels of the same length, one pair per example
    (for instance each penguin's species and island), with None where a label is
    missing. Leave out every pair where a or b is None, then:

    1. count the pairs in a contingency table: one row per distinct value of a,
       one column per distinct value of b
       (scipy.stats.contingency.crosstab(a, b).count builds it from two arrays);
    2. run Pearson's chi-square test on those counts, WITHOUT Yates' continuity
       correction: scipy.stats.chi2_contingency(table, correction=False).

    Return the tuple (statistic, pvalue, dof): the chi-square statistic (a float),
    its p-value (a float) and the degrees of freedom, (rows - 1) * (columns - 1)
    (an int).

Edge cases that matter: 2 x 2 tables, where scipy applies Yates' correction unless
told not to; tables with empty cells (no Gentoo on Dream); labels missing in a,
in b, or in both. You may assume every row and every column of the table has at
least one count.
"""

# ruff: noqa: F401  (these imports are the ones you need)
import numpy as np
from scipy import stats


def chi2_independence(a: list[str | None], b: list[str | None]) -> tuple[float, float, int]:
    # TODO: drop the pairs with a None, count the rest in a contingency table,
    # and run the chi-square test of independence without Yates' correction.
    raise NotImplementedError("chi2_independence: replace this line with your code")

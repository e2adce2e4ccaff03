"""Turn the raw penguins table into a design matrix with a ColumnTransformer.

A real table mixes numbers and text, and both have holes. A ColumnTransformer sends
each group of columns through its own pipeline and puts the results side by side:

    numbers: SimpleImputer(strategy="median"), then StandardScaler()
    text:    SimpleImputer(strategy="most_frequent"), then OneHotEncoder()

    numeric is a list of float arrays, one per numeric column (NaN where missing);
    text is a list of text columns, each a list of str (None where missing); all the
    columns have the same length n.
    Return the (n, k) float array that the ColumnTransformer gives when fitted and
    applied to that table: first the numeric columns, standardized, in the order
    given; then, for each text column in the order given, one 0/1 column per
    category, categories sorted.

Edge cases that matter:
- The one-hot columns are not standardized: they stay 0 and 1.
- A missing text value is imputed before encoding, so it gets no column of its own.
  In a NumPy object array, None is not NaN: put the columns in a pandas DataFrame
  (which SimpleImputer reads None in as missing) or pass missing_values=None.
"""

# ruff: noqa: F401  (these imports are the ones you need)
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def design_matrix(numeric: list[np.ndarray], text: list[list[str | None]]) -> np.ndarray:
    # TODO: name the columns in a DataFrame, then one pipeline per kind of column.
    raise NotImplementedError("design_matrix: replace this line with your code")

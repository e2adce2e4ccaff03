"""A baseline classifier that follows scikit-learn's estimator conventions.

Every scikit-learn model is a class of the same shape, and the tools around it
(Pipeline, GridSearchCV, clone) rely on that shape:

- __init__ only stores its hyper-parameters, unchanged, under their own names. It
  checks nothing and learns nothing, so that clone() can rebuild the model from
  get_params().
- fit(X, y) checks the hyper-parameters, learns from the data, stores what it learned
  in attributes whose names end with "_", and returns self, so that
  model.fit(X, y).predict(X) works. Fitting again starts from scratch.
- get_params() returns the hyper-parameters as a dict; set_params(**params) changes
  them and returns self.
- predict() before fit() raises an error saying that the model is not fitted.

Write BaselineClassifier(strategy="most_frequent", constant=None), the model every
real classifier must beat (scikit-learn calls it DummyClassifier):

    fit(X, y)  X is a list of samples (only its length matters here), y the list of
               their labels (at least one; all str or all int, so they can be sorted).
      - raise ValueError when strategy is not "most_frequent" or "constant", or when
        len(X) != len(y);
      - set classes_ to the sorted list of the distinct labels in y;
      - with "most_frequent", predict the most frequent label of y; on a tie, the
        smallest of the tied labels (scikit-learn's choice too);
      - with "constant", predict `constant`, which must be one of the labels of y
        (else raise ValueError);
      - return self.
    predict(X)            a list holding the prediction once per sample of X; raises
                          RuntimeError when the model is not fitted.
    get_params()          {"strategy": ..., "constant": ...}, exactly as given.
    set_params(**params)  sets the given hyper-parameters, returns self; an unknown
                          name raises ValueError.

The class inherits score(X, y), the accuracy, from ClassifierMixin below, much as
scikit-learn gives score() to every classifier. Keep ClassifierMixin as it is.
"""

from typing import Any, Self


class ClassifierMixin:
    """Gives a classifier the method score(): the fraction of labels predicted right."""

    def score(self, X: list[Any], y: list[Any]) -> float:
        predicted = self.predict(X)
        return sum(p == t for p, t in zip(predicted, y, strict=True)) / len(y)


class BaselineClassifier(ClassifierMixin):
    # TODO: write each method as the conventions above describe.
    def __init__(self, strategy: str = "most_frequent", constant: str | int | None = None) -> None:
        raise NotImplementedError("BaselineClassifier.__init__: replace this line with your code")

    def get_params(self) -> dict[str, Any]:
        raise NotImplementedError("BaselineClassifier.get_params")

    def set_params(self, **params: Any) -> Self:
        raise NotImplementedError("BaselineClassifier.set_params")

    def fit(self, X: list[Any], y: list[Any]) -> Self:
        raise NotImplementedError("BaselineClassifier.fit")

    def predict(self, X: list[Any]) -> list[Any]:
        raise NotImplementedError("BaselineClassifier.predict")

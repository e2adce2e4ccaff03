"""Check of exercise 04: BaselineClassifier (scikit-learn's conventions on a DummyClassifier)."""

from collections import Counter
from collections.abc import Callable
from typing import Any, Self

from mlroadmap.datasets import load_iris, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant


def _outcome(expected: tuple[type[Exception], ...], action: Callable[[], Any]) -> Any:
    """The action's result, or which of the expected exceptions it raised."""
    try:
        return action()
    except NotImplementedError:
        raise
    except expected as error:
        return f"raises {type(error).__name__}"


def script(
    BaselineClassifier: Any, X: list[Any], y: list[Any], y_again: list[Any], params: dict[str, Any]
) -> dict[str, Any]:
    """Create, fit, predict, refit, clone and reconfigure a model, as scikit-learn's tools do."""
    report: dict[str, Any] = {}
    try:
        model = BaselineClassifier(**params)
    except ValueError:
        return {"creating the model": "raises ValueError"}
    report["get_params() after __init__"] = model.get_params()
    report["predict before fit"] = _outcome((RuntimeError, AttributeError), lambda: model.predict(X))
    try:
        returned = model.fit(X, y)
    except ValueError:
        report["fit"] = "raises ValueError"
        return report
    report["fit returns the model itself"] = returned is model
    report["classes_"] = list(model.classes_)
    report["predict(first 4 samples)"] = list(model.predict(X[:4]))
    report["score(X, y)"] = model.score(X, y)
    report["get_params() after fit"] = model.get_params()
    model.fit(X[: len(y_again)], y_again)
    report["classes_ after fitting other labels"] = list(model.classes_)
    report["predict after fitting other labels"] = list(model.predict(X[:2]))
    # what sklearn.base.clone does; a get_params() that returns more than the __init__
    # parameters makes it fail with TypeError, which is reported as the result
    report["a clone made from get_params() is not fitted"] = _outcome(
        (RuntimeError, AttributeError, TypeError),
        lambda: BaselineClassifier(**model.get_params()).predict(X),
    )
    report["set_params returns the model itself"] = (
        model.set_params(strategy="constant", constant=y_again[-1]) is model
    )
    report["get_params() after set_params"] = model.get_params()
    model.fit(X[: len(y_again)], y_again)
    report["predict with the constant strategy"] = list(model.predict(X[:2]))
    report["set_params(alpha=1.0)"] = _outcome((ValueError,), lambda: model.set_params(alpha=1.0))
    return report


def cases() -> list[Case]:
    penguins = load_penguins()
    features = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
    X = [list(row) for row in zip(*(penguins[f].tolist() for f in features), strict=True)]
    species, islands = penguins["species"].tolist(), penguins["island"].tolist()
    iris = load_iris()
    X_iris, y_iris = iris.data[::-1].tolist(), iris.target[::-1].tolist()
    small = [[0.0], [1.0], [2.0], [3.0], [4.0]]
    return [
        Case(
            "five samples by hand: 'cat' is the most frequent",
            (small, ["cat", "dog", "cat", "bird", "cat"], ["dog", "dog", "bird"], {}),
        ),
        Case(
            "a tie between 'b' and 'a': the smallest label, 'a'",
            (small[:4], ["b", "a", "b", "a"], ["x", "y", "y"], {}),
        ),
        Case(
            "iris, rows in reverse order: a three-way tie of 50 flowers each",
            (X_iris, y_iris, y_iris[:100], {}),
        ),
        Case(
            "344 penguins: species, then islands (Biscoe wins)",
            (X, species, islands, {}),
        ),
        Case(
            "penguins refit on the first 100 islands: Dream and Torgersen tie at 36, Dream wins",
            (X, species, islands[:100], {}),
        ),
        Case(
            "strategy 'constant' with constant 'Gentoo'",
            (X, species, ["Gentoo", "Adelie", "Adelie"], {"strategy": "constant", "constant": "Gentoo"}),
        ),
        Case(
            "integer labels",
            (small, [2, 0, 1, 1, 2], [7, 3, 3], {"strategy": "most_frequent"}),
        ),
        Case(
            "an unknown strategy: accepted by __init__, ValueError in fit",
            (small, ["a", "b", "a", "b", "a"], ["a"], {"strategy": "median"}),
        ),
        Case(
            "strategy 'prior' (scikit-learn has it, this class does not): ValueError in fit",
            (small, [1, 2, 2, 1, 2], [1], {"strategy": "prior"}),
        ),
        Case(
            "a constant that is not a label: ValueError in fit",
            (small, ["a", "b", "a", "b", "a"], ["a"], {"strategy": "constant", "constant": "z"}),
        ),
        Case(
            "more samples than labels: ValueError in fit",
            (small, ["a", "b", "a"], ["a"], {}),
        ),
    ]


class ClassifierMixin:
    def score(self, X: list[Any], y: list[Any]) -> float:
        predicted = self.predict(X)
        return sum(p == t for p, t in zip(predicted, y, strict=True)) / len(y)


class _Reference(ClassifierMixin):
    def __init__(self, strategy: str = "most_frequent", constant: str | int | None = None) -> None:
        self.strategy = strategy
        self.constant = constant

    def get_params(self) -> dict[str, Any]:
        return {"strategy": self.strategy, "constant": self.constant}

    def set_params(self, **params: Any) -> Self:
        for name, value in params.items():
            if name not in self.get_params():
                raise ValueError(name)
            setattr(self, name, value)
        return self

    def _check(self, X: list[Any], y: list[Any]) -> None:
        if self.strategy not in ("most_frequent", "constant"):
            raise ValueError(self.strategy)
        if len(X) != len(y):
            raise ValueError("lengths")

    def _choose(self, counts: Counter) -> Any:
        if self.strategy == "constant":
            if self.constant not in counts:
                raise ValueError(self.constant)
            return self.constant
        return max(sorted(counts), key=counts.__getitem__)

    def fit(self, X: list[Any], y: list[Any]) -> Self:
        self._check(X, y)
        counts = Counter(y)
        self.classes_ = sorted(counts)
        self.prediction_ = self._choose(counts)
        return self

    def predict(self, X: list[Any]) -> list[Any]:
        if not hasattr(self, "prediction_"):
            raise RuntimeError("not fitted")
        return [self.prediction_] * len(X)


class ChecksInInit(_Reference):
    def __init__(self, strategy: str = "most_frequent", constant: str | int | None = None) -> None:
        if strategy not in ("most_frequent", "constant"):
            raise ValueError(strategy)
        super().__init__(strategy, constant)


class CountsFromInit(_Reference):
    def __init__(self, strategy: str = "most_frequent", constant: str | int | None = None) -> None:
        super().__init__(strategy, constant)
        self.counts = Counter()

    def fit(self, X: list[Any], y: list[Any]) -> Self:
        self._check(X, y)
        self.counts.update(y)
        self.classes_ = sorted(self.counts)
        self.prediction_ = self._choose(self.counts)
        return self


class ParamsFromDict(_Reference):
    def get_params(self) -> dict[str, Any]:
        return dict(vars(self))


class FitReturnsNone(_Reference):
    def fit(self, X: list[Any], y: list[Any]) -> None:  # type: ignore[override]
        super().fit(X, y)


class TiesByFirstSeen(_Reference):
    def _choose(self, counts: Counter) -> Any:
        if self.strategy == "constant":
            return super()._choose(counts)
        return counts.most_common(1)[0][0]


class NotFittedUnchecked(_Reference):
    def predict(self, X: list[Any]) -> list[Any]:
        return [self.prediction_] * len(X)


CHECK = Check(
    function="BaselineClassifier",
    cases=cases,
    driver=script,
    mutants=[
        Mutant(
            ChecksInInit,
            "Your __init__ rejected a strategy: scikit-learn's convention is that __init__ only "
            "stores the hyper-parameters, and fit checks them (so that set_params and clone work "
            "on any values). Raise the ValueError in fit.",
        ),
        Mutant(
            CountsFromInit,
            "Fitting again mixed the new labels with the old ones: the counts were created in "
            "__init__ and kept growing. Learn everything inside fit, from the data fit receives, "
            "so that each fit starts from scratch.",
        ),
        Mutant(
            ParamsFromDict,
            "get_params() returned every attribute, the fitted ones (classes_, ...) included: it "
            "must return only the hyper-parameters of __init__, strategy and constant.",
        ),
        Mutant(
            FitReturnsNone,
            "fit() must end with `return self`, so that model.fit(X, y).predict(X) works: yours "
            "returned None.",
        ),
        Mutant(
            TiesByFirstSeen,
            "On a tie you predicted the label seen first, which is what Counter.most_common() "
            "gives: the tie goes to the smallest label, e.g. max(classes_, key=counts.get) with "
            "classes_ sorted.",
        ),
        Mutant(
            NotFittedUnchecked,
            "predict() before fit() failed with an AttributeError about a missing attribute: "
            "check first whether the model is fitted and raise RuntimeError with a message "
            "that says so.",
        ),
    ],
)

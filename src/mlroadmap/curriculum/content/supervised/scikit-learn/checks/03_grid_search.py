"""Check of exercise 03: the alpha GridSearchCV picks for Ridge, by mean validation R².

The reference is ``mlroadmap.algorithms``' own GridSearchCV, Ridge and KFold (the
grader never imports scikit-learn); ``tests/test_scikit_learn_topic_references.py``
checks the choice and every mean validation score against scikit-learn's.

Tolerance: the answer is one of the given alphas, returned as it was passed in, so
it is compared almost exactly (rtol=1e-12). On every case the best mean R² beats the
next one by more than 1e-4, while ours and scikit-learn's ridge agree to about 1e-12,
so a different answer always means a different choice.
"""

import numpy as np

from mlroadmap.algorithms.linear_model import Ridge
from mlroadmap.algorithms.metrics import mean_squared_error
from mlroadmap.algorithms.model_selection import GridSearchCV, KFold
from mlroadmap.algorithms.preprocessing import PolynomialFeatures
from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

GRID = [float(a) for a in np.logspace(-3, 3, 13)]  # 0.001, 0.00316, ..., 1000


def cases() -> list[Case]:
    diabetes = load_diabetes()
    X, y = diabetes.data, diabetes.target
    noise = np.random.default_rng(0).normal(scale=X.std(), size=(len(X), 40))
    return [
        Case("diabetes, the first 100 patients, three alphas", (X[:100], y[:100], [0.01, 0.1, 1.0])),
        Case("diabetes: 442 patients, 13 alphas from 0.001 to 1000", (X, y, GRID)),
        Case("diabetes, the first 100 patients, 13 alphas", (X[:100], y[:100], GRID)),
        Case(
            "diabetes with its 55 squares and products (65 features)",
            (PolynomialFeatures(2, include_bias=False).fit_transform(X), y, GRID),
        ),
        Case("diabetes with 40 columns of pure noise, seed 0", (np.hstack([X, noise]), y, GRID)),
    ]


def _search(X, y, alphas, **options):
    return GridSearchCV(Ridge(), {"alpha": list(alphas)}, cv=KFold(n_splits=5), **options).fit(X, y)


def reference(X, y, alphas):
    return float(_search(X, y, alphas).best_params_["alpha"])


def training_score(X, y, alphas):
    scores = [Ridge(alpha=alpha).fit(X, y).score(X, y) for alpha in alphas]
    return float(alphas[int(np.argmax(scores))])


def error_maximized(X, y, alphas):
    errors = []
    for alpha in alphas:
        folds = KFold(n_splits=5).split(X)
        errors.append(
            np.mean(
                [mean_squared_error(y[t], Ridge(alpha=alpha).fit(X[f], y[f]).predict(X[t])) for f, t in folds]
            )
        )
    return float(alphas[int(np.argmax(errors))])


def best_score_returned(X, y, alphas):
    return float(_search(X, y, alphas).best_score_)


def shuffled_folds(X, y, alphas):
    search = GridSearchCV(
        Ridge(), {"alpha": list(alphas)}, cv=KFold(n_splits=5, shuffle=True, random_state=0)
    )
    return float(search.fit(X, y).best_params_["alpha"])


CHECK = Check(
    function="best_alpha",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=0.0),
    reference=reference,
    mutants=[
        Mutant(
            training_score,
            "You chose alpha by the score on the training data, where the least "
            "regularization always wins: choose by the mean score on the validation folds.",
        ),
        Mutant(
            error_maximized,
            "You chose the alpha with the largest cross-validated error: scikit-learn "
            'maximizes every score, so an error must be negated ("neg_mean_squared_error", '
            "or make_scorer(..., greater_is_better=False)).",
        ),
        Mutant(
            best_score_returned,
            "You returned best_score_, the best mean validation R²: the chosen alpha is in "
            'best_params_["alpha"].',
        ),
        Mutant(
            shuffled_folds,
            "Your folds are shuffled: KFold(n_splits=5) without shuffle=True takes "
            "consecutive blocks of rows, as the exercise asks.",
        ),
    ],
)

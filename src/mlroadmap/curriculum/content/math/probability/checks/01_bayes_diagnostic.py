"""Check of exercise 01: posterior_positive (Bayes' theorem with the full evidence P(+)).

The reference is ``mlroadmap.algorithms.stats.bayes`` over the two hypotheses
{disease, no disease}. Tolerance: rtol 1e-9, since every correct arrangement of the
formula agrees to about 1e-15.
"""

from mlroadmap.algorithms.stats import bayes
from mlroadmap.datasets import load_breast_cancer
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _radius_test() -> tuple[float, float]:
    """Sensitivity and specificity of 'worst radius > 17' as a test for a malignant tumour."""
    data = load_breast_cancer()
    radius = data.data[:, list(data.feature_names).index("worst radius")]
    malignant = data.target == 0  # in this data set, target 0 is malignant
    positive = radius > 17.0
    return float(positive[malignant].mean()), float((~positive[~malignant]).mean())


def cases() -> list[Case]:
    sensitivity, specificity = _radius_test()
    prevalence = float((load_breast_cancer().target == 0).mean())
    return [
        Case("prevalence 1%, sensitivity 99%, specificity 95%: expect 1/6", (0.01, 0.99, 0.95)),
        Case("mammography: prevalence 0.8%, sensitivity 90%, specificity 93%", (0.008, 0.90, 0.93)),
        Case("a common condition: prevalence 40%, sensitivity 80%, specificity 90%", (0.4, 0.8, 0.9)),
        Case("a useless test (sensitivity = 1 - specificity): the prior comes back", (0.2, 0.3, 0.7)),
        Case("no false positives (specificity 1): expect 1", (0.05, 0.6, 1.0)),
        Case("prior 0: expect 0", (0.0, 0.9, 0.9)),
        Case("prior 1: expect 1", (1.0, 0.9, 0.9)),
        Case(
            "breast-cancer data, test 'worst radius > 17', at the data's own prevalence (37%)",
            (prevalence, sensitivity, specificity),
        ),
        Case(
            "the same radius test used for screening, prevalence 0.5%",
            (0.005, sensitivity, specificity),
        ),
    ]


def reference(prior: float, sensitivity: float, specificity: float) -> float:
    posterior = bayes([prior, 1.0 - prior], [sensitivity, 1.0 - specificity])
    return float(posterior[0])


def returned_sensitivity(prior: float, sensitivity: float, specificity: float) -> float:
    return sensitivity


def base_rate_neglect(prior: float, sensitivity: float, specificity: float) -> float:
    return sensitivity / (sensitivity + (1.0 - specificity))


def specificity_as_false_positive_rate(prior: float, sensitivity: float, specificity: float) -> float:
    true_positive = sensitivity * prior
    return true_positive / (true_positive + specificity * (1.0 - prior))


def evidence_without_false_positives(prior: float, sensitivity: float, specificity: float) -> float:
    true_positive = sensitivity * prior
    return true_positive / true_positive if true_positive > 0 else 0.0


CHECK = Check(
    function="posterior_positive",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    reference=reference,
    mutants=[
        Mutant(
            returned_sensitivity,
            "You returned the sensitivity, P(+ | D): the question asks for the reverse, P(D | +), "
            "which also depends on the prior and on the false positives.",
        ),
        Mutant(
            base_rate_neglect,
            "You left the prior out (base-rate neglect): multiply the sensitivity by P(D) and the "
            "false-positive rate by 1 - P(D), because a rare disease makes most positives false.",
        ),
        Mutant(
            specificity_as_false_positive_rate,
            "You used the specificity as the chance that a healthy person tests positive: that chance "
            "is 1 - specificity.",
        ),
        Mutant(
            evidence_without_false_positives,
            "Your evidence P(+) counts only the sick people who test positive: add the healthy ones who "
            "test positive too, (1 - specificity) * (1 - prior).",
        ),
    ],
)

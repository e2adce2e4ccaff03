"""Bayes' theorem for a diagnostic test: how likely is the disease after a positive result?

A spam filter, a fraud alert and a medical screening test all face the same question:
the alarm went off, so how likely is it that the thing is really there? The answer
depends on how often the alarm is right, and just as much on how rare the thing is.

    prior        P(D), the fraction of people who have the disease (the prevalence)
    sensitivity  P(+ | D), the chance that a sick person tests positive
    specificity  P(- | not D), the chance that a healthy person tests negative

    Return P(D | +), a float:

        P(D | +) = P(+ | D) P(D) / P(+)

    where the evidence P(+) adds up *every* way to test positive:

        P(+) = P(+ | D) P(D) + P(+ | not D) P(not D)
             = sensitivity * prior + (1 - specificity) * (1 - prior)

Edge cases that matter: prior = 0 gives 0 and prior = 1 gives 1 (the test cannot
change a certainty); specificity = 1 (no false positives) gives 1 whenever the
numerator is positive. You may assume P(+) > 0.
"""


def posterior_positive(prior: float, sensitivity: float, specificity: float) -> float:
    # TODO: compute the evidence P(+) from both ways of testing positive,
    # then apply Bayes' theorem.
    raise NotImplementedError("posterior_positive: replace this line with your code")

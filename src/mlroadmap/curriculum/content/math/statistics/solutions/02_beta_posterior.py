"""A Bayesian update for a rate: the beta prior meets binomial data.

An A/B test variant got 12 clicks in 100 visits. A Bayesian puts a prior on the
unknown click rate theta, here Beta(a, b), and updates it with the data. Because the
binomial likelihood theta**k (1 - theta)**(n - k) has the beta density's form, the
posterior is again a beta distribution (the prior is *conjugate*):

    prior      Beta(a, b)                   a, b > 0 (floats)
    data       k successes in n trials       k = successes, n = trials (ints, 0 <= k <= n)
    posterior  Beta(a + k, b + n - k)

    The posterior mean, the Bayesian estimate of theta, is

        a_post / (a_post + b_post) = (a + k) / (a + b + n)

    Return the tuple (a_post, b_post, posterior_mean), three floats.

Edge cases that matter: no data (n = 0) leaves the prior unchanged; k = 0 or k = n
still gives a mean strictly between 0 and 1, unlike the raw rate k / n. The prior
counts like a successes and b failures seen before the data.
"""


def beta_posterior(a: float, b: float, successes: int, trials: int) -> tuple[float, float, float]:
    a_post = a + successes
    b_post = b + (trials - successes)
    return float(a_post), float(b_post), a_post / (a_post + b_post)

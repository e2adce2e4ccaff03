"""Log metrics epoch after epoch, without the mutable-default-argument trap.

A training loop records its metrics after every epoch (loss, accuracy, learning
rate) so that you can plot learning curves and pick the best epoch afterwards.
Keras' History object and most experiment trackers keep one list per metric name.

    metrics  maps a metric name to this epoch's value, e.g. {"loss": 0.52, "acc": 0.81}.
    history  maps a metric name to the list of its values so far, or is None.

    Append each value of metrics to the end of history[name], creating the list the
    first time a name is seen, and return history.

    log_metrics({"loss": 0.9})              -> {"loss": [0.9]}
    log_metrics({"loss": 0.7}, h)           -> h, now {"loss": [0.9, 0.7]}

Edge cases that matter:
- When history is given, update that very dict in place and return it: the caller
  keeps using its own dict.
- When history is None (left out), start a new, empty history for this call. Two
  calls without a history must never share one: the second must not see the values
  of the first.
- A metric may appear in some epochs only (e.g. a validation loss every other
  epoch): its list holds the values of the epochs it appeared in.
- metrics may be empty: history comes back without new values.
"""


def log_metrics(
    metrics: dict[str, float], history: dict[str, list[float]] | None = None
) -> dict[str, list[float]]:
    # TODO: make a new dict when history is None, then append every value of metrics
    # to its own list in history.
    raise NotImplementedError("log_metrics: replace this line with your code")

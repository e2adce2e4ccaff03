"""TSNE and the clustering/embedding metrics against scikit-learn, same data, same run.

    python benchmarks/bench_manifold.py [--skip-tsne]

Targets: TSNE (Barnes–Hut, default parameters) on all of digits (1797 x 64) <= 3x
scikit-learn's time; the exact method on 500 digits and the metrics are printed against a
2x reference, for information.

A t-SNE fit takes seconds, so each side runs twice, each time in a fresh subprocess; the row
gives the faster run's wall time, its CPU time (all threads; less sensitive to a busy
machine) and its peak resident memory above what the process held before the fit
(the kernel's ``VmHWM``, reset before the fit: it sees scikit-learn's C allocations too,
which tracemalloc would miss).
scikit-learn's Barnes–Hut gradient uses OpenMP threads; it is timed with its default
threads and with one, since ours runs on one core (NumPy) and the machine may be shared.
The metrics are fast: medians of repeated calls and tracemalloc peaks (``timing.py``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import numpy as np
from sklearn import metrics as sk_metrics
from sklearn.datasets import load_digits, make_blobs
from sklearn.decomposition import PCA
from sklearn.manifold import trustworthiness as sk_trustworthiness
from timing import compare_with_memory

from mlroadmap.algorithms import metrics

TSNE_TARGET = 3.0
METRICS_TARGET = 2.0

TSNE_CASES = {
    "digits": ({}, None),  # default parameters: Barnes–Hut
    "digits500-exact": ({"method": "exact"}, 500),
}


def _resident_mib(field: str) -> float:
    """``VmRSS`` (now) or ``VmHWM`` (the peak) of this process, from ``/proc/self/status``."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _fit_once(side: str, case: str) -> None:
    """Worker: one fit, then its time and the peak memory it added, as JSON on stdout."""
    if side == "ours":
        from mlroadmap.algorithms.manifold import TSNE
    else:
        from sklearn.manifold import TSNE
    params, n = TSNE_CASES[case]
    X = load_digits().data[:n]
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")  # reset the peak (VmHWM) to the current resident size
    before = _resident_mib("VmRSS")
    cpu, started = time.process_time(), time.perf_counter()
    model = TSNE(random_state=0, **params).fit(X)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    extra = _resident_mib("VmHWM") - before
    result = {"seconds": seconds, "cpu": cpu, "extra_mib": extra, "kl": float(model.kl_divergence_)}
    print(json.dumps(result))


def _run(side: str, case: str, threads: str | None = None) -> dict:
    env = dict(os.environ)
    if threads is not None:
        env["OMP_NUM_THREADS"] = threads
    out = subprocess.run(
        [sys.executable, __file__, "--worker", side, case],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def tsne_rows() -> None:
    for case, label in [
        ("digits", "TSNE barnes_hut digits 1797x64"),
        ("digits500-exact", "TSNE exact digits 500x64"),
    ]:
        target = TSNE_TARGET if case == "digits" else METRICS_TARGET
        ours = _run("ours", case)
        for threads, note in [(None, "lib default threads"), ("1", "lib 1 thread")]:
            theirs = _run("sklearn", case, threads)
            ratio = ours["seconds"] / theirs["seconds"]
            verdict = "OK" if ratio <= target else "OVER"
            row = f"{label} ({note})"
            print(
                f"{row:60} ours {ours['seconds']:7.2f} s   lib {theirs['seconds']:7.2f} s   "
                f"ratio {ratio:5.2f}x   target <= {target:g}x {verdict}",
                flush=True,
            )
            print(
                f"{'':60} CPU time: ours {ours['cpu']:7.2f} s   lib {theirs['cpu']:7.2f} s   "
                f"ratio {ours['cpu'] / theirs['cpu']:5.2f}x",
                flush=True,
            )
            print(
                f"{'':60} peak memory above start: ours {ours['extra_mib']:6.1f} MiB   "
                f"lib {theirs['extra_mib']:6.1f} MiB   KL ours {ours['kl']:.4f} lib {theirs['kl']:.4f}",
                flush=True,
            )
            if case != "digits":
                break  # the exact method does not use threads


def metrics_rows() -> None:
    X, _ = make_blobs(n_samples=5000, n_features=10, centers=8, random_state=0)
    labels = np.random.RandomState(0).randint(0, 8, len(X))
    compare_with_memory(
        "silhouette_score 5000x10, 8 clusters",
        lambda: metrics.silhouette_score(X, labels),
        lambda: sk_metrics.silhouette_score(X, labels),
        METRICS_TARGET,
    )
    rng = np.random.RandomState(0)
    truth, found = rng.randint(0, 10, 1_000_000), rng.randint(0, 12, 1_000_000)
    compare_with_memory(
        "adjusted_rand_score 1e6 labels (10 vs 12)",
        lambda: metrics.adjusted_rand_score(truth, found),
        lambda: sk_metrics.adjusted_rand_score(truth, found),
        METRICS_TARGET,
    )
    digits = load_digits().data
    embedding = PCA(2).fit_transform(digits)
    compare_with_memory(
        "trustworthiness digits 1797x64 -> PCA(2)",
        lambda: metrics.trustworthiness(digits, embedding),
        lambda: sk_trustworthiness(digits, embedding),
        METRICS_TARGET,
    )


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        _fit_once(sys.argv[2], sys.argv[3])
        return
    metrics_rows()
    if "--skip-tsne" not in sys.argv:
        tsne_rows()


if __name__ == "__main__":
    main()

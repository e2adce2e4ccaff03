"""Figures of the SQL lesson, drawn from query results on the penguin tables."""

from __future__ import annotations

from typing import Any

import numpy as np


def figure_mass_by_group() -> Any:
    import matplotlib.pyplot as plt

    from mlroadmap.datasets import load_penguin_tables
    from mlroadmap.grading.sql import run_query

    query = (
        "SELECT s.common_name, p.sex, AVG(p.body_mass_g) FROM penguins p "
        "JOIN nests n ON n.study = p.study AND n.nest = p.nest "
        "JOIN species s ON s.species_id = n.species_id "
        "WHERE p.sex IS NOT NULL GROUP BY s.common_name, p.sex ORDER BY s.common_name, p.sex"
    )
    result = run_query(query, load_penguin_tables())
    names, sexes, means = result.data
    species = sorted(set(names))
    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    x = np.arange(len(species))
    for offset, sex in ((-0.2, "FEMALE"), (0.2, "MALE")):
        heights = [means[i] for i in range(len(names)) if sexes[i] == sex]
        ax.bar(x + offset, heights, width=0.4, label=sex.lower())
    ax.set_xticks(x, [s.split()[0] for s in species])
    ax.set(title="AVG(body_mass_g) GROUP BY species, sex", ylabel="mean body mass (g)")
    ax.legend()
    fig.tight_layout()
    return fig

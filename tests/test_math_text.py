"""Lesson formulas in the terminal: LaTeX made readable, code left alone."""

from __future__ import annotations

import re

import pytest

from mlroadmap.cli.math_text import latex_to_text, readable_math
from mlroadmap.curriculum import load_roadmap


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"\mu_j = \frac{1}{n} \sum_i X_{ij}", "μⱼ = 1/n Σᵢ Xᵢⱼ"),
        (r"\sigma_j = \sqrt{\frac{1}{n} \sum_i (X_{ij} - \mu_j)^2}", "σⱼ = √(1/n Σᵢ (Xᵢⱼ - μⱼ)²)"),
        (r"\frac{a + b}{n - 1}", "(a + b)/(n - 1)"),
        (r"e^{z_{ij} - m_i}", "e^(zᵢⱼ - mᵢ)"),
        (r"\lVert w \rVert^2 \le C", "‖ w ‖² ≤ C"),
        (r"\bar{x}_j", "x\u0304ⱼ"),
        (r"\mathrm{out}_i", "outᵢ"),
        (r"\max_c z_{ic}", "max_c z_(ic)"),
    ],
)
def test_formulas(latex, text):
    assert latex_to_text(latex) == text


def test_code_keeps_its_dollars_and_backslashes():
    markdown = "Cost $\\frac{1}{2}$ here.\n```python\nprint('$5 \\\\n')\n```\nand `\"$HOME\"`"
    assert readable_math(markdown) == "Cost 1/2 here.\n```python\nprint('$5 \\\\n')\n```\nand `\"$HOME\"`"


def test_every_shipped_lesson_reads_without_latex_in_the_terminal():
    for topic in load_roadmap().topics.values():
        if topic.lesson_path is None:
            continue
        prose = re.sub(r"```.*?```|`[^`\n]*`", "", readable_math(topic.lesson_path.read_text()), flags=re.S)
        assert "$" not in prose and "\\" not in prose, topic.id


def test_conditional_bars_and_greek_variants():
    assert latex_to_text(r"P(y \mid x) \pm \varepsilon, \Delta w") == "P(y | x) ± ε, Δ w"

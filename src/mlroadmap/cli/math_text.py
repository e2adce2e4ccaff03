"""Inline LaTeX (``$...$``) in lessons, made readable in a terminal with Unicode.

Lessons keep real LaTeX, which the web page will typeset; the terminal gets
``μⱼ = (1/n) Σᵢ Xᵢⱼ`` instead of ``\\mu_j = \\frac{1}{n} \\sum_i X_{ij}``. Only the
macros the lessons use are translated; anything else is left as written.
"""

from __future__ import annotations

import re

SYMBOLS = {
    r"\alpha": "α",
    r"\beta": "β",
    r"\gamma": "γ",
    r"\delta": "δ",
    r"\epsilon": "ε",
    r"\eta": "η",
    r"\theta": "θ",
    r"\lambda": "λ",
    r"\mu": "μ",
    r"\pi": "π",
    r"\rho": "ρ",
    r"\sigma": "σ",
    r"\tau": "τ",
    r"\phi": "φ",
    r"\omega": "ω",
    r"\Sigma": "Σ",
    r"\sum": "Σ",
    r"\prod": "Π",
    r"\cdot": "·",
    r"\times": "×",
    r"\dots": "…",
    r"\ldots": "…",
    r"\cdots": "⋯",
    r"\le": "≤",
    r"\leq": "≤",
    r"\ge": "≥",
    r"\geq": "≥",
    r"\ne": "≠",
    r"\neq": "≠",
    r"\approx": "≈",
    r"\infty": "∞",
    r"\in": "∈",
    r"\to": "→",
    r"\lVert": "‖",
    r"\rVert": "‖",
    r"\partial": "∂",
    r"\nabla": "∇",
    r"\mid": "|",
    r"\varepsilon": "ε",
    r"\Delta": "Δ",
    r"\pm": "±",
    r"\max": "max",
    r"\min": "min",
    r"\log": "log",
    r"\exp": "exp",
    r"\chi": "χ",
    r"\kappa": "κ",
    r"\nu": "ν",
    r"\xi": "ξ",
    r"\psi": "ψ",
    r"\Gamma": "Γ",
    r"\Lambda": "Λ",
    r"\Phi": "Φ",
    r"\Omega": "Ω",
    r"\ell": "ℓ",
    r"\top": "T",
    r"\sim": "~",
    r"\propto": "∝",
    r"\int": "∫",
    r"\forall": "∀",
    r"\exists": "∃",
    r"\cup": "∪",
    r"\cap": "∩",
    r"\subseteq": "⊆",
    r"\subset": "⊂",
    r"\emptyset": "∅",
    r"\neg": "¬",
    r"\land": "∧",
    r"\lor": "∨",
    r"\Rightarrow": "⇒",
    r"\iff": "⇔",
    r"\lfloor": "⌊",
    r"\rfloor": "⌋",
    r"\lceil": "⌈",
    r"\rceil": "⌉",
    r"\left": "",
    r"\right": "",
    r"\det": "det",
    r"\ln": "ln",
    r"\arg": "arg",
    r"\,": " ",
    r"\;": " ",
    r"\quad": "  ",
}
SUBSCRIPT = str.maketrans("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
SUPERSCRIPT = str.maketrans(
    "0123456789+-=()abcdefghijklmnoprstuvwxyzT", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ"
)
_GROUP = r"\{([^{}]*)\}"
_BLACKBOARD = {"R": "ℝ", "E": "𝔼", "N": "ℕ", "Z": "ℤ", "P": "ℙ"}


def _script(text: str, table: dict, mark: str) -> str:
    """Sub/superscript in Unicode when every character has a form, else ``_(...)``/``^(...)``."""
    converted = text.translate(table)
    if all(c != o or c in " " for c, o in zip(converted, text, strict=True)):
        return converted
    return f"{mark}({text})" if len(text) > 1 else f"{mark}{text}"


def _group(text: str) -> str:
    """``1/n`` for single tokens, ``(a + b)/(n - 1)`` otherwise."""
    return text if re.fullmatch(r"[\w.′]+", text) else f"({text})"


def latex_to_text(formula: str) -> str:
    text = formula
    for macro in sorted(SYMBOLS, key=len, reverse=True):
        text = re.sub(re.escape(macro) + r"(?![A-Za-z])", SYMBOLS[macro], text)
    for _ in range(4):  # innermost braces first, until nothing changes
        before = text
        text = re.sub(rf"_{_GROUP}", lambda m: _script(m[1], SUBSCRIPT, "_"), text)
        text = re.sub(rf"\^{_GROUP}", lambda m: _script(m[1], SUPERSCRIPT, "^"), text)
        text = re.sub(rf"\\frac{_GROUP}{_GROUP}", lambda m: f"{_group(m[1])}/{_group(m[2])}", text)
        text = re.sub(rf"\\sqrt{_GROUP}", lambda m: f"√{_group(m[1])}", text)
        text = re.sub(rf"\\bar{_GROUP}", lambda m: m[1] + "\u0304", text)
        text = re.sub(rf"\\hat{_GROUP}", lambda m: m[1] + "\u0302", text)
        text = re.sub(rf"\\tilde{_GROUP}", lambda m: m[1] + "\u0303", text)
        text = re.sub(rf"\\binom{_GROUP}{_GROUP}", lambda m: f"C({m[1]}, {m[2]})", text)
        text = re.sub(rf"\\mathbb{_GROUP}", lambda m: _BLACKBOARD.get(m[1], m[1]), text)
        text = re.sub(rf"\\(?:mathrm|text|operatorname|mathbf|mathcal|boldsymbol){_GROUP}", r"\1", text)
        if text == before:
            break
    text = re.sub(r"_([A-Za-z0-9])", lambda m: _script(m[1], SUBSCRIPT, "_"), text)
    text = re.sub(r"\^([A-Za-z0-9])", lambda m: _script(m[1], SUPERSCRIPT, "^"), text)
    return text.replace("\\{", "{").replace("\\}", "}").replace("\\", "")


def readable_math(markdown: str) -> str:
    """Every ``$...$`` outside code turned into plain Unicode text."""
    parts = re.split(r"(```.*?```|`[^`\n]*`)", markdown, flags=re.S)
    for i in range(0, len(parts), 2):  # even parts are outside code
        parts[i] = re.sub(r"\$([^$\n]+)\$", lambda m: latex_to_text(m[1]), parts[i])
    return "".join(parts)

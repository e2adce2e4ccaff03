"""Check of exercise 02: build_vocab (counts, min_count, ties by token, "<unk>" = 0)."""

import random
import string
from collections import Counter
from collections.abc import Callable

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant


def _comment_tokens() -> list[str]:
    """The words of the penguin study's field comments, lower-cased, without punctuation."""
    comments = load_penguins(raw=True)["Comments"]
    text = " ".join(c for c in comments if c is not None)
    return [word.strip(string.punctuation).lower() for word in text.split() if word.strip(string.punctuation)]


def cases() -> list[Case]:
    rng = random.Random(21)
    words = ["data", "model", "loss", "epoch", "batch", "layer", "token", "weight", "bias", "grad"]
    zipf = rng.choices(words, weights=[1 / (rank + 1) for rank in range(len(words))], k=300)
    comments = _comment_tokens()
    sentence = ["the", "cat", "sat", "on", "the", "mat", "the", "end"]
    return [
        Case("'the cat sat on the mat the end', max_size 4", (sentence, 4)),
        Case("the same sentence, room for every token", (sentence, 100)),
        Case("ties at the cut: the string order decides", (["b", "c", "a", "c", "b", "a", "d"], 3)),
        Case(
            "min_count 2 drops the tokens seen once",
            (["relu", "gelu", "relu", "tanh", "gelu", "relu", "silu"], 10),
            {"min_count": 2},
        ),
        Case("max_size 1: only '<unk>'", (["a", "b", "a"], 1)),
        Case("min_count above every count", (["a", "b", "a"], 5), {"min_count": 3}),
        Case("no tokens", ([], 5)),
        Case(
            "capitals and accents: 'Zebra' < 'apple' < 'école'",
            (["école", "apple", "Zebra"] * 2 + ["zoo"], 10),
        ),
        Case("300 tokens of a Zipf-like law over 10 words, max_size 6, seed 21", (zipf, 6)),
        Case(
            f"the {len(comments)} words of the penguin study's comments, min_count 2",
            (comments, 50),
            {"min_count": 2},
        ),
        Case("the penguin study's comments, max_size 8", (comments, 8)),
    ]


def _number(ranked: list[str], max_size: int, start: int = 1) -> dict[str, int]:
    vocab = {"<unk>": 0}
    for index, token in enumerate(ranked[: max_size - 1], start=start):
        vocab[token] = index
    return vocab


def ties_by_first_appearance(tokens: list[str], max_size: int, min_count: int = 1) -> dict[str, int]:
    ranked = [token for token, count in Counter(tokens).most_common() if count >= min_count]
    return _number(ranked, max_size)


def ties_reversed(tokens: list[str], max_size: int, min_count: int = 1) -> dict[str, int]:
    counts = Counter(tokens)
    kept = [token for token, count in counts.items() if count >= min_count]
    return _number(sorted(kept, key=lambda token: (counts[token], token), reverse=True), max_size)


def _ranked(tokens: list[str], keep: Callable[[int], bool]) -> list[str]:
    counts = Counter(tokens)
    return sorted((t for t, c in counts.items() if keep(c)), key=lambda token: (-counts[token], token))


def strict_min_count(tokens: list[str], max_size: int, min_count: int = 1) -> dict[str, int]:
    return _number(_ranked(tokens, lambda count: count > min_count), max_size)


def unk_not_counted(tokens: list[str], max_size: int, min_count: int = 1) -> dict[str, int]:
    return _number(_ranked(tokens, lambda count: count >= min_count), max_size + 1)


def ids_from_zero(tokens: list[str], max_size: int, min_count: int = 1) -> dict[str, int]:
    return _number(_ranked(tokens, lambda count: count >= min_count), max_size, start=0)


CHECK = Check(
    function="build_vocab",
    cases=cases,
    mutants=[
        Mutant(
            ties_by_first_appearance,
            "Tokens with equal counts came out in the order they first appeared, which is what "
            "Counter.most_common() gives: sort with key=lambda t: (-counts[t], t) so that ties "
            "follow the token's string order.",
        ),
        Mutant(
            ties_reversed,
            "Your ties come out in reverse string order: sorting by (count, token) with "
            "reverse=True reverses the token order too. Sort by (-count, token) without reverse.",
        ),
        Mutant(
            strict_min_count,
            "You dropped tokens that occur exactly min_count times: keep a token when its count "
            "is at least min_count (>=, not >).",
        ),
        Mutant(
            unk_not_counted,
            'Your vocabulary has one entry too many: max_size counts "<unk>" too, so only '
            "max_size - 1 tokens fit.",
        ),
        Mutant(
            ids_from_zero,
            'Your first token has id 0, the id of "<unk>": number the tokens from 1, for example '
            "with enumerate(..., start=1).",
        ),
    ],
)

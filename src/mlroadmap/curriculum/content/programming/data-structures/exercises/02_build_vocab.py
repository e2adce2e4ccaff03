"""Build a vocabulary: count tokens with a dict, rank them, break ties by the token.

Before a text model sees any text, each token becomes an integer id from a
vocabulary. The vocabulary keeps the most frequent tokens, maps the rest to a
special "unknown" id, and must come out the same on every run, or a saved model
would read its ids wrongly.

    tokens     the training tokens, in text order (none of them is "<unk>").
    max_size   the largest number of entries in the vocabulary, "<unk>" included
               (max_size >= 1).
    min_count  a token is kept only when it occurs at least min_count times.

    Return a dict from token to id:
    - "<unk>" has id 0;
    - the kept tokens get the ids 1, 2, 3, ... ranked by count, most frequent first;
    - tokens with the same count are ranked in string order ("Zebra" < "apple" <
      "école", as Python's < compares strings, character code by character code);
    - only the first max_size - 1 ranked tokens fit next to "<unk>".

    build_vocab("the cat sat on the mat the end".split(), max_size=4)
        -> {"<unk>": 0, "the": 1, "cat": 2, "end": 3}

Edge cases that matter: ties at the cut (the order decides who gets in), a
min_count that removes every token, max_size = 1 (only "<unk>"), no tokens at all.
collections.Counter counts for you, but its most_common() orders equal counts by
first appearance, not by the token: sort yourself, with a key.
"""


def build_vocab(tokens: list[str], max_size: int, min_count: int = 1) -> dict[str, int]:
    # TODO: count the tokens, keep the frequent ones, sort them by (count, token) as
    # described, and number them after "<unk>".
    raise NotImplementedError("build_vocab: replace this line with your code")

"""Comparison of plain values: what differs is said exactly, judged against numpy's own view."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import decode, encode, plain
from mlroadmap.grading.spec import Rule


@pytest.mark.parametrize("seed", range(5))
def test_agrees_with_numpy_allclose_on_random_arrays(seed):
    rng = np.random.default_rng(seed)
    expected = rng.normal(size=(6, 4))
    got = expected + rng.normal(scale=10.0 ** rng.integers(-12, -3), size=expected.shape)
    rule = Rule(rtol=1e-7, atol=1e-9)
    assert (compare(expected, got, rule) is None) == np.allclose(got, expected, rtol=1e-7, atol=1e-9)


def test_first_differing_index_and_count_match_numpy():
    rng = np.random.default_rng(1)
    expected = rng.normal(size=(5, 3))
    got = expected.copy()
    got[3, 1] += 1
    got[4, 2] += 1
    first = tuple(np.argwhere(~np.isclose(got, expected))[0])
    message = compare(expected, got)
    assert f"index [{first[0]}, {first[1]}]" in message
    assert "2 of 15" in message


def test_shape_and_transposition():
    expected = np.zeros((2, 3))
    assert "expected shape (2, 3), got shape (3, 2) (transposed?)" in compare(expected, np.zeros((3, 2)))
    assert "got shape (6,)" in compare(expected, np.zeros(6))


def test_nan_where_none_belongs_but_nan_matches_nan():
    expected = np.array([1.0, np.nan, 3.0])
    assert compare(expected, np.array([1.0, np.nan, 3.0])) is None
    assert "got NaN at index [2] where 3 was expected" in compare(expected, np.array([1.0, np.nan, np.nan]))


def test_none_says_forgot_return():
    assert "did you forget `return`" in compare(np.ones(2), None)
    assert "did you forget `return`" in compare(1.5, None)


def test_dtype_kind_checked_only_when_asked():
    mask = np.array([True, False])
    assert compare(mask, np.array([1, 0])) is None
    assert "expected a bool array, got dtype int64" in compare(mask, np.array([1, 0]), Rule(dtype_kind=True))


def test_numbers_lists_and_strings():
    assert compare(2.0, 2.0 + 1e-12) is None
    assert compare(math.inf, math.inf) is None and compare(-math.inf, -math.inf) is None
    assert compare(math.inf, 1e308) == "expected inf, got 1e+308"
    assert compare(2.0, 2.1) == "expected 2, got 2.1"
    assert compare(3, np.float64(3.0)) is None
    assert "expected an int" in compare(3, 3.0, Rule(dtype_kind=True))
    assert "expected a single number" in compare(1.0, np.ones(1))
    assert compare([1.0, np.ones(2)], [1.0, np.ones(2)]) is None
    assert "value 1:" in compare([1.0, np.ones(2)], [1.0, np.zeros(2)])
    assert "expected 2 values, got 1" in compare([1, 2], [1])
    assert compare("abc", "abc") is None
    assert "expected 'abc'" in compare("abc", "abd")


def test_a_list_of_numbers_is_accepted_for_an_array():
    assert compare(np.array([1.0, 2.0]), [1.0, 2.0]) is None


def test_round_trip_keeps_arrays_and_structure(tmp_path):
    rng = np.random.default_rng(0)
    value = (rng.normal(size=(3, 2)), [np.int64(4), 2.5, "x", None, True], np.arange(3, dtype=np.int32))
    back = decode(encode(value, tmp_path, "v"), tmp_path)
    assert compare(plain(value), back, Rule(rtol=0, atol=0, dtype_kind=True)) is None
    assert back[2].dtype == np.int32


def test_objects_never_cross_as_pickle(tmp_path):
    tree = encode([np.array([object()]), {(1, 2): 3}, object(), {"k": object()}], tmp_path, "v")
    assert [t["unsupported"] for t in tree[:3]] == [
        "an array of dtype object",
        "a dict whose keys are not numbers or strings",
        "an object of type object",
    ]
    assert tree[3] == {"__dict__": [["k", {"unsupported": "an object of type object"}]]}
    assert not list(tmp_path.iterdir()), "nothing was written for unsupported values"
    np.save(tmp_path / "evil.npy", np.array([object()]), allow_pickle=True)
    with pytest.raises(ValueError):
        decode({"__ndarray__": "evil.npy"}, tmp_path)


def test_numpy_strings_cross_as_plain_strings(tmp_path):
    value = [np.str_("a"), np.float64(1.5), np.int32(2)]
    back = decode(encode(value, tmp_path, "v"), tmp_path)
    assert back == ["a", 1.5, 2] and [type(v) for v in back] == [str, float, int]


def test_text_arrays_are_compared_exactly():
    expected = np.array(["a", "b", "c"])
    assert compare(expected, np.array(["a", "b", "c"])) is None
    assert (
        compare(expected, np.array(["a", "x", "c"]))
        == "values differ at index [1]: expected 'b', got 'x' (1 of 3 value(s) differ)"
    )
    assert "expected text" in compare(expected, np.zeros(3))

"""Check of exercise 01: Version (a frozen, ordered dataclass with validation and parsing)."""

import itertools
from dataclasses import dataclass
from typing import Any, Self

from mlroadmap.grading.spec import Case, Check, Mutant


def script(Version: Any, texts: list[str]) -> dict[str, Any]:
    """Parse, print, compare, sort, hash and try to change some versions."""
    shown, versions = [], []
    for text in texts:
        try:
            version = Version.from_string(text)
        except ValueError:
            shown.append("raises ValueError")
        else:
            shown.append(str(version))
            versions.append(version)
    first = versions[0]
    twin = Version(first.major, first.minor, first.patch)
    try:
        distinct: Any = len(set(versions))
    except TypeError:  # unhashable: what an __eq__ without a __hash__ gives
        distinct = "unhashable"
    try:
        twin.major = first.major + 1
        changed = "assigned"
    except AttributeError:
        changed = "raises AttributeError"
    try:
        Version(1, -1, 0)
        negative = "created"
    except ValueError:
        negative = "raises ValueError"
    return {
        "str of each parsed text": shown,
        "repr of the first": repr(first),
        "sorted": [str(v) for v in sorted(versions)],
        "max": str(max(versions)),
        "each < the next": [a < b for a, b in itertools.pairwise(versions)],
        "first == Version(same numbers)": first == Version(first.major, first.minor, first.patch),
        "len(set(versions))": distinct,
        "setting v.major": changed,
        "Version(1, -1, 0)": negative,
    }


def cases() -> list[Case]:
    return [
        Case("'1.9.0', '1.10.0', '1.2.3': 1.10 comes after 1.9", (["1.9.0", "1.10.0", "1.2.3"],)),
        Case(
            "NumPy releases",
            (["1.26.4", "2.0.0", "1.9.3", "1.16.6", "2.1.3", "1.21.0", "2.0.2", "1.26.0"],),
        ),
        Case(
            "scikit-learn releases, some tagged with a 'v'",
            (["v1.3.0", "0.24.2", "1.0.2", "v0.19.1", "1.5.2", "1.9.1", "1.2.2"],),
        ),
        Case("Python releases: 3.9 < 3.10 < 3.11", (["3.11.7", "3.9.18", "3.10.13", "3.12.1", "3.8.18"],)),
        Case("the same version three times", (["1.0.0", "v1.0.0", "1.0.0"],)),
        Case("one version", (["0.0.1"],)),
        Case(
            "texts that are not versions: ValueError",
            (["2.1.0", "1.2", "1.2.3.4", "1.x.0", "", "v", "1..2", "2.0.0"],),
        ),
        Case("a negative part: ValueError", (["1.0.0", "-1.2.3", "1.-2.3", "0.1.0"],)),
    ]


class _Methods:
    """What the learner writes by hand; each mutant below is a dataclass built on it."""

    major: int
    minor: int
    patch: int

    def __post_init__(self) -> None:
        if min(self.major, self.minor, self.patch) < 0:
            raise ValueError("negative part")

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def from_string(cls, text: str) -> Self:
        parts = text.removeprefix("v").split(".")
        if len(parts) != 3:
            raise ValueError(text)
        return cls(*(int(part) for part in parts))


def _called_version(cls: type) -> type:
    """The mutant shows itself as Version(...), as the learner's class would."""
    cls.__name__ = cls.__qualname__ = "Version"
    return cls


@dataclass(order=True)
class NotFrozen(_Methods):
    major: int
    minor: int
    patch: int


@dataclass(frozen=True)
class OrderedAsText(_Methods):
    major: int
    minor: int
    patch: int

    def __lt__(self, other: Self) -> bool:
        return str(self) < str(other)

    def __le__(self, other: Self) -> bool:
        return str(self) <= str(other)

    def __gt__(self, other: Self) -> bool:
        return str(self) > str(other)

    def __ge__(self, other: Self) -> bool:
        return str(self) >= str(other)


@dataclass(frozen=True, order=True)
class NotValidated(_Methods):
    major: int
    minor: int
    patch: int

    def __post_init__(self) -> None:
        pass


@dataclass(frozen=True, order=True)
class NoPrefix(_Methods):
    major: int
    minor: int
    patch: int

    @classmethod
    def from_string(cls, text: str) -> Self:
        parts = text.split(".")
        if len(parts) != 3:
            raise ValueError(text)
        return cls(*(int(part) for part in parts))


for _mutant in (NotFrozen, OrderedAsText, NotValidated, NoPrefix):
    _called_version(_mutant)


CHECK = Check(
    function="Version",
    cases=cases,
    driver=script,
    mutants=[
        Mutant(
            NotFrozen,
            "Your Version can be changed after it is created, and it cannot go into a set: a "
            "dataclass with eq=True that is not frozen sets __hash__ to None, because a hash that "
            "changes with the object would break sets and dicts. Use @dataclass(frozen=True, order=True).",
        ),
        Mutant(
            OrderedAsText,
            'Your versions are ordered as text, so "1.10.0" < "1.9.0": compare the numbers, as '
            "the tuple (major, minor, patch) does, which is what order=True generates.",
        ),
        Mutant(
            NotValidated,
            "A Version with a negative part was accepted: raise ValueError in __post_init__, "
            "which the dataclass __init__ calls after setting the fields.",
        ),
        Mutant(
            NoPrefix,
            'from_string rejected the "v" in front of a tagged version such as "v1.3.0": remove '
            'it first, with text.removeprefix("v").',
        ),
    ],
)

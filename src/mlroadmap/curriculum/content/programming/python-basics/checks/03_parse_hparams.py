"""Check of exercise 03: parse_hparams (typed values, first "=", ValueError on bad input)."""

from typing import Any

from mlroadmap.grading.spec import Case, Check, Mutant, Rule

Params = dict[str, int | float | bool | str]


def run(parse_hparams: Any, text: str) -> Any:
    """The parsed dict, or a marker when the function raises ValueError as asked."""
    try:
        return parse_hparams(text)
    except ValueError:
        return "raises ValueError"


def cases() -> list[Case]:
    return [
        Case(
            "'lr=0.01, epochs=10, optimizer=adam': a float, an int and a text",
            ("lr=0.01, epochs=10, optimizer=adam",),
        ),
        Case("booleans in any letter case", ("shuffle=true, augment=False, verbose=TRUE, amp=false",)),
        Case("spaces around names and values", ("  lr = 1e-3 ,batch_size= 32,  name =  run 1  ",)),
        Case(
            "LogisticRegression's defaults",
            ("penalty=l2, C=1.0, fit_intercept=True, max_iter=100, tol=0.0001, solver=lbfgs",),
        ),
        Case(
            "negative numbers and a text that starts with a digit", ("warmup=-5, scale=-0.5, model=3layer",)
        ),
        Case("a value containing '='", ("weights=runs/best=v2.pt, seed=0",)),
        Case("a trailing comma", ("dropout=0.5, layers=2, bias=false,",)),
        Case("an empty text", ("",)),
        Case("an empty value, and a value containing '=='", ("tag=, depth=3, filter=x==1",)),
        Case("infinity as a value", ("clip=inf, patience=10",)),
        Case("unicode names and values", ("modèle=réseau, λ=0.1, α=2",)),
        Case("an item without '=': ValueError", ("lr=0.1, epochs10",)),
        Case("an empty name: ValueError", ("lr=0.1, =3",)),
        Case("a name given twice: ValueError", ("lr=0.1, batch=8, lr=0.2",)),
    ]


def _convert(value: str) -> int | float | bool | str:
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _parse(
    text: str,
    convert: Any = _convert,
    split: Any = lambda item: item.partition("="),
    strip: bool = True,
    on_duplicate: str = "raise",
    on_malformed: str = "raise",
) -> Params:
    params: Params = {}
    for item in text.split(","):
        if not item.strip():
            continue
        name, sep, value = split(item)
        if strip:
            name, value = name.strip(), value.strip()
        if not sep or not name.strip():
            if on_malformed == "skip":
                continue
            raise ValueError(item)
        if name in params and on_duplicate == "raise":
            raise ValueError(name)
        params[name] = convert(value)
    return params


def _split_at_every_equals_sign(item: str) -> tuple[str, str, str]:
    if "=" not in item:
        return item, "", ""
    name, value = item.split("=")  # more than one "=": ValueError, too many values to unpack
    return name, "=", value


def _bool_of_text(value: str) -> int | float | bool | str:
    converted = _convert(value)
    return bool(value) if isinstance(converted, bool) else converted


def _float_first(value: str) -> int | float | bool | str:
    try:
        return float(value)
    except ValueError:
        return _convert(value)


def bool_of_text(text: str) -> Params:
    return _parse(text, convert=_bool_of_text)


def float_first(text: str) -> Params:
    return _parse(text, convert=_float_first)


def split_at_every_equals_sign(text: str) -> Params:
    return _parse(text, split=_split_at_every_equals_sign)


def not_stripped(text: str) -> Params:
    return _parse(text, strip=False)


def duplicates_overwritten(text: str) -> Params:
    return _parse(text, on_duplicate="overwrite")


def malformed_skipped(text: str) -> Params:
    return _parse(text, on_malformed="skip")


CHECK = Check(
    function="parse_hparams",
    cases=cases,
    rule=Rule(dtype_kind=True),  # 10 and 10.0 are different answers here, and so are True and 1
    driver=run,
    mutants=[
        Mutant(
            bool_of_text,
            'You converted "false" with bool(): any non-empty text is true, so bool("false") is '
            'True. Compare the lower-cased text with "true" instead.',
        ),
        Mutant(
            float_first,
            'You tried float() before int(), so "10" became 10.0: try int() first, so that a '
            "number of epochs stays an int.",
        ),
        Mutant(
            split_at_every_equals_sign,
            'item.split("=") splits at every "=", so a value containing "=" cannot be unpacked '
            'into name and value: split at the first one only, with item.split("=", 1) or '
            'item.partition("=").',
        ),
        Mutant(
            not_stripped,
            'You kept the spaces around names and values, so " lr" and "lr" are different names: '
            "call .strip() on both.",
        ),
        Mutant(
            duplicates_overwritten,
            "A name given twice silently kept its last value: raise ValueError instead, since a "
            "repeated name is usually a typo.",
        ),
        Mutant(
            malformed_skipped,
            'You skipped items that have no "=" or no name: raise ValueError for them, so that a '
            "typo in a hyper-parameter is reported instead of ignored.",
        ),
    ],
)

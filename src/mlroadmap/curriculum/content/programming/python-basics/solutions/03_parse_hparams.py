"""Parse a hyper-parameter string such as "lr=0.01, epochs=10, optimizer=adam".

Sweep runners and command lines pass hyper-parameters to a training script as text
(Hydra's overrides, a --params flag, a line in a log file); the script must turn
that text into typed values before it builds the model.

    text holds items separated by commas; each item is  name=value.
    Return a dict mapping each name to its value, converted by the first rule that
    applies:

    1. an int when int(value) accepts it:         "10" -> 10, "-3" -> -3
    2. else a float when float(value) accepts it:  "0.01" -> 0.01, "1e-3" -> 0.001
    3. else a bool when value is "true" or "false", in any letter case:
                                                   "True" -> True, "FALSE" -> False
    4. else the text itself:                       "adam" -> "adam"

    parse_hparams("lr=0.01, epochs=10, shuffle=true")
        -> {"lr": 0.01, "epochs": 10, "shuffle": True}

Details that matter:
- Spaces around names and values are ignored: " lr = 0.1 " gives "lr" and 0.1.
- Only the first "=" of an item separates the name from the value:
  "path=a=b" gives {"path": "a=b"}.
- Empty items, such as after a trailing comma, are skipped; an empty text gives {}.
- An empty value is the empty string: "tag=" gives {"tag": ""}.

Raise ValueError (with a message saying what is wrong) when
- an item has no "=" ("epochs10") or its name is empty ("=3");
- a name appears twice ("lr=0.1, lr=0.2"): a silent overwrite hides typos.

Use try/except ValueError around int() and float() to try each conversion.
"""


def _convert(value: str) -> int | float | bool | str:
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    if value.lower() in ("true", "false"):
        return value.lower() == "true"  # bool("false") would be True: any non-empty text is
    return value


def parse_hparams(text: str) -> dict[str, int | float | bool | str]:
    params: dict[str, int | float | bool | str] = {}
    for item in text.split(","):
        if not item.strip():
            continue
        name, sep, value = item.partition("=")  # splits at the first "=" only
        name = name.strip()
        if not sep or not name:
            raise ValueError(f"expected name=value, got {item.strip()!r}")
        if name in params:
            raise ValueError(f"{name!r} is given twice")
        params[name] = _convert(value.strip())
    return params

"""JSON parsing with a nesting limit, for every door that reads JSON from outside: the API's request bodies
(api/parsers.py) and the import readers. Python's parser recurses once per level and raises RecursionError around
1,000 levels; a value that parses is then walked (iteratively, linear in its size) and refused past
limits.JSON_DEPTH_MAX, so no later code meets a value nested deeper than that."""
import json

from annotations.rules.limits import JSON_DEPTH_MAX


class TooDeep(ValueError):
    code = "too_deep"

    def __init__(self):
        super().__init__(f"JSON nested deeper than {JSON_DEPTH_MAX} levels of arrays and objects.")


def depth(value) -> int:
    """How many arrays and objects deep `value` is (0 for a scalar), stopping once past the limit."""
    if not isinstance(value, (dict, list)):
        return 0
    deepest, stack = 1, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > JSON_DEPTH_MAX:
            break
        for child in item.values() if isinstance(item, dict) else item:
            if isinstance(child, (dict, list)):
                stack.append((child, level + 1))
    return deepest


def _checked(value):
    if depth(value) > JSON_DEPTH_MAX:
        raise TooDeep
    return value


def loads(text: str, **kwargs):
    """json.loads, refusing nesting past the limit with TooDeep (a ValueError)."""
    try:
        return _checked(json.loads(text, **kwargs))
    except RecursionError:
        raise TooDeep from None


def raw_decode(decoder: json.JSONDecoder, text: str, offset: int):
    """decoder.raw_decode, refusing nesting past the limit with TooDeep."""
    try:
        value, end = decoder.raw_decode(text, offset)
    except RecursionError:
        raise TooDeep from None
    return _checked(value), end

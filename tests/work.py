"""Work, not wall time: the number of Python lines executed in the workbench's own code, in pysbd and in difflib
while a call runs, counted with sys.settrace. Deterministic for a given input, blind to the machine's load, and it
sees a quadratic loop as a quadratic count. A call that passes `cap` lines is stopped (TooMuchWork), so a test of a
superlinear algorithm fails quickly instead of running for minutes."""
import difflib
import sys
from pathlib import Path

import pysbd

WATCHED = (str(Path(__file__).resolve().parent.parent / "annotations"), str(Path(pysbd.__file__).parent),
           difflib.__file__)


class TooMuchWork(AssertionError):
    pass


def lines_run(call, *args, cap: int, **kwargs):
    """(result, lines executed) of call(*args, **kwargs); raises TooMuchWork past `cap` lines."""
    count = 0
    watched: dict = {}

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
            if count > cap:
                raise TooMuchWork(f"more than {cap} lines executed")
        return local

    def global_(frame, event, arg):
        filename = frame.f_code.co_filename
        inside = watched.get(filename)
        if inside is None:
            inside = watched[filename] = filename.startswith(WATCHED)
        return local if inside else None

    sys.settrace(global_)
    try:
        result = call(*args, **kwargs)
    finally:
        sys.settrace(None)
    return result, count

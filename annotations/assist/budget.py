"""A work meter for the readers of article text. Each reader is linear in its input; the meter caps the total, so
a megabyte article cannot hold a worker for minutes: past the limit the reader stops with WorkExhausted and its
caller keeps what was found so far, marked partial. A unit is roughly a microsecond of one core: a character
scanned by a loop or a regular expression is one, a character handed to pysbd ten and each pysbd call 700
(docs/reliability.md has the calibration). The tests (tests/assist/test_bounded_work.py) count executed lines
instead, which no reader can under-report."""
from dataclasses import dataclass

# Units for one article's suggestions, about two seconds of one core: prose articles of up to ~100,000 characters
# are read in full (docs/reliability.md has the figures).
SUGGEST_WORK_LIMIT = 2_000_000
# Characters of an article the suggestions read at most (cut at a line break): a longer text is not even scanned.
SUGGEST_READ_MAX = 200_000


class WorkExhausted(Exception):
    """The work limit was reached; what was found so far is still valid, only incomplete."""


@dataclass
class Work:
    limit: int | None = None  # None: count without a limit
    spent: int = 0

    def spend(self, units: int = 1) -> None:
        self.spent += units
        if self.limit is not None and self.spent > self.limit:
            raise WorkExhausted(f"spent {self.spent} of {self.limit} work units")


def meter(work: "Work | None") -> Work:
    return work if work is not None else Work()

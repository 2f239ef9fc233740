"""All suggestions for one article text: quotes with their speaker, claims ranked by check-worthiness, opinions.
Cached by text, since an article's text does not change once annotated."""
from dataclasses import asdict, dataclass
from functools import lru_cache

from .checkworthy import find_claims, find_opinions
from .quotes import find_quotes


@dataclass(frozen=True)
class Suggestion:
    tag: str
    start: int
    end: int
    text: str
    score: float
    speaker: str = ""
    reasons: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {**asdict(self), "reasons": list(self.reasons)}


@lru_cache(maxsize=64)
def suggest(text: str) -> tuple[Suggestion, ...]:
    found = [Suggestion("quote", q.start, q.end, q.text, 0.6 if q.unbalanced else 1.0, q.speaker,
                        ("unbalanced quotation marks",) if q.unbalanced else ("quotation marks",))
             for q in find_quotes(text)]
    found += [Suggestion("claim", c.start, c.end, c.text, c.score, "", c.reasons) for c in find_claims(text)]
    found += [Suggestion("opinion", c.start, c.end, c.text, c.score, "", c.reasons) for c in find_opinions(text)]
    return tuple(sorted(found, key=lambda s: (s.start, s.end, s.tag)))

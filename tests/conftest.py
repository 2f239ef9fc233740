from pathlib import Path

import pytest

from annotations import services
from annotations.models import Article
from tests.factories import ArticleFactory, user_with_roles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def annotator(db):
    return user_with_roles("ann", "annotator")


@pytest.fixture
def other_annotator(db):
    return user_with_roles("ann2", "annotator")


@pytest.fixture
def reviewer(db):
    return user_with_roles("rev", "reviewer", "annotator")


@pytest.fixture
def exporter(db):
    return user_with_roles("exp", "exporter")


@pytest.fixture
def staff(db):
    return user_with_roles("boss", is_staff=True, is_superuser=True)


@pytest.fixture
def article(db):
    return ArticleFactory()


@pytest.fixture
def emoji_article(db) -> Article:
    """Seed article 004, with its non-BMP 🔹 characters."""
    text = next(SEEDS.glob("004_*.txt")).read_bytes().decode("utf-8")
    return services.article_create(title="004", text=text)


@pytest.fixture
def make_span(annotator):
    def make(article, needle, *, tag="claim", author=None, occurrence=0, **kwargs):
        start = -1
        for _ in range(occurrence + 1):
            start = article.text.index(needle, start + 1)
        return services.span_create(
            article=article, author=author or annotator, start=start, end=start + len(needle), tag=tag, **kwargs
        )

    return make

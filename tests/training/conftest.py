from io import StringIO

import pytest
from django.core.management import call_command

from annotations.models import Article
from tests.factories import user_with_roles


@pytest.fixture
def seed_article(db):
    """Seed 004 (with its 🔹), loaded from seeds/ as the gold set knows it."""
    call_command("load_seeds", stdout=StringIO())
    return Article.objects.get(text__contains="🔹")


@pytest.fixture
def trainee(db):
    return user_with_roles("trainee")  # any signed-in user, no role needed

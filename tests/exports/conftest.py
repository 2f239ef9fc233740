import pytest

from tests.awkward_data import build_awkward_spans


@pytest.fixture
def awkward_spans(db):
    return build_awkward_spans()

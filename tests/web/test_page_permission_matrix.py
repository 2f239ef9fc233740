"""Every page × every kind of user: the status each gets. A page needs the same role as the API endpoints that
serve its data (annotations/api/permissions.py): anonymous visitors are sent to the login page, signed-in people
without the role get 403."""
import pytest
from django.urls import URLPattern, reverse

from annotations.models import TrainingSession
from annotations.web import urls as web_urls
from tests.factories import user_with_roles

USERS = ["anonymous", "no_role", "annotator", "reviewer", "exporter", "staff", "superuser"]

# What the API asks for the same data: HasWorkbenchRole (roles.can_view) for articles, spans and agreement;
# CanExport (roles.can_export) for claim sets; any signed-in user for their own training sessions.
VIEWERS = {"no_role": 403, "annotator": 200, "reviewer": 200, "exporter": 200, "staff": 403, "superuser": 200}
EXPORTERS = {"no_role": 403, "annotator": 403, "reviewer": 403, "exporter": 200, "staff": 403, "superuser": 200}
# POST /api/articles/ (the intake): annotators and up (reviewers, staff holding the article permissions).
ADDERS = {"no_role": 403, "annotator": 200, "reviewer": 200, "exporter": 403, "staff": 403, "superuser": 200}
SIGNED_IN = {"no_role": 200, "annotator": 200, "reviewer": 200, "exporter": 200, "staff": 200, "superuser": 200}

# (url name, kwargs from the world and the user, expected status by user)
MATRIX = [
    ("web:article_list", None, VIEWERS),
    ("web:article_add", None, ADDERS),
    ("web:article_detail", lambda world, user: {"pk": world["article"].pk}, VIEWERS),
    ("web:review_queue", None, VIEWERS),
    ("web:my_work", None, VIEWERS),
    ("web:claim_sets", None, EXPORTERS),
    ("web:agreement", None, VIEWERS),
    ("web:training_home", None, SIGNED_IN),
    # A session is only ever shown to its trainee, so each user asks for one of their own.
    ("web:training_session", lambda world, user: {"pk": world["session"](user).pk}, SIGNED_IN),
]


@pytest.fixture
def world(article):
    users = {
        "anonymous": None,
        "no_role": user_with_roles("p-nobody"),
        "annotator": user_with_roles("p-annotator", "annotator"),
        "reviewer": user_with_roles("p-reviewer", "reviewer"),
        "exporter": user_with_roles("p-exporter", "exporter"),
        "staff": user_with_roles("p-staff", is_staff=True),
        "superuser": user_with_roles("p-super", is_staff=True, is_superuser=True),
    }

    def session(user):
        owner = user or users["annotator"]
        return TrainingSession.objects.create(trainee=owner, article=article)

    return {"article": article, "users": users, "session": session}


@pytest.mark.parametrize("who", USERS)
@pytest.mark.parametrize("name, kwargs, expected", MATRIX, ids=[row[0] for row in MATRIX])
def test_page_permission_matrix(client, world, who, name, kwargs, expected):
    user = world["users"][who]
    url = reverse(name, kwargs=kwargs(world, user) if kwargs else None)
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    if who == "anonymous":
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={url}"
    else:
        assert response.status_code == expected[who], response.content[:300]
        if response.status_code == 403:
            assert response["Content-Type"].startswith("text/html")
            assert world["article"].title not in response.content.decode()


def test_every_page_is_in_the_matrix():
    names = {f"{web_urls.app_name}:{p.name}" for p in web_urls.urlpatterns if isinstance(p, URLPattern)}
    assert all(isinstance(p, URLPattern) for p in web_urls.urlpatterns), "an include() needs its own rows"
    assert names == {row[0] for row in MATRIX}


def test_every_user_kind_has_an_expectation():
    for name, _, expected in MATRIX:
        assert set(expected) == set(USERS) - {"anonymous"}, name

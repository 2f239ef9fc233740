"""Training over the API and on its pages: kept apart from production, scored against the gold set."""


from annotations import gold
from annotations.models import Span, TrainingSession
from tests.factories import user_with_roles


def test_trainee_annotates_finishes_and_sees_the_score_and_marked_text(client_for, client, trainee, seed_article):
    api = client_for(trainee)
    session = api.post("/api/training-sessions/", {"article": seed_article.pk}, format="json")
    assert session.status_code == 201, session.json()
    sid = session.json()["id"]
    first_gold = gold.gold_spans()[seed_article.text_sha256][0]
    added = api.post(f"/api/training-sessions/{sid}/spans/",
                     {"start": first_gold["start"], "end": first_gold["end"], "tag": first_gold["tag"]}, format="json")
    assert added.status_code == 201 and len(added.json()["spans"]) == 1
    wrong = seed_article.text.index("Oval Office")
    api.post(f"/api/training-sessions/{sid}/spans/", {"start": wrong, "end": wrong + 11, "tag": "claim"},
             format="json")
    finished = api.post(f"/api/training-sessions/{sid}/finish/")
    score = finished.json()["score"]
    assert score["exact"]["tags"]["all"]["matched_predicted"] == 1
    assert score["exact"]["tags"]["all"]["predicted"] == 2
    assert Span.objects.count() == 0  # nothing leaked into production
    late = api.post(f"/api/training-sessions/{sid}/spans/", {"start": 0, "end": 9, "tag": "claim"}, format="json")
    assert late.status_code == 400

    client.force_login(trainee)
    page = client.get(f"/training/{sid}/").content.decode()
    assert 'id="score-table"' in page and "tr-missed" in page and "tr-extra" in page
    assert "Oval Office" in page


def test_nobody_sees_or_changes_another_trainees_session(client_for, client, trainee, seed_article):
    session = client_for(trainee).post("/api/training-sessions/", {"article": seed_article.pk}, format="json").json()
    other = user_with_roles("other")
    assert client_for(other).get(f"/api/training-sessions/{session['id']}/").status_code == 404
    assert client_for(other).post(f"/api/training-sessions/{session['id']}/finish/").status_code == 404
    client.force_login(other)
    assert client.get(f"/training/{session['id']}/").status_code == 404
    assert TrainingSession.objects.get().finished_at is None


def test_training_home_lists_gold_articles_with_constant_queries(client, trainee, seed_article,
                                                                  django_assert_max_num_queries):
    client.force_login(trainee)
    with django_assert_max_num_queries(6):
        page = client.get("/training/").content.decode()
    assert page.count("<option value=") == 5


def test_training_needs_a_gold_article(client_for, trainee, article):
    response = client_for(trainee).post("/api/training-sessions/", {"article": article.pk}, format="json")
    assert (response.status_code, list(response.json())) == (400, ["article"])

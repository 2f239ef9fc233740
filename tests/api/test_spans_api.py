import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations.models import Evidence, Review, Span
from tests.factories import ArticleFactory, bulk_verified_spans, user_with_roles


def create_payload(article, needle, tag="claim"):
    start = article.text.index(needle)
    return {"article": article.pk, "start": start, "end": start + len(needle), "tag": tag, "text": needle}


def test_annotator_creates_span_and_gets_etag(client_for, annotator, article):
    response = client_for(annotator).post("/api/spans/", create_payload(article, "40% of voters"), format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["text"], body["status"], body["version"], body["author"]) == ("40% of voters", "draft", 1, "ann")
    assert response["ETag"] == '"1"'


def test_mismatched_offsets_give_400_naming_the_field_and_write_nothing(client_for, annotator, article):
    payload = create_payload(article, "40% of voters") | {"text": "41% of voters"}
    response = client_for(annotator).post("/api/spans/", payload, format="json")
    assert response.status_code == 400
    assert "text" in response.json()
    assert Span.objects.count() == 0


def test_unknown_tag_is_a_400_on_the_tag_field(client_for, annotator, article):
    response = client_for(annotator).post("/api/spans/", create_payload(article, "40%") | {"tag": "rumour"},
                                          format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["tag"]


def test_stale_if_match_gets_412_and_changes_nothing(client_for, annotator, article, make_span):
    span = make_span(article, "Critics disagree", tag="opinion")
    client = client_for(annotator)
    ok = client.patch(f"/api/spans/{span.pk}/", {"note": "mine"}, format="json", HTTP_IF_MATCH='"1"')
    assert (ok.status_code, ok["ETag"]) == (200, '"2"')
    stale = client.patch(f"/api/spans/{span.pk}/", {"note": "theirs"}, format="json", HTTP_IF_MATCH='"1"')
    assert stale.status_code == 412
    assert stale.json()["code"] == "version_conflict"
    assert stale.json()["current_version"] == 2
    assert client.delete(f"/api/spans/{span.pk}/", HTTP_IF_MATCH='"1"').status_code == 412
    span.refresh_from_db()
    assert (span.note, span.version) == ("mine", 2)


def test_author_cannot_approve_own_span_through_the_api(client_for, reviewer, article):
    client = client_for(reviewer)
    created = client.post("/api/spans/", create_payload(article, "Critics disagree", "opinion"), format="json")
    span_id = created.json()["id"]
    assert client.post(f"/api/spans/{span_id}/submit/").status_code == 200
    response = client.post(f"/api/spans/{span_id}/reviews/", {"decision": "approve"}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "four_eyes"
    assert Review.objects.count() == 0


def test_full_review_flow_over_the_api(client_for, annotator, reviewer, article):
    author, second = client_for(annotator), client_for(reviewer)
    span_id = author.post("/api/spans/", create_payload(article, "40% of voters agree"), format="json").json()["id"]
    bad_url = author.post(f"/api/spans/{span_id}/evidence/", {"stance": "supports", "url": "javascript:alert(1)"},
                          format="json")
    assert (bad_url.status_code, list(bad_url.json())) == (400, ["url"])
    added = author.post(f"/api/spans/{span_id}/evidence/", {"stance": "supports", "url": "https://example.org/p"},
                        format="json")
    assert added.status_code == 201
    assert author.post(f"/api/spans/{span_id}/submit/").status_code == 200
    no_verdict = second.post(f"/api/spans/{span_id}/reviews/", {"decision": "approve"}, format="json")
    assert (no_verdict.status_code, list(no_verdict.json())) == (400, ["verdict"])
    approved = second.post(f"/api/spans/{span_id}/reviews/",
                           {"decision": "approve", "verdict": "accurate", "explanation": "Poll confirms."},
                           format="json")
    assert approved.status_code == 201
    body = approved.json()
    assert body["status"] == "verified"
    assert [r["reviewer"] for r in body["reviews"]] == ["rev"]
    assert [e["source"]["url"] for e in body["evidence"]] == ["https://example.org/p"]


def test_annotator_cannot_edit_or_delete_another_annotators_span_by_id(client_for, other_annotator, article,
                                                                      make_span):
    span = make_span(article, "Critics disagree", tag="opinion")
    client = client_for(other_annotator)
    etag = f'"{span.version}"'
    assert client.patch(f"/api/spans/{span.pk}/", {"note": "x"}, format="json", HTTP_IF_MATCH=etag).status_code == 403
    assert client.delete(f"/api/spans/{span.pk}/", HTTP_IF_MATCH=etag).status_code == 403
    assert Span.objects.get().note == ""


@pytest.mark.parametrize("who", ["anonymous", "no_role"])
def test_nobody_without_a_role_sees_spans(client_for, article, make_span, who):
    make_span(article, "Critics disagree", tag="opinion")
    user = None if who == "anonymous" else user_with_roles("nobody")
    client = client_for(user)
    for url in ("/api/spans/", "/api/articles/", "/api/evidence/", "/api/reviews/", "/api/sources/"):
        response = client.get(url)
        assert response.status_code in (401, 403), url
        assert "results" not in response.json()
    assert client_for(user).post("/api/spans/", create_payload(article, "Critics"), format="json").status_code in (
        401, 403)


def test_span_list_filters_by_article_tag_status_and_author(client_for, annotator, article, make_span):
    make_span(article, "Critics disagree", tag="opinion")
    make_span(article, "40% of voters", tag="claim")
    other = ArticleFactory()
    make_span(other, "Critics disagree", tag="opinion")
    client = client_for(annotator)
    body = client.get(f"/api/spans/?article={article.pk}&tag=opinion&status=draft&author=ann").json()
    assert body["count"] == 1
    assert body["results"][0]["text"] == "Critics disagree"
    assert client.get("/api/spans/?tag=nonsense").status_code == 400


def test_span_list_query_count_does_not_grow_with_rows(client_for, annotator, reviewer,
                                                       django_assert_max_num_queries):
    small, large = ArticleFactory(text="x" * 300), ArticleFactory(text="y" * 300)
    bulk_verified_spans(small, annotator, reviewer, 10)
    bulk_verified_spans(large, annotator, reviewer, 200)
    client = client_for(annotator)
    client.get("/api/spans/?page_size=1")  # warm the user's permission cache
    counts = []
    for article in (small, large):
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(f"/api/spans/?article={article.pk}&page_size=500")
        assert response.status_code == 200
        assert response.json()["count"] == len(response.json()["results"])
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(counts[0]):
        client.get(f"/api/spans/?article={large.pk}")


def test_evidence_delete_by_a_stranger_is_refused(client_for, article, make_span, annotator):
    span = make_span(article, "40% of voters", tag="claim")
    client_for(annotator).post(f"/api/spans/{span.pk}/evidence/", {"stance": "context", "url": "https://e.org/"},
                               format="json")
    evidence = Evidence.objects.get()
    etag = f'"{Span.objects.get(pk=span.pk).version}"'
    stranger = client_for(user_with_roles("x", "annotator"))
    assert stranger.delete(f"/api/evidence/{evidence.pk}/", HTTP_IF_MATCH=etag).status_code == 403
    assert client_for(annotator).delete(f"/api/evidence/{evidence.pk}/", HTTP_IF_MATCH=etag).status_code == 204
    assert Evidence.objects.count() == 0


def test_malformed_json_and_unknown_ids_get_json_errors(client_for, annotator, article):
    client = client_for(annotator)
    bad = client.post("/api/spans/", "{not json", content_type="application/json")
    assert (bad.status_code, bad["Content-Type"]) == (400, "application/json")
    assert "detail" in bad.json()
    missing = client.get("/api/spans/999999/")
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")
    no_article = client.post("/api/spans/", {"article": 999999, "start": 0, "end": 3, "tag": "claim"}, format="json")
    assert (no_article.status_code, list(no_article.json())) == (400, ["article"])


def test_an_unexpected_error_is_json_not_an_html_page(client_for, annotator, article, monkeypatch):
    from annotations import services

    def boom(**kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(services, "span_create", boom)
    client = client_for(annotator)
    client.raise_request_exception = False
    response = client.post("/api/spans/", {"article": article.pk, "start": 0, "end": 7, "tag": "claim"},
                           format="json")
    assert response.status_code == 500
    assert response.json()["code"] == "server_error"
    assert "bug" not in response.content.decode()


def test_staff_create_article_and_annotated_text_is_immutable_over_the_api(client_for, staff, make_span, article):
    client = client_for(staff)
    created = client.post("/api/articles/", {"title": "New", "text": "Line one.\r\nLine 🔹 two."}, format="json")
    assert created.status_code == 201
    assert created.json()["text"] == "Line one.\r\nLine 🔹 two." and created.json()["length"] == 22
    make_span(article, "Critics disagree", tag="opinion")
    locked = client.patch(f"/api/articles/{article.pk}/", {"text": "Rewritten."}, format="json")
    assert (locked.status_code, locked.json()["text"][0]) == (400, locked.json()["text"][0])
    assert "cannot be changed" in locked.json()["text"][0]
    article.refresh_from_db()
    assert article.text != "Rewritten."


def test_updated_since_with_an_extreme_utc_offset_is_answered_not_a_500(client_for, annotator, make_span, article):
    make_span(article, "Critics disagree", tag="opinion")
    response = client_for(annotator).get("/api/spans/", {"updated_since": "2000-02-11T23:56:02+18:05"})
    assert response.status_code == 200
    assert response.json()["count"] == 1

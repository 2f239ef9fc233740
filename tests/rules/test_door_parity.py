"""One rulebook, every door: each invalid case of the catalogue goes through the service, the API and the importer,
and each door must refuse it with the same error code and leave every table as it was. A rule added to one door and
not the others fails here.

The catalogue has three kinds of case: a new span (its offsets and fields), evidence on a draft span, and a review
of a submitted claim. The import door sends the same content as one record of our jsonl format (spans, evidence
entries, another desk's reviews), uploaded by a trusted importer unless the case says otherwise."""
import io
import json
import uuid
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from annotations import services
from annotations.errors import NotPermitted
from annotations.models import Article, Evidence, ImportProvenance, Review, Source, Span
from annotations.rules.limits import (
    COMMENT_MAX, EVIDENCE_PER_SPAN_MAX, EXCERPT_MAX, EXPLANATION_MAX, NOTE_MAX, SOURCE_TITLE_MAX, SPEAKER_MAX,
)
from tests.factories import user_with_roles
from tests.imports.conftest import TRICKY_TEXT

DOORS = ("service", "api", "import")
CLAIM = "40% of voters agree"
FAMILY = TRICKY_TEXT.index("\U0001F469")  # a ZWJ sequence: offsets inside it split a character


@dataclass
class Case:
    name: str
    kind: str  # span | evidence | review
    code: str
    params: dict
    doors: tuple = DOORS
    reviewer: str = "reviewer"  # review cases: who decides (a key of the `people` fixture)
    stance: str = "supports"  # review cases: the evidence the submitted claim carries
    importer: str = "root"  # who uploads the import door's record
    notes: dict = field(default_factory=dict)
    full: bool = False  # evidence cases: the draft already holds EVIDENCE_PER_SPAN_MAX sources (the import door's
    # record lists one more than that)


def _claim_offsets(text=TRICKY_TEXT):
    start = text.index(CLAIM)
    return start, start + len(CLAIM)


START, END = _claim_offsets()
CASES = [
    # --- a new span ---
    Case("negative start", "span", "negative_offset", {"start": -1, "end": 5}),
    Case("empty span", "span", "empty_span", {"start": 5, "end": 5}),
    Case("end past the article", "span", "out_of_range", {"start": 0, "end": len(TRICKY_TEXT) + 1}),
    Case("text does not match", "span", "text_mismatch", {"start": START, "end": END, "text": "40% of nobody"}),
    Case("offset inside an emoji sequence", "span", "splits_grapheme", {"start": FAMILY + 1, "end": FAMILY + 4}),
    Case("unknown tag", "span", "invalid_choice", {"tag": "rumour"}),
    Case("speaker over the limit", "span", "too_long", {"speaker": "x" * (SPEAKER_MAX + 1)}),
    Case("note over the limit", "span", "too_long", {"note": "x" * (NOTE_MAX + 1)}),
    Case("NUL in the note", "span", "nul_character", {"note": "a\x00b"}),
    Case("lone surrogate in the note", "span", "invalid_unicode", {"note": "a\ud800b"}),
    Case("control character in the speaker", "span", "control_character", {"speaker": "bell\x07"}),
    # --- evidence on a draft ---
    Case("unknown stance", "evidence", "invalid_choice", {"stance": "maybe"}),
    Case("excerpt over the limit", "evidence", "too_long", {"excerpt": "x" * (EXCERPT_MAX + 1)}),
    Case("NUL in the excerpt", "evidence", "nul_character", {"excerpt": "a\x00b"}),
    Case("lone surrogate in the excerpt", "evidence", "invalid_unicode", {"excerpt": "a\ud800b"}),
    Case("control character in the excerpt", "evidence", "control_character", {"excerpt": "bell\x07"}),
    Case("source title over the limit", "evidence", "too_long", {"title": "x" * (SOURCE_TITLE_MAX + 1)}),
    Case("ftp source", "evidence", "invalid_scheme", {"url": "ftp://example.org/report"}),
    Case("malformed source URL", "evidence", "invalid_url", {"url": "https://exa mple.org/"}),
    Case("port out of range in the source URL", "evidence", "invalid_port", {"url": "https://example.org:65536/"}),
    Case("Cyrillic lookalike in a Latin host", "evidence", "mixed_script_host", {"url": "https://ex\u0430mple.org/"}),
    Case("password in the source URL", "evidence", "credentials_in_url", {"url": "https://me:pw@example.org/"}),
    Case("passage offsets on a URL", "evidence", "passage_without_article",
         {"source_start": 0, "source_end": 4}),
    Case("the span's own article as its source", "evidence", "same_article", {"own_article": True}),
    Case("the same source twice", "evidence", "duplicate_evidence", {"url": "HTTPS://Example.org/poll#top"},
         notes={"service/api": "the draft already cites https://example.org/poll",
                "import": "the record lists it twice"}),
    Case("one source more than a span may have", "evidence", "too_much_evidence", {}, full=True),
    # --- a review of a submitted claim ---
    Case("approval without a verdict", "review", "required", {"decision": "approve", "explanation": "Checked."}),
    Case("verdict off the scale", "review", "invalid_choice",
         {"decision": "approve", "verdict": "mostly", "explanation": "Checked."}),
    Case("approval without an explanation", "review", "required", {"decision": "approve", "verdict": "accurate"}),
    Case("rejection without a comment", "review", "required", {"decision": "reject"}),
    Case("request for changes without a comment", "review", "required", {"decision": "request_changes"}),
    Case("verdict on a rejection", "review", "verdict_not_allowed",
         {"decision": "reject", "verdict": "false", "comment": "No."}),
    Case("comment over the limit", "review", "too_long", {"decision": "reject", "comment": "x" * (COMMENT_MAX + 1)}),
    Case("NUL in the comment", "review", "nul_character", {"decision": "reject", "comment": "a\x00b"}),
    Case("lone surrogate in the comment", "review", "invalid_unicode", {"decision": "reject", "comment": "a\ud800b"}),
    Case("control character in the comment", "review", "control_character",
         {"decision": "reject", "comment": "bell\x07"}),
    Case("3,000,000-character comment", "review", "too_long", {"decision": "reject", "comment": "x" * 3_000_000}),
    Case("explanation over the limit", "review", "too_long",
         {"decision": "approve", "verdict": "accurate", "explanation": "x" * (EXPLANATION_MAX + 1)}),
    Case("unknown decision", "review", "invalid_choice", {"decision": "shrug", "comment": "?"}),
    Case("claim with context-only evidence", "review", "no_supporting_source",
         {"decision": "approve", "verdict": "accurate", "explanation": "Checked."}, stance="context"),
    Case("the author approves", "review", "four_eyes",
         {"decision": "approve", "verdict": "accurate", "explanation": "Mine."}, reviewer="writer"),
    Case("someone without the reviewer role approves", "review", "not_permitted",
         {"decision": "approve", "verdict": "accurate", "explanation": "Looks fine."}, reviewer="annotator"),
    Case("a verification by staff without the reviewer role or the import permission", "review", "not_permitted",
         {"decision": "approve", "verdict": "accurate", "explanation": "Trust me."}, reviewer="desk",
         importer="desk"),
]


# --- the world each case runs in ----------------------------------------------------------------------------------

@pytest.fixture
def people(db):
    desk = user_with_roles("desk", is_staff=True)
    from django.contrib.auth.models import Permission

    desk.user_permissions.add(Permission.objects.get(codename="add_article"))
    return {
        "writer": user_with_roles("writer", "annotator", "reviewer"),  # may review, so only four-eyes stops them
        "reviewer": user_with_roles("reviewer", "reviewer"),
        "annotator": user_with_roles("annotator", "annotator"),
        "root": user_with_roles("root", is_staff=True, is_superuser=True),
        "desk": get_user_model().objects.get(pk=desk.pk),
    }


@pytest.fixture
def world(people):
    article = services.article_create(title="Tricky", text=TRICKY_TEXT)
    other = services.article_create(title="Other", text="Pollsters found 40% of voters agree with him.")
    draft = services.span_create(article=article, author=people["writer"], start=START, end=END, tag="opinion")
    services.evidence_add(span=draft, user=people["writer"], stance="supports", url="https://example.org/poll")
    return {"article": article, "other": other, "draft": draft, **people}


def submitted_claim(world, stance: str) -> Span:
    span = services.span_create(article=world["article"], author=world["writer"], start=START, end=END, tag="claim")
    services.evidence_add(span=span, user=world["writer"], stance=stance, url="https://example.org/claim-source")
    return services.span_submit(span=span, user=world["writer"])


def counts() -> tuple:
    return tuple(model.objects.count() for model in (
        Article, Span, Evidence, Review, Source, ImportProvenance, get_user_model()))


# --- the three doors ----------------------------------------------------------------------------------------------

def span_fields(case: Case) -> dict:
    return {"start": START, "end": END, "tag": "claim", "speaker": "", "note": "", **case.params}


def evidence_fields(case: Case, world) -> dict:
    params = dict(case.params)
    fields = {"stance": "supports", "excerpt": "", "title": ""}
    if params.pop("own_article", False):
        fields["source_article"] = world["article"]
    else:
        fields["url"] = "https://example.org/new"
    fields.update(params)
    return fields


def through_service(case: Case, world, target) -> str:
    try:
        if case.kind == "span":
            services.span_create(article=world["article"], author=world["writer"], **span_fields(case))
        elif case.kind == "evidence":
            services.evidence_add(span=target, user=world["writer"], **evidence_fields(case, world))
        else:
            services.review_submit(span=target, reviewer=world[case.reviewer], **case.params)
    except ValidationError as exc:
        return exc.error_list[0].code if not hasattr(exc, "error_dict") else next(iter(exc.error_dict.values()))[0].code
    except NotPermitted as exc:
        return exc.code
    return "accepted"


def _api_code(response) -> str:
    if response.status_code < 400:
        return "accepted"
    data = response.data
    if "detail" in data:
        return data["code"]
    errors = next(iter(data.values()))
    return errors[0].code


def _post_json(client, url, body):
    # json.dumps escapes a lone surrogate as \\ud800, as a browser's JSON.stringify does.
    return client.post(url, data=json.dumps(body), content_type="application/json")


def through_api(case: Case, world, target, client_for) -> str:
    if case.kind == "span":
        client = client_for(world["writer"])
        body = {"article": world["article"].pk, **span_fields(case)}
        return _api_code(_post_json(client, "/api/spans/", body))
    if case.kind == "evidence":
        client = client_for(world["writer"])
        body = evidence_fields(case, world)
        if "source_article" in body:
            body["source_article"] = body["source_article"].pk
        return _api_code(_post_json(client, f"/api/spans/{target.pk}/evidence/", body))
    client = client_for(world[case.reviewer])
    return _api_code(_post_json(client, f"/api/spans/{target.pk}/reviews/", case.params))


IMPORT_STATUS = {"approve": "verified", "reject": "rejected", "request_changes": "draft"}


def import_record(case: Case, world) -> dict:
    article, writer = world["article"], world["writer"]
    record = {"article": {"sha256": article.text_sha256}, "id": str(uuid.uuid4()), "author": writer.username,
              "start": START, "end": END, "tag": "claim", "status": "draft", "speaker": "", "note": "",
              "evidence": [], "reviews": []}
    if case.kind == "span":
        record.update(span_fields(case))
        start, end = record["start"], record["end"]
        record.setdefault("text", article.text[start:end] if 0 <= start < end <= len(article.text) else "x")
        return record
    record["text"] = article.text[START:END]
    if case.kind == "evidence":
        fields = evidence_fields(case, world)
        entry = {"stance": fields["stance"], "excerpt": fields["excerpt"], "source_title": fields["title"],
                 "added_by": writer.username, "source_start": fields.get("source_start"),
                 "source_end": fields.get("source_end")}
        if "source_article" in fields:
            entry["source_article_sha256"] = fields["source_article"].text_sha256
        else:
            entry["source_url"] = fields["url"]
        record["evidence"] = [entry]
        if case.code == "duplicate_evidence":
            record["evidence"].insert(0, {**entry, "source_url": "https://example.org/poll"})
        if case.full:
            record["evidence"] = [{**entry, "source_url": f"https://example.org/full/{n}"}
                                  for n in range(EVIDENCE_PER_SPAN_MAX + 1)]
        return record
    record["evidence"] = [{"stance": case.stance, "source_url": "https://example.org/claim-source",
                           "added_by": writer.username, "excerpt": ""}]
    record["reviews"] = [{"reviewer": world[case.reviewer].username, "span_version": 2, **case.params}]
    record["status"] = IMPORT_STATUS.get(case.params.get("decision"), "submitted")
    return record


def through_import(case: Case, world, client_for) -> str:
    body = (json.dumps(import_record(case, world)) + "\n").encode("utf-8")
    response = client_for(world[case.importer]).post(
        "/api/imports/", {"file": SimpleUploadedFile("case.jsonl", body), "format": "jsonl"}, format="multipart")
    if response.status_code == 202:
        # An upload above IMPORT_BACKGROUND_BYTES is a job (run where it is queued in tests): the same report.
        job = client_for(world[case.importer]).get(response.json()["url"]).json()
        if job["state"] == "succeeded":
            return "accepted"
        errors = job["result"]["errors"]
        assert len(errors) == 1, errors
        return errors[0]["code"]
    if response.status_code == 201:
        return "accepted"
    errors = response.json()["errors"]
    assert len(errors) == 1, errors
    return errors[0]["code"]


def fill_with_evidence(span: Span, user) -> None:
    """The span's evidence up to EVIDENCE_PER_SPAN_MAX, through the service (the draft cites one source already)."""
    for n in range(EVIDENCE_PER_SPAN_MAX - Evidence.objects.filter(span=span).count()):
        services.evidence_add(span=span, user=user, stance="context", url=f"https://example.org/filled/{n}")


# --- the test -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_every_door_refuses_the_case_with_the_same_code_and_writes_nothing(case, world, client_for):
    target = {"span": None, "evidence": world["draft"]}.get(case.kind) or submitted_claim(world, case.stance)
    if case.full:
        fill_with_evidence(target, world["writer"])
    before = counts()
    answers = {}
    for door in case.doors:
        if door == "service":
            answers[door] = through_service(case, world, target)
        elif door == "api":
            answers[door] = through_api(case, world, target, client_for)
        else:
            answers[door] = through_import(case, world, client_for)
        assert counts() == before, f"{door} wrote rows for {case.name!r}"
    assert answers == {door: case.code for door in case.doors}


def test_the_catalogue_covers_every_kind_through_every_door():
    kinds = {case.kind for case in CASES}
    assert kinds == {"span", "evidence", "review"}
    assert all(case.doors == DOORS for case in CASES)
    # The figure quoted in the closing notes of issues 12 (34) and 13: cases x doors.
    assert (len(CASES), len(DOORS)) == (43, 3)


def test_a_valid_case_passes_every_door(world, client_for):
    """The control: the same machinery accepts a good review, so a refusal above is the rule, not the harness."""
    good = Case("good approval", "review", "accepted",
                {"decision": "approve", "verdict": "accurate", "explanation": "Checked."})
    assert through_service(good, world, submitted_claim(world, "supports")) == "accepted"
    other = services.article_create(title="Third", text=TRICKY_TEXT + " More.")
    world_for_api = {**world, "article": other}
    assert through_api(good, world_for_api, submitted_claim(world_for_api, "supports"), client_for) == "accepted"
    world_for_import = {**world, "article": services.article_create(title="Fourth", text=TRICKY_TEXT + " Again.")}
    assert through_import(good, world_for_import, client_for) == "accepted"

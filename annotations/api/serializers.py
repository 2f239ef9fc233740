"""Shapes only: the services check every rule. Read serializers describe what the API returns; the *Input
serializers describe what it accepts (and so what the OpenAPI schema documents)."""
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
    ProhibitNullCharactersValidator,
)
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings
from rest_framework.validators import ProhibitSurrogateCharactersValidator

from annotations import roles, selectors
from annotations.imports import FORMATS as IMPORT_FORMATS
from annotations.imports import parse_label_map
from annotations.models import (
    Article,
    Assignment,
    AssignmentRole,
    ClaimSet,
    Decision,
    Evidence,
    Review,
    Source,
    Span,
    SpanStatus,
    Stance,
    Tag,
    Verdict,
)
from annotations.exports import claimreview
from annotations.exports.records import public_url
from annotations.rules import limits
from annotations.rules.publication import CLAIM_SUMMARY_ADVISED
from annotations.rules.actions import CHECKS as ACTION_CHECKS
from annotations.rules.actions import span_actions
from annotations.rules.actors import actor_of

RULE_CHECKED = (MaxLengthValidator, MinValueValidator, MaxValueValidator, ProhibitNullCharactersValidator,
                ProhibitSurrogateCharactersValidator)


class RuleChecked:
    """A field whose limits a rule checks (annotations.rules): the schema documents them, the rule enforces them, so
    the API answers with the same error code as the services and the importer (too_long, nul_character,
    invalid_unicode, negative_offset, out_of_range)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, RULE_CHECKED)]


class RuleCharField(RuleChecked, serializers.CharField):
    pass


class RuleIntegerField(RuleChecked, serializers.IntegerField):
    pass


class UserSerializer(serializers.ModelSerializer):
    roles = serializers.SerializerMethodField()

    class Meta:
        model = get_user_model()
        fields = ["id", "username", "is_staff", "roles"]

    def get_roles(self, user) -> list[str]:
        names = [name for name, check in (
            (roles.ANNOTATOR, roles.can_annotate), (roles.REVIEWER, roles.can_review), (roles.EXPORTER, roles.can_export)
        ) if check(user)]
        return names


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


class ArticleListSerializer(serializers.ModelSerializer):
    length = serializers.SerializerMethodField(help_text="Length of the text in Unicode code points.")

    class Meta:
        model = Article
        fields = ["id", "title", "outlet", "author", "url", "published", "language", "text_sha256", "length",
                  "created_at"]

    def get_length(self, article) -> int:
        return getattr(article, "length", None) or len(article.text)


class ArticleSerializer(ArticleListSerializer):
    class Meta(ArticleListSerializer.Meta):
        fields = ArticleListSerializer.Meta.fields + ["text"]


class ArticleMetadataSerializer(serializers.Serializer):
    title = RuleCharField(required=False, allow_blank=True, max_length=limits.TITLE_MAX)
    outlet = RuleCharField(required=False, allow_blank=True, max_length=limits.OUTLET_MAX)
    author = RuleCharField(required=False, allow_blank=True, max_length=limits.ARTICLE_AUTHOR_MAX)
    url = RuleCharField(required=False, allow_blank=True, max_length=limits.URL_MAX)
    published = serializers.DateField(required=False, allow_null=True)
    language = RuleCharField(required=False, max_length=limits.LANGUAGE_MAX)


class ArticleSourceSerializer(serializers.Serializer):
    """What an article is read from: exactly one of text, html, url (fetched) or file."""

    text = serializers.CharField(required=False, trim_whitespace=False,
                                 help_text="The article's text, stored exactly as sent (line breaks kept).")
    html = serializers.CharField(required=False, trim_whitespace=False,
                                 help_text="A web page's HTML: its main text and metadata are extracted (trafilatura).")
    url = RuleCharField(required=False, allow_blank=True, max_length=limits.URL_MAX, help_text=(
        "Alone: an http(s) page the server fetches (public addresses only) and extracts. With text or html: the "
        "article's own URL."))
    file = serializers.FileField(required=False, help_text="An uploaded .txt, .md, .html or .htm (multipart).")


class ArticleInputSerializer(ArticleSourceSerializer, ArticleMetadataSerializer):
    """POST /api/articles/: the source, plus metadata that overrides what was extracted."""


class ArticlePreviewInputSerializer(ArticleSourceSerializer):
    """POST /api/articles/preview/: the source only; nothing is stored."""


class ArticleUpdateSerializer(ArticleMetadataSerializer):
    text = serializers.CharField(trim_whitespace=False, required=False,
                                 help_text="Staff only, and only while no span or evidence points into the text.")


class DuplicateArticleSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    reason = serializers.ChoiceField(choices=["text", "url"], help_text="Same text hash, or same canonical URL.")


class ArticleDraftSerializer(serializers.Serializer):
    text = serializers.CharField(help_text="Exactly what will be stored when the draft is saved.")
    title = serializers.CharField(allow_blank=True)
    outlet = serializers.CharField(allow_blank=True)
    author = serializers.CharField(allow_blank=True)
    url = serializers.CharField(allow_blank=True, help_text="The canonical URL, when the page names one.")
    published = serializers.DateField(allow_null=True)
    language = serializers.CharField(allow_blank=True)
    source = serializers.ChoiceField(choices=["text", "file", "html", "url"])
    notes = serializers.ListField(child=serializers.CharField())
    length = serializers.IntegerField(help_text="Length of the text in Unicode code points.")
    duplicate = DuplicateArticleSerializer(allow_null=True, help_text="The article already here, if any.")


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "url", "article", "title", "publisher", "accessed"]


class EvidenceSerializer(serializers.ModelSerializer):
    source = SourceSerializer(read_only=True)
    added_by = serializers.CharField(source="added_by.username", read_only=True)

    class Meta:
        model = Evidence
        fields = ["id", "span", "source", "stance", "excerpt", "source_start", "source_end", "added_by", "created_at"]


class EvidenceInputSerializer(serializers.Serializer):
    stance = serializers.ChoiceField(choices=Stance.choices)
    url = RuleCharField(required=False, max_length=limits.URL_MAX, help_text="An http(s) URL; or give source_article.")
    source_article = serializers.PrimaryKeyRelatedField(queryset=Article.objects.all(), required=False)
    source_start = serializers.IntegerField(required=False, allow_null=True, min_value=0, max_value=2**31 - 1)
    source_end = serializers.IntegerField(required=False, allow_null=True, min_value=0, max_value=2**31 - 1)
    title = RuleCharField(required=False, allow_blank=True, max_length=limits.SOURCE_TITLE_MAX)
    publisher = RuleCharField(required=False, allow_blank=True, max_length=limits.PUBLISHER_MAX)
    excerpt = RuleCharField(required=False, allow_blank=True, max_length=limits.EXCERPT_MAX)


class ReviewSerializer(serializers.ModelSerializer):
    reviewer = serializers.CharField(source="reviewer.username", read_only=True)

    class Meta:
        model = Review
        fields = ["id", "span", "reviewer", "decision", "verdict", "explanation", "comment", "span_version",
                  "created_at"]


class ReviewInputSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=Decision.choices)
    verdict = serializers.ChoiceField(choices=Verdict.choices, required=False, allow_blank=True,
                                      help_text="Required when approving a claim.")
    explanation = RuleCharField(required=False, allow_blank=True, max_length=limits.EXPLANATION_MAX)
    comment = RuleCharField(required=False, allow_blank=True, max_length=limits.COMMENT_MAX)


class SpanSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.username", read_only=True)
    updated_by = serializers.CharField(source="updated_by.username", read_only=True, allow_null=True, default=None)
    evidence = EvidenceSerializer(many=True, read_only=True)
    reviews = ReviewSerializer(many=True, read_only=True)

    class Meta:
        model = Span
        fields = [
            "id", "uid", "article", "start", "end", "text", "prefix", "suffix", "tag", "speaker", "note",
            "author", "status", "version", "updated_by", "created_at", "updated_at", "evidence", "reviews",
            "origin", "cluster_id",
        ]
        read_only_fields = ["origin", "cluster_id"]


def span_list_data(spans, evidence: dict, reviews: dict) -> list[dict]:
    """Exactly SpanSerializer(many=True).data (same keys, order and formatting) for the rows of selectors.span_rows
    and selectors.span_related_rows. DRF's per-field machinery costs ~75 µs a span with its evidence and reviews;
    this ~11. tests/api/test_span_list_rows.py pins the equality; a field added to one must be added to the other."""
    when, day = _datetime_representation(), serializers.DateField().to_representation
    data = []
    for span in spans:
        data.append({
            "id": span.id, "uid": str(span.uid), "article": span.article_id, "start": span.start, "end": span.end,
            "text": span.text, "prefix": span.prefix, "suffix": span.suffix, "tag": span.tag,
            "speaker": span.speaker, "note": span.note, "author": span.author__username, "status": span.status,
            "version": span.version, "updated_by": span.updated_by__username,
            "created_at": when(span.created_at), "updated_at": when(span.updated_at),
            "evidence": [{
                "id": e.id, "span": e.span_id,
                "source": {"id": e.source_id, "url": e.source__url, "article": e.source__article,
                           "title": e.source__title, "publisher": e.source__publisher,
                           "accessed": day(e.source__accessed) if e.source__accessed is not None else None},
                "stance": e.stance, "excerpt": e.excerpt, "source_start": e.source_start, "source_end": e.source_end,
                "added_by": e.added_by__username, "created_at": when(e.created_at),
            } for e in evidence[span.id]],
            "reviews": [{
                "id": r.id, "span": r.span_id, "reviewer": r.reviewer__username, "decision": r.decision,
                "verdict": r.verdict, "explanation": r.explanation, "comment": r.comment,
                "span_version": r.span_version, "created_at": when(r.created_at),
            } for r in reviews[span.id]],
            "origin": span.origin, "cluster_id": span.cluster_id,
        })
    return data


def _datetime_representation():
    """DateTimeField.to_representation with the settings read once, not per value: ISO 8601 in the current time
    zone with "Z" for UTC. Any other configuration, a naive or out-of-range value goes to DRF's own field."""
    drf = serializers.DateTimeField().to_representation
    fmt = api_settings.DATETIME_FORMAT
    if not settings.USE_TZ or fmt is None or fmt.lower() != ISO_8601:
        return drf
    zone = timezone.get_current_timezone()

    def represent(value):
        if value is None or value.tzinfo is None:
            return drf(value)
        try:
            text = value.astimezone(zone).isoformat()
        except OverflowError:
            return drf(value)
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return represent


MAX_OFFSET = 2**31 - 1


class SpanCreateSerializer(serializers.Serializer):
    article = serializers.PrimaryKeyRelatedField(queryset=Article.objects.all())
    start = RuleIntegerField(min_value=0, max_value=MAX_OFFSET, help_text="Half-open Unicode code-point offset.")
    end = RuleIntegerField(min_value=0, max_value=MAX_OFFSET,
                                   help_text="Half-open Unicode code-point offset (exclusive).")
    text = RuleCharField(required=False, trim_whitespace=False,
                         help_text="If given, must equal article.text[start:end].")
    tag = serializers.ChoiceField(choices=Tag.choices)
    speaker = RuleCharField(required=False, allow_blank=True, max_length=limits.SPEAKER_MAX)
    note = RuleCharField(required=False, allow_blank=True, max_length=limits.NOTE_MAX, trim_whitespace=False)


class SpanUpdateSerializer(serializers.Serializer):
    start = RuleIntegerField(required=False, min_value=0, max_value=MAX_OFFSET)
    end = RuleIntegerField(required=False, min_value=0, max_value=MAX_OFFSET)
    text = RuleCharField(required=False, trim_whitespace=False)
    tag = serializers.ChoiceField(choices=Tag.choices, required=False)
    speaker = RuleCharField(required=False, allow_blank=True, max_length=limits.SPEAKER_MAX)
    note = RuleCharField(required=False, allow_blank=True, max_length=limits.NOTE_MAX, trim_whitespace=False)


class ClaimSetSerializer(serializers.ModelSerializer):
    created_by = serializers.CharField(source="created_by.username", read_only=True)
    exports_sha256 = serializers.SerializerMethodField(
        help_text="Format -> SHA-256 of the bytes the set exports in it, frozen with the set (empty for a set "
                  "frozen before exports were kept).")

    class Meta:
        model = ClaimSet
        fields = ["id", "name", "description", "filters", "span_count", "content_sha256", "exports_sha256",
                  "created_by", "created_at"]

    @extend_schema_field({"type": "object", "additionalProperties": {"type": "string"}})
    def get_exports_sha256(self, claim_set) -> dict:
        return {snapshot.format: snapshot.sha256 for snapshot in selectors.claim_set_snapshot_hashes(claim_set)}


def _claim_filter_field(f: selectors.ClaimFilter) -> serializers.Field:
    if not f.many:
        return serializers.DateField(required=False, help_text=f.help)
    child = {"article": serializers.IntegerField(), "tag": serializers.ChoiceField(choices=Tag.choices),
             "username": serializers.CharField()}[f.item]
    return serializers.ListField(child=child, required=False, help_text=f.help)


class ClaimFilterSerializer(serializers.Serializer):
    """The keys of selectors.CLAIM_FILTERS, in its order."""

    def get_fields(self):
        return {f.name: _claim_filter_field(f) for f in selectors.CLAIM_FILTERS}

    def to_internal_value(self, data):
        # An unknown key would silently widen the selection (the filter the user meant is ignored): refuse it.
        unknown = sorted(set(data) - set(self.fields)) if isinstance(data, dict) else []
        if unknown:
            raise serializers.ValidationError(
                {key: [f"Unknown filter; expected some of: {', '.join(self.fields)}."] for key in unknown})
        return super().to_internal_value(data)


class ClaimSetInputSerializer(serializers.Serializer):
    name = RuleCharField(max_length=limits.CLAIM_SET_NAME_MAX)
    description = RuleCharField(required=False, allow_blank=True, max_length=limits.CLAIM_SET_DESCRIPTION_MAX)
    filters = ClaimFilterSerializer(required=False)


class AuditChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    old = serializers.JSONField(allow_null=True)
    new = serializers.JSONField(allow_null=True)


class AuditEntrySerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    user = serializers.CharField(allow_null=True)
    object = serializers.ChoiceField(choices=["span", "evidence", "review", "article"])
    object_id = serializers.IntegerField()
    action = serializers.ChoiceField(choices=["created", "changed", "deleted"])
    changes = AuditChangeSerializer(many=True)


class ImportInputSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="The file to import (UTF-8).")
    format = serializers.ChoiceField(choices=list(IMPORT_FORMATS))
    author = serializers.CharField(required=False, max_length=limits.USERNAME_MAX,
                                   help_text="Username for spans whose format carries no author (default: you).")
    label_map = serializers.CharField(required=False, max_length=2000, help_text="e.g. CLAIM=claim,Quote=quote")
    skip_invalid = serializers.BooleanField(required=False, default=False,
                                            help_text="Import the good records; report the bad ones.")
    offset_unit = serializers.ChoiceField(choices=["codepoint", "utf16"], required=False, default="codepoint")
    fuzzy_threshold = serializers.FloatField(required=False, default=0.85, min_value=0.01, max_value=1.0)
    article = serializers.PrimaryKeyRelatedField(queryset=Article.objects.all(), required=False,
                                                 help_text="The article a W3C file annotates, if its targets don't say.")

    def validate_label_map(self, value):
        try:
            parse_label_map(value)
        except ValueError as exc:
            raise serializers.ValidationError(str(exc))
        return value


class ImportErrorSerializer(serializers.Serializer):
    file = serializers.CharField()
    line = serializers.CharField()
    field = serializers.CharField()
    code = serializers.CharField(help_text="The rule's stable code, the same the services and the API give.")
    message = serializers.CharField()


class ImportReportSerializer(serializers.Serializer):
    file = serializers.CharField()
    format = serializers.CharField()
    committed = serializers.BooleanField()
    records = serializers.IntegerField()
    articles_created = serializers.IntegerField()
    articles_existing = serializers.IntegerField()
    spans_created = serializers.IntegerField()
    spans_existing = serializers.IntegerField()
    evidence_created = serializers.IntegerField()
    provenance_created = serializers.IntegerField(help_text="Spans another tool reviewed or verified: kept as "
                                                  "provenance; an import never creates a review.")
    users_created = serializers.IntegerField()
    rejected = serializers.IntegerField()
    reanchored = serializers.ListField(child=serializers.DictField())
    errors = ImportErrorSerializer(many=True)


class SuggestionSerializer(serializers.Serializer):
    tag = serializers.ChoiceField(choices=Tag.choices)
    start = serializers.IntegerField(help_text="Half-open Unicode code-point offset.")
    end = serializers.IntegerField()
    text = serializers.CharField()
    score = serializers.FloatField(help_text="0..1: check-worthiness for claims, confidence otherwise.")
    speaker = serializers.CharField(allow_blank=True, help_text="For quotes: who the text says is speaking.")
    reasons = serializers.ListField(child=serializers.CharField())


class SuggestionListSerializer(serializers.Serializer):
    partial = serializers.BooleanField(help_text="True when the article was too long (or too costly) to read in "
                                       "full within the work limit: the results are those found until then.")
    results = SuggestionSerializer(many=True)


class SuggestionInputSerializer(serializers.Serializer):
    tag = serializers.ChoiceField(choices=Tag.choices)
    start = serializers.IntegerField(min_value=0, max_value=MAX_OFFSET)
    end = serializers.IntegerField(min_value=0, max_value=MAX_OFFSET)


class MatchSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["span", "quote", "sentence"],
                                   help_text="An annotated span, a suggested quotation or a sentence.")
    article = serializers.IntegerField()
    article_title = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    text = serializers.CharField()
    score = serializers.FloatField(help_text="TF-IDF cosine similarity, 0..1.")
    tier = serializers.ChoiceField(choices=["exact", "same", "similar"],
                                   help_text="exact: same normalised text; same: proposed as the same claim; "
                                             "similar: only suggested.")
    span = serializers.IntegerField(allow_null=True)
    tag = serializers.CharField(allow_null=True)
    status = serializers.CharField(allow_null=True)
    cluster_id = serializers.CharField(allow_null=True)


class MatchListSerializer(serializers.Serializer):
    same_claim_threshold = serializers.FloatField()
    similar_threshold = serializers.FloatField()
    matches = MatchSerializer(many=True)


class TagAgreementSerializer(serializers.Serializer):
    exact_f1 = serializers.FloatField()
    overlap_f1 = serializers.FloatField()
    kappa = serializers.FloatField(allow_null=True, help_text="Cohen's kappa over characters; null if undefined.")
    a = serializers.IntegerField(help_text="Spans of this tag by the first annotator.")
    b = serializers.IntegerField(help_text="Spans of this tag by the second annotator.")


class PairAgreementSerializer(serializers.Serializer):
    a = serializers.CharField()
    b = serializers.CharField()
    tags = serializers.DictField(child=TagAgreementSerializer())


# One flag per action rules.actions knows, in its order.
SpanActionsSerializer = type("SpanActionsSerializer", (serializers.Serializer,),
                             {name: serializers.BooleanField() for name in ACTION_CHECKS})


class ProvenanceSerializer(serializers.Serializer):
    file = serializers.CharField()
    format = serializers.CharField()
    imported_by = serializers.CharField(source="imported_by.username", allow_null=True, default=None)
    imported_at = serializers.DateTimeField()
    external_status = serializers.CharField(help_text="The status the file gave the span (\"verified\": verified "
                                                      "elsewhere, to be verified here).")
    external_reviews = serializers.ListField(child=serializers.DictField())


class PublicationInputSerializer(serializers.Serializer):
    """A claim's publication metadata; a blank value means "derive it" (see `publication.derived`)."""

    claim_summary = RuleCharField(required=False, allow_blank=True, max_length=limits.CLAIM_SUMMARY_MAX,
                                  help_text="claimReviewed: the claim in a few words (75 characters advised).")
    claimant = RuleCharField(required=False, allow_blank=True, max_length=limits.CLAIMANT_MAX,
                             help_text="Who made the claim.")
    claim_date = serializers.DateField(required=False, allow_null=True, help_text="When it was first made.")
    appearance_url = RuleCharField(required=False, allow_blank=True, help_text="Where it was first made.")


class PublicationSerializer(serializers.Serializer):
    claim_summary = serializers.CharField()
    claimant = serializers.CharField()
    claim_date = serializers.DateField(allow_null=True)
    appearance_url = serializers.CharField()
    advised_summary_length = serializers.IntegerField()
    derived = serializers.DictField(help_text="What a published fact check says when a field is blank.")
    page = serializers.CharField(allow_null=True, help_text="The published page, once the claim is verified.")


class SpanDetailSerializer(SpanSerializer):
    """One span with what the requesting user may do to it: the flags come from annotations.rules.actions, i.e.
    from the checks the services run, so the UI shows a control exactly when the request would pass."""

    actions = serializers.SerializerMethodField()
    refusals = serializers.SerializerMethodField(help_text="For each action not allowed: the rule's code and message.")
    removable_evidence = serializers.SerializerMethodField(help_text="Ids of the evidence you may remove.")
    provenance = serializers.SerializerMethodField(help_text="Set when the span came from an import that "
                                                             "carried another tool's status or reviews.")

    publication = serializers.SerializerMethodField(help_text="Claims only: how a published fact check presents "
                                                              "the claim.")

    class Meta(SpanSerializer.Meta):
        fields = SpanSerializer.Meta.fields + ["actions", "refusals", "removable_evidence", "provenance",
                                               "publication"]

    @extend_schema_field(PublicationSerializer(allow_null=True))
    def get_publication(self, span):
        if span.tag != Tag.CLAIM:
            return None
        author, date = claimreview.claimant(span), claimreview.claim_date(span)
        verified = span.status == SpanStatus.VERIFIED
        return PublicationSerializer({
            "claim_summary": span.claim_summary, "claimant": span.claimant, "claim_date": span.claim_date,
            "appearance_url": span.appearance_url, "advised_summary_length": CLAIM_SUMMARY_ADVISED,
            "derived": {
                "claim_summary": claimreview.default_claim_summary(span.text),
                "claimant": author["name"] if author else "",
                "claim_date": date.isoformat() if date else None,
                "appearance_url": span.article.url,
            },
            "page": public_url(claimreview.claim_page_path(span)) if verified else None,
        }).data

    def _permitted(self, span) -> dict:
        if not hasattr(self, "_cache"):
            self._cache = {}
        if span.pk not in self._cache:
            user = self.context["request"].user
            added_by = {e.pk: e.added_by_id for e in span.evidence.all()}
            self._cache[span.pk] = span_actions(actor_of(user), selectors.span_facts(span), added_by)
        return self._cache[span.pk]

    @extend_schema_field(SpanActionsSerializer)
    def get_actions(self, span) -> dict:
        return self._permitted(span)["actions"]

    @extend_schema_field({"type": "object", "additionalProperties": {
        "type": "object", "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}})
    def get_refusals(self, span) -> dict:
        return self._permitted(span)["refusals"]

    def get_removable_evidence(self, span) -> list[int]:
        return self._permitted(span)["removable_evidence"]

    @extend_schema_field(ProvenanceSerializer(allow_null=True))
    def get_provenance(self, span):
        provenance = getattr(span, "provenance", None)
        return ProvenanceSerializer(provenance).data if provenance is not None else None


class AssignmentSerializer(serializers.ModelSerializer):
    user = serializers.CharField(source="user.username", read_only=True)
    assigned_by = serializers.CharField(source="assigned_by.username", read_only=True, allow_null=True, default=None)

    class Meta:
        model = Assignment
        fields = ["id", "article", "user", "role", "assigned_by", "created_at"]


class AssignmentInputSerializer(serializers.Serializer):
    article = serializers.PrimaryKeyRelatedField(queryset=Article.objects.only("id"))
    user = serializers.SlugRelatedField(slug_field="username", queryset=get_user_model().objects.all(),
                                        help_text="The username of the annotator or reviewer.")
    role = serializers.ChoiceField(choices=AssignmentRole.choices)


class WorkCountsSerializer(serializers.Serializer):
    changes_requested = serializers.IntegerField(help_text="My spans a reviewer sent back.")
    to_review = serializers.IntegerField(help_text="Submitted spans on articles assigned to me for review.")
    assigned = serializers.IntegerField(help_text="Articles assigned to me.")

"""Storage for the workbench: fields, constraints and natural keys. Business rules live in services/."""
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords


class Tag(models.TextChoices):
    CLAIM = "claim", "Claim"
    QUOTE = "quote", "Quote"
    OPINION = "opinion", "Opinion"


class SpanStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


class SpanOrigin(models.TextChoices):
    """Provenance: drawn by hand, or accepted from a machine suggestion (annotations/assist)."""

    MANUAL = "manual", "Manual"
    SUGGESTED = "suggested", "Suggested"


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    CONTEXT = "context", "Context"


class Decision(models.TextChoices):
    APPROVE = "approve", "Approve"
    REJECT = "reject", "Reject"
    REQUEST_CHANGES = "request_changes", "Request changes"


class Verdict(models.TextChoices):
    """The fixed rating scale for claims; RATING_VALUES maps it onto ClaimReview's 1..5 ratingValue."""

    ACCURATE = "accurate", "Accurate"
    MOSTLY_ACCURATE = "mostly_accurate", "Mostly accurate"
    UNPROVEN = "unproven", "Unproven"
    MISLEADING = "misleading", "Misleading"
    FALSE = "false", "False"


VERDICT_RATING_VALUES = {
    Verdict.ACCURATE: 5,
    Verdict.MOSTLY_ACCURATE: 4,
    Verdict.UNPROVEN: 3,
    Verdict.MISLEADING: 2,
    Verdict.FALSE: 1,
}


def _choices_check(field: str, choices: type[models.TextChoices], name: str) -> models.CheckConstraint:
    return models.CheckConstraint(condition=Q(**{f"{field}__in": choices.values}), name=name)


class ArticleManager(models.Manager):
    def get_by_natural_key(self, text_sha256):
        return self.get(text_sha256=text_sha256)


class Article(models.Model):
    title = models.CharField(max_length=500)
    text = models.TextField(help_text="Immutable once any span exists on it.")
    outlet = models.CharField("publisher / outlet", max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True, help_text="The byline, as the outlet gives it.")
    url = models.URLField(max_length=2000, blank=True, help_text="Canonical URL (normalised); one article per URL.")
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, default="en")
    text_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ArticleManager()
    # Audit tables are read by object id and date only (the span audit trail, the admin's History); every other
    # index simple-history would copy over is paid on every audited write (a bulk import writes 20 per article).
    history = HistoricalRecords(no_db_index=["text_sha256"])

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.title

    def natural_key(self):
        return (self.text_sha256,)


class AssignmentRole(models.TextChoices):
    ANNOTATE = "annotate", "Annotate"
    REVIEW = "review", "Review"


class Assignment(models.Model):
    """Staff hand an article to a person, to annotate or to review; several people may hold the same article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="assignments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments")
    role = models.CharField(max_length=16, choices=AssignmentRole.choices)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords(no_db_index=["article", "user", "assigned_by"])

    class Meta:
        ordering = ["article_id", "role", "user_id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "user", "role"], name="assignment_unique"),
            _choices_check("role", AssignmentRole, "assignment_role_known"),
        ]
        indexes = [models.Index(fields=["user", "role"], name="assignment_user_role_idx")]

    def __str__(self):
        return f"{self.user} to {self.role} article {self.article_id}"


class SpanManager(models.Manager):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)


class Span(models.Model):
    """A highlighted passage. start/end are half-open Unicode code-point offsets into article.text."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="spans")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField(help_text="Exactly article.text[start:end].")
    prefix = models.CharField(max_length=64, blank=True, help_text="Context before the span, for re-anchoring.")
    suffix = models.CharField(max_length=64, blank=True, help_text="Context after the span, for re-anchoring.")
    tag = models.CharField(max_length=16, choices=Tag.choices)
    speaker = models.CharField(max_length=200, blank=True, help_text="For quotes: who is quoted.")
    note = models.TextField(blank=True, max_length=5000)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="spans")
    status = models.CharField(max_length=16, choices=SpanStatus.choices, default=SpanStatus.DRAFT)
    version = models.PositiveIntegerField(default=1, help_text="Bumped on every change; the API's ETag.")
    origin = models.CharField(max_length=16, choices=SpanOrigin.choices, default=SpanOrigin.MANUAL)
    cluster_id = models.CharField(
        max_length=16, blank=True,
        help_text="Verified claims and quotes that state the same thing share it (exact text or TF-IDF match).",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    # What a published fact check says about the claim (ClaimReview's claimReviewed and its Claim): set by the
    # author or a reviewer, not part of what a reviewer verifies. Blank means "derive it" (exports/publication.py).
    # db_default: rows written past the ORM (the bulk importer, the benchmark's COPY) need not name these columns.
    claim_summary = models.CharField(max_length=150, blank=True, db_default="",
                                     help_text="The claim in a few words, for claimReviewed (75 characters advised).")
    claimant = models.CharField(max_length=200, blank=True, db_default="", help_text="Who made the claim.")
    claim_date = models.DateField(null=True, blank=True, help_text="When the claim was first made.")
    appearance_url = models.URLField(max_length=2000, blank=True, db_default="",
                                     help_text="Where the claim was first made.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SpanManager()
    history = HistoricalRecords(excluded_fields=["updated_at"],
                                no_db_index=["uid", "article", "author", "updated_by", "cluster_id"])

    class Meta:
        ordering = ["article_id", "start", "end", "id"]
        permissions = [
            ("review_span", "Can review other annotators' spans"),
            ("import_verified_span", "Can import spans another tool verified (kept as provenance, reviewed here)"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(start__gte=0), name="span_start_non_negative"),
            models.CheckConstraint(condition=Q(start__lt=models.F("end")), name="span_start_before_end"),
            _choices_check("tag", Tag, "span_tag_known"),
            _choices_check("status", SpanStatus, "span_status_known"),
            _choices_check("origin", SpanOrigin, "span_origin_known"),
            models.UniqueConstraint(
                fields=["article", "start", "end", "tag", "author"], name="span_unique_per_author"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "tag"], name="span_status_tag_idx"),
            models.Index(fields=["updated_at"], name="span_updated_at_idx"),
            # Only clustered spans (verified claims and quotes) carry a cluster id; the rest are "".
            # Ordered by age within a cluster: a cluster's oldest member (whose text hash is its id) in one probe.
            models.Index(fields=["cluster_id", "created_at", "id"], name="span_cluster_age_idx",
                         condition=~Q(cluster_id="")),
        ]

    def __str__(self):
        return f"{self.tag} [{self.start}:{self.end}] {self.text[:60]}"

    def natural_key(self):
        return (str(self.uid),)


class ImportProvenance(models.Model):
    """Where an imported span came from and what the other tool said of it. An import never creates a Review:
    the reviews a file names are another desk's, kept here as data (reviewer names are that tool's, not accounts
    here), and a span the file calls verified arrives as submitted, to be verified by a reviewer here."""

    span = models.OneToOneField(Span, on_delete=models.CASCADE, related_name="provenance")
    file = models.CharField(max_length=500)
    format = models.CharField(max_length=32)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True,
        help_text="Empty for a command-line import.",
    )
    imported_at = models.DateTimeField()
    external_status = models.CharField(max_length=16, choices=SpanStatus.choices)
    external_reviews = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["span_id"]
        verbose_name_plural = "import provenance"
        constraints = [_choices_check("external_status", SpanStatus, "import_provenance_status_known")]

    def __str__(self):
        return f"span {self.span_id} from {self.file} ({self.external_status} elsewhere)"

    @property
    def verified_elsewhere(self) -> bool:
        return self.external_status == SpanStatus.VERIFIED


class SuggestionDismissal(models.Model):
    """A reviewer said "no" to a suggested span: it is not offered to them again. Per user, so one reviewer's
    dismissal does not hide the suggestion from colleagues."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestion_dismissals")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    tag = models.CharField(max_length=16, choices=Tag.choices)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "start", "end", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "user", "tag", "start", "end"],
                                    name="suggestion_dismissal_unique"),
            models.CheckConstraint(condition=Q(start__lt=models.F("end")), name="suggestion_dismissal_ordered"),
        ]

    def __str__(self):
        return f"{self.user} dismissed {self.tag} [{self.start}:{self.end}] on {self.article_id}"


class SourceManager(models.Manager):
    def get_by_natural_key(self, url, article_sha256):
        if article_sha256:
            return self.get(article__text_sha256=article_sha256)
        return self.get(url=url, article__isnull=True)


class Source(models.Model):
    """A corroborating source: an external http(s) URL, or another article in the workbench."""

    url = models.URLField(max_length=2000, blank=True, help_text="Normalised http(s) URL; one row per URL.")
    article = models.OneToOneField(
        Article, on_delete=models.PROTECT, null=True, blank=True, related_name="as_source"
    )
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    accessed = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SourceManager()
    # Shared by every span and export that cites it: who changed its description, and from what, is kept.
    history = HistoricalRecords(no_db_index=["url", "article", "created_by"])

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(article__isnull=True) & ~Q(url="")) | (Q(article__isnull=False) & Q(url="")),
                name="source_url_xor_article",
            ),
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="source_unique_url"),
        ]

    def __str__(self):
        return self.title or self.url or str(self.article)

    def natural_key(self):
        return (self.url, self.article.text_sha256 if self.article_id else "")

    natural_key.dependencies = ["annotations.article"]


class EvidenceManager(models.Manager):
    def get_by_natural_key(self, span_uid, source_url, source_article_sha256):
        source = Source.objects.get_by_natural_key(source_url, source_article_sha256)
        return self.get(span__uid=span_uid, source=source)


class Evidence(models.Model):
    """Links a span to a source with a stance. For an article source, source_start/source_end mark the passage."""

    span = models.ForeignKey(Span, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    stance = models.CharField(max_length=16, choices=Stance.choices)
    excerpt = models.TextField(blank=True, max_length=5000)
    source_start = models.PositiveIntegerField(null=True, blank=True)
    source_end = models.PositiveIntegerField(null=True, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EvidenceManager()
    history = HistoricalRecords(no_db_index=["source", "added_by"])  # read by span (the span's audit trail)

    class Meta:
        ordering = ["span_id", "id"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(fields=["span", "source"], name="evidence_unique_span_source"),
            _choices_check("stance", Stance, "evidence_stance_known"),
            models.CheckConstraint(
                condition=(Q(source_start__isnull=True) & Q(source_end__isnull=True))
                | Q(source_start__lt=models.F("source_end")),
                name="evidence_passage_ordered",
            ),
        ]

    def __str__(self):
        return f"{self.stance}: {self.source}"

    def natural_key(self):
        return self.span.natural_key() + self.source.natural_key()

    natural_key.dependencies = ["annotations.span", "annotations.source"]


class ReviewManager(models.Manager):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)


class Review(models.Model):
    """One reviewer's decision on one version of a span. Reviews are never edited; history accumulates."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    span = models.ForeignKey(Span, on_delete=models.PROTECT, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    decision = models.CharField(max_length=16, choices=Decision.choices)
    verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True)
    explanation = models.CharField(max_length=300, blank=True, help_text="One line: why this verdict.")
    comment = models.TextField(blank=True, max_length=5000)
    span_version = models.PositiveIntegerField(help_text="The span version this decision was made on.")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ReviewManager()
    history = HistoricalRecords(no_db_index=["uid", "reviewer"])  # read by span (the span's audit trail)

    class Meta:
        ordering = ["span_id", "created_at", "id"]
        constraints = [
            _choices_check("decision", Decision, "review_decision_known"),
            models.CheckConstraint(
                condition=Q(verdict="") | Q(verdict__in=Verdict.values), name="review_verdict_known"
            ),
        ]

    def __str__(self):
        return f"{self.get_decision_display()} by {self.reviewer} on span {self.span_id}"

    def natural_key(self):
        return (str(self.uid),)


class ClaimSetManager(models.Manager):
    def get_by_natural_key(self, name):
        return self.get(name=name)


class ClaimSet(models.Model):
    """A named, frozen selection of verified spans, with the filter that chose them and a content hash."""

    name = models.CharField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    filters = models.JSONField(default=dict, blank=True)
    spans = models.ManyToManyField(Span, related_name="claim_sets")
    span_count = models.PositiveIntegerField(default=0)
    content_sha256 = models.CharField(max_length=64)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="claim_sets")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClaimSetManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [("export_claimset", "Can export verified claim sets")]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.name,)


class ClaimSetExport(models.Model):
    """What a claim set exported in one format when it was frozen, byte for byte (zlib-compressed UTF-8): a frozen
    set re-exports exactly this, whatever later happens to the articles, sources, evidence and clusters it cites."""

    claim_set = models.ForeignKey(ClaimSet, on_delete=models.CASCADE, related_name="snapshots")
    format = models.CharField(max_length=32)
    content = models.BinaryField()
    size = models.PositiveBigIntegerField(help_text="Bytes of the export (uncompressed UTF-8).")
    sha256 = models.CharField(max_length=64, help_text="SHA-256 of the export's bytes.")

    class Meta:
        ordering = ["claim_set_id", "format"]
        constraints = [models.UniqueConstraint(fields=["claim_set", "format"], name="claim_set_export_unique")]

    def __str__(self):
        return f"{self.claim_set} as {self.format}"


class TrainingSession(models.Model):
    """A trainee's practice run on one article. Its spans live in TrainingSpan, apart from production spans,
    so they are never exported, reviewed or counted as work."""

    trainee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_sessions")
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="training_sessions")
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    score = models.JSONField(null=True, blank=True, help_text="Set when the session is finished.")

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self):
        return f"Training of {self.trainee} on {self.article}"


class TrainingSpan(models.Model):
    """A trainee's highlight: the same offsets and tags as Span, none of its workflow."""

    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="spans")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    tag = models.CharField(max_length=16, choices=Tag.choices)
    speaker = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["session_id", "start", "end", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(start__gte=0), name="training_span_start_non_negative"),
            models.CheckConstraint(condition=Q(start__lt=models.F("end")), name="training_span_start_before_end"),
            _choices_check("tag", Tag, "training_span_tag_known"),
            models.UniqueConstraint(fields=["session", "start", "end", "tag"], name="training_span_unique"),
        ]

    def __str__(self):
        return f"{self.tag} [{self.start}:{self.end}] {self.text[:60]}"



class JobKind(models.TextChoices):
    IMPORT = "import", "Import"
    EXPORT = "export", "Claim-set export"


class JobState(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"


class Job(models.Model):
    """A user's long piece of work (a large import, a claim-set export) run by a job worker: what was asked, how
    far it got and what came of it. The queue itself is django-tasks' table; `task_id` names its row."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(max_length=16, choices=JobKind.choices)
    state = models.CharField(max_length=16, choices=JobState.choices, default=JobState.QUEUED)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs")
    params = models.JSONField(default=dict, blank=True)
    task_id = models.CharField(max_length=64, blank=True, db_index=True)
    progress_done = models.PositiveBigIntegerField(default=0)
    progress_total = models.PositiveBigIntegerField(null=True, blank=True)
    phase = models.CharField(max_length=32, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    result = models.JSONField(null=True, blank=True)
    error = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            _choices_check("kind", JobKind, "job_kind_known"),
            _choices_check("state", JobState, "job_state_known"),
        ]

    def __str__(self):
        return f"{self.kind} job {self.id} ({self.state})"


class JobChunk(models.Model):
    """A job's file (the uploaded input, the written output) in the database, in pieces of at most a megabyte: every
    app server and worker reads the same bytes without a shared disk."""

    class Role(models.TextChoices):
        INPUT = "input", "Input"
        OUTPUT = "output", "Output"

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="chunks")
    role = models.CharField(max_length=8, choices=Role.choices)
    seq = models.PositiveIntegerField()
    data = models.BinaryField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "role", "seq"], name="job_chunk_unique")]


class ArticleSuggestions(models.Model):
    """What the suggesters found in an article's text, computed once (on intake, by a job) and shared by every app
    server. Valid while `text_sha256` and `fingerprint` (the suggesters' code) match."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, primary_key=True, related_name="suggestions")
    text_sha256 = models.CharField(max_length=64)
    fingerprint = models.CharField(max_length=64)
    items = models.JSONField(default=list)
    computed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"suggestions for article {self.article_id}"


class PassageKind(models.TextChoices):
    QUOTE = "quote", "Quotation"
    SENTENCE = "sentence", "Sentence"


class Passage(models.Model):
    """A quotation or sentence of an article, stored so claim matching finds it through an index (its band keys,
    PassageBand) instead of splitting every article on every request. Derived data:
    services.article_passages_index writes it, `index_passages` rebuilds it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="passages")
    kind = models.CharField(max_length=16, choices=PassageKind.choices)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["article_id", "start", "end", "kind"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=models.F("end")), name="passage_start_before_end"),
            _choices_check("kind", PassageKind, "passage_kind_known"),
        ]
        indexes = [models.Index(fields=["article"], name="passage_article_idx")]

    def __str__(self):
        return f"{self.kind} [{self.start}:{self.end}] {self.text[:60]}"


class PassageBand(models.Model):
    """One locality-sensitive key of a passage (assist.bands): claim matching finds a text's candidate passages by
    equality on `key`, a capped probe per key, instead of a nearest-first scan. `article` is the passage's, copied so
    a probe can leave the asking article out without reading the passage; `salt` orders a bucket's rows
    differently in every band (see selectors.matching). Derived data, written with the passages."""

    key = models.BigIntegerField()
    salt = models.IntegerField()
    # No CASCADE from the passage: the ORM would load every passage it deletes to find their bands. Re-indexing
    # deletes them by their passages' ids (services.passages.passages_drop); an article's deletion by article_id.
    passage = models.ForeignKey(Passage, on_delete=models.DO_NOTHING, related_name="bands")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, db_constraint=False, db_index=False,
                                related_name="+")

    class Meta:
        indexes = [models.Index(fields=["key", "salt"], include=["passage", "article"], name="passageband_key_idx")]

    def __str__(self):
        return f"{self.key} -> passage {self.passage_id}"


class SpanBand(models.Model):
    """One band key (assist.bands) of a claim or quote that claim matching sees (rules.matching.is_matched): the
    matches endpoint and the cluster update find candidate spans by equality on `key`, a capped probe per key, as
    for passages. `article`, `tag` and `verified` are the span's, copied so a probe filters without reading the span;
    the partial index holds the verified ones only, so a cluster update's probes never wade through drafts.
    Derived data: services.span_bands writes it whenever a span's text, tag or status changes."""

    key = models.BigIntegerField()
    salt = models.IntegerField()
    # Deleted with its span by one DELETE (nothing else points at a band, so the ORM does not load them first).
    span = models.ForeignKey(Span, on_delete=models.CASCADE, related_name="bands")
    article = models.ForeignKey(Article, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
                                related_name="+")
    tag = models.CharField(max_length=16, choices=Tag.choices)
    verified = models.BooleanField()

    class Meta:
        indexes = [
            models.Index(fields=["key", "salt"], include=["span", "article"], name="spanband_key_idx"),
            models.Index(fields=["key", "tag", "salt"], include=["span"], condition=Q(verified=True),
                         name="spanband_verified_idx"),
        ]

    def __str__(self):
        return f"{self.key} -> span {self.span_id}"


class IndexedArticle(models.Model):
    """An article whose passages are in the index (one that has none, e.g. only headings, still counts)."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, primary_key=True, related_name="+")
    indexed_at = models.DateTimeField(auto_now=True)


from annotations.fixture_models import FixtureReview, FixtureUser  # noqa: E402,F401  (models register on import)

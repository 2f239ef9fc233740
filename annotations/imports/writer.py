"""The importer's batch writer: validated records in, rows out, between records.

Each flush is one job, run inline in the import's transaction: store the batch's new articles (their texts may be
stored already), drop spans the database has, COPY the rest with their evidence and provenance. The batch's audit
rows and the check of its foreign keys are then sent to PostgreSQL without waiting (deferred.py): the server runs
them while the loader parses the next batch, and the writer reads their reply before its next statement. (Writing
each batch on a second thread earned less than 15% of the import at N = 10,000, docs/performance.md: the two threads
fought over the interpreter; this overlap needs none.)

Everything a job needs is resolved before it runs (users saved, evidence sources found through the services): the
job itself runs plain SQL through bulk.py."""
import array
import collections
import uuid

import psycopg
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connections, router, transaction
from django.utils import timezone

from annotations.models import Article, Evidence, ImportProvenance, Span, SpanOrigin
from annotations.offsets import context
from annotations.rules.spans import check_room_for_spans
from annotations.services.evidence import source_for_article, source_get_or_create_url

from . import bulk
from .deferred import Deferred
from .errors import record_error_from

BATCH_SIZE = 2000
DUPLICATE_ERRORS = (IntegrityError, psycopg.errors.UniqueViolation)
# Check the foreign keys of the rows written so far now, not at COMMIT (Django declares them deferred), then give
# the transaction its deferred checks back. Run deferred, the checks overlap the parsing of the next batch.
CHECK_KEYS_NOW = [("SET CONSTRAINTS ALL IMMEDIATE", []), ("SET CONSTRAINTS ALL DEFERRED", [])]


class BatchWriter:
    def __init__(self, ctx, report, *, batch_size: int = BATCH_SIZE, rejects=None):
        self.ctx, self.report, self.rejects = ctx, report, rejects
        self.stored_per_article: collections.Counter = collections.Counter()
        self.batch_size = batch_size
        self.connection = connections[router.db_for_write(Span)]
        self.connection.ensure_connection()
        self.pending: list = []  # (SpanIn, author)
        self.seen: set = set()
        self.seen_uids: set = set()
        self.reason = f"import ({report.format})"
        # Written by jobs only: the ids of the articles this import has stored or found.
        self.pk_by_sha: dict[str, int] = {}
        self.created_article_ids: set[int] = set()
        # The ids of the spans this import wrote, which a job indexes afterwards (services.span_bands); 8 bytes each.
        self.span_ids = array.array("q")
        self.column = {name: index for index, name in enumerate(bulk.columns(Span))}
        self.later = Deferred(self.connection)
        self.check_keys = CHECK_KEYS_NOW if self.connection.vendor == "postgresql" else []

    def reading(self):
        """The import's block: its queries wait for the statements still running (deferred.py)."""
        return self.later.reading()

    def add(self, candidate, author) -> None:
        key = (candidate.article.text_sha256, candidate.start, candidate.end, candidate.tag, author.get_username())
        if key in self.seen or (candidate.uid and candidate.uid in self.seen_uids):
            self.report.spans_existing += 1
            return
        self.seen.add(key)
        if candidate.uid:
            self.seen_uids.add(candidate.uid)
        self.pending.append((candidate, author))

    def end_of_record(self) -> None:
        if len(self.pending) >= self.batch_size or len(self.ctx.pending_articles) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write the pending records as one job."""
        self.later.wait()
        if self.ctx.pending_users:
            self.ctx.flush_users()
        articles = self.ctx.take_pending_articles()
        batch, self.pending = self.pending, []
        audit = []  # statements sent after the batch's rows (deferred.py)
        if any(candidate.evidence for candidate, _ in batch):
            if articles:  # evidence may cite a passage of an article this batch brings (the bundle export)
                counts = collections.Counter()
                with self.connection.cursor() as cursor:
                    self._store_articles(cursor, articles, timezone.now(), counts, audit)
                self._merge(counts)
                articles = []
            self._resolve_sources(batch)
        if not articles and not batch:
            return
        self._merge(self._job(articles, batch, self._span_rows(batch), audit))

    def _merge(self, counts: collections.Counter) -> None:
        for name, value in counts.items():
            setattr(self.report, name, getattr(self.report, name) + value)

    def _span_rows(self, batch) -> list[list]:
        """Value rows for the batch's spans in bulk.columns(Span) order; the article id is filled in by the job
        (a new article has none until the job stores it). Lists filled by position: this runs once per span."""
        now = timezone.now()
        col = self.column
        template = [None] * len(col)
        template[col["origin"]], template[col["cluster_id"]] = SpanOrigin.MANUAL, ""
        for name in ("claim_summary", "claimant", "appearance_url"):  # publication metadata: derived until set
            template[col[name]] = ""
        (uid, start_i, end_i, text_i, prefix_i, suffix_i, tag_i, speaker_i, note_i, author_i, status_i, version_i,
         updated_by_i, created_i, updated_i) = (col[name] for name in (
            "uid", "start", "end", "text", "prefix", "suffix", "tag", "speaker", "note", "author_id", "status",
            "version", "updated_by_id", "created_at", "updated_at"))
        rows = []
        for candidate, author in batch:
            text, start, end = candidate.article.text, candidate.start, candidate.end
            row = template.copy()
            row[uid] = candidate.uid or uuid.uuid4()
            row[start_i], row[end_i], row[text_i] = start, end, text[start:end]
            row[prefix_i], row[suffix_i] = context(text, start, end)
            row[tag_i], row[speaker_i], row[note_i] = candidate.tag, candidate.speaker, candidate.note
            row[author_i] = author_id = author.pk
            row[status_i] = candidate.status
            row[version_i] = 1
            row[updated_by_i] = author_id
            row[created_i], row[updated_i] = candidate.created_at or now, candidate.updated_at or now
            rows.append(row)
        return rows

    def _resolve_sources(self, batch) -> None:
        for candidate, _ in batch:
            for item in candidate.evidence:
                if "source_article" in item:
                    source = source_for_article(article=item["source_article"], user=item["added_by_user"])
                else:
                    source = source_get_or_create_url(url=item["url"], user=item["added_by_user"], title=item["title"])
                item["source_id"] = source.pk

    # --- the job: plain SQL only ---------------------------------------------------------------------------------

    def _job(self, articles: list[Article], batch: list, rows: list[list], audit: list) -> collections.Counter:
        """Runs after flush() has read the previous batch's reply: nothing is in flight on the connection."""
        counts = collections.Counter()
        now = timezone.now()
        with self.connection.cursor() as cursor:
            self._store_articles(cursor, articles, now, counts, audit)
            article = self.column["article_id"]
            for (candidate, _), row in zip(batch, rows):
                row[article] = self._article_id(candidate.article)
            fresh = self._within_room(self._unstored(cursor, batch, rows, counts))
            ids = bulk.insert_values(cursor, Span, [row for _, row in fresh])
            self.span_ids.extend(ids)
            audit += self._audit(Span, ids, now)
            counts["spans_created"] += len(ids)
            self._store_evidence_and_provenance(cursor, [candidate for candidate, _ in fresh], ids, now, counts, audit)
        self.later.run(audit + self.check_keys)
        return counts

    def _audit(self, model, ids, now) -> list[tuple[str, list]]:
        return bulk.history_statements(model, ids, user=self.ctx.user, reason=self.reason, when=now)

    def _savepoint(self):
        return transaction.atomic(using=self.connection.alias)

    def _article_id(self, article: Article) -> int:
        return article.pk if article.pk is not None else self.pk_by_sha[article.text_sha256]

    def _store_articles(self, cursor, articles, now, counts, audit) -> None:
        """Pending articles: a text stored already gives its id; the others are inserted, their audit rows added
        to `audit`."""
        if not articles:
            return
        stored = dict(bulk.select(cursor, Article, ["text_sha256", "id"], "text_sha256",
                                  [a.text_sha256 for a in articles]))
        new = [a for a in articles if a.text_sha256 not in stored]
        for article in new:
            article.created_at = now
        try:
            with self._savepoint():  # a concurrent import may store one of these texts first
                ids = bulk.insert(cursor, Article, [bulk.row_of(Article, a) for a in new])
        except DUPLICATE_ERRORS:
            ids = []
            for article in new:
                try:
                    with self._savepoint():
                        ids.extend(bulk.insert(cursor, Article, [bulk.row_of(Article, article)]))
                except DUPLICATE_ERRORS:
                    ids.append(None)
            late = [a.text_sha256 for a, pk in zip(new, ids) if pk is None]
            stored.update(bulk.select(cursor, Article, ["text_sha256", "id"], "text_sha256", late))
        created = [pk for pk in ids if pk is not None]
        for article, pk in zip(new, ids):
            if pk is not None:
                stored[article.text_sha256] = pk
        for article in articles:
            article.pk = stored[article.text_sha256]
            article._state.adding = False
            self.pk_by_sha[article.text_sha256] = article.pk
        audit += self._audit(Article, created, now)
        self.created_article_ids.update(created)
        counts["articles_created"] += len(created)
        counts["articles_existing"] += len(articles) - len(created)

    def _unstored(self, cursor, batch, rows, counts) -> list:
        """(candidate, row) for the batch's spans the database does not have yet. Articles this import created
        have no spans but the batch's own, which `seen` dedupes, so only older articles are looked up."""
        article, start, end, tag, author = (self.column[name] for name in (
            "article_id", "start", "end", "tag", "author_id"))
        older = {row[article] for row in rows} - self.created_article_ids
        stored = set()
        self.stored_per_article = collections.Counter()
        if older:
            stored = set(bulk.select(cursor, Span, ["article_id", "start", "end", "tag", "author_id"], "article_id",
                                     sorted(older)))
            self.stored_per_article.update(key[0] for key in stored)
        uids = [c.uid for c, _ in batch if c.uid]
        stored_uids = {uid for (uid,) in bulk.select(cursor, Span, ["uid"], "uid", uids)} if uids else set()
        if not stored and not stored_uids:
            return list(zip((candidate for candidate, _ in batch), rows))
        fresh = []
        for (candidate, _), row in zip(batch, rows):
            if (row[article], row[start], row[end], row[tag], row[author]) in stored or \
                    (candidate.uid and _uuid(candidate.uid) in stored_uids):
                counts["spans_existing"] += 1
            else:
                fresh.append((candidate, row))
        return fresh

    def _within_room(self, fresh: list) -> list:
        """The batch's new spans that fit their articles' limit (span_rules.check_room_for_spans), counting what an
        article stored before this import holds now. The checks counted this import's own spans per article already,
        without a query; here, from the rows _unstored read anyway, the spans stored before. An article that would
        pass the limit loses all its spans of the batch, each reported on its record's line."""
        if not self.stored_per_article:
            return fresh
        article = self.column["article_id"]
        adding = collections.Counter(row[article] for _, row in fresh)
        kept, refused_lines = [], set()
        for candidate, row in fresh:
            try:
                check_room_for_spans(stored=self.stored_per_article[row[article]], adding=adding[row[article]])
            except ValidationError as exc:
                if candidate.line not in refused_lines:
                    refused_lines.add(candidate.line)
                    self.report.reject(self.rejects, None, candidate.line, record_error_from(exc))
                continue
            kept.append((candidate, row))
        return kept

    def _store_evidence_and_provenance(self, cursor, candidates, ids, now, counts, audit) -> None:
        evidence, provenance = [], []
        imported_by = getattr(self.ctx.user, "pk", None)
        for candidate, span_id in zip(candidates, ids):
            for item in candidate.evidence:
                evidence.append({
                    "span_id": span_id, "source_id": item["source_id"], "stance": item["stance"],
                    "excerpt": item["excerpt"], "source_start": item["source_start"],
                    "source_end": item["source_end"], "added_by_id": item["added_by_user"].pk, "created_at": now,
                })
            if candidate.provenance is not None:
                provenance.append({
                    "span_id": span_id, "file": self.report.file, "format": self.report.format,
                    "imported_by_id": imported_by, "imported_at": now, **candidate.provenance,
                })
        created = bulk.insert(cursor, Evidence, evidence)
        audit += self._audit(Evidence, created, now)
        counts["evidence_created"] += len(created)
        counts["provenance_created"] += len(bulk.insert(cursor, ImportProvenance, provenance))


def _uuid(value):
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))

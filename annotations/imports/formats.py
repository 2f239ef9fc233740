"""Per-format parsers: one raw record in, a list of ArticleIn/SpanIn candidates out, in code-point offsets.
Each raises RecordError (or a service's ValidationError) for a record it cannot use; nothing here writes spans.

Offset units, as each tool documents or implements them:
- W3C Web Annotation: TextPositionSelector counts code points ("MUST", Web Annotation Data Model 4.2.5);
  Hypothesis' client writes UTF-16 units, so a position that does not hold the quote is retried as UTF-16.
- Label Studio: Text results count code points; every result carries value.text, which decides on a mismatch.
- doccano: the backend counts code points, but its browser editor has been reported to write UTF-16 units and the
  format carries no span text, so the unit is an option (offset_unit="utf16" converts).
- our jsonl export: code points, with the span text, which must match exactly.
"""
import datetime
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from annotations import offsets
from annotations.models import Article, SpanStatus
from annotations.rules.imports import clean_person_name

from .errors import RecordError, record_error_from


@dataclass
class ArticleIn:
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: datetime.date | None = None


@dataclass
class SpanIn:
    article: Article
    start: int
    end: int
    tag: str
    text: str | None = None  # the format's own copy of the span text, when it carries one
    speaker: str = ""
    note: str = ""
    author: str | None = None  # username; None means the import's default author
    uid: uuid.UUID | None = None
    status: str = SpanStatus.DRAFT
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    evidence: list = field(default_factory=list)
    reviews: list = field(default_factory=list)
    anchored_by: str = "position"
    provenance: dict | None = None  # what another tool said of the span (imports.checks), kept as ImportProvenance
    line: object = None  # the record's line in the file, for an error the writer finds (loader sets it)


def _obj(value, name: str) -> dict:
    if not isinstance(value, dict):
        raise RecordError(name, f"{name} must be a JSON object")
    return value


def _str(value, name: str, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise RecordError(name, f"{name} must be a string")
    if required and not value:
        raise RecordError(name, f"{name} is required")
    return value


def _name(value, name: str) -> str:
    try:
        return clean_person_name(name, value)
    except ValidationError as exc:
        raise record_error_from(exc)


def _int(value, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(name, f"{name} must be an integer (got {value!r})")
    return value


def _datetime(value, name: str):
    if value in (None, ""):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(_str(value, name))
    except ValueError:
        raise RecordError(name, f"{name} is not an ISO 8601 date-time: {value!r}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed


# ---- plain articles ---------------------------------------------------------------------------------------------

def parse_article(raw, ctx) -> list:
    raw = _obj(raw, "record")
    published = raw.get("published")
    if published not in (None, ""):
        try:
            published = datetime.date.fromisoformat(_str(published, "published")[:10])
        except ValueError:
            raise RecordError("published", f"published is not an ISO date (YYYY-MM-DD): {published!r}")
    else:
        published = None
    return [ArticleIn(
        text=_str(raw.get("text"), "text", required=True), title=_str(raw.get("title"), "title"),
        url=_str(raw.get("url"), "url"), outlet=_str(raw.get("outlet"), "outlet"), published=published,
    )]


# ---- doccano ----------------------------------------------------------------------------------------------------

def parse_doccano(raw, ctx) -> list:
    raw = _obj(raw, "record")
    text = _str(raw.get("text"), "text", required=True)
    if "entities" in raw:
        items = []
        for index, entity in enumerate(raw["entities"] or []):
            entity = _obj(entity, f"entities[{index}]")
            items.append((f"entities[{index}]", entity.get("start_offset"), entity.get("end_offset"), entity.get("label")))
    elif "label" in raw or "labels" in raw:
        items = []
        for index, item in enumerate(raw.get("label", raw.get("labels")) or []):
            if not isinstance(item, list) or len(item) != 3:
                raise RecordError(f"label[{index}]", "each label must be [start, end, \"LABEL\"]")
            items.append((f"label[{index}]", *item))
    else:
        raise RecordError("label", "no \"label\" or \"entities\" list in the record")
    # doccano keeps an example's other columns in `meta` (our doccano export writes the article's there).
    meta = raw.get("meta") if isinstance(raw.get("meta"), dict) else {}
    article = ctx.article_for_text(
        text, title=_str(meta.get("title", raw.get("title")), "meta.title"),
        url=_str(meta.get("url"), "meta.url"), outlet=_str(meta.get("outlet"), "meta.outlet"),
    )
    spans = []
    for name, start, end, label in items:
        start, end = _int(start, f"{name}.start"), _int(end, f"{name}.end")
        if ctx.offset_unit == "utf16":
            try:
                start, end = offsets.utf16_to_cp(text, start), offsets.utf16_to_cp(text, end)
            except ValueError as exc:
                raise RecordError(f"{name}.start", f"UTF-16 offsets do not fit the text: {exc}")
        spans.append(SpanIn(article=article, start=start, end=end, tag=ctx.tag_for(label, f"{name}.label")))
    return spans


# ---- Label Studio -----------------------------------------------------------------------------------------------

def _labelstudio_annotator(value, name: str) -> str | None:
    """The username for Label Studio's `completed_by` (a user id, or {"id", "email", ...} in older exports) or
    JSON_MIN's `annotator` (an email or a user id): the email as it is, an id as labelstudio-user-<id>."""
    if isinstance(value, dict):
        value = value.get("email") or value.get("username") or value.get("id")
    if value in (None, "", {}):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise RecordError(name, f"{name} must be a user id or an email (got {value!r})")
    return f"labelstudio-user-{value}" if isinstance(value, int) else value


def _labelstudio_region(value, text: str, name: str, ctx, article, author) -> list:
    value = _obj(value, name)
    labels = value.get("labels") or []
    if not isinstance(labels, list) or not labels:
        raise RecordError(f"{name}.labels", "a span result needs at least one label")
    quoted = value.get("text")
    start, end, method = ctx.place(
        text, _int(value.get("start"), f"{name}.start"), _int(value.get("end"), f"{name}.end"),
        _str(quoted, f"{name}.text") if quoted is not None else None, name,
    )
    return [SpanIn(article=article, start=start, end=end, tag=ctx.tag_for(label, f"{name}.labels"),
                   text=text[start:end] if quoted is not None else None, anchored_by=method, author=author)
            for label in labels]


def _labelstudio_json_min(raw, ctx) -> list:
    """Label Studio's JSON_MIN export: the task data at the top level, each labelling control's regions under its
    name as [{"start", "end", "text", "labels"}], and the annotator."""
    text = _str(raw.get(ctx.text_key), ctx.text_key, required=True)
    article = ctx.article_for_text(text, title=_str(raw.get("title"), "title"))
    author = _labelstudio_annotator(raw.get("annotator"), "annotator")
    spans = []
    for key, regions in sorted(raw.items()):
        if not (isinstance(regions, list) and regions and all(isinstance(r, dict) and "labels" in r
                                                               for r in regions)):
            continue  # task data, choices, ratings: not spans
        for index, region in enumerate(regions):
            spans += _labelstudio_region(region, text, f"{key}[{index}]", ctx, article, author)
    return spans


def parse_labelstudio(raw, ctx) -> list:
    """Label Studio's JSON export (tasks with `data` and `annotations`), or its JSON_MIN export."""
    raw = _obj(raw, "record")
    if "data" not in raw and ctx.text_key in raw:
        return _labelstudio_json_min(raw, ctx)
    data = _obj(raw.get("data"), "data")
    text = _str(data.get(ctx.text_key), f"data.{ctx.text_key}", required=True)
    article = ctx.article_for_text(text, title=_str(data.get("title"), "data.title"),
                                   url=_str(data.get("url"), "data.url"),
                                   outlet=_str(data.get("outlet"), "data.outlet"))
    spans = []
    for a_index, annotation in enumerate(raw.get("annotations") or raw.get("completions") or []):
        annotation = _obj(annotation, f"annotations[{a_index}]")
        if annotation.get("was_cancelled"):
            continue
        author = _labelstudio_annotator(annotation.get("completed_by"), f"annotations[{a_index}].completed_by")
        for r_index, result in enumerate(annotation.get("result") or []):
            name = f"annotations[{a_index}].result[{r_index}]"
            result = _obj(result, name)
            if result.get("type") not in ("labels", None):
                continue  # choices, relations, ratings: not spans
            spans += _labelstudio_region(result.get("value"), text, f"{name}.value", ctx, article, author)
    return spans


# ---- W3C Web Annotation -----------------------------------------------------------------------------------------

def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _selectors(target: dict) -> list[dict]:
    found, pending = [], _as_list(target.get("selector"))
    while pending:
        selector = pending.pop(0)
        if isinstance(selector, dict):
            found.append(selector)
            pending.extend(_as_list(selector.get("refinedBy")))
    return found


def parse_w3c(raw, ctx) -> list:
    raw = _obj(raw, "record")
    targets = [t for t in _as_list(raw.get("target")) if isinstance(t, dict)]
    if not targets:
        raise RecordError("target", "the annotation has no target object with a source and selectors")
    target = targets[0]
    article = ctx.article_for_source(target.get("source"), "target.source")
    selectors = _selectors(target)
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    start = end = None
    if position is not None:
        start = _int(position.get("start"), "target.selector.start")
        end = _int(position.get("end"), "target.selector.end")
    if quote is not None:
        exact = _str(quote.get("exact"), "target.selector.exact", required=True)
        try:
            start, end, method = offsets.anchor(
                article.text, exact=exact, prefix=_str(quote.get("prefix"), "target.selector.prefix"),
                suffix=_str(quote.get("suffix"), "target.selector.suffix"), start=start, end=end,
                threshold=ctx.fuzzy_threshold,
            )
        except offsets.AnchorError as exc:
            raise RecordError("target.selector.exact", f"cannot anchor: {exc}", exc.code)
    elif position is not None:
        method = "position"
    else:
        raise RecordError("target.selector", "no TextPositionSelector or TextQuoteSelector to anchor by")
    label, note = None, ""
    for body in _as_list(raw.get("body")):
        if isinstance(body, str):
            label = label or body
        elif isinstance(body, dict):
            purpose = body.get("purpose")
            if purpose in ("tagging", "classifying") and label is None:
                label = body.get("value")
            elif purpose in ("commenting", "describing", None) and body.get("type") == "TextualBody":
                note = note or _str(body.get("value"), "body.value")
    if label is None:
        raise RecordError("body", "no tagging body (purpose \"tagging\" or \"classifying\") gives the span's tag")
    creator = raw.get("creator")
    author = None
    if isinstance(creator, dict):
        author = creator.get("nickname") or creator.get("name")
    return [SpanIn(
        article=article, start=start, end=end, tag=ctx.tag_for(label, "body.value"), note=note,
        author=author if isinstance(author, str) and author else None, anchored_by=method,
        text=article.text[start:end] if quote is not None else None,
    )]


# ---- our own jsonl export ---------------------------------------------------------------------------------------

def parse_ours(raw, ctx) -> list:
    """Shapes only: the rules (fields, evidence, reviews, what a verified record needs, who may import it) are
    checked by imports.checks with the same functions the services call."""
    raw = _obj(raw, "record")
    if raw.get("type") == "article":  # the bundle export's article lines
        return parse_article(raw, ctx)
    article_ref = _obj(raw.get("article"), "article")
    article = ctx.article_by_sha(_str(article_ref.get("sha256"), "article.sha256", required=True), "article.sha256")
    try:
        uid = uuid.UUID(_str(raw.get("id"), "id", required=True))
    except ValueError:
        raise RecordError("id", f"id is not a UUID: {raw.get('id')!r}")
    author = _name(raw.get("author"), "author")
    evidence = []
    for index, item in enumerate(raw.get("evidence") or []):
        name = f"evidence[{index}]"
        item = _obj(item, name)
        entry = {
            "field": name, "stance": item.get("stance"), "excerpt": item.get("excerpt") or "",
            "added_by": _name(item.get("added_by"), f"{name}.added_by"),
            "title": item.get("source_title") or "",
            "source_start": item.get("source_start"), "source_end": item.get("source_end"),
        }
        sha = item.get("source_article_sha256")
        if sha:
            entry["source_article"] = ctx.article_by_sha(_str(sha, f"{name}.source_article_sha256"),
                                                         f"{name}.source_article_sha256")
        else:
            entry["url"] = item.get("source_url")
        evidence.append(entry)
    reviews = []
    for index, item in enumerate(raw.get("reviews") or []):
        name = f"reviews[{index}]"
        item = _obj(item, name)
        reviews.append({
            "field": name, "reviewer": _name(item.get("reviewer"), f"{name}.reviewer"),
            "decision": item.get("decision"), "verdict": item.get("verdict") or "",
            "explanation": item.get("explanation") or "", "comment": item.get("comment") or "",
            "created_at": _datetime(item.get("created_at"), f"{name}.created_at"),
        })
    return [SpanIn(
        article=article, start=_int(raw.get("start"), "start"), end=_int(raw.get("end"), "end"),
        tag=raw.get("tag"), text=_str(raw.get("text"), "text", required=True), speaker=raw.get("speaker") or "",
        note=raw.get("note") or "", author=author, uid=uid, status=raw.get("status"),
        created_at=_datetime(raw.get("created_at"), "created_at"),
        updated_at=_datetime(raw.get("updated_at"), "updated_at"), evidence=evidence, reviews=reviews,
    )]


PARSERS = {
    "articles": parse_article,
    "doccano": parse_doccano,
    "labelstudio": parse_labelstudio,
    "w3c": parse_w3c,
    "jsonl": parse_ours,
}

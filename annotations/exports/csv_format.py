"""CSV: one row per span, evidence flattened into numbered column groups (evidence_1_url, evidence_1_stance...),
as many groups as the most-evidenced span has. Cells that a spreadsheet would run as a formula are escaped."""
import csv
import io
import unicodedata

from .records import final_approval

BASE_COLUMNS = [
    "span_id", "cluster_id", "article_id", "article_title", "article_url", "start", "end", "tag", "text", "speaker",
    "note", "author", "status", "verdict", "explanation", "reviewers", "evidence_count",
]
EVIDENCE_COLUMNS = ["source_url", "source_article_id", "source_title", "stance", "excerpt"]
# What spreadsheets run as a formula (OWASP's CSV injection list, plus a line feed). The first character is compared
# after NFKC, so the fullwidth and small forms (＝ ＋ － ＠, ﹦ ...) that some spreadsheets also accept count too.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return "'" + text if unicodedata.normalize("NFKC", text[:1]).startswith(FORMULA_PREFIXES) else text


def header(max_evidence: int) -> list[str]:
    columns = list(BASE_COLUMNS)
    for n in range(1, max_evidence + 1):
        columns += [f"evidence_{n}_{name}" for name in EVIDENCE_COLUMNS]
    return columns


def row(span, max_evidence: int) -> list:
    approval = final_approval(span)
    evidence = list(span.evidence.all())
    reviewers = sorted({r.reviewer.username for r in span.reviews.all()})
    values = [
        str(span.uid), span.cluster_id, span.article.id, span.article.title, span.article.url, span.start, span.end,
        span.tag, span.text, span.speaker, span.note, span.author.username, span.status,
        approval.verdict if approval else "", approval.explanation if approval else "",
        " ".join(reviewers), len(evidence),
    ]
    for n in range(max_evidence):
        if n < len(evidence):
            e = evidence[n]
            values += [e.source.url, e.source.article_id, e.source.title, e.stance, e.excerpt]
        else:
            values += [""] * len(EVIDENCE_COLUMNS)
    return [safe_cell(v) for v in values]


def generate(spans, *, max_evidence: int = 0, **context):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)

    def flush():
        value = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return value

    yield "\ufeff"  # UTF-8 BOM: spreadsheets then read the file as UTF-8
    writer.writerow(header(max_evidence))
    yield flush()
    for span in spans:
        writer.writerow(row(span, max_evidence))
        yield flush()

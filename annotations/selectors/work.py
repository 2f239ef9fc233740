""""My work": what is someone's to do, in a constant number of queries (one per list), each list bounded."""
from django.db.models import OuterRef, Q, QuerySet, Subquery

from annotations.models import Assignment, AssignmentRole, Review, Span, SpanStatus

from .articles import article_list_with_progress

WORK_LIST_LIMIT = 200  # a longer list is cut here (the page says so); the counts are exact


def _latest_review(field: str):
    return Subquery(Review.objects.filter(span_id=OuterRef("pk")).order_by("-created_at", "-id").values(field)[:1])


def _my_spans(user) -> QuerySet[Span]:
    return (Span.objects.filter(author=user).select_related("article").defer("article__text")
            .annotate(last_decision=_latest_review("decision"), last_comment=_latest_review("comment"),
                      last_reviewer=_latest_review("reviewer__username"))
            .order_by("-updated_at", "-id"))


def assigned_articles(user) -> list:
    """The articles assigned to me, with the article's progress (spans by status) and my roles on each."""
    mine = list(Assignment.objects.filter(user=user).values_list("article_id", "role"))
    roles_by_article: dict[int, list[str]] = {}
    for article_id, role in mine:
        roles_by_article.setdefault(article_id, []).append(role)
    articles = list(article_list_with_progress().filter(pk__in=list(roles_by_article))[:WORK_LIST_LIMIT])
    for article in articles:
        article.my_roles = sorted(roles_by_article[article.pk])
    return articles


def changes_requested(user) -> QuerySet[Span]:
    """My spans a reviewer sent back (changes requested: a draft again; or rejected), with the latest comment."""
    return _my_spans(user).filter(
        Q(status=SpanStatus.DRAFT, last_decision="request_changes") | Q(status=SpanStatus.REJECTED))


def my_drafts(user) -> QuerySet[Span]:
    """My drafts nobody has sent back: new work, or withdrawn before a decision."""
    # Spelled out: a span never reviewed has no decision (NULL), which a plain exclude() would drop with the rest.
    return _my_spans(user).filter(Q(last_decision__isnull=True) | ~Q(last_decision="request_changes"),
                                  status=SpanStatus.DRAFT)


def my_submitted(user) -> QuerySet[Span]:
    return _my_spans(user).filter(status=SpanStatus.SUBMITTED)


def assigned_review_queue(user) -> QuerySet[Span]:
    """Submitted spans by other people on the articles assigned to me for review, oldest change first."""
    articles = Assignment.objects.filter(user=user, role=AssignmentRole.REVIEW).values("article_id")
    return (Span.objects.filter(status=SpanStatus.SUBMITTED, article_id__in=articles).exclude(author=user)
            .select_related("article", "author").defer("article__text").order_by("updated_at", "id"))


def my_work(user, *, reviewer: bool) -> dict:
    """Every list of the My work page, each cut at WORK_LIST_LIMIT rows, with exact counts."""
    lists = {
        "changes_requested": changes_requested(user),
        "drafts": my_drafts(user),
        "submitted": my_submitted(user),
        "to_review": assigned_review_queue(user) if reviewer else Span.objects.none(),
    }
    work = {name: list(qs[:WORK_LIST_LIMIT + 1]) for name, qs in lists.items()}
    work = {name: (rows[:WORK_LIST_LIMIT], len(rows) > WORK_LIST_LIMIT) for name, rows in work.items()}
    return {"assigned": assigned_articles(user), **{name: rows for name, (rows, _cut) in work.items()},
            "cut": sorted(name for name, (_rows, cut) in work.items() if cut)}


def my_work_counts(user, *, reviewer: bool) -> dict:
    """The numbers in the navigation bar: what waits for me to act (one query per number)."""
    return {
        "changes_requested": changes_requested(user).count(),
        "to_review": assigned_review_queue(user).count() if reviewer else 0,
        "assigned": Assignment.objects.filter(user=user).values("article_id").distinct().count(),
    }


def article_assignments(article_id: int) -> list[Assignment]:
    return list(Assignment.objects.filter(article_id=article_id).select_related("user").order_by("role", "user__username"))


def assignable_people() -> list[tuple[str, str]]:
    """(username, roles) of active people in the annotator or reviewer group, for the staff's assignment form; the
    service checks the role again when the assignment is made."""
    from django.contrib.auth import get_user_model

    from annotations.roles import ANNOTATOR, REVIEWER

    rows = (get_user_model().objects.filter(is_active=True, groups__name__in=[ANNOTATOR, REVIEWER])
            .values_list("username", "groups__name").order_by("username", "groups__name"))
    people: dict[str, list[str]] = {}
    for username, group in rows:
        people.setdefault(username, []).append(group)
    return [(username, ", ".join(groups)) for username, groups in people.items()]

"""Template views: HTTP in, selectors out. Nothing here writes; the pages' scripts call the JSON API."""
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.csrf import ensure_csrf_cookie

from annotations import exports, roles, selectors
from annotations.models import Article, Decision, SpanStatus, Stance, Tag, Verdict

from .decorators import role_required

ARTICLES_PER_PAGE = 25
TAG_LETTERS = {Tag.CLAIM: "C", Tag.QUOTE: "Q", Tag.OPINION: "O"}


def _roles(user) -> dict:
    return {
        "annotate": roles.can_annotate(user),
        "review": roles.can_review(user),
        "export": roles.can_export(user),
        "add_articles": roles.can_add_articles(user),
        "edit_metadata": roles.can_edit_article_metadata(user),
        "assign": roles.can_assign(user),
    }


@role_required(roles.can_view)
def article_list(request):
    q = request.GET.get("q", "").strip()
    outlet = request.GET.get("outlet", "")
    needs = request.GET.get("needs", "")
    if needs not in selectors.ARTICLE_NEEDS:
        needs = ""
    page = Paginator(selectors.article_list_filtered(q=q, outlet=outlet, needs=needs), ARTICLES_PER_PAGE)
    page_obj = page.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "annotations/article_list.html", {
        "page_obj": page_obj,
        "q": q, "outlet": outlet, "needs": needs,
        "outlets": selectors.article_outlets(),
        "needs_choices": selectors.ARTICLE_NEEDS.items(),
        "query": query.urlencode(),
        "tags": Tag.choices, "statuses": SpanStatus.choices, "tag_letters": TAG_LETTERS,
        "roles": _roles(request.user),
    })


@role_required(roles.can_add_articles)
@ensure_csrf_cookie
def article_add(request):
    """Add an article: paste, upload or give a URL; the page's script previews it through
    POST /api/articles/preview/ and saves it through POST /api/articles/ (the intake service behind both)."""
    return render(request, "annotations/article_add.html", {"roles": _roles(request.user)})


@role_required(roles.can_view)
@ensure_csrf_cookie
def article_detail(request, pk: int):
    try:
        article = selectors.article_get(pk)
    except Article.DoesNotExist:
        raise Http404("No such article.")
    user = request.user
    config = {
        "article": article.pk,
        "text": article.text,
        "me": user.get_username(),
        "roles": _roles(user),
        "open_span": request.GET.get("span", ""),
    }
    return render(request, "annotations/article_detail.html", {
        "article": article,
        "config": config,
        "article_history": selectors.article_audit_trail(article.pk),
        "assignments": selectors.article_assignments(article.pk),
        "assignable_people": selectors.assignable_people() if config["roles"]["assign"] else [],
        "other_articles": [(pk_, title) for pk_, title in selectors.article_choices() if pk_ != article.pk],
        "tags": Tag.choices, "tag_letters": TAG_LETTERS, "statuses": SpanStatus.choices,
        "stances": Stance.choices, "verdicts": Verdict.choices, "decisions": Decision.choices,
        "roles": config["roles"],
    })


@role_required(roles.can_view)
def my_work(request):
    """What is mine to do: spans sent back with the reviewer's comment, (for reviewers) submitted spans on the
    articles assigned to me, my assigned articles with their progress, my drafts and my submitted spans."""
    work = selectors.my_work(request.user, reviewer=roles.can_review(request.user))
    return render(request, "annotations/my_work.html", {
        **work, "limit": selectors.WORK_LIST_LIMIT, "roles": _roles(request.user),
    })


# can_view, not can_review: /api/spans/?status=submitted serves the same spans to every role, and the page tells
# people without the reviewer role that they can look but not review.
@role_required(roles.can_view)
def review_queue(request):
    spans = list(selectors.review_queue(request.user)[:500])
    return render(request, "annotations/review_queue.html", {
        "spans": spans, "roles": _roles(request.user), "tag_letters": TAG_LETTERS,
    })


@role_required(roles.can_export)
@ensure_csrf_cookie
def claim_sets(request):
    """Build a claim set: the filter form is a GET, so the count shown is for exactly the filters in the URL; the
    page's script then creates the set through POST /api/claim-sets/."""
    raw = selectors.claim_filters_from_query(request.GET)
    error = None
    try:
        filters = selectors.clean_claim_filters(raw)
        count = selectors.verified_spans(filters).count()
    except ValidationError as exc:
        filters, count = {}, None
        error = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in exc.message_dict.items())
    return render(request, "annotations/claim_sets.html", {
        "filters": filters,
        "count": count,
        "error": error,
        "article_choices": selectors.article_choices(),
        "author_choices": selectors.author_usernames(),
        "reviewer_choices": selectors.reviewer_usernames(),
        "tags": Tag.choices,
        "formats": list(exports.FORMATS.values()),
        "claim_sets": [(cs, selectors.describe_claim_filters(cs.filters)) for cs in selectors.claim_set_list()[:100]],
        "export_query": urlencode(filters, doseq=True),
    })


AGREEMENT_TAGS = ("claim", "quote", "opinion", "all")


@role_required(roles.can_view)
def agreement(request):
    """Inter-annotator agreement: the articles two or more people annotated, and for the chosen one (?article=)
    a row per annotator pair and tag."""
    articles = list(selectors.agreement_articles())
    chosen, pairs = None, []
    if request.GET.get("article", "").isdigit():
        try:
            chosen = selectors.article_get(int(request.GET["article"]))
        except Article.DoesNotExist:
            raise Http404("No such article.")
    elif articles:
        chosen = articles[0]
    if chosen is not None:
        pairs = [{"a": p["a"], "b": p["b"], "rows": [(tag, p["tags"][tag]) for tag in AGREEMENT_TAGS]}
                 for p in selectors.article_agreement(chosen)]
    return render(request, "annotations/agreement.html", {
        "articles": articles, "chosen": chosen, "pairs": pairs, "roles": _roles(request.user),
    })

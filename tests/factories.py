import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from annotations import services
from annotations.models import Article


def ensure_role_groups():
    """The role groups come from a data migration; a transactional test's flush removes them (permissions are
    recreated by post_migrate, groups are not). Put them back the way migration 0002 made them."""
    from django.contrib.auth.models import Permission

    from annotations.roles import ROLE_PERMISSIONS

    for role, codenames in ROLE_PERMISSIONS.items():
        group, created = Group.objects.get_or_create(name=role)
        if created:
            group.permissions.set(Permission.objects.filter(content_type__app_label="annotations",
                                                            codename__in=codenames))


def user_with_roles(username: str, *roles: str, **extra):
    if roles:
        ensure_role_groups()
    user = get_user_model().objects.create_user(username=username, password="pw-for-tests-only", **extra)
    user.groups.set(Group.objects.filter(name__in=roles))
    return get_user_model().objects.get(pk=user.pk)  # fresh instance: no stale permission cache


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    text = factory.Sequence(lambda n: f"Article {n}. The minister said 40% of voters agree. Critics disagree.")
    text_sha256 = factory.LazyAttribute(lambda o: services.text_sha256(o.text))


def bulk_verified_spans(article, author, reviewer, count: int, *, evidence_per_span: int = 2):
    """Many verified claims with evidence and an approving review, written in bulk (test data only: the
    services are exercised elsewhere; here we need volume)."""
    from annotations.models import Evidence, Review, Source, Span

    words = article.text
    assert len(words) > count + 1, "article text too short for that many distinct spans"
    spans = Span.objects.bulk_create([
        Span(article=article, author=author, updated_by=reviewer, start=i, end=i + 1, text=words[i], tag="claim",
             status="verified", version=3)
        for i in range(count)
    ])
    sources = [Source.objects.get_or_create(url=f"https://example.org/source/{n}", article=None)[0]
               for n in range(evidence_per_span)]
    Evidence.objects.bulk_create([
        Evidence(span=span, source=source, stance="supports", excerpt="=cmd|' /C calc'!A0", added_by=author)
        for span in spans for source in sources
    ])
    Review.objects.bulk_create([
        Review(span=span, reviewer=reviewer, decision="approve", verdict="accurate", explanation="Checked.",
               span_version=2)
        for span in spans
    ])
    return spans

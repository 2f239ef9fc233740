import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from annotations import services
from annotations.models import Article


def user_with_roles(username: str, *roles: str, **extra):
    user = get_user_model().objects.create_user(username=username, password="pw-for-tests-only", **extra)
    user.groups.set(Group.objects.filter(name__in=roles))
    return get_user_model().objects.get(pk=user.pk)  # fresh instance: no stale permission cache


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    text = factory.Sequence(lambda n: f"Article {n}. The minister said 40% of voters agree. Critics disagree.")
    text_sha256 = factory.LazyAttribute(lambda o: services.text_sha256(o.text))

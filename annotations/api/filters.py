import datetime

import django_filters

from annotations.models import Article, Review, Span, SpanStatus, Tag


class SpanFilter(django_filters.FilterSet):
    tag = django_filters.ChoiceFilter(choices=Tag.choices)
    status = django_filters.ChoiceFilter(choices=SpanStatus.choices)
    author = django_filters.CharFilter(field_name="author__username", help_text="Author's username.")
    updated_since = django_filters.IsoDateTimeFilter(method="filter_updated_since",
                                                     help_text="ISO 8601 date-time; spans updated at or after it.")

    class Meta:
        model = Span
        fields = ["article", "tag", "status", "author", "updated_since"]

    def filter_updated_since(self, queryset, name, value):
        # In UTC: Python accepts offsets up to ±24h, PostgreSQL only up to ±15:59.
        return queryset.filter(updated_at__gte=value.astimezone(datetime.timezone.utc))


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", help_text="Words in the title or outlet.")

    class Meta:
        model = Article
        fields = ["language", "outlet", "q"]

    def search(self, queryset, name, value):
        from django.db.models import Q

        return queryset.filter(Q(title__icontains=value) | Q(outlet__icontains=value))


class ReviewFilter(django_filters.FilterSet):
    reviewer = django_filters.CharFilter(field_name="reviewer__username")

    class Meta:
        model = Review
        fields = ["span", "reviewer", "decision", "verdict"]

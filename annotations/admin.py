"""The admin is a window onto the data. Articles are written through the services; spans, evidence, reviews and
claim sets are read-only here, because their rules (offsets, four-eyes, frozen claim sets) live in the services
and the reviewer UI and API are the doors that call them."""
from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError

from simple_history.admin import SimpleHistoryAdmin

from annotations import selectors, services
from annotations.models import Article, Assignment, ClaimSet, Evidence, ImportProvenance, Review, Source, Span


class NoWrites:
    """No add, change or delete, whoever asks (superusers included)."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class HistoryAdmin(SimpleHistoryAdmin):
    """simple-history's page of one past version saves a POST after checking only the view permission (every role
    has it): here a POST needs the change permission, which the read-only admins never give."""

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method not in ("GET", "HEAD") and not self.has_change_permission(request):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class ReadOnlyAdmin(NoWrites, HistoryAdmin):
    """Listing, detail and the audit trail (History button)."""


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["title", "text", "outlet", "author", "url", "published", "language"]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            # ArticleAdminForm's own list: the admin's generated subclass also lists the read-only fields.
            services.article_clean_fields(**{name: data.get(name) for name in ArticleAdminForm.Meta.fields})
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                self.add_error(field if field in self.fields else None, messages)
        return data


class SpanInline(admin.TabularInline):
    model = Span
    fields = ["start", "end", "tag", "status", "author", "text"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(HistoryAdmin):
    form = ArticleAdminForm
    list_display = ["id", "title", "outlet", "author", "language", "published", "text_length", "span_count", "created_at"]
    list_filter = ["language", "outlet", "published"]
    search_fields = ["title", "outlet", "url", "text_sha256"]
    readonly_fields = ["text_sha256", "created_at"]
    inlines = [SpanInline]

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(_span_count=Count("spans"))

    @admin.display(description="spans", ordering="_span_count")
    def span_count(self, obj):
        return obj._span_count

    @admin.display(description="length (code points)")
    def text_length(self, obj):
        return len(obj.text)

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and selectors.article_text_in_use(obj.pk):
            return [*self.readonly_fields, "text"]  # immutable once annotated or cited
        return self.readonly_fields

    def save_model(self, request, obj, form, change):
        fields = {name: form.cleaned_data[name] for name in form.cleaned_data if name in ArticleAdminForm.Meta.fields}
        if change:
            saved = services.article_update(article=Article.objects.get(pk=obj.pk), user=request.user, **fields)
        else:
            saved = services.article_create(user=request.user, **fields)
        obj.pk = saved.pk
        obj.text_sha256 = saved.text_sha256


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ["source", "stance", "excerpt", "added_by", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class ReviewInline(admin.TabularInline):
    model = Review
    fields = ["reviewer", "decision", "verdict", "explanation", "comment", "span_version", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Span)
class SpanAdmin(ReadOnlyAdmin):
    list_display = ["id", "article", "tag", "status", "start", "end", "short_text", "author", "version", "updated_at"]
    list_filter = ["tag", "status", "article"]
    search_fields = ["text", "note", "speaker", "author__username", "uid"]
    list_select_related = ["article", "author"]
    inlines = [EvidenceInline, ReviewInline]

    @admin.display(description="text")
    def short_text(self, obj):
        return obj.text[:80]


@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    list_display = ["id", "__str__", "url", "article", "publisher", "accessed"]
    list_filter = ["publisher"]
    search_fields = ["url", "title", "publisher", "article__title"]
    fields = ["url", "article", "title", "publisher", "accessed", "created_by", "created_at"]
    readonly_fields = ["url", "article", "created_by", "created_at"]  # identity goes through the services
    list_select_related = ["article"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    list_display = ["id", "span", "source", "stance", "added_by", "created_at"]
    list_filter = ["stance"]
    search_fields = ["excerpt", "source__url", "source__title", "span__text"]
    list_select_related = ["span", "source", "source__article", "added_by"]


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    list_display = ["id", "span", "reviewer", "decision", "verdict", "span_version", "created_at"]
    list_filter = ["decision", "verdict"]
    search_fields = ["comment", "explanation", "reviewer__username", "span__text"]
    list_select_related = ["span", "reviewer"]


@admin.register(ClaimSet)
class ClaimSetAdmin(ReadOnlyAdmin):
    list_display = ["name", "span_count", "content_sha256", "created_by", "created_at"]
    search_fields = ["name", "description"]
    list_select_related = ["created_by"]
    filter_horizontal = []


@admin.register(ImportProvenance)
class ImportProvenanceAdmin(NoWrites, admin.ModelAdmin):
    """What another tool said of an imported span: a record, never edited (the import wrote it)."""

    list_display = ["span", "file", "format", "external_status", "imported_by", "imported_at"]
    list_filter = ["external_status", "format"]
    search_fields = ["file", "span__text", "imported_by__username"]
    list_select_related = ["span", "imported_by"]


@admin.register(Assignment)
class AssignmentAdmin(ReadOnlyAdmin):
    """Who holds which article; made on the article page or through /api/assignments/ (the service checks roles)."""

    list_display = ["article", "user", "role", "assigned_by", "created_at"]
    list_filter = ["role"]
    search_fields = ["user__username", "article__title"]
    list_select_related = ["article", "user", "assigned_by"]

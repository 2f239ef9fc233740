"""HTTP in, services out. Views read through selectors, write through services, and translate nothing else:
the exception handler turns domain errors into responses."""
import itertools

from django.conf import settings
from django.db.models.functions import Length
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import NotFound
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations import exports, selectors, services
from annotations.assist import matching
from annotations import roles
from annotations.imports import import_annotations
from annotations.jobs import storage
from annotations.models import (
    Article, Assignment, ClaimSet, Evidence, Job, JobChunk, JobKind, JobState, Review, Source, Span, Tag,
)
from annotations.rules.fetching import check_size
from annotations.rules.fields import invalid

from . import serializers as s
from .concurrency import etag, expected_version, required_version
from .filters import ArticleFilter, ReviewFilter, SpanFilter
from .permissions import CanExport, CanImport, HasWorkbenchRole
from .renderers import PlainJSONRenderer

ERRORS = {
    400: OpenApiResponse(OpenApiTypes.OBJECT, description="Invalid input: {field: [message]} (DRF's shape)."),
    403: OpenApiResponse(OpenApiTypes.OBJECT, description="Not signed in, or not allowed: {detail, code}."),
    404: OpenApiResponse(OpenApiTypes.OBJECT, description="No such object: {detail, code}."),
}
DUPLICATE = {409: OpenApiResponse(OpenApiTypes.OBJECT, description="Already in the workbench (same text or same "
                                  "canonical URL): {detail, code: duplicate_article, article, reason}; nothing stored.")}
CONFLICT = {412: OpenApiResponse(OpenApiTypes.OBJECT, description="Stale If-Match: {detail, code, "
                                 "current_version, changed_by}; nothing was changed.")}
IF_MATCH = OpenApiParameter("If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False,
                            description='The span\'s ETag (its version, e.g. "3"). A stale value gets 412.')
IF_MATCH_REQUIRED = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=True,
    description='The span\'s ETag (its version, e.g. "3"), required: without it 428, a stale value gets 412.')
PRECONDITION = {428: OpenApiResponse(OpenApiTypes.OBJECT, description="No If-Match (or `*`): {detail, code "
                                     "\"if_match_required\"}; nothing was changed.")}


def _intake_source(fields: dict) -> dict:
    """The intake's arguments from the API's fields: `url` is fetched when it comes alone, and is the article's own
    URL when text, html or a file comes with it."""
    upload = fields.pop("file", None)
    source = {name: fields.pop(name) for name in ("text", "html") if fields.get(name) not in (None, "")}
    url = fields.pop("url", None) or None
    if upload is not None:
        # Uploads are not bound by DATA_UPLOAD_MAX_MEMORY_SIZE: refuse a large one before reading it into memory.
        check_size(upload.size, settings.INTAKE_MAX_BYTES, field="file")
        source.update(file_name=upload.name, file_data=upload.read())
    if source:
        source["article_url"] = url
    elif url:
        source["url"] = url
    return source


def _span_response(request, span: Span, code=status.HTTP_200_OK) -> Response:
    """The span as it is now, with what the requesting user may do next."""
    span = selectors.span_get(span.pk)
    data = s.SpanDetailSerializer(span, context={"request": request}).data
    return Response(data, status=code, headers={"ETag": etag(span.version)})


@extend_schema_view(
    list=extend_schema(responses={200: s.ArticleListSerializer, **ERRORS}),
    retrieve=extend_schema(responses={200: s.ArticleSerializer, **ERRORS}),
    create=extend_schema(
        request={"application/json": s.ArticleInputSerializer, "multipart/form-data": s.ArticleInputSerializer},
        responses={201: s.ArticleSerializer, **ERRORS, **DUPLICATE},
        description="Add an article (annotators, reviewers and staff) from exactly one of: `text` (stored exactly as sent), "
        "`html` (a page's HTML: main text and metadata extracted), `url` alone (an http(s) page the server fetches "
        "from public addresses only, then extracts) or `file` (.txt, .md, .html, .htm). The other fields override "
        "what was extracted. An article with the same text or canonical URL is answered with 409 and its id."),
    partial_update=extend_schema(
        request=s.ArticleUpdateSerializer, responses={200: s.ArticleSerializer, **ERRORS},
        description="Change the details (reviewers and staff; recorded in the article's history); the text only as "
        "staff, and only while no span or evidence points into it."),
)
class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [HasWorkbenchRole]
    filterset_class = ArticleFilter
    ordering_fields = ["id", "title", "published", "created_at"]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        if self.action == "list":
            return Article.objects.defer("text").annotate(length=Length("text")).order_by("id")
        return Article.objects.all()

    def get_serializer_class(self):
        return s.ArticleListSerializer if self.action == "list" else s.ArticleSerializer

    def create(self, request):
        data = s.ArticleInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        article = services.article_ingest(user=request.user, **_intake_source(fields), title=fields.get("title"),
                                          outlet=fields.get("outlet"), author=fields.get("author"),
                                          published=fields.get("published"), language=fields.get("language"))
        return Response(s.ArticleSerializer(article).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request={"application/json": s.ArticlePreviewInputSerializer,
                 "multipart/form-data": s.ArticlePreviewInputSerializer},
        responses={200: s.ArticleDraftSerializer, **ERRORS},
        description="What POST /api/articles/ would store, without storing it: the text and the metadata found, "
        "and the article it would duplicate, if any.")
    @action(detail=False, methods=["post"], filter_backends=[], pagination_class=None)
    def preview(self, request):
        data = s.ArticlePreviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        source = _intake_source(dict(data.validated_data))
        draft = services.article_draft(user=request.user, **{k: v for k, v in source.items() if k != "article_url"})
        existing, reason = services.draft_duplicate(draft, {"url": source.get("article_url")})
        body = {**draft.__dict__, "length": len(draft.text),
                "url": source.get("article_url") or draft.url,
                "duplicate": {"id": existing.pk, "title": existing.title, "reason": reason} if existing else None}
        return Response(s.ArticleDraftSerializer(body).data)

    @extend_schema(responses={200: s.SuggestionListSerializer, **ERRORS})
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def suggestions(self, request, pk=None):
        """Suggested quotes, claims and opinions on the article that you have not dismissed or already drawn;
        `partial` when the article was too costly to read in full."""
        article = self.get_object()
        stored = services.article_suggestion_items(article)
        return Response(s.SuggestionListSerializer(selectors.article_suggestions(article, request.user, stored)).data)

    @extend_schema(request=s.SuggestionInputSerializer, responses={201: s.SpanDetailSerializer, **ERRORS})
    @action(detail=True, methods=["post"], url_path="suggestions/accept", filter_backends=[])
    def accept_suggestion(self, request, pk=None):
        """Accept a suggestion: it becomes your draft span, with provenance "suggested"."""
        article = self.get_object()
        data = s.SuggestionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        span = services.suggestion_accept(article=article, user=request.user, **data.validated_data)
        return _span_response(request, span, status.HTTP_201_CREATED)

    @extend_schema(request=s.SuggestionInputSerializer, responses={204: None, **ERRORS})
    @action(detail=True, methods=["post"], url_path="suggestions/dismiss", filter_backends=[])
    def dismiss_suggestion(self, request, pk=None):
        """Dismiss a suggestion: it is no longer offered to you (other people still see it)."""
        article = self.get_object()
        data = s.SuggestionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.suggestion_dismiss(article=article, user=request.user, **data.validated_data)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(responses={200: s.PairAgreementSerializer(many=True), **ERRORS})
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def agreement(self, request, pk=None):
        """Inter-annotator agreement per pair of people with spans on the article."""
        article = self.get_object()
        return Response(s.PairAgreementSerializer(selectors.article_agreement(article), many=True).data)

    @extend_schema(responses={200: s.AuditEntrySerializer(many=True), **ERRORS})
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def history(self, request, pk=None):
        """Who created the article and who changed its details (title, outlet, author, URL, date, language)."""
        article = get_object_or_404(Article.objects.only("id"), pk=pk)
        return Response(s.AuditEntrySerializer(selectors.article_audit_trail(article.pk), many=True).data)

    def partial_update(self, request, pk=None):
        article = self.get_object()
        data = s.ArticleUpdateSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        article = services.article_update(article=article, user=request.user, **data.validated_data)
        return Response(s.ArticleSerializer(article).data)


@extend_schema_view(
    list=extend_schema(responses={200: s.SpanSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(responses={200: s.SpanDetailSerializer, **ERRORS}),
    create=extend_schema(request=s.SpanCreateSerializer, responses={201: s.SpanDetailSerializer, **ERRORS}),
    update=extend_schema(parameters=[IF_MATCH_REQUIRED], request=s.SpanUpdateSerializer,
                         responses={200: s.SpanDetailSerializer, **ERRORS, **CONFLICT, **PRECONDITION}),
    partial_update=extend_schema(parameters=[IF_MATCH_REQUIRED], request=s.SpanUpdateSerializer,
                                 responses={200: s.SpanDetailSerializer, **ERRORS, **CONFLICT, **PRECONDITION}),
    destroy=extend_schema(parameters=[IF_MATCH_REQUIRED], responses={204: None, **ERRORS, **CONFLICT, **PRECONDITION}),
)
class SpanViewSet(viewsets.ModelViewSet):
    permission_classes = [HasWorkbenchRole]
    serializer_class = s.SpanSerializer
    filterset_class = SpanFilter
    ordering_fields = ["id", "start", "created_at", "updated_at"]
    ordering = ["article_id", "start", "end", "id"]

    def get_queryset(self):
        return selectors.span_queryset()

    def get_renderers(self):
        renderers = super().get_renderers()
        if self.action != "list":  # the matches action answers floats, which PlainJSONRenderer cannot take
            return renderers
        return [PlainJSONRenderer() if type(r) is JSONRenderer else r for r in renderers]

    def list(self, request):
        # Rows, not model instances, and plain dicts, not nested ModelSerializers: the same body, ~10x faster for a
        # page of 1,000 spans (see selectors.span_rows and serializers.span_list_data).
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(selectors.SpanRowList(queryset))
        spans = list(selectors.span_rows(queryset)) if page is None else page
        data = s.span_list_data(spans, *selectors.span_related_rows([span.id for span in spans]))
        return Response(data) if page is None else self.get_paginated_response(data)

    def retrieve(self, request, pk=None):
        return _span_response(request, self.get_object())

    def create(self, request):
        data = s.SpanCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        span = services.span_create(author=request.user, **data.validated_data)
        return _span_response(request, span, status.HTTP_201_CREATED)

    def update(self, request, pk=None, partial=False):
        span = get_object_or_404(Span, pk=pk)
        data = s.SpanUpdateSerializer(data=request.data, partial=partial)
        data.is_valid(raise_exception=True)
        span = services.span_update(
            span=span, user=request.user, expected_version=required_version(request), **data.validated_data
        )
        return _span_response(request, span)

    def partial_update(self, request, pk=None):
        return self.update(request, pk=pk, partial=True)

    def destroy(self, request, pk=None):
        span = get_object_or_404(Span, pk=pk)
        services.span_delete(span=span, user=request.user, expected_version=required_version(request))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(parameters=[IF_MATCH], request=None, responses={200: s.SpanDetailSerializer, **ERRORS, **CONFLICT})
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        span = get_object_or_404(Span, pk=pk)
        span = services.span_submit(span=span, user=request.user, expected_version=expected_version(request))
        return _span_response(request, span)

    @extend_schema(parameters=[IF_MATCH], request=None, responses={200: s.SpanDetailSerializer, **ERRORS, **CONFLICT},
                   description="The author takes a submitted span back to draft, before a reviewer decides on it.")
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        span = get_object_or_404(Span, pk=pk)
        span = services.span_withdraw(span=span, user=request.user, expected_version=expected_version(request))
        return _span_response(request, span)

    @extend_schema(parameters=[IF_MATCH], request=s.ReviewInputSerializer,
                   responses={201: s.SpanDetailSerializer, **ERRORS, **CONFLICT})
    @action(detail=True, methods=["post"])
    def reviews(self, request, pk=None):
        span = get_object_or_404(Span, pk=pk)
        data = s.ReviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.review_submit(
            span=span, reviewer=request.user, expected_version=expected_version(request), **data.validated_data
        )
        return _span_response(request, span, status.HTTP_201_CREATED)

    @extend_schema(parameters=[IF_MATCH], request=s.PublicationInputSerializer,
                   responses={200: s.SpanDetailSerializer, **ERRORS, **CONFLICT})
    @action(detail=True, methods=["patch"])
    def publication(self, request, pk=None):
        """Set how a claim is published (ClaimReview's claimReviewed, the claim's author, date and first
        appearance): the author while it is a draft, a reviewer at any time. Not a change a reviewer verifies."""
        span = get_object_or_404(Span, pk=pk)
        data = s.PublicationInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        span = services.span_publication_update(
            span=span, user=request.user, expected_version=expected_version(request), **data.validated_data)
        return _span_response(request, span)

    @extend_schema(responses={200: s.AuditEntrySerializer(many=True), **ERRORS})
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def history(self, request, pk=None):
        """The span's audit trail: who changed what, when, with before/after values (evidence and reviews too)."""
        span = get_object_or_404(Span.objects.only("id"), pk=pk)
        trail = selectors.span_audit_trail(span.pk)
        return Response(s.AuditEntrySerializer(trail, many=True).data)

    @extend_schema(responses={200: s.MatchListSerializer, **ERRORS})
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def matches(self, request, pk=None):
        """The most similar spans, quotations and sentences in other articles, in two tiers; link one as evidence
        with POST evidence/ (source_article, source_start, source_end)."""
        span = get_object_or_404(Span.objects.only("id", "article_id", "text"), pk=pk)
        return Response(s.MatchListSerializer({
            "same_claim_threshold": matching.SAME_CLAIM, "similar_threshold": matching.SIMILAR,
            "matches": selectors.span_matches(span),
        }).data)

    @extend_schema(parameters=[IF_MATCH], request=s.EvidenceInputSerializer,
                   responses={201: s.SpanDetailSerializer, **ERRORS, **CONFLICT})
    @action(detail=True, methods=["post"])
    def evidence(self, request, pk=None):
        span = get_object_or_404(Span, pk=pk)
        data = s.EvidenceInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.evidence_add(
            span=span, user=request.user, expected_version=expected_version(request), **data.validated_data
        )
        return _span_response(request, span, status.HTTP_201_CREATED)


@extend_schema_view(
    list=extend_schema(responses={200: s.EvidenceSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(responses={200: s.EvidenceSerializer, **ERRORS}),
    destroy=extend_schema(parameters=[IF_MATCH_REQUIRED], responses={204: None, **ERRORS, **CONFLICT, **PRECONDITION}),
)
class EvidenceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin,
                      viewsets.GenericViewSet):
    permission_classes = [HasWorkbenchRole]
    serializer_class = s.EvidenceSerializer
    filterset_fields = ["span", "stance", "source"]
    queryset = Evidence.objects.select_related("source", "added_by").order_by("id")

    def destroy(self, request, pk=None):
        evidence = get_object_or_404(Evidence.objects.select_related("span"), pk=pk)
        services.evidence_remove(evidence=evidence, user=request.user, expected_version=required_version(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    list=extend_schema(responses={200: s.SourceSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(responses={200: s.SourceSerializer, **ERRORS}),
)
class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [HasWorkbenchRole]
    serializer_class = s.SourceSerializer
    queryset = Source.objects.order_by("id")
    filterset_fields = ["article", "publisher"]


@extend_schema_view(
    list=extend_schema(responses={200: s.ReviewSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(responses={200: s.ReviewSerializer, **ERRORS}),
)
class ReviewViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [HasWorkbenchRole]
    serializer_class = s.ReviewSerializer
    queryset = Review.objects.select_related("reviewer").order_by("id")
    filterset_class = ReviewFilter


@extend_schema_view(
    list=extend_schema(responses={200: s.AssignmentSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(responses={200: s.AssignmentSerializer, **ERRORS}),
    create=extend_schema(request=s.AssignmentInputSerializer, responses={201: s.AssignmentSerializer, **ERRORS},
                         description="Staff assign an article to an annotator (role annotate) or a reviewer (review)."),
    destroy=extend_schema(responses={204: None, **ERRORS}),
)
class AssignmentViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [HasWorkbenchRole]
    serializer_class = s.AssignmentSerializer
    queryset = Assignment.objects.select_related("user", "assigned_by").order_by("id")
    filterset_fields = ["article", "role", "user"]
    http_method_names = ["get", "post", "delete", "head", "options"]

    def create(self, request):
        data = s.AssignmentInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        assignment = services.assignment_add(assigned_by=request.user, **data.validated_data)
        return Response(s.AssignmentSerializer(assignment).data, status=status.HTTP_201_CREATED)

    def destroy(self, request, pk=None):
        services.assignment_remove(assignment=get_object_or_404(Assignment, pk=pk), user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MyWorkCountsView(APIView):
    """The numbers in the navigation bar: spans sent back to me, spans waiting for my review, my articles."""

    permission_classes = [HasWorkbenchRole]

    @extend_schema(responses={200: s.WorkCountsSerializer, 403: ERRORS[403]})
    def get(self, request):
        counts = selectors.my_work_counts(request.user, reviewer=roles.can_review(request.user))
        return Response(s.WorkCountsSerializer(counts).data)


FORMAT_PARAM = OpenApiParameter("format", OpenApiTypes.STR, enum=list(exports.FORMATS), required=True,
                                description="Export format.")
EXPORT_RESPONSES = {
    # JSON documents (ClaimReview, W3C, fixture) are objects or arrays; line-based formats are text.
    **{(200, media_type): OpenApiResponse(
        OpenApiTypes.ANY if media_type.endswith("json") else OpenApiTypes.STR, description="The export, streamed.")
       for media_type in sorted({f.media_type for f in exports.FORMATS.values()})},
    **ERRORS,
}


def _only_known_parameters(params, known) -> None:
    """An export checks every parameter before its first byte: a misspelt filter (tag for tags) would otherwise
    export everything it was meant to narrow."""
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise invalid(unknown[0], f"Unknown parameter; expected {', '.join(known)}.", "unknown_filter")


def _streaming_file(pieces, *, content_type: str, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(pieces, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _export_response(fmt, chunks, *, filename: str) -> StreamingHttpResponse:
    # The first chunk is made here, in the view: whatever fails as the export starts (a filter value, the database
    # refusing a query) is answered by the exception handler as JSON, not by a stream cut off after its headers.
    first = next(chunks, "")
    return _streaming_file((piece.encode("utf-8") for piece in itertools.chain([first], chunks)),
                           content_type=f"{fmt.media_type}; charset=utf-8", filename=f"{filename}.{fmt.extension}")


def _stream(fmt_name: str, queryset, *, filename: str):
    fmt = exports.get_format(fmt_name)
    return _export_response(fmt, exports.export_chunks(fmt, queryset), filename=filename)


@extend_schema_view(
    list=extend_schema(responses={200: s.ClaimSetSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(responses={200: s.ClaimSetSerializer, **ERRORS}),
    create=extend_schema(request=s.ClaimSetInputSerializer, responses={201: s.ClaimSetSerializer, **ERRORS}),
)
class ClaimSetViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                      viewsets.GenericViewSet):
    permission_classes = [CanExport]
    serializer_class = s.ClaimSetSerializer

    def get_queryset(self):
        return selectors.claim_set_list_with_hashes()

    def create(self, request):
        data = s.ClaimSetInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        filters = data.validated_data.get("filters") or {}
        claim_set = services.claim_set_create(
            name=data.validated_data["name"], description=data.validated_data.get("description", ""),
            filters=filters, user=request.user,
        )
        return Response(s.ClaimSetSerializer(claim_set).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=s.ExportJobInputSerializer, responses={202: s.JobSerializer, **ERRORS})
    @action(detail=True, methods=["post"], url_path="export-jobs")
    def export_job(self, request, pk=None):
        """Write the claim set in one format as a background job; poll the job's URL, then download its file."""
        claim_set = self.get_object()
        data = s.ExportJobInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        job = services.claim_set_export_job_create(user=request.user, claim_set=claim_set,
                                                   format=data.validated_data["format"])
        return _job_response(job)

    @extend_schema(parameters=[FORMAT_PARAM], responses=EXPORT_RESPONSES)
    @action(detail=True, methods=["get"])
    def export(self, request, pk=None):
        _only_known_parameters(request.query_params, ["format"])
        claim_set = self.get_object()
        fmt = exports.get_format(request.query_params.get("format", ""))
        return _export_response(fmt, exports.claim_set_chunks(fmt, claim_set),
                                filename=f"claim-set-{claim_set.pk}")


def _claim_filter_parameter(f: selectors.ClaimFilter) -> OpenApiParameter:
    if not f.many:
        return OpenApiParameter(f.name, OpenApiTypes.DATE, description=f.help)
    kind = {"article": OpenApiTypes.INT, "tag": OpenApiTypes.STR, "username": OpenApiTypes.STR}[f.item]
    return OpenApiParameter(f.name, kind, many=True, enum=Tag.values if f.item == "tag" else None,
                            description=f.help)


class AdHocExportView(APIView):
    """Every verified span matching the filters, in any export format (nothing is recorded)."""

    permission_classes = [CanExport]

    @extend_schema(
        parameters=[FORMAT_PARAM, *(_claim_filter_parameter(f) for f in selectors.CLAIM_FILTERS)],
        responses=EXPORT_RESPONSES,
    )
    def get(self, request):
        params = request.query_params
        _only_known_parameters(params, ["format", *(f.name for f in selectors.CLAIM_FILTERS)])
        filters = selectors.claim_filters_from_query(params)
        spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans(filters).values("pk"))
        return _stream(params.get("format", ""), spans, filename="verified-spans")


def _job_response(job) -> Response:
    data = s.job_data(job)
    return Response(data, status=status.HTTP_202_ACCEPTED, headers={"Location": data["url"]})


class JobView(APIView):
    """A background job you started: its state, progress, and result or error."""

    @extend_schema(responses={200: s.JobSerializer, 403: ERRORS[403], 404: ERRORS[404]})
    def get(self, request, pk):
        try:
            return Response(s.job_data(selectors.job_for_user(request.user, pk)))
        except Job.DoesNotExist:
            raise NotFound("No such job.")


class JobDownloadView(APIView):
    """The file a finished export job wrote."""

    @extend_schema(responses={(200, "application/octet-stream"): OpenApiTypes.BINARY, 403: ERRORS[403],
                              404: ERRORS[404]})
    def get(self, request, pk):
        try:
            job = selectors.job_for_user(request.user, pk)
        except Job.DoesNotExist:
            raise NotFound("No such job.")
        if job.kind != JobKind.EXPORT or job.state != JobState.SUCCEEDED:
            raise NotFound("This job has no file to download (yet).")
        return _streaming_file(storage.chunks(job, JobChunk.Role.OUTPUT), content_type=job.result["content_type"],
                               filename=job.result["filename"])


class ImportView(APIView):
    """Staff upload a file in any import format; atomic unless skip_invalid (then bad records are reported). A file
    larger than IMPORT_BACKGROUND_BYTES is imported by a background job: 202 and the job's URL."""

    parser_classes = [MultiPartParser]
    permission_classes = [CanImport]  # before the form is read: a non-staff upload is refused, not validated

    @extend_schema(request={"multipart/form-data": s.ImportInputSerializer},
                   responses={201: s.ImportReportSerializer, 202: s.JobSerializer, 400: OpenApiResponse(
                       OpenApiTypes.OBJECT, description="Nothing imported: an import report whose `errors` say "
                       "why (file, line, field, message), or {field: [message]} for a bad form."), 403: ERRORS[403]})
    def post(self, request):
        data = s.ImportInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        options = dict(data.validated_data)
        upload = options.pop("file")
        if upload.size > settings.IMPORT_BACKGROUND_BYTES:
            return _job_response(services.import_job_create(user=request.user, upload=upload, filename=upload.name,
                                                            **options))
        report = import_annotations(upload, user=request.user, filename=upload.name, **options)
        body = s.ImportReportSerializer(report.as_dict()).data
        return Response(body, status=status.HTTP_201_CREATED if report.committed else status.HTTP_400_BAD_REQUEST)


class TokenView(ObtainAuthToken):
    """Exchange a username and password for the API token scripts send as `Authorization: Token <key>`."""

    @extend_schema(request=AuthTokenSerializer, responses={
        200: s.TokenSerializer, 400: ERRORS[400],
        429: OpenApiResponse(OpenApiTypes.OBJECT, description="Too many failed logins: {detail, code}."),
    })
    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except exceptions.ValidationError:
            # django-axes marks the request it was handed (DRF's) when the user/address pair is locked out.
            if getattr(request, "axes_locked_out", False):
                return Response({"detail": "Too many failed logins; try again later.", "code": "locked_out"},
                                status=status.HTTP_429_TOO_MANY_REQUESTS)
            raise


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
@permission_classes([AllowAny])
def not_found(request, *args, **kwargs):
    raise NotFound("No API endpoint at this address.")


class MeView(APIView):
    @extend_schema(responses={200: s.UserSerializer, 403: ERRORS[403]})
    def get(self, request):
        return Response(s.UserSerializer(request.user).data)

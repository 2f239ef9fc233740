"""Training sessions over HTTP: any signed-in user practises on a seed article; spans stay apart from production."""
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from annotations.models import Article, Tag, TrainingSession, TrainingSpan
from annotations.rules import limits
from annotations.services import training

from .serializers import RuleCharField
from .views import ERRORS


class TrainingSpanSerializer(serializers.ModelSerializer):
    class Meta:
        model = TrainingSpan
        fields = ["id", "start", "end", "text", "tag", "speaker"]


class TrainingSessionSerializer(serializers.ModelSerializer):
    spans = TrainingSpanSerializer(many=True, read_only=True)
    trainee = serializers.CharField(source="trainee.username", read_only=True)

    class Meta:
        model = TrainingSession
        fields = ["id", "trainee", "article", "started_at", "finished_at", "score", "spans"]


class TrainingStartSerializer(serializers.Serializer):
    article = serializers.PrimaryKeyRelatedField(queryset=Article.objects.all())


class TrainingSpanInputSerializer(serializers.Serializer):
    start = serializers.IntegerField(min_value=0, max_value=2**31 - 1)
    end = serializers.IntegerField(min_value=0, max_value=2**31 - 1)
    tag = serializers.ChoiceField(choices=Tag.choices)
    text = serializers.CharField(required=False, trim_whitespace=False)
    speaker = RuleCharField(required=False, allow_blank=True, max_length=limits.SPEAKER_MAX)


def _session_response(session, code=status.HTTP_200_OK):
    session = TrainingSession.objects.select_related("trainee").prefetch_related("spans").get(pk=session.pk)
    return Response(TrainingSessionSerializer(session).data, status=code)


@extend_schema_view(
    list=extend_schema(responses={200: TrainingSessionSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(responses={200: TrainingSessionSerializer, **ERRORS}),
    create=extend_schema(request=TrainingStartSerializer, responses={201: TrainingSessionSerializer, **ERRORS}),
)
class TrainingSessionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                             viewsets.GenericViewSet):
    """Your own training sessions (nobody sees anyone else's)."""

    serializer_class = TrainingSessionSerializer
    filterset_fields = ["article"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return TrainingSession.objects.none()
        return TrainingSession.objects.filter(trainee=self.request.user).select_related("trainee").prefetch_related(
            "spans")

    def create(self, request):
        data = TrainingStartSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        session = training.training_session_start(trainee=request.user, article=data.validated_data["article"])
        return _session_response(session, status.HTTP_201_CREATED)

    @extend_schema(request=TrainingSpanInputSerializer, responses={201: TrainingSessionSerializer, **ERRORS})
    @action(detail=True, methods=["post"])
    def spans(self, request, pk=None):
        session = self.get_object()
        data = TrainingSpanInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        training.training_span_add(session=session, trainee=request.user, **data.validated_data)
        return _session_response(session, status.HTTP_201_CREATED)

    @extend_schema(request=None, responses={200: TrainingSessionSerializer, **ERRORS})
    @action(detail=True, methods=["post"])
    def finish(self, request, pk=None):
        session = training.training_session_finish(session=self.get_object(), trainee=request.user)
        return _session_response(session)


@extend_schema_view(destroy=extend_schema(responses={204: None, **ERRORS}))
class TrainingSpanViewSet(mixins.DestroyModelMixin, viewsets.GenericViewSet):
    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return TrainingSpan.objects.none()
        return TrainingSpan.objects.filter(session__trainee=self.request.user).select_related("session")

    def destroy(self, request, pk=None):
        span = get_object_or_404(self.get_queryset(), pk=pk)
        training.training_span_remove(span=span, trainee=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

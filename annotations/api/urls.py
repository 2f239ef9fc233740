from django.urls import include, path, re_path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from . import training, views

class IntIdRouter(DefaultRouter):
    """Ids are integers: anything else falls through to the JSON 404 below instead of reaching the ORM."""

    def get_lookup_regex(self, viewset, lookup_prefix=""):
        return rf"(?P<{lookup_prefix}pk>[0-9]{{1,18}})"


router = IntIdRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("spans", views.SpanViewSet, basename="span")
router.register("evidence", views.EvidenceViewSet, basename="evidence")
router.register("sources", views.SourceViewSet, basename="source")
router.register("reviews", views.ReviewViewSet, basename="review")
router.register("assignments", views.AssignmentViewSet, basename="assignment")
router.register("claim-sets", views.ClaimSetViewSet, basename="claimset")
router.register("training-sessions", training.TrainingSessionViewSet, basename="trainingsession")
router.register("training-spans", training.TrainingSpanViewSet, basename="trainingspan")

app_name = "api"
urlpatterns = [
    path("", include(router.urls)),
    path("me/", views.MeView.as_view(), name="me"),
    path("me/work/", views.MyWorkCountsView.as_view(), name="my-work"),
    path("exports/", views.AdHocExportView.as_view(), name="export"),
    path("imports/", views.ImportView.as_view(), name="import"),
    path("auth/token/", views.TokenView.as_view(), name="token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    # Redoc's bundle fetches fonts and a logo from outside hosts, so the docs are Swagger UI only (served from the
    # project); old links to /api/redoc/ land there.
    path("redoc/", RedirectView.as_view(pattern_name="api:docs", permanent=True), name="redoc"),
    re_path(r"^[\s\S]*$", views.not_found, name="not-found"),
]

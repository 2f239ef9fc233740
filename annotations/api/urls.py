from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("spans", views.SpanViewSet, basename="span")
router.register("evidence", views.EvidenceViewSet, basename="evidence")
router.register("sources", views.SourceViewSet, basename="source")
router.register("reviews", views.ReviewViewSet, basename="review")
router.register("claim-sets", views.ClaimSetViewSet, basename="claimset")

app_name = "api"
urlpatterns = [
    path("", include(router.urls)),
    path("me/", views.MeView.as_view(), name="me"),
    path("exports/", views.AdHocExportView.as_view(), name="export"),
    path("auth/token/", obtain_auth_token, name="token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
]

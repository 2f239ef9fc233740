"""Public pages: no login (annotations/web/public.py). Kept apart from web/urls.py, whose every page needs a role."""
from django.urls import path

from . import public

app_name = "public"
urlpatterns = [
    path("claims/", public.claim_index, name="claim_index"),
    path("claims/feed.atom", public.ClaimFeed(), name="claim_feed"),
    path("claims/<uuid:uid>/", public.claim_page, name="claim_page"),
]

from django.urls import path

from . import training, views

app_name = "web"
urlpatterns = [
    path("", views.article_list, name="article_list"),
    path("articles/new/", views.article_add, name="article_add"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("my-work/", views.my_work, name="my_work"),
    path("review/", views.review_queue, name="review_queue"),
    path("claim-sets/", views.claim_sets, name="claim_sets"),
    path("training/", training.training_home, name="training_home"),
    path("training/<int:pk>/", training.training_session, name="training_session"),
    path("agreement/", views.agreement, name="agreement"),
]

from django.apps import AppConfig


class AnnotationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "annotations"
    verbose_name = "Fact-check annotations"

    def ready(self):
        from django.db.models.signals import post_save

        from .models import Span
        from .services.span_bands import on_span_saved

        # loaddata saves spans with save_base(raw=True), which no service sees: the signal is the one hook every
        # ORM save of a span passes (services.span_bands lists the writers that go past the ORM).
        post_save.connect(on_span_saved, sender=Span, dispatch_uid="span_bands")

from django.core.management.base import BaseCommand

from annotations import services


class Command(BaseCommand):
    help = ("Recompute the clusters of verified claims and quotes (exact normalised text or TF-IDF match) that exports "
            "carry as cluster_id. Approvals do this by themselves; run it after imports or loaddata.")

    def handle(self, *args, **options):
        changed = services.span_clusters_refresh()
        self.stdout.write(self.style.SUCCESS(f"{changed} span(s) changed cluster."))

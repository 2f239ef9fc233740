from django.core.management.base import BaseCommand

from annotations import services


class Command(BaseCommand):
    help = ("Rebuild the clusters of verified claims and quotes (same normalised text or a same-claim match, found "
            "through the matching index) that exports carry as cluster_id. Approvals update them by themselves; "
            "run it after imports or loaddata (after index_passages).")

    def handle(self, *args, **options):
        changed = services.span_clusters_refresh()
        self.stdout.write(self.style.SUCCESS(f"{changed} span(s) changed cluster."))

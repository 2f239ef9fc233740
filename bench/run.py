"""The benchmark: generate a corpus, then time import, export, export memory and the API on PostgreSQL, each
against a baseline measured in the same run, and print the tables.

    python -m bench.run [--articles N] [--repeat 3] [--memory-scale 10] [--clients 32] [--report FILE]

DATABASE_URL names the PostgreSQL database to create, use and drop (default
postgres://postgres@127.0.0.1:5432/factcheck_bench); it must not exist yet unless --reuse-db is given."""
import argparse
import contextlib
import datetime
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MANAGE = [PYTHON, str(ROOT / "manage.py")]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench"
DEFAULT_ARTICLES = 300


@dataclass
class Run:
    wall: float
    rss_mb: float


@dataclass
class Measure:
    name: str
    runs: list = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def rss_mb(self) -> float:
        return max(r.rss_mb for r in self.runs)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


TIME = "/usr/bin/time"


def timed(cmd: list[str], env: dict, *, stdout=subprocess.DEVNULL) -> Run:
    """Whole-command wall time and peak RSS of one command. /usr/bin/time measures the RSS: a child forked from
    this (large) process would count the parent's pages it shares until exec as its own."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as rss:
        wrapped = [TIME, "-f", "%M", "-o", rss.name, *cmd] if os.path.exists(TIME) else cmd
        began = time.perf_counter()
        child = subprocess.Popen(wrapped, env=env, stdout=stdout, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - began
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd[:4])} failed ({child.returncode}):\n{err.read().decode()[-3000:]}")
        kilobytes = int(rss.read().split()[-1]) if wrapped is not cmd else usage.ru_maxrss
    return Run(wall=wall, rss_mb=kilobytes / 1024)


def measure(name: str, repeat: int, cmd_for, env: dict, before=None) -> Measure:
    result = Measure(name)
    for n in range(repeat):
        if before:
            before()
        result.runs.append(timed(cmd_for(n), env))
        log(f"{name}: run {n + 1}/{repeat} {result.runs[-1].wall:.2f} s, {result.runs[-1].rss_mb:.0f} MB")
    return result


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def psql_admin(url: str, sql: str) -> None:
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", with_database(url, "postgres"), "-c", sql],
                   check=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Bench:
    def __init__(self, args):
        self.args = args
        self.url = os.environ.get("DATABASE_URL") or DEFAULT_URL
        self.db_name = urlsplit(self.url).path.lstrip("/")
        self.work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
        self.env = {
            **os.environ, "DATABASE_URL": self.url, "DJANGO_SETTINGS_MODULE": "factcheck.settings",
            "SECRET_KEY": "bench-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver", "SECURE_SSL_REDIRECT": "0", "DEBUG": "",
            "PYTHONPATH": str(ROOT),
        }
        self.results: dict = {"articles": args.articles, "repeat": args.repeat, "seed": args.seed}

    # --- set-up ------------------------------------------------------------------------------------------------

    def create_database(self) -> None:
        if not self.args.reuse_db:
            psql_admin(self.url, f'CREATE DATABASE "{self.db_name}"')
        os.environ.update({k: v for k, v in self.env.items() if k != "PYTHONPATH"})
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)

    def drop_database(self) -> None:
        from django.db import connections

        connections.close_all()
        if not self.args.keep_db:
            psql_admin(self.url, f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
        shutil.rmtree(self.work, ignore_errors=True)

    def cursor(self):
        from django.db import connection

        return connection.cursor()

    def reset_app(self, *, users: bool) -> None:
        from bench import data
        from django.db import connection

        with connection.cursor() as cursor:
            data.truncate(cursor)
            if users:
                cursor.execute("TRUNCATE auth_user RESTART IDENTITY CASCADE")
        connection.close()

    # --- import ------------------------------------------------------------------------------------------------

    def bench_import(self) -> None:
        from bench import data, floor

        n, repeat = self.args.articles, self.args.repeat
        doccano, fixture = self.work / "corpus.doccano.jsonl", self.work / "corpus.fixture.json"
        began = time.perf_counter()
        data.write_doccano(doccano, n, self.args.seed)
        if not self.args.skip_baselines:
            data.write_fixture(fixture, n, self.args.seed)
        log(f"corpus of {n} articles written in {time.perf_counter() - began:.1f} s "
            f"({doccano.stat().st_size / 1e6:.1f} MB doccano JSONL)")
        floor.setup(self.url)
        self.results["import_floor"] = measure(
            "import floor (JSONL->CSV + COPY)", repeat, lambda _: [PYTHON, "-m", "bench.floor", "import", str(doccano)],
            self.env, before=lambda: floor.truncate(self.url))
        self.results["import_ours"] = measure(
            "import_annotations --format doccano", repeat,
            lambda _: MANAGE + ["import_annotations", str(doccano), "--format", "doccano"], self.env,
            before=lambda: self.reset_app(users=True))
        self.results["import_counts"] = self.count_rows()
        if not self.args.skip_baselines:
            self.results["import_loaddata"] = measure(
                "loaddata (fixture)", self.args.baseline_repeat or repeat, lambda _: MANAGE + ["loaddata", str(fixture)],
                self.env, before=lambda: self.reset_app(users=True))
        with self.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS floor_span, floor_article")
        self.reset_app(users=True)

    def count_rows(self) -> dict:
        with self.cursor() as cursor:
            cursor.execute("SELECT (SELECT count(*) FROM annotations_article), (SELECT count(*) FROM annotations_span)")
            articles, spans = cursor.fetchone()
        return {"articles": articles, "spans": spans}

    # --- export ------------------------------------------------------------------------------------------------

    def make_users(self) -> dict[str, int]:
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from rest_framework.authtoken.models import Token

        from bench import corpus

        User = get_user_model()
        groups = {g.name: g for g in Group.objects.all()}
        plan = [(name, ["annotator"]) for name in corpus.ANNOTATORS]
        plan += [(name, ["reviewer", "annotator"]) for name in corpus.REVIEWERS]
        plan += [("bench-annotator", ["annotator"]), ("bench-reviewer", ["reviewer"])]
        ids, self.tokens = {}, {}
        for name, roles in plan:
            user = User(username=name)
            user.set_unusable_password()
            user.save()
            user.groups.set([groups[r] for r in roles])
            ids[name] = user.pk
            if name.startswith("bench-"):
                self.tokens[name] = Token.objects.create(user=user).key
        return ids

    def seed(self, articles: int) -> dict:
        from bench import data
        from django.db import connection, transaction

        began = time.perf_counter()
        with transaction.atomic(), connection.cursor() as cursor:
            counts = data.seed(cursor, articles, self.args.seed, self.user_ids)
        connection.close()
        log(f"seeded {counts} in {time.perf_counter() - began:.1f} s")
        return counts

    def export_commands(self):
        out = self.work / "export.out"
        from bench import floor

        return {
            "export_floor": ("COPY (SELECT json ... join) TO file", lambda _: floor.export_command(self.url, str(out))),
            "export_jsonl": ("export_claims --format jsonl",
                             lambda _: MANAGE + ["export_claims", "--format", "jsonl", "--out", str(out)]),
            "export_fixture": ("export_claims --format fixture",
                               lambda _: MANAGE + ["export_claims", "--format", "fixture", "--out", str(out)]),
            "export_dumpdata": ("dumpdata (the same tables)", lambda _: MANAGE + [
                "dumpdata", "auth.user", "annotations.article", "annotations.source", "annotations.span",
                "annotations.evidence", "annotations.review", "--output", str(out)]),
        }

    def bench_export(self, *, timed: bool = True) -> None:
        self.user_ids = self.make_users()
        self.results["export_counts"] = self.seed(self.args.articles)
        if not timed:  # the other parts only need the seeded corpus
            return
        for key, (name, cmd_for) in self.export_commands().items():
            if key in ("export_dumpdata", "export_fixture") and self.args.skip_baselines:
                continue
            repeat = (self.args.baseline_repeat or self.args.repeat) if key == "export_dumpdata" else self.args.repeat
            self.results[key] = measure(name, repeat, cmd_for, self.env)
            if key == "export_jsonl":
                self.results["export_lines"] = sum(1 for _ in open(self.work / "export.out", "rb"))

    def bench_memory(self) -> None:
        scale = self.args.memory_scale
        if scale <= 1:
            return
        counts = self.seed(self.args.articles * scale)
        _, cmd_for = self.export_commands()["export_jsonl"]
        self.results["memory_large"] = measure(f"export_claims --format jsonl at {scale}·N", self.args.memory_repeat,
                                               cmd_for, self.env)
        self.results["memory_large_counts"] = counts

    # --- API ---------------------------------------------------------------------------------------------------

    def list_query_counts(self) -> dict:
        from django.contrib.auth import get_user_model
        from django.db import connection
        from django.test.utils import CaptureQueriesContext
        from rest_framework.test import APIClient

        from annotations.models import Span

        client = APIClient()
        client.force_authenticate(get_user_model().objects.get(username="bench-reviewer"))
        big = self.results["export_counts"]["big_article_id"]
        counts = {}
        client.get("/api/spans/?article=1&page_size=1000")  # warm the per-process caches (permissions)
        for label, article_id in (("1000-span article", big), ("article 1", 1)):
            n_spans = Span.objects.filter(article_id=article_id).count()
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(f"/api/spans/?article={article_id}&page_size=1000")
            assert response.status_code == 200, response.content[:300]
            counts[label] = {"spans": n_spans, "queries": len(ctx.captured_queries)}
        return counts

    def api_requests(self) -> dict[str, list[dict]]:
        from annotations.models import Article, Span

        big = self.results["export_counts"]["big_article_id"]
        n = self.args.api_requests
        creatable = []
        for span in (Span.objects.filter(article__lte=self.args.articles).exclude(article=big)
                     .order_by("article_id", "start").only("article_id", "start", "end", "tag", "text")[:n]):
            creatable.append({"method": "POST", "path": "/api/spans/", "body": {
                "article": span.article_id, "start": span.start, "end": span.end, "tag": span.tag, "text": span.text}})
        open_spans = list(Span.objects.exclude(status="verified").exclude(article=big).order_by("id")
                          .values_list("id", flat=True)[:n])
        evidence = [{"method": "POST", "path": f"/api/spans/{pk}/evidence/", "body": {
            "stance": "context", "url": f"https://bench.example.org/evidence/{k}", "title": "Bench source"}}
            for k, pk in enumerate(open_spans)]
        assert Article.objects.filter(pk=big).exists()
        return {
            "baseline: GET /api/me/": ("bench-reviewer", [{"method": "GET", "path": "/api/me/"}] * n),
            "list spans (1,000-span article)": ("bench-reviewer", [{
                "method": "GET", "path": f"/api/spans/?article={big}&page_size=1000"}] * self.args.list_requests),
            "create span": ("bench-annotator", creatable),
            "add evidence": ("bench-reviewer", evidence),
        }

    def bench_api(self) -> None:
        self.results["list_queries"] = self.list_query_counts()
        with self.server() as port:
            results = {}
            for name, (user, requests) in self.api_requests().items():
                results[name] = self.load(port, user, requests, self.args.clients)
            self.results["api"] = results

    @contextlib.contextmanager
    def server(self):
        """gunicorn on a free port, stopped (its whole process group) on the way out."""
        port = free_port()
        env = {**self.env, "DATABASE_POOL_MAX_SIZE": str(self.args.threads + 1)}
        server = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "factcheck.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", str(self.args.workers), "--threads", str(self.args.threads), "--worker-class", "gthread",
             "--log-level", "warning"], env=env, cwd=ROOT, start_new_session=True)
        try:
            self.wait_for(port)
            yield port
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)

    def load(self, port: int, user: str, requests: list[dict], clients: int, name: str = "") -> dict:
        path = self.work / "requests.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in requests))
        out = subprocess.run(
            [PYTHON, "-m", "bench.load", "--base", f"http://127.0.0.1:{port}", "--token", self.tokens[user],
             "--requests", str(path), "--clients", str(clients), "--time-limit", str(self.args.api_time_limit)],
            env=self.env, cwd=ROOT, check=True, capture_output=True, text=True)
        result = json.loads(out.stdout)
        log(f"API {name or requests[0]['path']}: {result}")
        return result

    # --- claim matching (issue 15) -----------------------------------------------------------------------------

    def bench_matching(self) -> None:
        """Write the passage index, then time approvals, the matches endpoint and the article page's API reads, one
        client at a time through gunicorn like the API scenarios, with one job worker running the approvals' cluster
        updates (issue 15's jobs) as production does; the cluster updates are timed from the job table."""
        from bench import matching

        n, seed, articles = self.args.matching_requests, self.args.seed, self.args.articles
        big = self.results["export_counts"]["big_article_id"]
        self.results["matching_index"] = self.index_passages(seed, articles, big)
        if self.args.cluster_rebuild:
            # The corpus is seeded without cluster ids; a desk runs the full rebuild once after a bulk load.
            self.results["matching_rebuild"] = measure(
                "cluster_claims", 1, lambda _: MANAGE + ["cluster_claims"], self.env)
        with self.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM annotations_passage")
            passages_count = cursor.fetchone()[0]
            cursor.execute("SELECT count(*) FROM annotations_span WHERE status = 'verified' "
                           "AND tag IN ('claim', 'quote')")
            verified = cursor.fetchone()[0]
            cursor.execute("DELETE FROM django_tasks_database_dbtaskresult")
            cursor.execute("ANALYZE")
        self.results["matching_counts"] = {"passages": passages_count, "verified": verified}
        page = [{"method": "GET", "path": f"/api/articles/{big}/"},
                {"method": "GET", "path": f"/api/spans/?article={big}&page_size=1000"}] * (self.args.list_requests // 2)
        with self.server() as port, self.worker():
            matches = matching.matches_requests(n, seed, articles)
            warm, approvals = (lambda a: (a[:3], a[3:]))(matching.approval_requests(n + 3, seed, articles))
            self.load(port, "bench-reviewer", matches[:10], 1, "warm-up")
            # The worker's first cluster update pays its imports: approve three spans untimed and forget their jobs.
            self.load(port, "bench-reviewer", warm, 1, "warm-up approvals")
            self.wait_for_jobs("annotations.jobs.tasks.cluster_update")
            with self.cursor() as cursor:
                cursor.execute("DELETE FROM django_tasks_database_dbtaskresult")
            self.results["matching"] = {
                "matches": self.load(port, "bench-reviewer", matches, 1, "matches"),
                "approvals": self.load(port, "bench-reviewer", approvals, 1, "approvals"),
                "article page": self.load(port, "bench-reviewer", page, 1, "article page"),
            }
            self.results["cluster_jobs"] = self.wait_for_jobs("annotations.jobs.tasks.cluster_update")
        with self.cursor() as cursor:
            cursor.execute("SELECT count(*), count(DISTINCT cluster_id) FROM annotations_span WHERE cluster_id <> ''")
            clustered, clusters = cursor.fetchone()
        self.results["matching_counts"].update(clustered=clustered, clusters=clusters)

    def index_passages(self, seed: int, articles: int, big: int) -> dict:
        """The passage index: `index_passages` itself when --index-passages, else the corpus's own sentence offsets
        (bench/passages.py), checked equal to the workbench's on a sample first; the real per-article cost is
        then timed in process on that sample's size of articles."""
        from django.db import connection, transaction

        from annotations.services.passages import article_passages_index
        from bench import passages

        if self.args.index_passages:
            m = measure("index_passages", 1, lambda _: MANAGE + ["index_passages"], self.env)
            return {"how": "index_passages", "seconds": m.wall, "rss_mb": m.rss_mb}
        sample = min(self.args.passage_sample, articles)
        compared = passages.check(seed, sample)
        began = time.perf_counter()
        for start in range(1, sample + 1, 100):
            article_passages_index(range(start, min(start + 100, sample + 1)))
        per_article = (time.perf_counter() - began) / sample
        began = time.perf_counter()
        with transaction.atomic(), connection.cursor() as cursor:
            written = passages.seed(cursor, articles, seed, big)
        seconds = time.perf_counter() - began
        began = time.perf_counter()
        with transaction.atomic(), connection.cursor() as cursor:
            span_bands = passages.seed_spans(cursor)
        span_seconds = time.perf_counter() - began
        log(f"passages: {compared} compared with passages_of, {written} written in {seconds:.1f} s; "
            f"index_passages costs {per_article * 1000:.1f} ms per article; {span_bands} span band rows written in "
            f"{span_seconds:.1f} s")
        return {"how": "corpus", "compared": compared, "sample": sample, "per_article_ms": per_article * 1000,
                "seconds": seconds, "span_bands": span_bands, "span_seconds": span_seconds}

    @contextlib.contextmanager
    def worker(self):
        """One `jobs_worker`, stopped (its process group) on the way out."""
        with open(self.work / "worker.log", "w") as log_file:
            worker = subprocess.Popen(MANAGE + ["jobs_worker", "--interval", "0.05", "--no-startup-delay"],
                                      env=self.env, cwd=ROOT, start_new_session=True, stdout=log_file,
                                      stderr=subprocess.STDOUT)
        try:
            yield worker
        finally:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=60)

    def wait_for_jobs(self, task_path: str, timeout: float = 600) -> dict:
        """Wait until every task of `task_path` has finished; then their latency from enqueue to finish and their
        own run time, p50/p95/max in ms."""
        deadline = time.monotonic() + timeout
        query = ("SELECT count(*) FILTER (WHERE finished_at IS NULL), "
                 "count(*) FILTER (WHERE status <> 'SUCCESSFUL' AND finished_at IS NOT NULL) "
                 "FROM django_tasks_database_dbtaskresult WHERE task_path = %s")
        while True:
            with self.cursor() as cursor:
                cursor.execute(query, [task_path])
                waiting, failed = cursor.fetchone()
            if not waiting or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        with self.cursor() as cursor:
            cursor.execute("SELECT extract(epoch FROM finished_at - enqueued_at) * 1000, "
                           "extract(epoch FROM finished_at - started_at) * 1000 "
                           "FROM django_tasks_database_dbtaskresult WHERE task_path = %s AND finished_at IS NOT NULL",
                           [task_path])
            rows = cursor.fetchall()

        def pct(values, q):
            values = sorted(values)
            return values[min(len(values) - 1, int(q * len(values)))] if values else 0.0

        done, runs = [float(r[0]) for r in rows], [float(r[1]) for r in rows]
        return {"jobs": len(rows), "waiting": waiting, "failed": failed,
                "done_p50_ms": pct(done, 0.5), "done_p95_ms": pct(done, 0.95), "done_max_ms": max(done, default=0),
                "run_p50_ms": pct(runs, 0.5), "run_p95_ms": pct(runs, 0.95), "run_max_ms": max(runs, default=0)}

    def wait_for(self, port: int) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise SystemExit("gunicorn did not start")

    # --- report ------------------------------------------------------------------------------------------------

    def report(self) -> str:
        from bench.report import render

        return render(self.results)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="N: articles in the corpus (~20 "
                        f"spans each; default {DEFAULT_ARTICLES})")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timed command; the median is reported")
    parser.add_argument("--baseline-repeat", type=int, default=0, help="runs of loaddata/dumpdata (default: "
                        "--repeat); they take minutes each at 10,000 articles")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--memory-scale", type=int, default=10, help="also measure export RSS at this many times N")
    parser.add_argument("--memory-repeat", type=int, default=1)
    parser.add_argument("--clients", type=int, default=32, help="simultaneous API clients")
    parser.add_argument("--api-requests", type=int, default=600, help="requests per write/baseline API scenario")
    parser.add_argument("--list-requests", type=int, default=40, help="requests for the 1,000-span listing")
    parser.add_argument("--api-time-limit", type=float, default=180.0)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="gunicorn threads per worker")
    parser.add_argument("--matching-requests", type=int, default=200,
                        help="approvals and matches requests timed in the matching part")
    parser.add_argument("--only", default="import,export,api,matching,memory",
                        help="comma-separated parts to run (import, export, api, matching, memory)")
    parser.add_argument("--report", help="also write the tables (Markdown) to this file")
    parser.add_argument("--reuse-db", action="store_true", help="the database exists already (it is still dropped)")
    parser.add_argument("--index-passages", action="store_true", help="write the passage index with "
                        "index_passages itself (slow: it splits every article into sentences) instead of from the "
                        "corpus's own sentence offsets, checked equal on --passage-sample articles")
    parser.add_argument("--passage-sample", type=int, default=300)
    parser.add_argument("--cluster-rebuild", action="store_true", help="run the full cluster_claims rebuild before "
                        "timing (one k-NN scan per verified span: most of an hour at 10,000 articles)")
    parser.add_argument("--skip-baselines", action="store_true", help="no loaddata/dumpdata runs and no fixture export "
                        "(each takes many minutes at 50,000 articles); the floors and the JSONL paths still run")
    parser.add_argument("--keep-db", action="store_true", help="do not drop the database at the end")
    return parser.parse_args(argv)


def main(argv=None) -> None:
    args = parse_args(argv)
    bench = Bench(args)
    only = set(args.only.split(","))
    log(f"database {bench.db_name}, {args.articles} articles, {args.repeat} runs each, work dir {bench.work}")
    began = time.perf_counter()
    bench.create_database()
    try:
        if "import" in only:
            bench.bench_import()
        bench.reset_app(users=True)
        bench.bench_export(timed="export" in only)
        if "api" in only:
            bench.bench_api()
        if "matching" in only:
            bench.bench_matching()
        if "memory" in only:
            bench.bench_memory()
        bench.results["total_s"] = round(time.perf_counter() - began, 1)
        bench.results["when"] = datetime.datetime.now().isoformat(timespec="seconds")
        text = bench.report()
        print(text)
        if args.report:
            Path(args.report).write_text(text, encoding="utf-8")
    finally:
        bench.drop_database()


if __name__ == "__main__":
    main()

"""Load benchmark: ``make bench`` (figures) and ``make bench-smoke`` (CI).

1. A database of its own: a fresh ``participatie_bench`` database in an embedded PostgreSQL in
   ``var/bench/pgdata`` (or the database at ``BENCH_DATABASE_URL``, used as it is), migrated
   and filled by ``seed_demo --scale N``.
2. Production settings: ``DEBUG`` off, ``collectstatic`` into ``var/bench/static`` (WhiteNoise's
   manifest), gunicorn with sync workers on a free loopback port.
3. For the baseline (``/healthz/``: one query through the whole middleware stack) and then each
   page of ``core.registry`` in one language, HTML pages and data endpoints (JSON, GeoJSON,
   CSV) alike, or those that ``--pages`` selects: one check request (the registered status and
   content type, no redirect; it also fills the caches a cached page uses), a warm-up, then a
   load bounded in time from a second process: wrk when it is installed (Debian:
   ``apt-get install wrk``), otherwise ``bench/load.py``.
4. A table (requests/s, p50/p95/p99 latency, errors, throughput as a ratio of the baseline of
   the same run) printed and written to ``var/bench/latest.md``, and every figure to
   ``var/bench/<timestamp>.json``. ``--smoke`` writes to ``var/bench/smoke/`` instead.

An error is a response with another status than the page's registered one, or a failed
connection. The exit status is 1 when a page fails its check or has any error, so CI can run
the smoke. gunicorn and the embedded PostgreSQL stop at the end, on errors and on Ctrl-C.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from fnmatch import fnmatchcase
from pathlib import Path
from urllib.parse import quote

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = BASE_DIR / "var" / "bench"
# Production runs behind a TLS proxy; without this header SECURE_SSL_REDIRECT answers 301.
# Browsers accept gzip, and the large data answers (map data, exports) are served compressed
# to clients that do; neither wrk nor bench/load.py decompresses, they count the bytes sent.
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
BASELINE = {
    "name": "baseline (health check)",
    "path": "/healthz/",
    "status": 200,
    "kind": "data",
    "content_type": "text/plain",
}


class BenchError(Exception):
    """The benchmark cannot go on; the message says why."""


@dataclass
class Result:
    name: str
    path: str
    expected_status: int
    kind: str = "html"
    content_type: str | None = None
    check_status: int | None = None
    check_seconds: float | None = None
    size_bytes: int | None = None
    requests: int = 0
    duration_s: float = 0.0
    requests_per_s: float = 0.0
    latency_ms: dict[str, float] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    socket_errors: int = 0
    errors: int = 0
    ratio_to_baseline: float | None = None
    failure: str | None = None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--smoke", action="store_true", help="CI: scale 1, 1 s per page, no warm-up"
    )
    parser.add_argument("--scale", type=int, help="seed_demo --scale (default 10, smoke 1)")
    parser.add_argument("--duration", type=int, help="seconds per page (default 8, smoke 1)")
    parser.add_argument(
        "--warmup", type=int, help="seconds of warm-up per page (default 2, smoke 0)"
    )
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--language", default="fr", help="language of the pages (default fr)")
    parser.add_argument(
        "--pages",
        help=(
            "only these registered pages, comma-separated names or shell patterns "
            "(e.g. 'initiatives:*,core:home'); the baseline is always measured"
        ),
    )
    parser.add_argument(
        "--loadgen",
        choices=["auto", "wrk", "python"],
        default=os.environ.get("BENCH_LOADGEN", "auto"),
        help="auto: wrk when installed, else bench/load.py",
    )
    args = parser.parse_args(argv)
    defaults = {"scale": (10, 1), "duration": (8, 1), "warmup": (2, 0)}
    for name, (full, smoke) in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, smoke if args.smoke else full)
    if args.scale < 1 or args.duration < 1 or args.warmup < 0 or args.connections < 1:
        parser.error("--scale, --duration and --connections must be 1 or more")
    args.threads = max(1, min(args.threads, args.connections))
    args.pages = [name.strip() for name in (args.pages or "").split(",") if name.strip()]
    args.output_dir = BENCH_DIR / "smoke" if args.smoke else BENCH_DIR
    args.database = "participatie_bench_smoke" if args.smoke else "participatie_bench"
    return args


def log(message: str) -> None:
    print(f"[bench] {message}", flush=True)


# --- Servers ----------------------------------------------------------------------------------
@contextmanager
def bench_database(name: str) -> Iterator[str]:
    """Yield the DATABASE_URL of the benchmark's database; stop the embedded server after."""
    given = os.environ.get("BENCH_DATABASE_URL", "").strip()
    if given:
        log("database: BENCH_DATABASE_URL (migrated and seeded as it is)")
        yield given
        return
    from participatie.embedded import embedded_database

    data_dir = BENCH_DIR / "pgdata"
    log(f"database: embedded PostgreSQL in {data_dir.relative_to(BASE_DIR)}")
    settings = embedded_database(data_dir, name=name)
    import pgserver  # imported by embedded_database, which silences its import-time warnings

    server = pgserver.get_server(data_dir)
    try:
        # A fresh database every run, so every run measures the same data.
        server.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE);')
        server.psql(f'CREATE DATABASE "{name}";')
        yield f"postgres://postgres@/{name}?host={quote(settings['HOST'], safe='/')}"
    finally:
        log("stopping the embedded PostgreSQL")
        server.cleanup()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def gunicorn(env: dict[str, str], port: int, workers: int, log_path: Path) -> Iterator[None]:
    """Serve the site on 127.0.0.1:port until the block ends; wait until /healthz/ answers."""
    command = [
        *(sys.executable, "-m", "gunicorn", "participatie.wsgi"),
        *("--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--timeout", "30"),
        # gunicorn's control socket is one path per user: it would clash with other servers.
        "--no-control-socket",
    ]
    with log_path.open("w") as output:
        # A session of its own: Ctrl-C reaches only this script, which stops gunicorn in order.
        process = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while (status := get_status(port, BASELINE["path"])) != 200:
            if process.poll() is not None or time.monotonic() > deadline:
                raise BenchError(
                    f"gunicorn did not answer /healthz/ with 200 (last: {status}); "
                    f"its log, {log_path}:\n{tail(log_path)}"
                )
            time.sleep(0.2)
        yield
    finally:
        log("stopping gunicorn")
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def get_status(port: int, path: str) -> int | None:
    """One GET on loopback; the status, or None when nothing answers."""
    return check(port, path)[0]


def check(port: int, path: str, timeout: float = 10) -> tuple[int | None, str, int, float]:
    """One GET on loopback: status (None when nothing answers), media type, bytes, seconds."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("GET", path, headers=HEADERS)
        response = connection.getresponse()
        body = response.read()
        media_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
        return response.status, media_type, len(body), time.perf_counter() - started
    except OSError:
        return None, "", 0, time.perf_counter() - started
    finally:
        connection.close()


def select_pages(pages: list[dict], patterns: list[str]) -> list[dict]:
    """The pages whose name matches one of ``patterns`` (all of them without patterns)."""
    if not patterns:
        return pages
    unmatched = [p for p in patterns if not any(fnmatchcase(page["name"], p) for page in pages)]
    if unmatched:
        names = ", ".join(page["name"] for page in pages)
        raise BenchError(f"--pages: no registered page matches {unmatched}; the pages: {names}")
    return [page for page in pages if any(fnmatchcase(page["name"], p) for p in patterns)]


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def manage(env: dict[str, str], log_path: Path, *arguments: str) -> None:
    """Run a management command, its output appended to the setup log."""
    with log_path.open("a") as output:
        output.write(f"\n$ manage.py {' '.join(arguments)}\n")
        output.flush()
        completed = subprocess.run(
            [sys.executable, "manage.py", *arguments],
            cwd=BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    if completed.returncode != 0:
        raise BenchError(f"manage.py {' '.join(arguments)} failed; {log_path}:\n{tail(log_path)}")


def environment(database_url: str, *, debug: bool, secret_key: str) -> dict[str, str]:
    """The variables of the benchmark's processes (they override the developer's .env)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "participatie.settings",
        "DATABASE_URL": database_url,
        "DEBUG": "true" if debug else "false",
        "STATIC_ROOT": str(BENCH_DIR / "static"),
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    if not debug:
        env |= {"SECRET_KEY": secret_key, "ALLOWED_HOSTS": "127.0.0.1"}
    return env


# --- Load -------------------------------------------------------------------------------------
def choose_loadgen(requested: str) -> str:
    wrk = shutil.which("wrk")
    if requested == "wrk" and not wrk:
        raise BenchError(
            "wrk is not installed: `apt-get install wrk` (Debian/Ubuntu), or --loadgen python"
        )
    if requested == "auto" and not wrk:
        log("wrk not found (Debian/Ubuntu: `apt-get install wrk`); using bench/load.py instead")
        return "python"
    return "wrk" if requested == "auto" else requested


def drive(loadgen: str, url: str, args: argparse.Namespace, duration: int) -> dict:
    """Load ``url`` for ``duration`` seconds from a second process; its JSON summary."""
    headers = [f"{name}: {value}" for name, value in HEADERS.items()]
    if loadgen == "wrk":
        command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{duration}s"]
        command += ["--timeout", "10s", "-s", str(BASE_DIR / "bench" / "wrk_report.lua")]
        for header in headers:
            command += ["-H", header]
    else:
        command = [sys.executable, "-m", "bench.load", "--duration", str(duration)]
        command += ["--connections", str(args.connections)]
        for header in headers:
            command += ["--header", header]
    command.append(url)
    completed = subprocess.run(
        command, cwd=BASE_DIR, capture_output=True, text=True, timeout=duration + 60
    )
    for line in completed.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            return json.loads(line.removeprefix("BENCH_JSON "))
    raise BenchError(f"{command[0]} gave no summary:\n{completed.stdout}\n{completed.stderr}")


def measure(target: dict, port: int, loadgen: str, args: argparse.Namespace) -> Result:
    result = Result(
        name=target["name"],
        path=target["path"],
        expected_status=target["status"],
        kind=target.get("kind", "html"),
        content_type=target.get("content_type"),
    )
    # A generous timeout: the first request of a cached page builds what later ones reuse.
    status, media_type, size, seconds = check(port, target["path"], timeout=60)
    result.check_status, result.size_bytes = status, size
    result.check_seconds = round(seconds, 3)
    if result.check_status != result.expected_status:
        result.failure = f"answered {result.check_status}, registered {result.expected_status}"
        return result
    if result.content_type and media_type != result.content_type:
        result.failure = (
            f"answered {media_type or 'no content type'}, registered {result.content_type}"
        )
        return result
    url = f"http://127.0.0.1:{port}{target['path']}"
    if args.warmup:
        drive(loadgen, url, args, args.warmup)
    summary = drive(loadgen, url, args, args.duration)
    result.requests = summary["requests"]
    result.duration_s = summary["duration_s"]
    result.requests_per_s = (
        round(result.requests / result.duration_s, 1) if result.duration_s else 0
    )
    result.latency_ms = summary["latency_ms"]
    result.statuses = summary["statuses"]
    result.socket_errors = summary["socket_errors"]
    unexpected = sum(n for status, n in result.statuses.items() if status != str(target["status"]))
    result.errors = unexpected + result.socket_errors
    if result.requests == 0:
        result.failure = "no request completed"
    elif result.errors:
        result.failure = (
            f"{result.errors} errors: statuses {result.statuses}, sockets {result.socket_errors}"
        )
    return result


# --- Report -----------------------------------------------------------------------------------
def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gib": round(memory / 2**30, 1),
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": platform.python_version(),
    }


def git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True
        )
    except OSError:
        return None
    return out.stdout.strip() or None


def table(results: list[Result]) -> str:
    rows = [
        "| page | path | KiB | first ms | req/s | p50 ms | p95 ms | p99 ms | errors | vs baseline |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        if r.failure and not r.requests:
            rows.append(f"| {r.name} | `{r.path}` | | | FAILED: {r.failure} | | | | | |")
            continue
        size = f"{r.size_bytes / 1024:.1f}" if r.size_bytes is not None else "–"
        first = f"{r.check_seconds * 1000:.0f}" if r.check_seconds is not None else "–"
        ratio = f"{r.ratio_to_baseline:.2f}" if r.ratio_to_baseline is not None else "–"
        latency = r.latency_ms
        rows.append(
            f"| {r.name} | `{r.path}` | {size} | {first} | {r.requests_per_s:.1f} "
            f"| {latency['p50']:.1f} "
            f"| {latency['p95']:.1f} | {latency['p99']:.1f} | {r.errors} | {ratio} |"
        )
    return "\n".join(rows)


def describe(report: dict) -> str:
    m, run = report["machine"], report["run"]
    load = run["load_average_1min"]
    tool = run["loadgen"] if run["loadgen"] == "python" else f"wrk, {run['threads']} threads"
    return (
        f"Machine: {m['cpus']} CPUs ({m['cpu_model']}), {m['memory_gib']} GiB, {m['system']}, "
        f"Python {m['python']}, PostgreSQL {report['postgresql']} "
        f"({'embedded' if run['embedded_database'] else 'BENCH_DATABASE_URL'}).\n"
        f"Run: {run['started']} at commit {run['commit']}; seed_demo --scale {run['scale']}; "
        f"gunicorn {run['workers']} sync workers, DEBUG off; {tool}, {run['connections']} "
        f"connections, {run['duration_s']} s per page after {run['warmup_s']} s warm-up; "
        f"pages in /{run['language']}/; 1-minute load average {load['before']:.1f} before, "
        f"{load['after']:.1f} after (this run included)."
    )


# --- Main -------------------------------------------------------------------------------------
def run(args: argparse.Namespace) -> int:
    args.output_dir.mkdir(parents=True, exist_ok=True)
    loadgen = choose_loadgen(args.loadgen)
    started = datetime.now(UTC)
    # Other work on the machine skews the figures: the report states how busy it was.
    load_before = os.getloadavg()[0]
    if load_before > 0.5 * (os.cpu_count() or 1):
        log(f"the machine is busy (load average {load_before:.1f}): expect lower, noisier figures")
    setup_log = args.output_dir / "setup.log"
    setup_log.write_text("")
    secret_key = secrets.token_urlsafe(50)
    with ExitStack() as stack:
        database_url = stack.enter_context(bench_database(args.database))
        seed_env = environment(database_url, debug=True, secret_key=secret_key)
        serve_env = environment(database_url, debug=False, secret_key=secret_key)
        clock = time.monotonic()
        log(f"migrate, seed_demo --scale {args.scale}, collectstatic (log: {setup_log})")
        manage(seed_env, setup_log, "migrate", "--noinput")
        # seed_demo refuses to run without DEBUG (known passwords); gunicorn runs without it.
        manage(seed_env, setup_log, "seed_demo", "--scale", str(args.scale))
        manage(serve_env, setup_log, "collectstatic", "--noinput")
        pages_file = args.output_dir / "pages.json"
        completed = subprocess.run(
            [sys.executable, "-m", "bench.pages", "--language", args.language, str(pages_file)],
            cwd=BASE_DIR,
            env=serve_env,
            capture_output=True,
            text=True,
        )
        if completed.returncode != 0:
            raise BenchError(f"listing the public pages failed:\n{completed.stderr}")
        listed = json.loads(pages_file.read_text())
        pages = select_pages(listed["pages"], args.pages)
        log(f"ready in {time.monotonic() - clock:.0f} s; {len(pages)} pages to measure")

        port = free_port()
        stack.enter_context(
            gunicorn(serve_env, port, args.workers, args.output_dir / "gunicorn.log")
        )
        results = []
        for target in [BASELINE, *pages]:
            result = measure(target, port, loadgen, args)
            mark = (
                f"FAILED ({result.failure})" if result.failure else f"{result.requests_per_s} req/s"
            )
            log(f"{target['path']:<45} {mark}")
            results.append(result)

    baseline = results[0]
    for result in results:
        if result.requests and baseline.requests_per_s:
            result.ratio_to_baseline = round(result.requests_per_s / baseline.requests_per_s, 3)
    report = {
        "run": {
            "started": started.isoformat(timespec="seconds"),
            "commit": git_commit(),
            "smoke": args.smoke,
            "scale": args.scale,
            "workers": args.workers,
            "loadgen": loadgen,
            "threads": args.threads,
            "connections": args.connections,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "language": args.language,
            "pages": args.pages or "all",
            "embedded_database": not os.environ.get("BENCH_DATABASE_URL", "").strip(),
            "load_average_1min": {"before": load_before, "after": os.getloadavg()[0]},
        },
        "machine": machine(),
        "postgresql": listed["postgresql"],
        "results": [asdict(result) for result in results],
    }
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    json_path = args.output_dir / f"{stamp}.json"
    json_path.write_text(json.dumps(report, indent=2) + "\n")
    markdown = f"{describe(report)}\n\n{table(results)}\n"
    (args.output_dir / "latest.md").write_text(markdown)
    print(f"\n{markdown}")
    log(
        f"written: {json_path.relative_to(BASE_DIR)}, {(args.output_dir / 'latest.md').relative_to(BASE_DIR)}"
    )
    failed = [result for result in results if result.failure]
    for result in failed:
        log(f"FAILED {result.path}: {result.failure}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)

    def stop(signum, frame):
        raise KeyboardInterrupt

    # `kill` and CI timeouts send SIGTERM: clean up as for Ctrl-C.
    signal.signal(signal.SIGTERM, stop)
    try:
        return run(args)
    except BenchError as error:
        log(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        log("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())

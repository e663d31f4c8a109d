"""A small load generator for machines without wrk: ``python -m bench.load URL``.

``bench/run.py`` starts it as a process of its own (the server's measurements must not share
the benchmark's interpreter). Closed loop: each of ``--connections`` threads sends a request,
waits for the whole response, and sends the next one until ``--duration`` seconds have passed.
It prints one JSON line in the format of ``bench/wrk_report.lua``. Numbers are comparable to
wrk's within a run (the baseline ratio), less so across tools: the client costs more CPU.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import threading
import time
from collections import Counter
from urllib.parse import urlsplit


def percentile(sorted_values: list[float], percent: float) -> float:
    """Nearest-rank percentile of an already sorted list (0 for an empty one)."""
    if not sorted_values:
        return 0.0
    rank = math.ceil(percent / 100 * len(sorted_values))
    return sorted_values[max(rank, 1) - 1]


def drive(url: str, *, duration: float, connections: int, headers: dict[str, str], timeout: float):
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += f"?{parts.query}"
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    socket_errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + duration

    def client() -> None:
        nonlocal socket_errors
        own_latencies: list[float] = []
        own_statuses: Counter[str] = Counter()
        own_errors = 0
        # http.client reconnects by itself when the server closed the connection.
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                own_errors += 1
                connection.close()
                continue
            own_latencies.append((time.perf_counter() - started) * 1000)
            own_statuses[str(response.status)] += 1
        connection.close()
        with lock:
            latencies.extend(own_latencies)
            statuses.update(own_statuses)
            socket_errors += own_errors

    started = time.perf_counter()
    threads = [threading.Thread(target=client, daemon=True) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "duration_s": round(elapsed, 6),
        "statuses": dict(statuses),
        "socket_errors": socket_errors,
        "latency_ms": {
            "p50": round(percentile(latencies, 50), 3),
            "p95": round(percentile(latencies, 95), 3),
            "p99": round(percentile(latencies, 99), 3),
            "max": round(latencies[-1] if latencies else 0.0, 3),
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds (default 10)")
    parser.add_argument("--connections", type=int, default=8, help="concurrent clients")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    parser.add_argument("--header", action="append", default=[], help="'Name: value'")
    args = parser.parse_args(argv)
    headers = dict(header.split(": ", 1) for header in args.header)
    result = drive(
        args.url,
        duration=args.duration,
        connections=args.connections,
        headers=headers,
        timeout=args.timeout,
    )
    print("BENCH_JSON " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Back-office benchmark of the release API against a generated data set.

Run through `cargo xtask bench` (which builds the release binary first), or
`python3 bench/backoffice.py --api target/release/api`. Needs nothing but
Python's standard library. With 100,000 bookings (about 150,000 payments):

- GET /api/v1/stats/dashboard, sequential requests on one keep-alive
  connection: median < 50 ms (p99 reported);
- GET /api/v1/exports/transactions.xlsx for the last full year (365 days):
  time to the last byte < 3 s;
- the server's memory during XLSX exports of one month, one year and the
  longest range the API accepts (731 days; three years are refused): VmRSS
  read just before the request and every 20 ms during it, each export on a
  freshly started server. "Cold", the export is the server's first: the
  growth includes SQLite's page cache filling (about 2 MB per pooled
  connection, so bounded by the pool, not by the rows). "Warm", a CSV export
  of the longest range ran first on that server: the growth is the XLSX
  export's own memory and must be about the same for every range (largest
  minus smallest < --rss-spread-mb, 8 MB: buffering the rows or the sheet of
  the longest range would add 20 MB or more; judged when that range has at
  least 20,000 rows, below which allocator noise of a few MB dominates);
- for information: the same year as CSV and last month's PDF report.

Everything runs on 127.0.0.1 in a temporary data folder; every request and
the whole run are bounded in time. Exit code 1 when a target is missed.
"""
import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from perf import http_json  # noqa: E402  (perf.py's JSON helper)

# The studio's timezone (Asia/Jakarta, UTC+7, no daylight saving): the
# export ranges and "last month" are studio days.
STUDIO_TZ = timezone(timedelta(hours=7))
# The exports accept at most this many days (api/src/routes/exports).
MAX_EXPORT_DAYS = 731
MB = 1024 * 1024
# Fewer rows in the longest export than this and its memory is not judged.
MIN_ROWS_TO_JUDGE = 20_000


def vm_rss(pid):
    """The process's resident set size in bytes, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


class RssSampler:
    """Samples VmRSS every `interval` seconds on a thread; keeps the maximum."""

    def __init__(self, pid, interval=0.02):
        self.pid, self.interval = pid, interval
        self.peak, self.samples = 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            rss = vm_rss(self.pid)
            if rss is not None:
                self.peak = max(self.peak, rss)
                self.samples += 1
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        rss = vm_rss(self.pid)
        if rss is not None:
            self.peak = max(self.peak, rss)


class Server:
    """`api serve` on 127.0.0.1 with the benchmark's environment."""

    def __init__(self, api, env, port):
        self.api, self.env, self.port = api, env, port
        self.proc = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.proc = subprocess.Popen([self.api, "serve"], env=self.env, stdout=subprocess.DEVNULL)
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"the API exited with {self.proc.returncode}")
            try:
                http_json("GET", self.base + "/health")
                return
            except Exception:
                time.sleep(0.1)
        self.stop()
        sys.exit("the API did not answer /health within 30 s")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None


def get(conn, path, token):
    conn.request("GET", path, headers={"Authorization": "Bearer " + token})
    res = conn.getresponse()
    body = res.read()
    if res.status != 200:
        raise RuntimeError(f"GET {path}: HTTP {res.status} {body[:200]!r}")
    return body


def dashboard(port, token, requests, warmup, budget):
    """Sequential requests on one keep-alive connection: latencies in ms."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        first = json.loads(get(conn, "/api/v1/stats/dashboard", token))
        for _ in range(warmup):
            get(conn, "/api/v1/stats/dashboard", token)
        times = []
        deadline = time.time() + budget
        while len(times) < requests and time.time() < deadline:
            t = time.perf_counter()
            get(conn, "/api/v1/stats/dashboard", token)
            times.append((time.perf_counter() - t) * 1000)
        return first, times
    finally:
        conn.close()


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


def download(port, path, token, dest, pid=None, timeout=120):
    """Streams GET `path` into `dest`: (seconds to the last byte, bytes,
    VmRSS before, peak VmRSS during) — the last two None without `pid`."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    before = vm_rss(pid) if pid else None
    sampler = RssSampler(pid) if pid else None
    size = 0
    try:
        if sampler:
            sampler.__enter__()
        t = time.perf_counter()
        conn.request("GET", path, headers={"Authorization": "Bearer " + token})
        res = conn.getresponse()
        if res.status != 200:
            raise RuntimeError(f"GET {path}: HTTP {res.status} {res.read()[:300]!r}")
        with open(dest, "wb") as f:
            while True:
                chunk = res.read(64 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                f.write(chunk)
                if time.perf_counter() - t > timeout:
                    raise RuntimeError(f"GET {path}: more than {timeout} s")
        seconds = time.perf_counter() - t
    finally:
        if sampler:
            sampler.__exit__()
        conn.close()
    return seconds, size, before, sampler.peak if sampler else None


def xlsx_rows(path):
    """`<row` elements in the first sheet (header and total row included) and
    the sheet's uncompressed size; streamed, never the whole XML in memory."""
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        n, tail = 0, b""
        with z.open(info) as f:
            while True:
                chunk = f.read(1024 * 1024)
                if not chunk:
                    break
                data = tail + chunk
                n += data.count(b"<row")
                tail = data[-3:]
                # "<row" cannot start inside the kept tail and be counted twice:
                # the tail is 3 bytes, shorter than the 4-byte pattern.
        return n, info.file_size


def csv_rows(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--api", required=True, help="path to the release api binary")
    ap.add_argument("--bookings", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=5_000)
    ap.add_argument("--requests", type=int, default=300, help="dashboard requests timed")
    ap.add_argument("--port", type=int, default=18082)
    ap.add_argument("--rss-spread-mb", type=float, default=8.0,
                    help="largest minus smallest warm RSS growth allowed across the export ranges")
    ap.add_argument("--keep", action="store_true", help="keep the data folder")
    ap.add_argument("--database-url", help="an EMPTY database to fill instead of a fresh SQLite file")
    a = ap.parse_args()

    data = tempfile.mkdtemp(prefix="aruna-bench-bo-")
    env = {
        **os.environ,
        "APP_DATA_DIR": data,
        "APP_BIND": f"127.0.0.1:{a.port}",
        "APP_RUN_JOBS": "false",
        "APP_RATE_LIMIT__AUTH_PER_MINUTE": "1000000",
        "APP_WEB_DIST": os.path.join(data, "no-spa"),
        "RUST_LOG": os.environ.get("RUST_LOG", "warn"),
    }
    if a.database_url:
        env["DATABASE_URL"] = a.database_url
    t0 = time.time()
    subprocess.run([a.api, "bench-data", "--bookings", str(a.bookings), "--clients", str(a.clients)],
                   env=env, check=True, timeout=1800)
    print(f"data set generated in {time.time() - t0:.1f}s")

    load_before = os.getloadavg()[0]
    server = Server(a.api, env, a.port)
    out = os.path.join(data, "downloads")
    os.makedirs(out)
    rows = []  # (name, measured, target, ok or None)
    try:
        server.start()
        token = http_json("POST", server.base + "/api/v1/auth/login",
                     {"identifier": "bench0@example.com", "password": "BenchPass123"})["access_token"]

        # Dashboard.
        first, times = dashboard(a.port, token, a.requests, warmup=10, budget=120)
        p50, p99 = statistics.median(times), percentile(times, 99)
        print(f"dashboard: {len(times)} requests, median {p50:.2f} ms, p99 {p99:.2f} ms, "
              f"min {min(times):.2f} ms, max {max(times):.2f} ms; proofs waiting {first['proofs_waiting']}, "
              f"revenue this month Rp {first['revenue_this_month']:,}")
        rows.append(("GET /stats/dashboard median", f"{p50:.2f} ms", "< 50 ms", p50 < 50))
        rows.append(("GET /stats/dashboard p99", f"{p99:.2f} ms", "-", None))

        # Ranges of studio days ending yesterday (the last full day).
        today = datetime.now(STUDIO_TZ).date()
        last = today - timedelta(days=1)
        ranges = [
            ("1 month", last - timedelta(days=29)),
            ("1 year", last - timedelta(days=364)),
            (f"{MAX_EXPORT_DAYS} days (longest allowed)", last - timedelta(days=MAX_EXPORT_DAYS - 1)),
        ]
        year_from = ranges[1][1]

        # XLSX exports, each on a freshly started server so that every
        # measurement starts from the same state: cold (the export is the
        # server's first request after the login) and warm (after a CSV
        # export of the longest range has filled SQLite's page caches).
        longest = ranges[-1][1]
        cold, warm = [], []
        for label, frm in ranges:
            path = f"/api/v1/exports/transactions.xlsx?from={frm}&to={last}"
            dest = os.path.join(out, f"export-{frm}.xlsx")
            server.stop()
            server.start()
            seconds, size, before, peak = download(a.port, path, token, dest, pid=server.proc.pid)
            n_row, sheet = xlsx_rows(dest)
            payments = max(0, n_row - 2)  # less the header and the total row
            growth = (peak - before) / MB
            cold.append(growth)
            print(f"xlsx {label} ({frm}..{last}), cold: {seconds:.2f} s, {payments} payments, "
                  f"{size / MB:.1f} MB file ({sheet / MB:.1f} MB sheet XML), "
                  f"RSS {before / MB:.1f} -> peak {peak / MB:.1f} MB (+{growth:.1f} MB)")
            if label == "1 year":
                rows.append(("XLSX export, 1 year (to last byte)", f"{seconds:.2f} s", "< 3 s", seconds < 3))
                rows.append(("XLSX export, 1 year rows", str(payments), "-", None))
            server.stop()
            server.start()
            download(a.port, f"/api/v1/exports/transactions.csv?from={longest}&to={last}",
                     token, os.path.join(out, "warm-up.csv"))
            w_seconds, _, w_before, w_peak = download(a.port, path, token, dest, pid=server.proc.pid)
            w_growth = (w_peak - w_before) / MB
            warm.append(w_growth)
            print(f"xlsx {label}, warm: {w_seconds:.2f} s, "
                  f"RSS {w_before / MB:.1f} -> peak {w_peak / MB:.1f} MB (+{w_growth:.1f} MB)")
            rows.append((f"XLSX {label}: RSS growth cold / warm",
                         f"+{growth:.1f} / +{w_growth:.1f} MB ({payments} rows)", "-", None))
        # Judged only when the longest range has enough rows for memory that
        # followed them to stand out of the allocator's few MB of noise (new
        # threads get new malloc arenas whatever the row count).
        spread = max(warm) - min(warm)
        enough = payments >= MIN_ROWS_TO_JUDGE
        rows.append(("XLSX warm RSS growth, max - min of ranges",
                     f"{spread:.1f} MB" + ("" if enough else " (too few rows to judge)"),
                     f"< {a.rss_spread_mb:g} MB", spread < a.rss_spread_mb if enough else None))

        # For information: the same year as CSV, and last month's PDF report.
        seconds, size, _, _ = download(a.port, f"/api/v1/exports/transactions.csv?from={year_from}&to={last}",
                                       token, os.path.join(out, "year.csv"))
        lines = csv_rows(os.path.join(out, "year.csv"))
        print(f"csv 1 year: {seconds:.2f} s, {lines - 1} payments, {size / MB:.1f} MB")
        rows.append(("CSV export, 1 year (to last byte)", f"{seconds:.2f} s ({lines - 1} rows)", "-", None))
        prev_month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        seconds, size, _, _ = download(a.port, f"/api/v1/reports/monthly.pdf?month={prev_month}",
                                       token, os.path.join(out, "report.pdf"))
        with open(os.path.join(out, "report.pdf"), "rb") as f:
            is_pdf = f.read(5) == b"%PDF-"
        print(f"pdf {prev_month}: {seconds:.2f} s, {size / 1024:.0f} KiB{'' if is_pdf else ' (NOT a PDF)'}")
        rows.append((f"PDF monthly report {prev_month}", f"{seconds:.2f} s", "-", None if is_pdf else False))

        print(f"\nload average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after, "
              f"{os.cpu_count()} CPUs: timings are only meaningful on an otherwise idle machine")
        print(f"\n{'measure':44} {'measured':>34}  {'target':9} ok")
        for name, measured, target, ok in rows:
            flag = "-" if ok is None else ("yes" if ok else "NO")
            print(f"{name:44} {measured:>34}  {target:9} {flag}")
        return 0 if all(r[3] is not False for r in rows) else 1
    finally:
        server.stop()
        if a.keep:
            print("data kept in", data)
        else:
            shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Live updates under load: many open WebSockets, booking changes timed from
the admin's request to the owner's socket.

Run through `cargo xtask bench --all` (after perf.py) or by hand:
  python3 bench/ws.py --api target/release/api
Needs `pip install websockets`. Targets: 1,000 sockets open at once; a status
change reaches its owner in < 50 ms at p99 (measured from the moment the
admin's cancel request is sent, so it includes the request itself).
Traffic only goes to 127.0.0.1; every step is bounded in time.
"""
import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta

try:
    from websockets.asyncio.client import connect
except ImportError:
    sys.exit("the websockets package is needed: pip install websockets")


def http(method, url, body=None, token=None):
    req = urllib.request.Request(url, method=method)
    if body is not None:
        req.data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=10) as res:
        return json.loads(res.read() or b"null")


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def mint(secret, user_id, role="client", minutes=60):
    """An access token as the API issues them (HS256, iss aruna-moment)."""
    now = int(time.time())
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = b64(json.dumps({"sub": user_id, "role": role, "iss": "aruna-moment", "iat": now, "nbf": now, "exp": now + minutes * 60}).encode())
    sig = hmac.new(secret.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest()
    return f"{header}.{claims}.{b64(sig)}"


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def run(a, base, secret, server_pid):
    admin = http("POST", base + "/api/v1/auth/login", {"identifier": "bench0@example.com", "password": "BenchPass123"})["access_token"]
    ids = []
    page = 1
    while len(ids) < a.sockets:
        got = http("GET", base + f"/api/v1/users?role=client&per_page=100&page={page}", token=admin)["items"]
        if not got:
            break
        ids += [u["id"] for u in got]
        page += 1
    ids = ids[: a.sockets]
    if len(ids) < a.sockets:
        sys.exit(f"only {len(ids)} clients in the data set")
    tokens = {uid: mint(secret, uid) for uid in ids}
    waiters = {}
    ws_base = base.replace("http://", "ws://")

    async def listen(uid, ready):
        async with connect(f"{ws_base}/api/v1/ws?access_token={tokens[uid]}", max_queue=None, open_timeout=30) as ws:
            ready.set_result(True)
            async for raw in ws:
                at = time.perf_counter()
                e = json.loads(raw)
                b = e.get("booking") or {}
                fut = waiters.get((b.get("booking_id"), b.get("status")))
                if fut and not fut.done():
                    fut.set_result(at)

    t0 = time.time()
    readies = []
    tasks = []
    for i in range(0, len(ids), 100):
        batch = []
        for uid in ids[i : i + 100]:
            ready = asyncio.get_running_loop().create_future()
            tasks.append(asyncio.create_task(listen(uid, ready)))
            batch.append(ready)
        await asyncio.wait_for(asyncio.gather(*batch), 60)
        readies += batch
    opened = time.time() - t0
    await asyncio.sleep(1)
    rss = rss_kib(server_pid)
    portrait = next(p for p in http("GET", base + "/api/v1/packages?kind=portrait") if not p["full_day"])
    loop = asyncio.get_running_loop()
    latencies = []
    first = date.today() + timedelta(days=200)
    for i in range(a.changes):
        uid = ids[(i * 7919) % len(ids)]
        booking = await loop.run_in_executor(None, lambda: http("POST", base + "/api/v1/bookings", {
            "package_id": portrait["id"], "event_date": str(first + timedelta(days=i)), "start_time": "09:00",
            "location": "Studio", "payment_option": "dp"}, token=tokens[uid]))
        fut = loop.create_future()
        waiters[(booking["id"], "cancelled")] = fut
        sent = time.perf_counter()
        await loop.run_in_executor(None, lambda: http("POST", base + f"/api/v1/bookings/{booking['id']}/cancel", {"reason": "bench"}, token=admin))
        got = await asyncio.wait_for(fut, 5)
        latencies.append((got - sent) * 1000)
    alive = sum(1 for t in tasks if not t.done())
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return opened, alive, rss, latencies


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--api", required=True, help="path to the release api binary")
    ap.add_argument("--sockets", type=int, default=1000)
    ap.add_argument("--changes", type=int, default=300)
    ap.add_argument("--port", type=int, default=18081)
    ap.add_argument("--database-url", help="an EMPTY database to fill instead of a fresh SQLite file")
    a = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    data = tempfile.mkdtemp(prefix="aruna-ws-bench-")
    secret = secrets.token_hex(32)
    env = {
        **os.environ,
        "APP_DATA_DIR": data,
        "APP_BIND": f"127.0.0.1:{a.port}",
        "APP_RUN_JOBS": "false",
        "APP_JWT_SECRET": secret,
        "APP_RATE_LIMIT__AUTH_PER_MINUTE": "1000000",
        "APP_WEB_DIST": os.path.join(data, "no-spa"),
        "RUST_LOG": os.environ.get("RUST_LOG", "warn"),
    }
    if a.database_url:
        env["DATABASE_URL"] = a.database_url
    subprocess.run([a.api, "bench-data", "--bookings", "500", "--clients", str(a.sockets + 2)], env=env, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen([a.api, "serve"], env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{a.port}"
    try:
        for _ in range(100):
            try:
                http("GET", base + "/health")
                break
            except Exception:
                time.sleep(0.1)
        opened, alive, rss, lat = asyncio.run(run(a, base, secret, server.pid))
        p50, p99 = statistics.median(lat), pct(lat, 99)
        print(f"\n{a.sockets} sockets opened in {opened:.1f}s; {alive} still open after the run; server RSS {rss / 1024:.0f} MiB")
        print(f"{len(lat)} status changes to their owner: p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {max(lat):.2f} ms  (target p99 < 50 ms)")
        ok = alive == a.sockets and p99 < 50
        print("ok" if ok else "NOT MET")
        return 0 if ok else 1
    finally:
        server.terminate()
        server.wait(timeout=15)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Chat under load: 500 open sockets, 50 messages a second, each timed from
the moment its POST is sent to its arrival on the recipient's socket.

Half the messages go from a client to the studio (timed at a staff socket),
half from the studio to a client (timed at that client's socket).

  python3 bench/chat.py --api target/release/api
  python3 bench/chat.py --api target/release/api --replicas 2 \
      --pg postgres://postgres@127.0.0.1:5432/postgres

With two replicas the sockets are on the first process and every message is
posted to the second, so each delivery crosses processes (PostgreSQL
LISTEN/NOTIFY). Targets: p99 < 50 ms on one process, < 100 ms across two.
Needs `pip install websockets`; traffic only goes to 127.0.0.1.
"""
import argparse
import asyncio
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
import uuid

from ws import connect, http, mint, pct, rss_kib


async def run(a, bases, secret, server_pid):
    sock_base, post_base = bases[0], bases[-1]
    admin = http("POST", post_base + "/api/v1/auth/login", {"identifier": "bench0@example.com", "password": "BenchPass123"})
    staff_token, staff_id = admin["access_token"], admin["user"]["id"]
    ids = []
    page = 1
    while len(ids) < a.sockets:
        got = http("GET", post_base + f"/api/v1/users?role=client&per_page=100&page={page}", token=staff_token)["items"]
        if not got:
            break
        ids += [u["id"] for u in got]
        page += 1
    ids = ids[: a.sockets - 1]
    tokens = {uid: mint(secret, uid) for uid in ids}
    tokens[staff_id] = staff_token
    waiters = {}
    ws_base = sock_base.replace("http://", "ws://")

    async def listen(uid, ready):
        async with connect(f"{ws_base}/api/v1/ws?access_token={tokens[uid]}", max_queue=None, open_timeout=30) as ws:
            ready.set_result(True)
            async for raw in ws:
                at = time.perf_counter()
                e = json.loads(raw)
                m = e.get("chat")
                if not m:
                    continue
                fut = waiters.get((uid, m.get("client_key")))
                if fut and not fut.done():
                    fut.set_result(at)

    loop = asyncio.get_running_loop()
    tasks, t0 = [], time.time()
    everyone = [staff_id] + ids
    for i in range(0, len(everyone), 100):
        batch = []
        for uid in everyone[i : i + 100]:
            ready = loop.create_future()
            tasks.append(asyncio.create_task(listen(uid, ready)))
            batch.append(ready)
        await asyncio.wait_for(asyncio.gather(*batch), 60)
    opened = time.time() - t0
    await asyncio.sleep(1)

    latencies = []

    async def one(i):
        client = ids[(i * 7919) % len(ids)]
        to_studio = i % 2 == 0
        sender, recipient = (client, staff_id) if to_studio else (staff_id, client)
        key = str(uuid.uuid4())
        fut = loop.create_future()
        waiters[(recipient, key)] = fut
        body = {"body": f"pesan bench {i}", "client_key": key}
        url = post_base + f"/api/v1/conversations/{client}/messages"
        sent = time.perf_counter()
        await loop.run_in_executor(None, lambda: http("POST", url, body, token=tokens[sender]))
        got = await asyncio.wait_for(fut, 10)
        latencies.append((got - sent) * 1000)

    total = a.rate * a.seconds
    started = time.perf_counter()
    sends = []
    for i in range(total):
        delay = started + i / a.rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        sends.append(asyncio.create_task(one(i)))
    await asyncio.gather(*sends)
    achieved = total / (time.perf_counter() - started)
    rss = rss_kib(server_pid)
    alive = sum(1 for t in tasks if not t.done())
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return opened, alive, rss, latencies, achieved


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--api", required=True, help="path to the release api binary")
    ap.add_argument("--sockets", type=int, default=500)
    ap.add_argument("--rate", type=int, default=50, help="messages per second")
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--port", type=int, default=18091)
    ap.add_argument("--replicas", type=int, default=1, choices=[1, 2])
    ap.add_argument("--database-url", help="an EMPTY database to fill instead of a fresh SQLite file")
    ap.add_argument("--pg", help="a PostgreSQL server URL: a fresh database is created there (psql) and dropped after")
    a = ap.parse_args()
    made = None
    if a.pg:
        made = "aruna_chat_bench_" + secrets.token_hex(4)
        subprocess.run(["psql", a.pg, "-qc", f'CREATE DATABASE "{made}"'], check=True)
        a.database_url = a.pg.rsplit("/", 1)[0] + "/" + made
    try:
        return bench(a)
    finally:
        if made:
            subprocess.run(["psql", a.pg, "-qc", f'DROP DATABASE IF EXISTS "{made}" WITH (FORCE)'], check=False)


def bench(a):
    if a.replicas == 2 and not a.database_url:
        sys.exit("--replicas 2 needs --pg or --database-url (PostgreSQL)")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    data = tempfile.mkdtemp(prefix="aruna-chat-bench-")
    secret = secrets.token_hex(32)
    env = {
        **os.environ,
        "APP_DATA_DIR": data,
        "APP_RUN_JOBS": "false",
        "APP_JWT_SECRET": secret,
        "APP_RATE_LIMIT__AUTH_PER_MINUTE": "1000000",
        "APP_RATE_LIMIT__CHAT_PER_MINUTE": "1000000",
        "APP_WEB_DIST": os.path.join(data, "no-spa"),
        "RUST_LOG": os.environ.get("RUST_LOG", "warn"),
    }
    if a.database_url:
        env["DATABASE_URL"] = a.database_url
    subprocess.run([a.api, "bench-data", "--bookings", "200", "--clients", str(a.sockets + 2)], env=env, check=True, stdout=subprocess.DEVNULL)
    servers, bases = [], []
    for r in range(a.replicas):
        port = a.port + r
        servers.append(subprocess.Popen([a.api, "serve"], env={**env, "APP_BIND": f"127.0.0.1:{port}"}, stdout=subprocess.DEVNULL))
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for base in bases:
            for _ in range(100):
                try:
                    http("GET", base + "/health")
                    break
                except Exception:
                    time.sleep(0.1)
        opened, alive, rss, lat, achieved = asyncio.run(run(a, bases, secret, servers[0].pid))
        p50, p99 = statistics.median(lat), pct(lat, 99)
        target = 50 if a.replicas == 1 else 100
        where = "one process" if a.replicas == 1 else "two processes (sockets on A, posts to B)"
        print(f"\nchat, {where}: {a.sockets} sockets opened in {opened:.1f}s, {alive} open after the run; socket server RSS {rss / 1024:.0f} MiB")
        print(f"{len(lat)} messages at {achieved:.1f}/s: p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {max(lat):.2f} ms  (target p99 < {target} ms)")
        ok = alive == a.sockets and p99 < target
        print("ok" if ok else "NOT MET")
        return 0 if ok else 1
    finally:
        for s in servers:
            s.terminate()
            s.wait(timeout=15)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

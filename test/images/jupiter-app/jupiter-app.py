#!/usr/bin/python3
"""A stand-in for jupiter's api and worker that really uses the stack: PostgreSQL through PgBouncer
and RabbitMQ, with Debian's python3-psycopg2 and python3-pika.

  jupiter-app [api]        HTTP on $PORT (8080):
                             GET  /api/health  200 once a query through PgBouncer and a message
                                               through RabbitMQ both went through, 503 otherwise
                             POST /api/items   {"name": "..."}: inserts a row, publishes its id
                             GET  /api/items   the rows, and which the worker has processed
  jupiter-app worker       consumes the published ids and marks those rows processed
  jupiter-app worker-health  exit status 0 while the worker is consuming
  jupiter-app migrate SQL...  runs each statement through PgBouncer in turn (a migration job)
                             GET  /api/version  $APP_VERSION, 503 while $REQUIRED_COLUMN (if set)
                                               is not a column of items yet
The mode is the first argument, else $APP_MODE, else api.

Settings, named as in the example manifests (a secret NAME arrives as NAME_FILE, a file path):
  DATABASE_HOST (pgbouncer), DATABASE_PORT (6432), DATABASE_NAME (jupiter), DATABASE_USER (jupiter),
  DATABASE_PASSWORD; AMQP_HOST or RABBITMQ_HOST (rabbitmq), AMQP_PORT (5672), RABBITMQ_USER
  (jupiter), RABBITMQ_PASSWORD, RABBITMQ_VHOST (/).
PgBouncer pools by transaction: every statement takes its own connection and keeps no session state.
"""
import json
import os
import signal
import sys
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pika
import psycopg2

QUEUE = "items"
CONSUMING = "/tmp/worker-consuming"
SCHEMA = "CREATE TABLE IF NOT EXISTS items (id serial PRIMARY KEY, name text NOT NULL, processed_at timestamptz)"


def setting(*names, default=None):
    for name in names:
        if os.environ.get(name):
            return os.environ[name]
        if os.environ.get(f"{name}_FILE"):
            with open(os.environ[f"{name}_FILE"]) as file:
                return file.read().strip()
    if default is None:
        sys.exit(f"{names[0]} or {names[0]}_FILE is required")
    return default


def query(sql, args=()):
    """Runs one statement in its own connection and transaction; returns its rows, if any."""
    conn = psycopg2.connect(
        host=setting("DATABASE_HOST", default="pgbouncer"),
        port=setting("DATABASE_PORT", default="6432"),
        dbname=setting("DATABASE_NAME", default="jupiter"),
        user=setting("DATABASE_USER", default="jupiter"),
        password=setting("DATABASE_PASSWORD"),
        connect_timeout=5,
    )
    try:
        with conn, conn.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall() if cur.description else []
    finally:
        conn.close()


def amqp():
    credentials = pika.PlainCredentials(
        setting("RABBITMQ_USER", default="jupiter"), setting("RABBITMQ_PASSWORD")
    )
    return pika.BlockingConnection(
        pika.ConnectionParameters(
            host=setting("AMQP_HOST", "RABBITMQ_HOST", default="rabbitmq"),
            port=int(setting("AMQP_PORT", default="5672")),
            virtual_host=setting("RABBITMQ_VHOST", default="/"),
            credentials=credentials,
            socket_timeout=5,
            blocked_connection_timeout=5,
        )
    )


def publish(item_id):
    conn = amqp()
    try:
        channel = conn.channel()
        channel.confirm_delivery()
        channel.queue_declare(QUEUE, durable=True)
        body = json.dumps({"id": item_id})
        channel.basic_publish("", QUEUE, body, pika.BasicProperties(delivery_mode=2))
    finally:
        conn.close()


def message_round_trip():
    """Publishes a message to a queue of its own and reads it back."""
    conn = amqp()
    try:
        channel = conn.channel()
        channel.confirm_delivery()
        queue = channel.queue_declare("", exclusive=True).method.queue
        token = uuid.uuid4().hex.encode()
        channel.basic_publish("", queue, token)
        for _ in range(50):
            _, _, body = channel.basic_get(queue, auto_ack=True)
            if body == token:
                return
            time.sleep(0.1)
        raise RuntimeError("the message published to RabbitMQ did not come back")
    finally:
        conn.close()


def retry(what, action):
    while True:
        try:
            return action()
        except Exception as error:  # noqa: BLE001 - anything: the servers may still be starting
            print(f"waiting for {what}: {error!r}", flush=True)
            time.sleep(1)


class Api(BaseHTTPRequestHandler):
    def reply(self, status, value):
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle_request(self, handler):
        try:
            self.reply(*handler())
        except Exception as error:  # noqa: BLE001 - reported to the caller
            self.reply(503, {"error": str(error)})

    def do_GET(self):
        if self.path == "/api/version":
            self.handle_request(self.version)
        elif self.path == "/api/health":
            self.handle_request(self.health)
        elif self.path == "/api/items":
            self.handle_request(self.items)
        else:
            self.reply(404, {"error": "not found"})

    def do_POST(self):
        if self.path != "/api/items":
            return self.reply(404, {"error": "not found"})
        try:
            name = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))["name"]
        except (ValueError, KeyError, TypeError):
            return self.reply(400, {"error": 'expected a JSON body {"name": "..."}'})
        self.handle_request(lambda: self.add(str(name)))

    def health(self):
        query("SELECT 1")
        message_round_trip()
        return 200, {"status": "ok"}

    def version(self):
        column = os.environ.get("REQUIRED_COLUMN")
        if column:
            query(f'SELECT "{column}" FROM items LIMIT 0')
        return 200, os.environ.get("APP_VERSION", "0")

    def items(self):
        rows = query("SELECT id, name, processed_at IS NOT NULL FROM items ORDER BY id")
        return 200, [{"id": i, "name": n, "processed": p} for i, n, p in rows]

    def add(self, name):
        [(item_id,)] = query("INSERT INTO items (name) VALUES (%s) RETURNING id", (name,))
        publish(item_id)
        return 201, {"id": item_id, "name": name, "processed": False}


def api():
    retry("PostgreSQL through PgBouncer", lambda: query(SCHEMA))
    port = int(setting("PORT", default="8080"))
    print(f"jupiter api listening on :{port}", flush=True)
    ThreadingHTTPServer(("", port), Api).serve_forever()


def worker():
    retry("PostgreSQL through PgBouncer", lambda: query(SCHEMA))

    def on_message(channel, method, _properties, body):
        query("UPDATE items SET processed_at = now() WHERE id = %s", (json.loads(body)["id"],))
        channel.basic_ack(method.delivery_tag)

    def consume():
        conn = amqp()
        try:
            channel = conn.channel()
            channel.queue_declare(QUEUE, durable=True)
            channel.basic_consume(QUEUE, on_message)
            open(CONSUMING, "w").close()
            print("jupiter worker consuming", flush=True)
            channel.start_consuming()
        finally:
            if os.path.exists(CONSUMING):
                os.remove(CONSUMING)
            if conn.is_open:
                conn.close()

    # Unacknowledged messages come back when the connection is lost, and are handled then.
    while True:
        retry("RabbitMQ", consume)


def migrate():
    for statement in sys.argv[2:]:
        print(f"applying: {statement}", flush=True)
        query(statement)
    print(f"applied {len(sys.argv) - 2} statement(s)", flush=True)


def worker_health():
    sys.exit(0 if os.path.exists(CONSUMING) else 1)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    modes = {"api": api, "worker": worker, "worker-health": worker_health, "migrate": migrate}
    mode = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("APP_MODE", "api")
    if mode not in modes:
        sys.exit(f"unknown mode {mode}: api, worker, worker-health or migrate")
    modes[mode]()

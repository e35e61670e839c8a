#!/usr/bin/env bash
# Installs and starts what wharf needs on its host: Docker Engine, the Compose v2 plugin and
# Redis (plus the tools that build the test images when WHARF_TEST_TOOLS=1).
# Idempotent: each step checks first and says what it does. On a host where it cannot
# install (not Debian, not root), it lists what is missing and how to get it, and exits 1.
set -euo pipefail

say() { printf '[wharf host] %s\n' "$*"; }
die() { printf '[wharf host] error: %s\n' "$*" >&2; exit 1; }

LOG_DIR=${WHARF_HOST_LOG_DIR:-/var/log/wharf}
REDIS_PORT=${WHARF_REDIS_PORT:-6379}
want_test_tools=${WHARF_TEST_TOOLS:-0}

have() { command -v "$1" >/dev/null 2>&1; }
compose_ok() { docker compose version >/dev/null 2>&1; }
docker_up() { docker info >/dev/null 2>&1; }
dockerd_alive() { ps -C dockerd -o stat= 2>/dev/null | grep -qv '^Z'; }
redis_up() { redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

# --- what is missing ---------------------------------------------------------------------
missing_pkgs=()
have dockerd || missing_pkgs+=(docker.io)
have docker || missing_pkgs+=(docker.io)
have redis-server || missing_pkgs+=(redis-server)
have redis-cli || missing_pkgs+=(redis-tools)
have git || missing_pkgs+=(git)
have curl || missing_pkgs+=(curl)
have openssl || missing_pkgs+=(openssl)
# dockerd runs the host's ps for `GET /containers/{id}/top` (the edge's reload check).
have ps || missing_pkgs+=(procps)
if [ "$want_test_tools" = 1 ]; then
  have mmdebstrap || missing_pkgs+=(mmdebstrap)
  dpkg -s busybox-static >/dev/null 2>&1 || missing_pkgs+=(busybox-static)
  # The dashboard's browser test drives Debian's Chromium (no browser download).
  have chromium || missing_pkgs+=(chromium)
  # Let's Encrypt's ACME test server, for the HTTPS tests.
  have pebble || missing_pkgs+=(pebble)
  # A second Docker host in a network namespace (ip, nsenter), and a registry with a login.
  have ip || missing_pkgs+=(iproute2)
  have nsenter || missing_pkgs+=(util-linux)
  have docker-registry || missing_pkgs+=(docker-registry)
  have htpasswd || missing_pkgs+=(apache2-utils)
fi
need_compose=0
compose_ok || need_compose=1

is_debian=0
if [ -r /etc/os-release ] && grep -qE '^(ID|ID_LIKE)=.*debian' /etc/os-release && have apt-get; then
  is_debian=1
fi
is_root=0
[ "$(id -u)" = 0 ] && is_root=1

if [ ${#missing_pkgs[@]} -gt 0 ] || [ $need_compose = 1 ]; then
  if [ $is_debian = 0 ] || [ $is_root = 0 ]; then
    reasons=()
    [ $is_debian = 0 ] && reasons+=("not a Debian host with apt-get")
    [ $is_root = 0 ] && reasons+=("not running as root")
    reason=${reasons[0]}
    [ ${#reasons[@]} -gt 1 ] && reason="$reason, ${reasons[1]}"
    say "cannot install here ($reason)."
    say "missing:"
    for p in $(printf '%s\n' "${missing_pkgs[@]}" | sort -u); do say "  - $p"; done
    [ $need_compose = 1 ] && say "  - Docker Compose v2 plugin ('docker compose version' must work)"
    say "how to get them: install Docker Engine with the Compose plugin (https://docs.docker.com/engine/install/),"
    say "Redis 5 or newer, git and curl with your system's package manager, then run this again."
    say "on Debian 12 as root, this script installs all of them by itself."
    exit 1
  fi
fi

apt_updated=0
apt_update_once() {
  if [ $apt_updated = 0 ]; then
    say "refreshing the package lists (apt-get update)"
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
}

if [ ${#missing_pkgs[@]} -gt 0 ]; then
  pkgs=$(printf '%s\n' "${missing_pkgs[@]}" | sort -u | tr '\n' ' ')
  apt_update_once
  say "installing: $pkgs"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
else
  say "packages present: docker, redis, git, curl$([ "$want_test_tools" = 1 ] && echo ', mmdebstrap, busybox-static, chromium, pebble')"
fi

# --- Compose v2 --------------------------------------------------------------------------
if ! compose_ok; then
  say "installing the Docker Compose v2 plugin from Debian 13's docker-compose package"
  bash "$(dirname "$0")/install-compose-plugin.sh"
  compose_ok || die "the Compose plugin was installed but 'docker compose version' still fails"
fi
say "compose: $(docker compose version --short 2>/dev/null || docker compose version)"

# --- start the daemons -------------------------------------------------------------------
mkdir -p "$LOG_DIR"
if ! docker_up; then
  if dockerd_alive; then
    say "dockerd is running but not answering yet; waiting"
  else
    # A daemon that was killed leaves its pid files behind, and a new one refuses to start.
    rm -f /var/run/docker.pid /var/run/docker/containerd/containerd.pid
    say "starting dockerd (log: $LOG_DIR/dockerd.log)"
    # In a session of its own: a Ctrl-C in the terminal that ran this (SIGINT to the whole
    # foreground process group) must not reach the daemon.
    setsid dockerd >>"$LOG_DIR/dockerd.log" 2>&1 < /dev/null &
  fi
  for _ in $(seq 1 60); do docker_up && break; sleep 1; done
  docker_up || die "dockerd did not answer within 60 s; see $LOG_DIR/dockerd.log"
fi
say "docker engine: $(docker version --format '{{.Server.Version}}' 2>/dev/null) (API $(docker version --format '{{.Server.APIVersion}}' 2>/dev/null))"

if ! redis_up; then
  say "starting redis-server on 127.0.0.1:$REDIS_PORT (log: $LOG_DIR/redis.log)"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
    --logfile "$LOG_DIR/redis.log"
  for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
  redis_up || die "redis did not answer on port $REDIS_PORT; see $LOG_DIR/redis.log"
fi
say "redis: $(redis-cli -p "$REDIS_PORT" info server | awk -F: '/^redis_version/ {print $2}' | tr -d '\r') on 127.0.0.1:$REDIS_PORT"
say "host ready"

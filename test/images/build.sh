#!/usr/bin/env bash
# Builds the images the tests run, without a registry. Built once per machine: an image is
# rebuilt only when its definition (the files in its folder) changed, recorded in a label.
#   wharf-test/app:1, :2, :3   static busybox app (see app/entrypoint.sh), APP_VERSION baked in
#   wharf-test/nginx:1         Nginx from Debian packages (mmdebstrap + docker import)
#   wharf-test/postgres:1      PostgreSQL 15 and PgBouncer from Debian packages
# Later images (RabbitMQ, Prometheus) are made the same way, with debian_rootfs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
say() { printf '[test images] %s\n' "$*"; }

definition_hash() { (cd "$here" && find "$@" -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum build.sh) | sha256sum | cut -c1-16; }
current_hash() { docker image inspect --format '{{ index .Config.Labels "wharf.test-image-hash" }}' "$1" 2>/dev/null || true; }

# Runs a command with its output kept back, shown only if it fails. The classic builder is
# used: the engine is Debian's 20.10 and no buildx plugin is installed.
quiet() {
  local log
  log=$(mktemp)
  if ! DOCKER_BUILDKIT=0 "$@" >"$log" 2>&1; then cat "$log" >&2; rm -f "$log"; return 1; fi
  rm -f "$log"
}

mirror() {
  local uri
  uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

# A Debian bookworm root with the given packages, imported as an image.
debian_rootfs() {
  local tag=$1 packages=$2 hash=$3
  if [ "$(current_hash "$tag")" = "$hash" ]; then return; fi
  local tmp
  tmp=$(mktemp -d)
  say "building $tag from Debian packages: $packages (about 30 s)"
  mmdebstrap --quiet --variant=apt --include="$packages" \
    --aptopt='Acquire::Retries "3"' \
    --customize-hook='rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*' \
    bookworm "$tmp/rootfs.tar" "$(mirror)" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; rm -rf "$tmp"; exit 1; }
  docker import --change "LABEL wharf.test-image-hash=$hash" "$tmp/rootfs.tar" "$tag" >/dev/null
  rm -rf "$tmp"
}

build_app() {
  local hash
  hash=$(definition_hash app)
  for version in 1 2 3; do
    local tag=wharf-test/app:$version
    if [ "$(current_hash "$tag")" = "$hash" ]; then continue; fi
    say "building $tag"
    local ctx
    ctx=$(mktemp -d)
    cp "$here/app/Dockerfile" "$here/app/entrypoint.sh" "$ctx/"
    cp /bin/busybox "$ctx/busybox"
    quiet docker build --build-arg "APP_VERSION=$version" \
      --label "wharf.test-image-hash=$hash" -t "$tag" "$ctx"
    rm -rf "$ctx"
  done
  say "wharf-test/app:1,2,3 ready"
}

build_nginx() {
  local hash base_hash
  base_hash=$(definition_hash nginx/Dockerfile)-rootfs
  hash=$(definition_hash nginx)
  debian_rootfs wharf-test/nginx-rootfs:1 nginx-light "$base_hash"
  if [ "$(current_hash wharf-test/nginx:1)" != "$hash" ]; then
    say "building wharf-test/nginx:1"
    quiet docker build --label "wharf.test-image-hash=$hash" -t wharf-test/nginx:1 "$here/nginx"
  fi
  say "wharf-test/nginx:1 ready"
}

build_postgres() {
  local hash base_hash
  base_hash=$(definition_hash postgres/Dockerfile)-rootfs
  hash=$(definition_hash postgres)
  debian_rootfs wharf-test/postgres-rootfs:1 postgresql-15,pgbouncer,util-linux "$base_hash"
  if [ "$(current_hash wharf-test/postgres:1)" != "$hash" ]; then
    say "building wharf-test/postgres:1"
    quiet docker build --label "wharf.test-image-hash=$hash" -t wharf-test/postgres:1 "$here/postgres"
  fi
  say "wharf-test/postgres:1 ready (PostgreSQL 15 and PgBouncer)"
}

[ -x /bin/busybox ] || { echo "static busybox missing: run scripts/install-host.sh with WHARF_TEST_TOOLS=1" >&2; exit 1; }
command -v mmdebstrap >/dev/null || { echo "mmdebstrap missing: run scripts/install-host.sh with WHARF_TEST_TOOLS=1" >&2; exit 1; }
# With arguments, only the images named (app, nginx, postgres); without, all of them.
targets=${*:-app nginx postgres}
for target in $targets; do
  case "$target" in
    app) build_app ;;
    nginx) build_nginx ;;
    postgres) build_postgres ;;
    *) echo "unknown image $target (app, nginx, postgres)" >&2; exit 2 ;;
  esac
done
# Old builds of these images, untagged by the rebuilds above.
docker image prune -f --filter label=wharf.test-image-hash >/dev/null

#!/usr/bin/env bash
# Builds the images the tests run, without a registry. Built once per machine: an image is
# rebuilt only when its definition (the files in its folder) changed, recorded in a label.
#   wharf-test/app:1, :2, :3   static busybox app (see app/entrypoint.sh), APP_VERSION baked in
#   wharf-test/nginx:1         Nginx 1.30 from Debian testing's packages (mmdebstrap + docker import)
#   wharf-test/postgres:1      PostgreSQL 15 and PgBouncer from Debian packages
#   wharf-test/node-base:1     Debian bookworm with this machine's Node.js 20 and npm, standing in
#                              for node:20-bookworm-slim as the base of wharf's own image
#   wharf-test/wharf:1         wharf's own image, from the repository's Dockerfile on node-base
#   wharf-test/rabbitmq:1      RabbitMQ 3.10 from Debian packages, management and Prometheus plugins
#   wharf-test/prometheus:1    Prometheus from Debian packages, laid out as prom/prometheus
#   wharf-test/postgres-exporter:1, wharf-test/nginx-exporter:1
#                              the Debian exporters, on the Prometheus image's root
#   wharf-test/jupiter-app:1   jupiter's api and worker on PostgreSQL and RabbitMQ, in Python
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

# A Debian root (bookworm unless a suite is given) with the given packages, imported as an image.
# The mirror may be a dated snapshot, whose Release files of moving suites have expired.
debian_rootfs() {
  local tag=$1 packages=$2 hash=$3 suite=${4:-bookworm}
  if [ "$(current_hash "$tag")" = "$hash" ]; then return; fi
  local tmp
  tmp=$(mktemp -d)
  say "building $tag from Debian packages: ${packages:-the base system only} (about 30 s)"
  mmdebstrap --quiet --variant=apt ${packages:+--include="$packages"} \
    --aptopt='Acquire::Retries "3"' --aptopt='Acquire::Check-Valid-Until "false"' \
    --customize-hook='rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*' \
    "$suite" "$tmp/rootfs.tar" "$(mirror)" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; rm -rf "$tmp"; exit 1; }
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
  # Debian testing's Nginx (1.30): the edge needs 1.27.3 or newer (`resolve` on upstream
  # servers), which bookworm (1.22) and trixie (1.26) do not have.
  debian_rootfs wharf-test/nginx-rootfs:1 nginx-light "$base_hash-forky" forky
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

node_base_ready=0
build_node_base() {
  [ $node_base_ready = 0 ] || return 0
  local hash base_hash node npm ctx
  node=$(readlink -f "$(command -v node)")
  npm=$(dirname "$(readlink -f "$(command -v npm)")")/..
  local cas=(/usr/local/share/ca-certificates/*.crt) ca_args=()
  [ -e "${cas[0]}" ] || cas=()
  # The host's Node.js, npm and added CA certificates are part of the definition: a change to
  # any of them rebuilds it.
  base_hash=$(definition_hash node-base/Dockerfile)-rootfs
  hash=$( (definition_hash node-base; "$node" --version; "$node" -p "require('$npm/package.json').version"
    [ ${#cas[@]} = 0 ] || cat "${cas[@]}") | sha256sum | cut -c1-16)
  debian_rootfs wharf-test/node-base-rootfs:1 "" "$base_hash"
  if [ "$(current_hash wharf-test/node-base:1)" != "$hash" ]; then
    say "building wharf-test/node-base:1 with Node.js $("$node" --version)"
    ctx=$(mktemp -d)
    cp "$here/node-base/Dockerfile" "$here/node-base/slim.cfg" "$node" "$ctx/"
    cp -r "$npm" "$ctx/npm"
    mkdir "$ctx/ca-certificates"
    if [ ${#cas[@]} -gt 0 ]; then
      cp "${cas[@]}" "$ctx/ca-certificates/"
      cat "${cas[@]}" > "$ctx/ca-certificates/host-added.pem"
      ca_args=(--build-arg EXTRA_CA_CERTS=/usr/local/share/ca-certificates/host-added.pem)
    fi
    quiet docker build "${ca_args[@]}" --label "wharf.test-image-hash=$hash" \
      -t wharf-test/node-base:1 "$ctx"
    rm -rf "$ctx"
  fi
  node_base_ready=1
  say "wharf-test/node-base:1 ready (Node.js $("$node" --version) on Debian bookworm)"
}

# A server image: a Debian root with the packages, and on it the Dockerfile in the image's folder.
debian_image() {
  local name=$1 packages=$2 hash
  hash=$(definition_hash "$name")
  debian_rootfs "wharf-test/$name-rootfs:1" "$packages" "$(definition_hash "$name/Dockerfile")-rootfs"
  if [ "$(current_hash "wharf-test/$name:1")" != "$hash" ]; then
    say "building wharf-test/$name:1"
    quiet docker build --label "wharf.test-image-hash=$hash" -t "wharf-test/$name:1" "$here/$name"
  fi
}

build_rabbitmq() {
  debian_image rabbitmq rabbitmq-server
  say "wharf-test/rabbitmq:1 ready (RabbitMQ 3.10, management and Prometheus plugins)"
}

# The exporters are small and share Prometheus' root: one more image each costs a few seconds.
build_prometheus() {
  local hash exporter
  debian_image prometheus prometheus,prometheus-postgres-exporter,prometheus-nginx-exporter
  hash=$(definition_hash exporters prometheus/Dockerfile)
  for exporter in postgres-exporter nginx-exporter; do
    if [ "$(current_hash "wharf-test/$exporter:1")" != "$hash" ]; then
      say "building wharf-test/$exporter:1"
      quiet docker build --target "$exporter" --label "wharf.test-image-hash=$hash" \
        -t "wharf-test/$exporter:1" "$here/exporters"
    fi
  done
  say "wharf-test/prometheus:1, postgres-exporter:1, nginx-exporter:1 ready"
}

build_jupiter_app() {
  debian_image jupiter-app python3,python3-psycopg2,python3-pika
  say "wharf-test/jupiter-app:1 ready (api and worker, Python)"
}

# wharf's own image, rebuilt like the others only when one of its inputs changed: the files the
# Dockerfile copies, the Dockerfile, or the base. Its test runs this too, so it always runs the
# current source; when nothing changed that is a 0.1 s hash check (a cached docker build of
# every stage takes seconds). A change to src/ costs about 5 s (tsc and the last layer), the
# first build about a minute. The stages before the last (the docker CLI, npm ci twice) are
# tagged too: untagged, the prune below would delete them with their layers, and every change
# to src/ would redo npm ci.
build_wharf() {
  build_node_base
  local root hash stage
  root=$(cd "$here/../.." && pwd)
  hash=$( (cd "$root" && find Dockerfile .dockerignore package.json package-lock.json tsconfig.json \
    tsconfig.build.json bin src schemas scripts/install-compose-plugin.sh -type f -print0 \
    | sort -z | xargs -0 sha256sum; cd "$here" && sha256sum build.sh
    docker image inspect --format '{{.Id}}' wharf-test/node-base:1) | sha256sum | cut -c1-16)
  if [ "$(current_hash wharf-test/wharf:1)" != "$hash" ]; then
    say "building wharf-test/wharf:1 from the Dockerfile (about a minute the first time, seconds after a change to src/)"
    for stage in tools deps build; do
      quiet docker build --force-rm --build-arg BASE=wharf-test/node-base:1 --target "$stage" \
        -t "wharf-test/wharf-stage:$stage" "$root"
    done
    quiet docker build --force-rm --build-arg BASE=wharf-test/node-base:1 \
      --label "wharf.test-image-hash=$hash" -t wharf-test/wharf:1 "$root"
  fi
  say "wharf-test/wharf:1 ready"
}

[ -x /bin/busybox ] || { echo "static busybox missing: run scripts/install-host.sh with WHARF_TEST_TOOLS=1" >&2; exit 1; }
command -v mmdebstrap >/dev/null || { echo "mmdebstrap missing: run scripts/install-host.sh with WHARF_TEST_TOOLS=1" >&2; exit 1; }
# With arguments, only the images named; without, all.
all="app nginx postgres rabbitmq prometheus jupiter-app wharf-base wharf"
targets=${*:-$all}
for target in $targets; do
  case "$target" in
    app) build_app ;;
    nginx) build_nginx ;;
    postgres) build_postgres ;;
    wharf-base) build_node_base ;;
    rabbitmq) build_rabbitmq ;;
    prometheus) build_prometheus ;;
    jupiter-app) build_jupiter_app ;;
    wharf) build_wharf ;;
    *) echo "unknown image $target ($all)" >&2; exit 2 ;;
  esac
done
# Old builds of these images, untagged by the rebuilds above.
docker image prune -f --filter label=wharf.test-image-hash >/dev/null

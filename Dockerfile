# wharf's own image: Node.js 20, wharf (its built dist/ and production node_modules), the docker
# CLI with the Compose v2 plugin, and git. It drives the host's Docker Engine through the mounted
# socket, with the state directory mounted at the same path inside and out (docs/operations.md,
# "Running wharf in a container"):
#   docker run --network host -v /var/run/docker.sock:/var/run/docker.sock \
#     -v /var/lib/wharf:/var/lib/wharf -v /etc/wharf:/etc/wharf:ro IMAGE deploy production
#
# BASE is the public Node.js 20 image. Where no registry is reachable, name a local image with
# Node.js 20 and npm on Debian bookworm instead; the tests use wharf-test/node-base:1 (made by
# test/images/build.sh): docker build --build-arg BASE=wharf-test/node-base:1 .
#
# Size: only the last stage is the image. The compiler, dev dependencies, npm's cache, apt's
# lists and the downloaded .deb files stay in the stages before it. The docker CLI and the
# Compose plugin are two binaries taken out of Debian packages, not Debian's docker.io package,
# which would bring dockerd, containerd, runc and iptables (about 250 MB) that wharf never runs:
# it uses the host's engine.
# Works with the classic builder and with BuildKit (no RUN --mount), and every stage runs on
# BASE alone, so a local base is enough to build it.
ARG BASE=node:20-bookworm-slim

# The docker CLI and the Compose v2 plugin, from Debian 13 (trixie): Debian 12 has only Compose
# 1.x, and its docker CLI is 20.10 (API 1.41), which engines 29 and later refuse; trixie's CLI
# (26.1, API 1.45) negotiates down to older engines such as Debian 12's 20.10. The Compose plugin
# comes the way hosts get it (scripts/install-compose-plugin.sh); the CLI the same way. The
# trixie source is added to this stage only, which is thrown away.
FROM ${BASE} AS tools
COPY scripts/install-compose-plugin.sh /tmp/
RUN set -eu; \
    bash /tmp/install-compose-plugin.sh; \
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true); \
    [ -n "$uri" ] || uri=$(awk '/^deb / && $3 !~ /security/ {print $2; exit}' /etc/apt/sources.list); \
    echo "deb $uri trixie main" > /tmp/trixie.list; \
    aptopts="-o Dir::Etc::SourceList=/tmp/trixie.list -o Dir::Etc::SourceParts=/dev/null -o APT::Sandbox::User=root"; \
    apt-get $aptopts update -qq; \
    cd /tmp; \
    apt-get $aptopts download docker-cli; \
    dpkg -x docker-cli_*.deb /tmp/cli; \
    install -m 0755 /tmp/cli/usr/bin/docker /usr/local/bin/docker

# Production dependencies alone; a layer of its own, so that it is rebuilt only when
# package-lock.json changes. --ignore-scripts: the root package's `prepare` would build before
# the sources are here, and the one dependency with an install script (msgpackr-extract, an
# optional accelerator of BullMQ's encoding) ships its binaries prebuilt as packages.
FROM ${BASE} AS deps
WORKDIR /opt/wharf
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# dist/, compiled with the dev dependencies (TypeScript), which stay in this stage.
FROM ${BASE} AS build
WORKDIR /opt/wharf
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN node_modules/.bin/tsc -p tsconfig.build.json && rm dist/.tsbuildinfo

# The image. What changes least comes first, so a change to src/ rebuilds only the last layer.
# git reads the environments repository (ca-certificates for https://, openssh-client for
# ssh://); apt's lists and downloaded files go in the same layer, whatever the base keeps.
# tini is PID 1: it hands SIGTERM to wharf, which finishes a running deploy and exits, and it
# reaps the docker and compose processes a deploy starts. wharf runs as root: it needs the
# Docker socket and owns the state directory (docs/operations.md). No VOLUME: the state
# directory must be a bind mount at the same path as on the host, never an anonymous volume.
FROM ${BASE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      git ca-certificates openssh-client tini \
 && apt-get clean && rm -rf /var/lib/apt/lists/* \
 && ln -s /opt/wharf/bin/wharf.js /usr/local/bin/wharf
COPY --from=tools /usr/local/bin/docker /usr/local/bin/docker
COPY --from=tools /usr/libexec/docker/cli-plugins/docker-compose /usr/libexec/docker/cli-plugins/docker-compose
WORKDIR /opt/wharf
COPY --from=deps /opt/wharf/node_modules ./node_modules
COPY package.json ./
COPY schemas ./schemas
COPY bin ./bin
COPY --from=build /opt/wharf/dist ./dist
ENV NODE_ENV=production
ENTRYPOINT ["/usr/bin/tini", "--", "wharf"]
CMD ["--help"]

#!/usr/bin/env bash
# Installs the Docker Compose v2 plugin on Debian 12. Debian 12 only packages Compose 1.x;
# Debian 13's docker-compose package holds the v2 plugin as a static binary, so this takes
# just that file, without adding trixie to the machine's apt sources.
set -euo pipefail
uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$uri" ] || uri=$(awk '/^deb / && $3 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
if [ -z "$uri" ]; then
  echo "cannot find the Debian mirror URI in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "deb $uri trixie main" > "$tmp/sources.list"
mkdir -p "$tmp/lists/partial"
aptopts=(-o "Dir::Etc::SourceList=$tmp/sources.list" -o Dir::Etc::SourceParts=/dev/null
         -o "Dir::State::Lists=$tmp/lists" -o APT::Get::List-Cleanup=0 -o APT::Sandbox::User=root)
apt-get "${aptopts[@]}" update -qq >/dev/null
(cd "$tmp" && apt-get "${aptopts[@]}" download docker-compose >/dev/null)
dpkg -x "$tmp"/docker-compose_*.deb "$tmp/x"
install -D -m 0755 "$tmp/x/usr/libexec/docker/cli-plugins/docker-compose" \
  /usr/libexec/docker/cli-plugins/docker-compose

#!/bin/sh
# The test app: a static busybox httpd whose version, body and health are set by environment.
#   APP_VERSION      version it reports (default: the image's)
#   APP_BODY         body of / (default "app <name> version <version>")
#   APP_NAME         name in the default body (default "app")
#   APP_PORT         port to listen on (default 8080)
#   APP_PATHS        extra path prefixes that answer like / (for example "/api")
#   APP_HEALTH       healthy | unhealthy | slow (default healthy)
#   APP_START_DELAY  seconds a slow app takes before it listens at all (default 10)
#   APP_FAIL_AFTER   seconds after which a healthy app turns unhealthy (unset: never)
#   APP_HEALTH_PATH  path of the health file (default /healthz)
#   APP_HEALTHY_AFTER  seconds a healthy app serves before its health file appears (default 0)
#   APP_PATHS_AFTER  seconds before the APP_PATHS prefixes answer (default 0)
#   APP_STOP_DELAY   seconds it keeps serving after SIGTERM (default 0)
set -eu
port=${APP_PORT:-8080}
version=${APP_VERSION:-0}
body=${APP_BODY:-"app ${APP_NAME:-app} version $version"}
health_path=${APP_HEALTH_PATH:-/healthz}
www=/tmp/www

mkdir -p "$www"
printf '%s\n' "$body" > "$www/index.html"
printf '%s\n' "$version" > "$www/version"
paths() {
  for prefix in ${APP_PATHS:-}; do
    mkdir -p "$www$prefix"
    cp "$www/index.html" "$www/version" "$www$prefix/"
  done
}
if [ -n "${APP_PATHS_AFTER:-}" ]; then (sleep "$APP_PATHS_AFTER"; paths) & else paths; fi

healthy() { mkdir -p "$(dirname "$www$health_path")" && echo ok > "$www$health_path"; }
unhealthy() { rm -f "$www$health_path"; }

child=
# A graceful app keeps serving a moment after SIGTERM: requests already sent to it (by a proxy
# whose DNS still names it) are answered before it goes.
trap 'sleep "${APP_STOP_DELAY:-0}"; [ -n "$child" ] && kill "$child" 2>/dev/null; exit 0' TERM INT

case "${APP_HEALTH:-healthy}" in
  healthy)
    if [ -n "${APP_HEALTHY_AFTER:-}" ]; then (sleep "$APP_HEALTHY_AFTER"; healthy) & else healthy; fi
    ;;
  unhealthy) ;;
  slow)
    # Not even listening until the delay is over, like an app that loads for a while.
    sleep "${APP_START_DELAY:-10}" & child=$!
    wait "$child"
    healthy
    ;;
  *) echo "APP_HEALTH must be healthy, unhealthy or slow" >&2; exit 2 ;;
esac
if [ -n "${APP_FAIL_AFTER:-}" ]; then
  (sleep "$APP_FAIL_AFTER"; unhealthy) &
fi

echo "app ${APP_NAME:-app} version $version listening on :$port (health ${APP_HEALTH:-healthy})"
httpd -f -p "$port" -h "$www" & child=$!
wait "$child"

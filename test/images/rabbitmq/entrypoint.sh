#!/bin/sh
# rabbitmq-server [ARGS]: run the broker in the foreground as the rabbitmq user. As the public
# image still does, RABBITMQ_DEFAULT_USER, RABBITMQ_DEFAULT_PASS (or RABBITMQ_DEFAULT_PASS_FILE)
# and RABBITMQ_DEFAULT_VHOST set the first user; a file in conf.d (wharf's 10-wharf.conf) does
# the same and, sorting later, wins.
# Anything else runs as given (rabbitmqctl, rabbitmq-diagnostics, sh).
set -eu
[ "${1:-rabbitmq-server}" = rabbitmq-server ] || exec "$@"
shift || true
if [ -n "${RABBITMQ_DEFAULT_PASS_FILE:-}" ]; then RABBITMQ_DEFAULT_PASS=$(cat "$RABBITMQ_DEFAULT_PASS_FILE"); fi
{
  [ -z "${RABBITMQ_DEFAULT_USER:-}" ] || echo "default_user = $RABBITMQ_DEFAULT_USER"
  [ -z "${RABBITMQ_DEFAULT_PASS:-}" ] || echo "default_pass = $RABBITMQ_DEFAULT_PASS"
  [ -z "${RABBITMQ_DEFAULT_VHOST:-}" ] || echo "default_vhost = $RABBITMQ_DEFAULT_VHOST"
} > /etc/rabbitmq/conf.d/05-environment.conf
# A bind-mounted or older data folder may belong to root.
chown rabbitmq:rabbitmq /var/lib/rabbitmq
exec setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups \
  /usr/lib/rabbitmq/bin/rabbitmq-server "$@"

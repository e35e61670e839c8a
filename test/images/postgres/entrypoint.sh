#!/bin/sh
# postgres: initialise $PGDATA on first start (POSTGRES_USER, POSTGRES_DB, POSTGRES_PASSWORD or
# POSTGRES_PASSWORD_FILE, then /docker-entrypoint-initdb.d/*.sql), then run the server in the
# foreground as the postgres user.
# pgbouncer ARGS: run PgBouncer as the postgres user (it refuses to run as root).
set -eu
as_postgres() { exec setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }

case "${1:-postgres}" in
  pgbouncer)
    as_postgres "$@"
    ;;
  postgres)
    shift || true
    user=${POSTGRES_USER:-postgres}
    db=${POSTGRES_DB:-$user}
    if [ -n "${POSTGRES_PASSWORD_FILE:-}" ]; then password=$(cat "$POSTGRES_PASSWORD_FILE"); else password=${POSTGRES_PASSWORD:-}; fi
    [ -n "$password" ] || { echo "POSTGRES_PASSWORD or POSTGRES_PASSWORD_FILE is required" >&2; exit 1; }
    mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 0700 "$PGDATA"
    if [ ! -s "$PGDATA/PG_VERSION" ]; then
      echo "initialising database $db for $user in $PGDATA"
      pwfile=$(mktemp) && printf '%s' "$password" > "$pwfile" && chown postgres "$pwfile"
      setpriv --reuid=postgres --regid=postgres --init-groups \
        initdb -D "$PGDATA" --username="$user" --pwfile="$pwfile" --auth=scram-sha-256 >/dev/null
      rm -f "$pwfile"
      echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
      echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
      if [ "$db" != postgres ]; then
        echo "CREATE DATABASE \"$db\" OWNER \"$user\";" | setpriv --reuid=postgres --regid=postgres --init-groups \
          postgres --single -D "$PGDATA" postgres >/dev/null
      fi
      # As the public image does: *.sql in /docker-entrypoint-initdb.d run once, as the user in
      # the database, on a server that listens on its socket only.
      for script in /docker-entrypoint-initdb.d/*.sql; do
        [ -f "$script" ] || continue
        setpriv --reuid=postgres --regid=postgres --init-groups \
          pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
        echo "running $script"
        PGPASSWORD=$password psql -v ON_ERROR_STOP=1 -q -h /var/run/postgresql \
          --username="$user" --dbname="$db" -f "$script"
        setpriv --reuid=postgres --regid=postgres --init-groups pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
      done
    fi
    as_postgres postgres -D "$PGDATA" "$@"
    ;;
  *)
    exec "$@"
    ;;
esac

#!/usr/bin/env bash
# wharf's main job on an embedded default, on one machine: installs what is missing, starts
# Docker, Redis and `wharf serve`, creates a local environments repository (a bare repo with
# wharf's post-receive hook, and a working clone), pushes it, and waits until the deployed app
# answers in a browser. Edit, commit and push in the clone to see a blue-green deploy.
# Ctrl-C stops wharf and removes the demo's containers; the files stay in $WHARF_DEMO_DIR.
#   WHARF_DEMO_DIR   where the demo lives (default /var/lib/wharf-demo)
#   WHARF_DEMO_PORT  port the app is served on, on 127.0.0.1 (default 8080)
#   WHARF_DEMO_SERVER_PORT  port of wharf's server: webhooks and the dashboard (default 8081)
#   WHARF_DEMO_EDGE_PROJECT  Compose project of the demo's edge (default wharf-edge)
#   WHARF_DEMO_ENV   name of the demo environment (default demo); with the two above, a second
#                    demo (or the test suite's) runs beside one already serving on this host
#   WHARF_DEMO_INSTALLATION  installation id (default: the one kept in the state directory)
#   --check          set everything up, check the app answers, clean up and exit
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
demo=$(realpath -m "${WHARF_DEMO_DIR:-/var/lib/wharf-demo}")
port=${WHARF_DEMO_PORT:-8080}
env_name=${WHARF_DEMO_ENV:-demo}
check=0
[ "${1:-}" = "--check" ] && check=1
say() { printf '\n[wharf demo] %s\n' "$*"; }
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
port_taken() { node -e "const s=require('net').createServer();s.on('error',()=>process.exit(0));s.listen($1,'127.0.0.1',()=>{s.close();process.exit(1)})"; }

say "1/5 host services (Docker Engine, Compose v2, Redis)"
WHARF_TEST_TOOLS=1 bash scripts/install-host.sh

say "2/5 wharf itself (npm ci, build)"
lock_hash=$(sha256sum package-lock.json | cut -c1-16)
if [ "$(cat node_modules/.wharf-lock-hash 2>/dev/null || true)" != "$lock_hash" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.wharf-lock-hash
fi
npm run --silent build

say "3/5 the demo app's images (built here: no registry is needed)"
bash test/images/build.sh app nginx

say "4/5 the environments repository in $demo"
mkdir -p "$demo"
[ -f "$demo/webhook-secret" ] || head -c 24 /dev/urandom | base64 > "$demo/webhook-secret"
chmod 600 "$demo/webhook-secret"
# Redis state is the folder's own, like its repository: a demo in another folder, or in this one
# after rm -rf, starts afresh instead of meeting commits its repository never had.
[ -f "$demo/redis-prefix" ] || echo "wharf-demo-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$demo/redis-prefix"
redis_prefix=$(cat "$demo/redis-prefix")
# A fixed port, printed at the end: the dashboard is where a person looks first.
server_port=${WHARF_DEMO_SERVER_PORT:-8081}
if port_taken "$server_port"; then
  echo "[wharf demo] port $server_port (wharf's server and dashboard) is taken on 127.0.0.1; set WHARF_DEMO_SERVER_PORT to a free one" >&2
  exit 1
fi
# The dashboard's admin token: generated once, kept in the demo's folder for its owner alone.
[ -f "$demo/admin-token" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$demo/admin-token"
chmod 600 "$demo/admin-token"
# The host's one edge by default; WHARF_DEMO_EDGE_PROJECT gives a second demo its own.
edge_project=${WHARF_DEMO_EDGE_PROJECT:-wharf-edge}
preview_port=$(free_port)
https_port=$(free_port)
if [ ! -d "$demo/environments.git" ]; then
  git init -q --bare -b main "$demo/environments.git"
fi
cp scripts/git-hooks/post-receive "$demo/environments.git/hooks/post-receive"
chmod +x "$demo/environments.git/hooks/post-receive"
git -C "$demo/environments.git" config wharf.url "http://127.0.0.1:$server_port/webhooks/github"
git -C "$demo/environments.git" config wharf.secretFile "$demo/webhook-secret"
git -C "$demo/environments.git" config wharf.repository local/environments
if [ ! -d "$demo/environments" ]; then
  git clone -q "$demo/environments.git" "$demo/environments" 2>/dev/null
  sed "s/^name: demo$/name: $env_name/" scripts/demo/demo.yaml > "$demo/environments/demo.yaml"
  sed "s/^  demo:$/  $env_name:/" scripts/demo/wharf.yaml > "$demo/environments/wharf.yaml"
  git -C "$demo/environments" add -A
  git -C "$demo/environments" -c user.name="wharf demo" -c user.email=demo@localhost commit -qm "The demo environment"
fi
cat > "$demo/config.yaml" <<CONFIG
# Written by scripts/demo.sh.
repository: { url: $demo/environments.git }
stateDir: $demo/state
redis: { prefix: $redis_prefix }
${WHARF_DEMO_INSTALLATION:+installationId: $WHARF_DEMO_INSTALLATION}
edge: { project: $edge_project, image: wharf-test/nginx:1, bind: 127.0.0.1, httpPort: $port, httpsPort: $https_port, previewPort: $preview_port }
server: { bind: 127.0.0.1, port: $server_port, adminTokenFile: $demo/admin-token }
webhook: { secretFile: $demo/webhook-secret, repositories: [local/environments] }
queue: { resyncInterval: 1m }
CONFIG

say "5/5 wharf serve, then git push"
bin/wharf.js serve --config "$demo/config.yaml" >> "$demo/wharf.log" 2>&1 &
wharf_pid=$!
cleanup() {
  say "stopping wharf and removing the demo's containers"
  kill "$wharf_pid" 2>/dev/null && wait "$wharf_pid" 2>/dev/null || true
  # Only what this installation owns (its id is in the state directory): another wharf on
  # this Docker host keeps its containers and its edge.
  installation=${WHARF_DEMO_INSTALLATION:-$(cat "$demo/state/installation-id" 2>/dev/null || true)}
  # The edge carries the label too: whose it is, asked before anything is removed.
  edge_owner=$(docker inspect --format '{{index .Config.Labels "wharf.installation"}}' "$edge_project-nginx-1" 2>/dev/null || true)
  if [ -n "$installation" ]; then
    ids=$(docker ps -aq --filter "label=wharf.installation=$installation")
    [ -n "$ids" ] && docker rm -f $ids >/dev/null
    if [ "$edge_owner" = "$installation" ]; then
      docker network rm "${edge_project}_default" >/dev/null 2>&1 || true
    fi
  fi
  for n in "wharf-$env_name" "wharf-$env_name-blue" "wharf-$env_name-green"; do docker network rm "$n" >/dev/null 2>&1 || true; done
  echo "files kept in $demo (rm -rf it to start afresh)"
}
trap cleanup EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$server_port/readyz" >/dev/null && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$server_port/readyz" >/dev/null || { tail -20 "$demo/wharf.log"; exit 1; }
git -C "$demo/environments" push -q origin main 2>&1 | sed 's/^/  /'
# Already pushed before: ask for a deploy anyway, the way a resync would.
git -C "$demo/environments.git" rev-parse main | xargs -I{} printf '%s %s refs/heads/main\n' 0000000000000000000000000000000000000000 {} | (cd "$demo/environments.git" && GIT_DIR=. hooks/post-receive) 2>&1 | sed 's/^/  /'

echo "  waiting for the first deploy (log: $demo/wharf.log)"
for _ in $(seq 1 120); do curl -fs -H 'Host: localhost' "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 1; done
if ! answer=$(curl -fs -H 'Host: localhost' "http://127.0.0.1:$port/"); then
  echo "the app did not answer within 2 minutes; last log lines:"; tail -20 "$demo/wharf.log"; exit 1
fi

cat <<DONE

  wharf deployed the $env_name environment. Open it:   http://localhost:$port/   (and /api/)
  It answers: $answer

  The dashboard (environments, history, logs, the rollback button):
    http://127.0.0.1:$server_port/
    admin token: $(cat "$demo/admin-token")   (kept in $demo/admin-token)

  To see a blue-green deploy, change the app and push:
    cd $demo/environments
    sed -i 's/version 1/version 2/' demo.yaml
    git commit -am "Version 2" && git push
  then reload the page. Watch it with:
    node $root/bin/wharf.js status $env_name --config $demo/config.yaml
    node $root/bin/wharf.js history $env_name --config $demo/config.yaml
  Roll back with: node $root/bin/wharf.js rollback $env_name --config $demo/config.yaml

  Ctrl-C stops wharf and removes the demo's containers.
DONE
if [ $check = 1 ]; then
  echo "DEMO OK"
  exit 0
fi
wait "$wharf_pid"

#!/usr/bin/env bash
# Two danvan nodes on one PostgreSQL database and one Redis, with Debian's nginx in front (round robin).
#
#   scripts/two-nodes.sh [--build]        up, the load figure (bench), down: what README records
#   scripts/two-nodes.sh up               fresh database, Redis db flushed, node A (loads the demo data), node B, nginx
#   scripts/two-nodes.sh down             stops everything this script started (by the pids it wrote)
#   scripts/two-nodes.sh start|stop|kill A|B   one node: start and wait until ready; SIGTERM (drains); kill -9
#   scripts/two-nodes.sh redis-cut|redis-restore   Redis goes away / comes back for both nodes (they reach it
#                                         through a small TCP proxy, socat, that this cuts)
#   scripts/two-nodes.sh bench            the seed article through the balancer, two nodes then one, wrk
#   scripts/two-nodes.sh balancer         (re)writes nginx's configuration for both nodes and starts or reloads it
#
# The nodes are separate `java -jar` processes of target/danvan-*.jar. Everything lives under $WORK
# (default target/two-nodes): logs, pids, the shared files directory every node uses (DANVAN_FILES_ROOT), the
# nginx configuration. The variables below (with their defaults) change the layout; any DANVAN_* variable in the
# environment reaches both nodes as well.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${WORK:-$ROOT/target/two-nodes}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
CLUSTER_DB=${CLUSTER_DB:-test_proof_cluster}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}
REDIS_DB=${REDIS_DB:-9}
REDIS_PROXY_PORT=${REDIS_PROXY_PORT:-8193}
BALANCER_PORT=${BALANCER_PORT:-8190}
NODE_A_PORT=${NODE_A_PORT:-8191}
NODE_B_PORT=${NODE_B_PORT:-8192}
NODE_JAVA_OPTS=${NODE_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
NODE_ARGS=${NODE_ARGS:-}
READY_TIMEOUT=${READY_TIMEOUT:-900}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
SLUG=tong-ket-phong-trao-thi-dua-chao-mung-90-nam-ngay-truyen-thong-cong-tac-dan-van-15-10-1930-15-10-2020

mkdir -p "$WORK"
port_of() { if [ "$1" = A ]; then echo "$NODE_A_PORT"; else echo "$NODE_B_PORT"; fi; }
pid_alive() { [ -f "$WORK/$1.pid" ] && kill -0 "$(cat "$WORK/$1.pid")" 2>/dev/null; }
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
jar() {
  local jar
  jar=$(ls "$ROOT"/target/danvan-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$jar" ]; then echo "No target/danvan-*.jar: run ./mvnw -DskipTests package (or $0 --build)" >&2; exit 1; fi
  echo "$jar"
}

redis_cut() {
  if pid_alive redis-proxy; then kill -- "-$(cat "$WORK/redis-proxy.pid")" 2>/dev/null || true; fi
  rm -f "$WORK/redis-proxy.pid"
}
redis_restore() {
  pid_alive redis-proxy && return 0
  # its own process group, so that cutting it also ends the connections it forked
  setsid socat "TCP-LISTEN:$REDIS_PROXY_PORT,bind=127.0.0.1,fork,reuseaddr" "TCP:$REDIS_HOST:$REDIS_PORT" \
    > "$WORK/redis-proxy.log" 2>&1 < /dev/null &
  echo $! > "$WORK/redis-proxy.pid"
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PROXY_PORT") 2>/dev/null && return 0; sleep 0.1; done
  echo "The Redis proxy did not open port $REDIS_PROXY_PORT" >&2; return 1
}

node_start() { # A|B
  local node=$1 port
  port=$(port_of "$node")
  if pid_alive "node-$node"; then return 0; fi
  mkdir -p "$WORK/files" "$WORK/node-$node"
  # shellcheck disable=SC2086
  (cd "$WORK/node-$node" && exec env DANVAN_MODE=demo \
    DANVAN_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$CLUSTER_DB" DANVAN_DB_USER="$PG_USER" \
    DANVAN_REDIS_URL="redis://127.0.0.1:$REDIS_PROXY_PORT/$REDIS_DB" \
    DANVAN_FILES_ROOT="$WORK/files" DANVAN_INDEX_ROOT="$WORK/node-$node/index" DANVAN_NODE_NAME="$node" \
    DANVAN_SEARCH="${DANVAN_SEARCH:-postgresql}" \
    java $NODE_JAVA_OPTS -jar "$(jar)" --server.address=127.0.0.1 --server.port="$port" \
      --logging.level.root=warn $NODE_ARGS) >> "$WORK/node-$node.log" 2>&1 < /dev/null &
  echo $! > "$WORK/node-$node.pid"
  local start
  start=$(date +%s)
  # ready: the load balancer's probe says so and the seed article (demo data) is served
  while :; do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null \
        && curl -fs -o /dev/null "http://127.0.0.1:$port/tin-tuc/$SLUG" 2>/dev/null; then break; fi
    if ! pid_alive "node-$node"; then echo "Node $node stopped while starting; the end of its log:" >&2; tail -40 "$WORK/node-$node.log" >&2; return 1; fi
    if [ $(( $(date +%s) - start )) -gt "$READY_TIMEOUT" ]; then echo "Node $node not ready within $READY_TIMEOUT s" >&2; return 1; fi
    sleep 0.5
  done
  echo "Node $node ready on 127.0.0.1:$port after $(( $(date +%s) - start )) s"
}

node_stop() { # A|B [signal]
  local node=$1 signal=${2:-TERM} pid
  pid_alive "node-$node" || { rm -f "$WORK/node-$node.pid"; return 0; }
  pid=$(cat "$WORK/node-$node.pid")
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  rm -f "$WORK/node-$node.pid"
  echo "Node $node stopped (SIG$signal)"
}

nginx_conf() { # list of node ports
  local servers=""
  for p in "$@"; do servers="$servers    server 127.0.0.1:$p max_fails=1 fail_timeout=2s;"$'\n'; done
  mkdir -p "$WORK/nginx-tmp"
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_max_body_size 25m;
  client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
  upstream danvan {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$BALANCER_PORT;
    location / {
      proxy_pass http://danvan;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Port \$server_port;
      # a node that refuses connections or answers 502/503 (starting, draining) is skipped for this request
      proxy_next_upstream error timeout http_502 http_503;
      add_header X-Danvan-Upstream \$upstream_addr always;
    }
  }
}
CONF
}

nginx_up() {
  if [ -f "$WORK/nginx.pid" ] && kill -0 "$(cat "$WORK/nginx.pid")" 2>/dev/null; then
    /usr/sbin/nginx -c "$WORK/nginx.conf" -p "$WORK" -s reload; sleep 0.5; return 0
  fi
  /usr/sbin/nginx -c "$WORK/nginx.conf" -p "$WORK"
  for _ in $(seq 1 50); do [ -f "$WORK/nginx.pid" ] && return 0; sleep 0.1; done
}
nginx_down() {
  if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; rm -f "$WORK/nginx.pid"; fi
}

up() {
  down >/dev/null 2>&1 || true
  rm -rf "$WORK/files" "$WORK/node-A" "$WORK/node-B" "$WORK"/node-*.log
  psql_admin -c "drop database if exists $CLUSTER_DB with (force)" -c "create database $CLUSTER_DB"
  redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" -n "$REDIS_DB" flushdb >/dev/null
  redis_restore
  node_start A   # on the fresh database: migrations and the demo data, once
  node_start B
  nginx_conf "$NODE_A_PORT" "$NODE_B_PORT"
  nginx_up
  echo "Balancer on http://127.0.0.1:$BALANCER_PORT (nodes $NODE_A_PORT, $NODE_B_PORT; PostgreSQL $CLUSTER_DB; Redis db $REDIS_DB via :$REDIS_PROXY_PORT)"
}

down() {
  nginx_down
  node_stop B || true
  node_stop A || true
  redis_cut
}

wrk_run() { # url duration -> "req/s p50 p99 non-2xx errors"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 5s --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v }
                     if (v ~ /s$/) { sub(/s$/, "", v); return v * 1000 } return v }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF } /Socket errors/ { gsub(/,/, ""); err = $4 + $6 + $8 + $10 }
    END { printf "%s %s %s %s %s\n", rps, p50, p99, bad + 0, err + 0 }'
}

bench() {
  command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
  local url="http://127.0.0.1:$BALANCER_PORT/tin-tuc/$SLUG" load2 load1
  nginx_conf "$NODE_A_PORT" "$NODE_B_PORT"; nginx_up
  echo "Warming up both nodes through the balancer (10 s)…"
  wrk_run "$url" 10s >/dev/null
  load2=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "Two nodes behind nginx, $CONNECTIONS connections, $DURATION (load $load2)…"
  read -r R2 P50_2 P99_2 BAD2 ERR2 <<< "$(wrk_run "$url" "$DURATION")"
  nginx_conf "$NODE_A_PORT"; nginx_up
  sleep 1
  load1=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "One node behind nginx (B taken out of the upstream, still running), same load (load $load1)…"
  read -r R1 P50_1 P99_1 BAD1 ERR1 <<< "$(wrk_run "$url" "$DURATION")"
  nginx_conf "$NODE_A_PORT" "$NODE_B_PORT"; nginx_up
  echo
  printf '%-10s %10s %9s %9s %8s %7s\n' "" "req/s" "p50 ms" "p99 ms" "non-2xx" "errors"
  printf '%-10s %10s %9s %9s %8s %7s\n' "two nodes" "$R2" "$P50_2" "$P99_2" "$BAD2" "$ERR2"
  printf '%-10s %10s %9s %9s %8s %7s\n' "one node" "$R1" "$P50_1" "$P99_1" "$BAD1" "$ERR1"
  echo
  echo "For README (seed article through nginx, $CONNECTIONS connections, $DURATION each, $(nproc) cores, wrk on the same machine):"
  echo "| date | nodes | load (1/5/15 min) | req/s | p50 ms | p99 ms | non-2xx + errors |"
  echo "|---|---|---|---|---|---|---|"
  echo "| $(date -u +%F) | 2 | $load2 | $R2 | $P50_2 | $P99_2 | $((BAD2 + ERR2)) |"
  echo "| $(date -u +%F) | 1 | $load1 | $R1 | $P50_1 | $P99_1 | $((BAD1 + ERR1)) |"
}

case "${1:-all}" in
  up) up ;;
  down) down ;;
  start) node_start "$2" ;;
  stop) node_stop "$2" TERM ;;
  kill) node_stop "$2" KILL ;;
  redis-cut) redis_cut; echo "Redis cut" ;;
  redis-restore) redis_restore; echo "Redis back" ;;
  bench) bench ;;
  balancer) nginx_conf "$NODE_A_PORT" "$NODE_B_PORT"; nginx_up ;;
  all|--build)
    if [ "${1:-}" = --build ]; then ./mvnw -q -DskipTests package; fi
    trap down EXIT
    up
    bench
    ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac

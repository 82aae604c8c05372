#!/usr/bin/env bash
# Load test of the public article page, with nginx serving the same HTML as a static file for reference.
#
# Builds the jar, starts it on a fresh demo database in a temporary directory, gives the seed article 50
# approved comments (through the public and moderator APIs), warms up, then runs wrk from this machine on
# 127.0.0.1 only: 64 connections for 20 s against danvan, then against nginx. Prints req/s, p50 and p99 of
# both and their ratio. Targets (2 cores): danvan >= 50 % of nginx's req/s, p99 <= 25 ms.
#
# Usage: scripts/bench-portal.sh [--no-build]   (DURATION=20s CONNECTIONS=64 THREADS=2 to change the load)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP_PORT=${APP_PORT:-18082}
NGINX_PORT=${NGINX_PORT:-18083}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
SLUG=tong-ket-phong-trao-thi-dua-chao-mung-90-nam-ngay-truyen-thong-cong-tac-dan-van-15-10-1930-15-10-2020
WORK=$(mktemp -d /tmp/danvan-bench.XXXXXX)
APP_PID=
NGINX_PID=

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "Installing $2 from Debian…"
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; fi
  fi
}
need wrk wrk
need nginx nginx
command -v curl >/dev/null || need curl curl

if [ "${1:-}" != "--no-build" ]; then
  echo "Building the jar…"
  ./mvnw -q -DskipTests package
fi
JAR=$(ls "$ROOT"/target/danvan-*.jar | grep -v original | head -1)

echo "Starting danvan on 127.0.0.1:$APP_PORT (fresh demo database in $WORK)…"
cd "$WORK"
START=$(date +%s%N)
DANVAN_MODE=demo java -jar "$JAR" --server.address=127.0.0.1 --server.port="$APP_PORT" \
  --danvan.portal.comments-per-window=1000 --logging.level.root=warn > "$WORK/app.log" 2>&1 &
APP_PID=$!
# The web server answers before the demo data is loaded: wait for the seed article itself.
for _ in $(seq 1 480); do
  if curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/tin-tuc/$SLUG" 2>/dev/null; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then cat "$WORK/app.log"; exit 1; fi
  sleep 0.25
done
echo "Ready after $(( ($(date +%s%N) - START) / 1000000 )) ms (demo data loaded on this first start)."

BASE="http://127.0.0.1:$APP_PORT"
ids() { # status -> ids of the comments in that state (first page)
  curl -fs -u kiemduyet:Danvan@2026 "$BASE/api/portal/comments?status=$1" | grep -o '"id":[0-9]*' | cut -d: -f2 || true
}
echo "Setting aside the demo comments, then posting and approving 50 comments on the seed article…"
for state in approved pending; do
  for id in $(ids "$state"); do curl -fs -o /dev/null -u kiemduyet:Danvan@2026 -X POST "$BASE/api/portal/comments/$id/reject"; done
done
for i in $(seq 1 50); do
  curl -fs -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bạn đọc $i\",\"email\":\"bandoc$i@example.vn\",\"content\":\"Ý kiến số $i về hội nghị tổng kết phong trào thi đua: cảm ơn Ban Dân vận đã thông tin kịp thời.\"}" \
    "$BASE/api/portal/articles/$SLUG/comments"
done
while :; do
  IDS=$(ids pending)
  [ -z "$IDS" ] && break
  for id in $IDS; do curl -fs -o /dev/null -u kiemduyet:Danvan@2026 -X POST "$BASE/api/portal/comments/$id/approve"; done
done
COUNT=$(curl -fs "$BASE/tin-tuc/$SLUG" | grep -c 'class="pt-comment"' || true)
echo "The article page shows $COUNT approved comments."

mkdir -p "$WORK/www/tin-tuc"
curl -fs "$BASE/tin-tuc/$SLUG" > "$WORK/www/tin-tuc/$SLUG"
cat > "$WORK/nginx.conf" <<CONF
user $(id -un);
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
CONF
mkdir -p "$WORK/tmp"
nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' &
NGINX_PID=$!
sleep 1

run() { # url -> "req/s p50 p99" (latencies in ms)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v }
                     if (v ~ /s$/) { sub(/s$/, "", v); return v * 1000 } return v }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF } END { printf "%s %s %s %s\n", rps, p50, p99, bad + 0 }'
}

echo "Warming up danvan (10 s)…"
run "$BASE/tin-tuc/$SLUG" 10s >/dev/null
echo "Measuring danvan: $CONNECTIONS connections, $DURATION…"
read -r APP_RPS APP_P50 APP_P99 APP_BAD <<< "$(run "$BASE/tin-tuc/$SLUG" "$DURATION")"
echo "Measuring nginx (same HTML as a static file)…"
run "http://127.0.0.1:$NGINX_PORT/tin-tuc/$SLUG" 3s >/dev/null
read -r NG_RPS NG_P50 NG_P99 NG_BAD <<< "$(run "http://127.0.0.1:$NGINX_PORT/tin-tuc/$SLUG" "$DURATION")"
VIEWS=$(curl -fs "$BASE/api/portal/articles/$SLUG" | grep -o '"views":[0-9]*' | cut -d: -f2)

echo
printf '%-8s %12s %10s %10s %8s\n' "" "req/s" "p50 (ms)" "p99 (ms)" "non-2xx"
printf '%-8s %12s %10s %10s %8s\n' danvan "$APP_RPS" "$APP_P50" "$APP_P99" "$APP_BAD"
printf '%-8s %12s %10s %10s %8s\n' nginx "$NG_RPS" "$NG_P50" "$NG_P99" "$NG_BAD"
awk -v a="$APP_RPS" -v n="$NG_RPS" -v p="$APP_P99" 'BEGIN {
  r = 100 * a / n; printf "\ndanvan / nginx: %.1f %% of the requests per second (target >= 50 %%); p99 %.2f ms (target <= 25 ms)\n", r, p }'
echo "Views counted by danvan for the seed article (68 at the start): $VIEWS"
echo "HTML size: $(wc -c < "$WORK/www/tin-tuc/$SLUG") bytes; $(nproc) cores; $(java -version 2>&1 | head -1)"

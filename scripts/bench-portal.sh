#!/usr/bin/env bash
# Load test of the public article page, with nginx serving the same HTML as a static file for reference.
#
# Builds the jar, starts it on a fresh demo database in a temporary directory, gives the seed article 50
# approved comments (through the public and moderator APIs), warms up, then runs wrk from this machine on
# 127.0.0.1 only, RUNS times (default 3):
#   - 64 connections for 20 s against danvan while two signed-in officers (own session) load the back office's
#     movement list (/emulation/movements), each pausing 500 ms between pages, and a third one uploads an Excel
#     sheet for an import preview every second (the movement's results sheet: Apache POI reads it, the
#     preview answers with its cell errors), then the same load against nginx;
#   - then once: 1,000 idle keep-alive connections and 5 slow clients (one byte a second) held open while the
#     64 connections run again.
# Prints req/s, p50 and p99 of each, the ratio to nginx, the machine's load average with every figure, and
# at the end the rows for README. Targets (2 cores): danvan >= 50 % of nginx's req/s, p99 <= 25 ms, the
# back-office page answered throughout (no errors, no time-outs).
#
# Usage: scripts/bench-portal.sh [--no-build]
#   (DURATION=20s CONNECTIONS=64 THREADS=2 RUNS=3 IDLE=1000 SLOW=5 BO_CONN=2 BO_PAUSE_MS=500 WARMUP=40s to change the load; JAVA_OPTS, APP_ARGS are
#   passed to the JVM and to danvan, e.g. APP_ARGS=--server.tomcat.threads.max=200 to compare pool sizes)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP_PORT=${APP_PORT:-18082}
NGINX_PORT=${NGINX_PORT:-18083}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
RUNS=${RUNS:-3}
IDLE=${IDLE:-1000}
SLOW=${SLOW:-5}
JAVA_OPTS=${JAVA_OPTS:-}
APP_ARGS=${APP_ARGS:-}
SLUG=tong-ket-phong-trao-thi-dua-chao-mung-90-nam-ngay-truyen-thong-cong-tac-dan-van-15-10-1930-15-10-2020
WORK=$(mktemp -d /tmp/danvan-bench.XXXXXX)
APP_PID=
NGINX_PID=

SLOW_PIDS=()
cleanup() {
  local rc=$?
  if [ "$rc" -ne 0 ] && [ -f "$WORK/app.log" ]; then echo "Stopped with status $rc; the end of danvan's log:"; tail -30 "$WORK/app.log"; fi
  for p in "${SLOW_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
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
# shellcheck disable=SC2086
DANVAN_MODE=demo java $JAVA_OPTS -jar "$JAR" --server.address=127.0.0.1 --server.port="$APP_PORT" \
  --danvan.portal.comments-per-window=1000 --logging.level.root=warn $APP_ARGS > "$WORK/app.log" 2>&1 &
APP_PID=$!
# The web server answers before the demo data is loaded: wait for the seed article itself.
# (on a machine busy with other work the first start can take minutes: READY_TIMEOUT seconds, default 900)
READY=
for _ in $(seq 1 $(( ${READY_TIMEOUT:-900} * 4 ))); do
  if curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/tin-tuc/$SLUG" 2>/dev/null; then READY=1; break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then cat "$WORK/app.log"; exit 1; fi
  sleep 0.25
done
if [ -z "$READY" ]; then echo "danvan did not answer within ${READY_TIMEOUT:-900} s"; exit 1; fi
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

load() { cut -d' ' -f1-3 /proc/loadavg; }

run() { # url duration [connections threads extra wrk args…] -> "req/s p50 p99 non-2xx errors" (latencies in ms)
  local url=$1 duration=$2 connections=${3:-$CONNECTIONS} threads=${4:-$THREADS}
  shift 2; shift $(( $# < 2 ? $# : 2 ))
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 5s --latency "$@" "$url" | tee "$WORK/wrk-$connections.txt" | awk '
    function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v }
                     if (v ~ /s$/) { sub(/s$/, "", v); return v * 1000 } return v }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF } /Socket errors/ { gsub(/,/, ""); err = $4 + $6 + $8 + $10 }
    END { printf "%s %s %s %s %s\n", rps, p50, p99, bad + 0, err + 0 }'
}

echo "Signing in as bandanvan for the back-office page…"
COOKIES="$WORK/cookies"
CSRF=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode username=bandanvan \
  --data-urlencode password=Danvan@2026 --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$COOKIES" | tail -1)
BACK="$BASE/emulation/movements"
if ! curl -fs -o /dev/null -H "Cookie: JSESSIONID=$SESSION" "$BACK"; then echo "Could not sign in for $BACK"; exit 1; fi
# Each officer (connection) reads a page, then pauses BO_PAUSE_MS before the next, as a person does; with
# BO_PAUSE_MS=0 the two connections ask again the moment a page arrives, which measures a robot hammering the
# back office, not an officer waiting on it.
BO_CONN=${BO_CONN:-2}
BO_PAUSE_MS=${BO_PAUSE_MS:-500}
BO_ARGS=(-H "Cookie: JSESSIONID=$SESSION")
if [ "$BO_PAUSE_MS" -gt 0 ]; then
  printf 'function delay()\n  return %d\nend\n' "$BO_PAUSE_MS" > "$WORK/pause.lua"
  BO_ARGS+=(-s "$WORK/pause.lua")
fi

# The import preview: the results sheet of movement 1 posted back to the preview API once a second (curl, 10 s
# time-out); its p50, its slowest answer and its failures (not 200, or no answer) are printed with each run.
IMPORT_URL="$BASE/api/emulation/movements/1/score-imports"
curl -fs -o "$WORK/sheet.xlsx" -H "Cookie: JSESSIONID=$SESSION" "$BASE/emulation/movements/1/results?format=xlsx"
start_previews() { # file: uploads once a second in the background, one "code seconds" line each, until stop_previews
  : > "$1"
  rm -f "$WORK/previews.stop"
  (
    while [ ! -f "$WORK/previews.stop" ]; do
      curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 10 -u bandanvan:Danvan@2026 \
        -F "file=@$WORK/sheet.xlsx" "$IMPORT_URL" >> "$1" || true
      sleep 1
    done
  ) &
  PREVIEW_PID=$!
}
stop_previews() { touch "$WORK/previews.stop"; wait "$PREVIEW_PID"; }
preview_figures() { # file -> "p50_ms max_ms failures count"
  awk '{ n++; if ($1 != 200) bad++; t[n] = $2 * 1000 } END {
    if (n == 0) { print "- - 0 0"; exit }
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (t[j] < t[i]) { x = t[i]; t[i] = t[j]; t[j] = x }
    printf "%.0f %.0f %d %d\n", t[int((n + 1) / 2)], t[n], bad + 0, n }' "$1"
}

# The warm-up runs the whole mix (the page, the back office, the import previews) so that the runs measure a
# server whose JIT has compiled all three paths; its own figure is printed, not hidden: it is a just-started server.
WARMUP=${WARMUP:-40s}
echo "Warming up danvan ($WARMUP of the whole mix: the JIT compiles the hot paths on these two cores first)…"
run "$BACK" "$WARMUP" "$BO_CONN" 1 "${BO_ARGS[@]}" > /dev/null &
WARM_BACK_PID=$!
start_previews "$WORK/previews-warm.txt"
read -r WU_RPS WU_P50 WU_P99 WU_BAD WU_ERR <<< "$(run "$BASE/tin-tuc/$SLUG" "$WARMUP")"
wait "$WARM_BACK_PID"; stop_previews
echo "Warm-up ($WARMUP, just started): danvan $WU_RPS req/s, p50 $WU_P50 ms, p99 $WU_P99 ms"
LOAD=$(load)
read -r BQ_RPS BQ_P50 BQ_P99 BQ_BAD BQ_ERR <<< "$(run "$BACK" 5s "$BO_CONN" 1 "${BO_ARGS[@]}")"
echo "Back office alone ($BO_CONN officers pausing $BO_PAUSE_MS ms, 5 s): $BQ_RPS req/s, p50 $BQ_P50 ms, p99 $BQ_P99 ms (load $LOAD)"
start_previews "$WORK/previews-alone.txt"
sleep 8; stop_previews
read -r IQ_P50 IQ_MAX IQ_BAD IQ_N <<< "$(preview_figures "$WORK/previews-alone.txt")"
echo "Import preview alone: $IQ_N uploads, p50 $IQ_P50 ms, slowest $IQ_MAX ms, $IQ_BAD failed"

ROWS=()
for i in $(seq 1 "$RUNS"); do
  LOAD=$(load)
  echo "Run $i/$RUNS: danvan $CONNECTIONS connections + back office $BO_CONN connections, $DURATION (load $LOAD)…"
  run "$BACK" "$DURATION" "$BO_CONN" 1 "${BO_ARGS[@]}" > "$WORK/back.out" &
  BACK_PID=$!
  start_previews "$WORK/previews-$i.txt"
  read -r APP_RPS APP_P50 APP_P99 APP_BAD APP_ERR <<< "$(run "$BASE/tin-tuc/$SLUG" "$DURATION")"
  wait "$BACK_PID"
  stop_previews
  read -r BO_RPS BO_P50 BO_P99 BO_BAD BO_ERR < "$WORK/back.out"
  read -r IP_P50 IP_MAX IP_BAD IP_N <<< "$(preview_figures "$WORK/previews-$i.txt")"
  echo "Run $i/$RUNS: nginx (same HTML as a static file)…"
  run "http://127.0.0.1:$NGINX_PORT/tin-tuc/$SLUG" 3s >/dev/null
  read -r NG_RPS NG_P50 NG_P99 NG_BAD NG_ERR <<< "$(run "http://127.0.0.1:$NGINX_PORT/tin-tuc/$SLUG" "$DURATION")"
  echo
  printf '%-12s %10s %9s %9s %8s %7s\n' "" "req/s" "p50 ms" "p99 ms" "non-2xx" "errors"
  printf '%-12s %10s %9s %9s %8s %7s\n' danvan "$APP_RPS" "$APP_P50" "$APP_P99" "$APP_BAD" "$APP_ERR"
  printf '%-12s %10s %9s %9s %8s %7s\n' "back office" "$BO_RPS" "$BO_P50" "$BO_P99" "$BO_BAD" "$BO_ERR"
  printf '%-12s %10s %9s %9s %8s %7s\n' nginx "$NG_RPS" "$NG_P50" "$NG_P99" "$NG_BAD" "$NG_ERR"
  echo "import preview: $IP_N uploads, p50 $IP_P50 ms, slowest $IP_MAX ms, $IP_BAD failed"
  RATIO=$(awk -v a="$APP_RPS" -v n="$NG_RPS" 'BEGIN { printf "%.1f", 100 * a / n }')
  echo "danvan / nginx: $RATIO % of the requests per second (target >= 50 %); p99 $APP_P99 ms (target <= 25 ms)"
  echo
  ROWS+=("| $(date -u +%F) run $i | $LOAD | $APP_RPS | $APP_P50 | $APP_P99 | $NG_RPS | $NG_P99 | $RATIO % | $BO_P50 | $BO_P99 | $((BO_BAD + BO_ERR)) | $IP_N: $IP_P50 / $IP_MAX | $IP_BAD |")
done

echo "Opening $IDLE idle keep-alive connections (each loads the page once, then stays open) and $SLOW slow clients…"
# held by a process of their own: wrk started from a shell holding 1,000 descriptors inherits them, and its event
# loop (sized for its own 64 connections) cannot take descriptor numbers that high: "connect" errors of wrk's,
# not danvan's
(
  for _ in $(seq 1 "$IDLE"); do
    exec {fd}<>"/dev/tcp/127.0.0.1/$APP_PORT"
    printf 'GET /tin-tuc/%s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' "$SLUG" >&"$fd"
  done
  touch "$WORK/idle.open"
  exec sleep 100000
) &
SLOW_PIDS+=("$!")
for _ in $(seq 1 600); do [ -f "$WORK/idle.open" ] && break; sleep 0.1; done
for _ in $(seq 1 "$SLOW"); do
  (
    exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT"
    request=$(printf 'GET /tin-tuc/%s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' "$SLUG")
    for ((c = 0; c < ${#request}; c++)); do printf '%s' "${request:c:1}" >&3 2>/dev/null || exit 0; sleep 1; done
  ) &
  SLOW_PIDS+=("$!")
done
sleep 2
OPEN=$(ss -Htn state established "( dport = :$APP_PORT )" | wc -l)
LOAD=$(load)
echo "Measuring danvan with $OPEN connections held open ($DURATION, load $LOAD)…"
read -r ID_RPS ID_P50 ID_P99 ID_BAD ID_ERR <<< "$(run "$BASE/tin-tuc/$SLUG" "$DURATION")"
STILL=$(ss -Htn state established "( dport = :$APP_PORT )" | wc -l)
SINGLE=$(curl -fs -o /dev/null -w '%{time_total}' "$BASE/tin-tuc/$SLUG" | awk '{ printf "%.1f", $1 * 1000 }')
for p in "${SLOW_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
SLOW_PIDS=()
printf '%-12s %10s %9s %9s %8s %7s\n' "" "req/s" "p50 ms" "p99 ms" "non-2xx" "errors"
printf '%-12s %10s %9s %9s %8s %7s\n' "with idle" "$ID_RPS" "$ID_P50" "$ID_P99" "$ID_BAD" "$ID_ERR"
grep -h 'Socket errors' "$WORK/wrk-$CONNECTIONS.txt" || true
echo "Connections held open: $OPEN before, $STILL after the load; one more page load afterwards: $SINGLE ms"

VIEWS=$(curl -fs "$BASE/api/portal/articles/$SLUG" | grep -o '"views":[0-9]*' | cut -d: -f2)
echo
echo "Views counted by danvan for the seed article (68 at the start): $VIEWS"
echo "HTML size: $(wc -c < "$WORK/www/tin-tuc/$SLUG") bytes; $(nproc) cores; $(java -version 2>&1 | head -1)"
echo "Worker threads: $(grep -o 'threads-per-core[^ ]*\|threads.max=[0-9]*' <<< "$APP_ARGS" || echo "default (4 per core)")"
echo
echo "For README ($CONNECTIONS connections, $DURATION; back office: $BO_CONN officers on /emulation/movements as bandanvan, each pausing $BO_PAUSE_MS ms between pages):"
echo "| run | load (1/5/15 min) | danvan req/s | p50 ms | p99 ms | nginx req/s | nginx p99 ms | ratio | back office p50 ms | back office p99 ms | back office errors | import previews: p50 / slowest ms | previews failed |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo "| $(date -u +%F) $OPEN open (idle $IDLE + slow $SLOW) | $LOAD | $ID_RPS | $ID_P50 | $ID_P99 | | | | | | $((ID_BAD + ID_ERR)) errors | | |"
echo "Warm-up ($WARMUP of the whole mix right after the start): $WU_RPS req/s, p50 $WU_P50 ms, p99 $WU_P99 ms."
echo "Back office alone: p50 $BQ_P50 ms, p99 $BQ_P99 ms. Import preview alone: p50 $IQ_P50 ms, slowest $IQ_MAX ms ($IQ_N uploads, $IQ_BAD failed)."

#!/usr/bin/env bash
# Builds the jar and prints startup time and resident memory on the demo database:
#   1. first start of the plain jar (creates the schema, loads the demo data),
#   2. an ordinary start of the plain jar,
#   3. an ordinary start with a class-data-sharing archive (the way to run it in production, see README).
# The ordinary plain start runs RUNS times (default 3). Each start prints its timeline from the log: JVM to
# Spring's first line, the web context, Flyway, JPA with Hibernate Search, Tomcat, "Started". The machine's load
# average is printed with every figure (other work on the machine slows a start more than anything in danvan).
# Loopback only; every server it starts is stopped again.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests package
jar=$(ls "$PWD"/target/danvan-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
port=${PORT:-18080}
runs=${RUNS:-3}
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

measure() {
  local label=$1; shift
  local load=$(cut -d' ' -f1-3 /proc/loadavg)
  local start=$(date +%s%N)
  (cd "$work" && exec java "$@" --server.port="$port" > "$work/run.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 900); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; then break; fi
    sleep 0.1
  done
  local ready=$(( ($(date +%s%N) - start) / 1000000 ))
  local java_pid=$(pgrep -f -- "--server.port=$port" | head -1)
  sleep 3
  local rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/"$java_pid"/status)
  local started=$(grep -o 'Started DanvanApplication in [0-9.]* seconds' "$work/run.log" | grep -o '[0-9.]*' | head -1)
  printf '%-34s ready after %5d ms (Spring: %s s), RSS %d MB, load %s\n' "$label" "$ready" "$started" "$rss" "$load"
  timeline "$work/run.log"
  kill "$java_pid"; wait "$pid" 2>/dev/null || true
  pid=
}

# seconds since Spring's first log line at each milestone of the start
timeline() {
  awk '
    function t(line) { split(substr(line, 12, 12), a, ":"); return a[1] * 3600 + a[2] * 60 + a[3] }
    /Starting DanvanApplication/ { t0 = t($0); printf "    %-44s", "timeline (s after Spring'"'"'s first line):" }
    /Root WebApplicationContext: initialization completed/ { printf " web context %.1f", t($0) - t0 }
    /Successfully (validated|applied)/ { printf " | Flyway %.1f", t($0) - t0 }
    /Initialized JPA EntityManagerFactory/ { printf " | JPA+Search %.1f", t($0) - t0 }
    /Tomcat started/ { printf " | Tomcat %.1f", t($0) - t0 }
    /Started DanvanApplication/ { match($0, /process running for [0-9.]+/); jvm = substr($0, RSTART + 20, RLENGTH - 20)
      printf " | Started %.1f (JVM: %s s)\n", t($0) - t0, jvm }' "$1"
}

echo "danvan startup on $(nproc) cores, $(java -version 2>&1 | head -1)"
measure "plain jar, first start (demo data)" -jar "$jar"
for i in $(seq 1 "$runs"); do measure "plain jar, ordinary start $i/$runs" -jar "$jar"; done

# class-data sharing: extract the jar, record the classes of one start, then start from the archive
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
app=$(ls "$work"/app/danvan-*.jar | head -1)
mkdir -p "$work/training"
(cd "$work/training" && java -XX:ArchiveClassesAtExit="$work/app/danvan.jsa" -Dspring.context.exit=onRefresh \
  -jar "$app" --server.port=0 > "$work/training.log" 2>&1)
measure "CDS archive, ordinary start" -XX:SharedArchiveFile="$work/app/danvan.jsa" -jar "$app"

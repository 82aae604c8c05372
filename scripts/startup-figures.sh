#!/usr/bin/env bash
# Builds the jar, starts it twice on a fresh demo database (first start loads the demo data, second is an
# ordinary start) and prints the startup time and resident memory of each. Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests package
jar=$(ls target/danvan-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
port=${PORT:-18080}
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

measure() {
  local label=$1
  local start=$(date +%s%N)
  (cd "$work" && exec java ${JAVA_OPTS:-} -jar "$OLDPWD/$jar" --server.port="$port" > "$work/$label.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q UP; then break; fi
    sleep 0.1
  done
  local ready=$(( ($(date +%s%N) - start) / 1000000 ))
  local java_pid=$(pgrep -f -- "--server.port=$port" | head -1)
  sleep 2
  local rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/"$java_pid"/status)
  local started=$(grep -o 'Started DanvanApplication in [0-9.]* seconds' "$work/$label.log" | grep -o '[0-9.]*' | head -1)
  printf '%-22s ready after %5d ms (Spring: %s s), RSS %d MB\n' "$label" "$ready" "$started" "$rss"
  kill "$java_pid"; wait "$pid" 2>/dev/null || true
}

echo "danvan startup on $(nproc) cores, $(java -version 2>&1 | head -1)"
measure "first start (demo)"
measure "second start"

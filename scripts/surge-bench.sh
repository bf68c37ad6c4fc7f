#!/usr/bin/env bash
# The surge benchmark of README "Performance": builds the server jar, starts it in demo mode on a
# fresh data folder as its own process, runs the surge simulator against it (baseline, then the
# full flow, then the booking step alone), and stops it. Extra arguments go to the simulator.
#   scripts/surge-bench.sh                        # the README's run (2,000 citizens at once)
#   scripts/surge-bench.sh --citizens 10000       # a bigger crowd
#   SURGE_JVM="-Xmx8g" scripts/surge-bench.sh     # extra JVM options for the simulator
#   JFR=1 scripts/surge-bench.sh                  # also records CPU profiles of the server
#                                                 # (target/surge-bench/flow.jfr) and the simulator (surge.jfr)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  JAVA_HOME=$( (ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null || true) | head -1)
fi
export JAVA_HOME
out=target/surge-bench
rm -rf "$out" && mkdir -p "$out"
[ "${SKIP_PACKAGE:-}" = 1 ] || mvn -q -DskipTests package
port=$((20000 + RANDOM % 20000))
jfr=() surge_jvm="${SURGE_JVM:-}"
if [ "${JFR:-}" = 1 ]; then
  jfr=(-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename="$out/flow.jfr",settings=profile)
  surge_jvm="$surge_jvm -XX:StartFlightRecording=filename=$PWD/$out/surge.jfr,settings=profile"
fi
"$JAVA_HOME/bin/java" "${jfr[@]}" ${SERVER_OPTS:-} -jar target/yeyak-server.jar --demo --port "$port" \
  --data "$out/data" --staff-password bench > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q "listening on" "$out/server.log" && break
  sleep 1
done
grep "listening on" "$out/server.log" || { echo "surge-bench: the server did not start:" >&2; tail -5 "$out/server.log" >&2; exit 1; }
mvn -q test-compile exec:exec@surge -Dsurge.jvm="$surge_jvm" -Dsurge.args="--url http://127.0.0.1:$port --baseline-seconds 20 \
 --citizens 2000 --duration 0s --curve at-once --misbehave 0 --seed 2026 --demo-clock --provider-service-ms 5 \
 --provider-capacity 100000 --provider-failure-rate 0 --booking-burst 1000 --max-time 15m --staff-password bench \
 --json $PWD/$out/bench.json $*"

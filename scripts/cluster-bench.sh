#!/usr/bin/env bash
# The two-node benchmark of README "Performance": an embedded PostgreSQL 18 (fsync=on,
# synchronous_commit=on), two server nodes in demo mode on it, each its own process, port and data
# folder (node 2 gets a copy of node 1's secrets, as a cluster shares them), and the surge
# simulator against both (citizen i → node i mod 2, one queue in the database): baseline, full
# flows, booking step alone — the options of scripts/surge-bench.sh. Everything is stopped at the
# end. Extra arguments go to the simulator.
#   scripts/cluster-bench.sh                      # the README's run (2,000 citizens at once)
#   JFR=1 scripts/cluster-bench.sh                # also a CPU profile of node 1 (target/cluster-bench/node1.jfr)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  JAVA_HOME=$( (ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null || true) | head -1)
fi
export JAVA_HOME
out=target/cluster-bench
rm -rf "$out" && mkdir -p "$out"
[ "${SKIP_PACKAGE:-}" = 1 ] || mvn -q -DskipTests package
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test
pids=()
stop_all() {
  for ((i=${#pids[@]}-1; i>=0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; wait "${pids[$i]}" 2>/dev/null || true; done
}
trap stop_all EXIT
wait_for() { # file pattern seconds
  for _ in $(seq 1 "$3"); do grep -q "$2" "$1" && return 0; sleep 1; done
  echo "cluster-bench: '$2' not seen in $1:" >&2; tail -20 "$1" >&2; return 1
}
# PostgreSQL: its stdin is fed until this script ends, so it stops with us even if we are killed.
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
  org.yeyak.bench.ClusterPostgres > "$out/postgres.log" 2>&1 < <(while kill -0 $$ 2>/dev/null; do sleep 2; done) &
pids+=($!)
wait_for "$out/postgres.log" "jdbc-url:" 180
db=$(sed -n 's/^jdbc-url: //p' "$out/postgres.log")
grep "fsync=" "$out/postgres.log"
port1=$((20000 + RANDOM % 20000)); port2=$((port1 + 1))
node() { # n port
  local jfr=()
  [ "${JFR:-}" = 1 ] && [ "$1" = 1 ] && jfr=(-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename="$out/node1.jfr",settings=profile)
  "$JAVA_HOME/bin/java" "${jfr[@]}" ${SERVER_OPTS:-} -jar target/yeyak-server.jar --demo --port "$2" \
    --data "$out/data$1" --db-url "$db" --db-user postgres --staff-password bench > "$out/node$1.log" 2>&1 &
  pids+=($!)
  wait_for "$out/node$1.log" "listening on" 300
  grep "listening on" "$out/node$1.log"
}
node 1 "$port1"   # loads the demo data into the shared store
mkdir -p "$out/data2" && cp "$out/data1/secrets.properties" "$out/data2/"
node 2 "$port2"   # finds it loaded
uptime | tee "$out/uptime-before.txt"
status=0
mvn -q exec:exec@surge -Dsurge.args="--url http://127.0.0.1:$port1,http://127.0.0.1:$port2 --baseline-seconds 20 \
 --citizens 2000 --duration 0s --curve at-once --misbehave 0 --seed 2026 --demo-clock --provider-service-ms 5 \
 --provider-capacity 100000 --provider-failure-rate 0 --booking-burst 1000 --max-time 15m --staff-password bench \
 --json $PWD/$out/bench.json $*" || status=$?
uptime | tee "$out/uptime-after.txt"
cmp -s "$out/data1/secrets.properties" "$out/data2/secrets.properties" \
  || echo "cluster-bench: WARNING the nodes' secrets differ (a key was created after the copy)" >&2
exit $status

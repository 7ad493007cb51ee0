#!/usr/bin/env bash
# One-command benchmark: GridDesk beside the raw database on this machine. See README, "Performance".
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'HELP'
Usage: bench/run.sh [options]

Loads a data set into a fresh embedded PostgreSQL, measures the raw database on GridDesk's writes over plain JDBC,
starts GridDesk from its packaged jar (extracted layout), drives it over HTTP with signed-in users (Gatling),
and writes target/bench/report.md and report.json.

  --tickets N        tickets to load (default 1000000; 10000000 for city scale)
  --duration S       seconds of steady mixed load, measured after the warm-up (default 180)
  --warmup S         seconds of warm-up under mixed load, one run reported as a curve (default 420)
  --warmup-step S    length of one point of the warm-up curve (default 30)
  --phase S          seconds of each page alone (worker queue, ticket page) and each write alone
                     (submissions, acceptances) (default 60)
  --users N          concurrent virtual users (default 16)
  --nodes 1|2        GridDesk nodes on ports 18081 and 18082, sharing the database (default 1)
  --db JDBC_URL      use this database instead of a fresh embedded one (loaded only if it has no district)
  --db-user U, --db-password P   its credentials (default postgres/postgres)
  --pool N           connection pool per node, and raw-benchmark connections per node (default 10)
  --raw-seconds S    seconds per raw-database transaction kind (default 30)
  --jvm-opts "..."   JVM options of each node (default "-Xms256m -Xmx384m -XX:+UseSerialGC", as in the Dockerfile)
  --sync-commit on   make commits wait for the disk flush (default off: measures CPU, not the disk)
  --app-url URL      drive a GridDesk that is already running (its database given with --db) instead of
                     starting nodes; --app-pid PID lets the report read its resident memory
  --out DIR          output folder (default target/bench)
  --smoke            tiny data, a few seconds each: proves the harness works, measures nothing

Set BENCH_SKIP_BUILD=1 to reuse target/ as it is.
HELP
}

for arg in "$@"; do
  if [ "$arg" = "--help" ] || [ "$arg" = "-h" ]; then usage; exit 0; fi
done

if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  echo "[bench] building the jar and the harness (./mvnw -DskipTests package)"
  ./mvnw -B -q -DskipTests package
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi

exec java -Xms512m -Xmx2g -Dlogback.configurationFile=logback-bench.xml -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.griddesk.bench.Benchmark "$@"

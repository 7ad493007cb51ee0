#!/usr/bin/env bash
# Loads the benchmark's data set into an empty PostgreSQL database that outlives one benchmark run: migrates it with
# GridDesk's Flyway migrations, then generates the district, ledger, accounts and N tickets with their timelines and
# dashboard rollups (the same generator bench/run.sh uses). See bench/README.md.
#
#   bench/generate.sh jdbc:postgresql://localhost:5432/griddesk_bench postgres secret 1000000
#   bench/generate.sh "$(cat target/bench/kept-url)" postgres postgres 10000000
set -euo pipefail
if [ $# -ne 4 ]; then
  echo "Usage: bench/generate.sh JDBC_URL USER PASSWORD TICKETS" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q -DskipTests test-compile
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.griddesk.bench.DataSet "$@"

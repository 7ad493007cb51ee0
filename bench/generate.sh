#!/usr/bin/env bash
# Loads GridDesk benchmark data into a PostgreSQL database: migrates it with the project's Flyway migrations, then
# runs generate.sql. The database must be empty (create it first: createdb griddesk_bench).
#
#   bench/generate.sh 1000000          # 1M tickets (about 10 minutes on 2 cores)
#   bench/generate.sh 10000000         # 10M tickets
#
# Connection from the usual libpq variables: PGHOST (localhost), PGPORT (5432), PGUSER (postgres), PGPASSWORD,
# PGDATABASE (griddesk_bench). Needs psql (Debian: postgresql-client).
set -euo pipefail
tickets="${1:-1000000}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGDATABASE="${PGDATABASE:-griddesk_bench}"
cd "$(dirname "$0")/.."
./mvnw -q -B flyway:migrate \
  -Dflyway.url="jdbc:postgresql://${PGHOST}:${PGPORT}/${PGDATABASE}" \
  -Dflyway.user="${PGUSER}" -Dflyway.password="${PGPASSWORD:-}" \
  -Dflyway.locations=filesystem:src/main/resources/db/migration
psql -v ON_ERROR_STOP=1 -v tickets="${tickets}" -f bench/generate.sql

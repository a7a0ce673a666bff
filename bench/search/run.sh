#!/usr/bin/env bash
# bench/search — Chinese full-text search over the laws corpus, one document per article (第X条):
# indexing throughput of Civitas's rebuild, latency and throughput of the public search page over HTTP,
# and the same queries against raw Lucene (same analyzer) and PostgreSQL ILIKE. See bench/README.md.
#
#   bench/search/run.sh                         # PostgreSQL at 127.0.0.1 (H2 without it: no ILIKE figures)
#   BENCH_COPIES=1 BENCH_SECONDS=10 bench/search/run.sh   # a quicker look
#
# The corpus is unpacked into a temporary directory outside the repository and removed afterwards;
# everything else goes to bench/search/work (ignored by git) and the database civitas_bench_search.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/search
WORK=${BENCH_WORK:-$HERE/work}
CORPUS=${BENCH_CORPUS:-$ROOT/../shared/corpus/laws-cn.tar.xz}
PG_DB=civitas_bench_search

say() { printf '\n== %s\n' "$*" >&2; }

if [ ! -f "$CORPUS" ]; then
  echo "bench/search: skipped — the laws corpus $CORPUS is absent (it lives in ../shared/corpus beside the repository)" >&2
  exit 0
fi
mkdir -p "$WORK"
UNPACKED=$(mktemp -d "${TMPDIR:-/tmp}/civitas-bench-search.XXXXXX")
trap 'rm -rf "$UNPACKED"' EXIT
tar -xJf "$CORPUS" -C "$UNPACKED"

DATABASE=h2
if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && command -v psql >/dev/null; then
  DATABASE=postgres
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $PG_DB" postgres
  psql -q -h 127.0.0.1 -U postgres -c "create database $PG_DB" postgres
else
  echo "PostgreSQL does not answer at 127.0.0.1:5432: running on H2, without the ILIKE comparison" >&2
fi

say "$DATABASE: split, publish on ${BENCH_COPIES:-2} sites, rebuild the index, query over HTTP, raw Lucene, ILIKE"
rm -f "$WORK/results.properties"
(cd "$ROOT" && ./mvnw -q -B test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcivitas.test.excludedGroups=browser -Dspotless.apply.skip=true \
  -Dbench.database="$DATABASE" -Dbench.work="$WORK" -Dbench.corpus="$UNPACKED" \
  -Dbench.copies="${BENCH_COPIES:-2}" -Dbench.seconds="${BENCH_SECONDS:-20}" -Dbench.clients="${BENCH_CLIENTS:-32}" \
  -Dbench.out="$WORK/results.properties") 2>&1 | tee "$WORK/run.log" \
  | grep -E '^bench/search|^[a-zA-Z.0-9]+=|ERROR' >&2 || true
[ -s "$WORK/results.properties" ] || { echo "bench/search wrote no results; see $WORK/run.log" >&2; exit 1; }

python3 "$HERE/report.py" "$WORK/results.properties" | tee "$WORK/summary.md"

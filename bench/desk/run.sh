#!/usr/bin/env bash
# bench/desk — the information desk at a large city's scale: 400 reporting units, 1,000,000
# submissions over two years, on PostgreSQL and on the embedded H2. See bench/README.md.
#
#   bench/desk/run.sh                                       # full run on PostgreSQL, then H2
#   BENCH_SUBMISSIONS=100000 BENCH_DATABASES=h2 bench/desk/run.sh   # a quicker look
#
# The data stays between runs (a second run only measures); BENCH_FRESH=1 starts again. Everything
# goes to bench/desk/work (ignored by git) and the PostgreSQL database civitas_bench at 127.0.0.1.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/desk
WORK=${BENCH_WORK:-$HERE/work}
SUBMISSIONS=${BENCH_SUBMISSIONS:-1000000}
UNITS=${BENCH_UNITS:-400}
DATABASES=${BENCH_DATABASES:-postgres h2}
CORPUS=${BENCH_CORPUS:-$ROOT/../shared/corpus/laws-cn.tar.xz}
PG_DB=civitas_bench

say() { printf '\n== %s\n' "$*" >&2; }

if [ "${BENCH_FRESH:-0}" = 1 ]; then
  rm -rf "$WORK"
  if command -v psql >/dev/null; then psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $PG_DB" postgres || true; fi
fi
mkdir -p "$WORK"
if [ ! -s "$WORK/texts.txt" ]; then
  if [ -f "$CORPUS" ]; then
    python3 "$HERE/texts.py" --corpus "$CORPUS" --out "$WORK/texts.txt"
  else
    echo "../shared/corpus absent: the submissions reuse the desk's demo texts" >&2
  fi
fi

for db in $DATABASES; do
  if [ "$db" = postgres ]; then
    if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
      echo "PostgreSQL does not answer at 127.0.0.1:5432: skipping its run" >&2
      continue
    fi
    psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '$PG_DB'" postgres | grep -q 1 \
      || psql -q -h 127.0.0.1 -U postgres -c "create database $PG_DB" postgres
  fi
  say "$db: $UNITS units, $SUBMISSIONS submissions, then the measurements"
  (cd "$ROOT" && ./mvnw -q -B test -Dtest=DeskBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcivitas.test.excludedGroups=browser -Dspotless.apply.skip=true \
    -Dbench.database="$db" -Dbench.work="$WORK" -Dbench.units="$UNITS" -Dbench.submissions="$SUBMISSIONS" \
    -Dbench.texts="$WORK/texts.txt" -Dbench.out="$WORK/results-$db.properties") 2>&1 | tee "$WORK/run-$db.log" \
    | grep -E '^bench/desk|^[a-zA-Z.0-9]+=|ERROR' >&2 || true
  [ -s "$WORK/results-$db.properties" ] || { echo "bench/desk: the $db run wrote no results; see $WORK/run-$db.log" >&2; exit 1; }
done

python3 "$HERE/report.py" "$WORK" | tee "$WORK/summary.md"

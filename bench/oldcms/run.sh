#!/usr/bin/env bash
# bench/oldcms — `civitas import-articles` taking an old CMS's export (JSON Lines, attachments,
# pictures, kept 索引号) into a fresh installation, then the same export again (nothing changes).
# See bench/README.md for the method.
#
#   bench/oldcms/run.sh                        # 10,000 articles
#   BENCH_ARTICLES=2000 bench/oldcms/run.sh    # a quicker look
#
# Everything it makes goes to bench/oldcms/work, which git ignores. Nothing talks to the network.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/oldcms
WORK=${BENCH_WORK:-$HERE/work}
ARTICLES=${BENCH_ARTICLES:-10000}
HEAP=${BENCH_HEAP:-512m}
PORT=${BENCH_PORT:-18090}
CORPUS=${BENCH_CORPUS:-$ROOT/../shared/corpus/laws-cn.tar.xz}

say() { printf '\n== %s\n' "$*" >&2; }

# shellcheck source=/dev/null
source "$ROOT/.mvn/select-jdk.sh"
JAR=$ROOT/target/civitas.jar
if [ -n "${BENCH_CLASSPATH:-}" ]; then
  # a development tree without the packaged jar: target/classes and the dependencies' classpath
  LAUNCH=(java -Xmx"$HEAP" -cp "$BENCH_CLASSPATH" org.civitas.CivitasApplication)
else
  if [ ! -f "$JAR" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
    say "building the jar"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  fi
  LAUNCH=(java -Xmx"$HEAP" -jar "$JAR")
fi
civitas() { LC_ALL=C.UTF-8 LANG=C.UTF-8 "${LAUNCH[@]}" "$@"; }

rm -rf "$WORK"
mkdir -p "$WORK/data" "$WORK/results"
export CIVITAS_DATA_DIR=$WORK/data

say "the export: $ARTICLES articles with attachments and pictures"
corpus_arg=()
if [ -f "$CORPUS" ]; then corpus_arg=(--corpus "$CORPUS"); else echo "../shared/corpus absent: generated text" >&2; fi
python3 "$HERE/generate.py" --count "$ARTICLES" "${corpus_arg[@]}" --out "$WORK/export"

say "first start of the installation: the server creates the demo cluster (portal and counties), then stops"
STARTUP_START=$(date +%s.%N)
(CIVITAS_ADMIN_PASSWORD='Bench#OldCms-2026' LC_ALL=C.UTF-8 exec "${LAUNCH[@]}" --server.port="$PORT" --server.address=127.0.0.1 \
  >"$WORK/results/first-start.txt" 2>&1) &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/results/first-start.txt" >&2; exit 1; }
  sleep 1
done
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
STARTUP_END=$(date +%s.%N)

run_import() { # name
  local name=$1 start end
  echo "load before $name: $(uptime)" >&2
  start=$(date +%s.%N)
  civitas import-articles --file "$WORK/export/articles.jsonl" --json \
    >"$WORK/results/$name.json" 2>"$WORK/results/$name.txt" || echo "exit code $?" >>"$WORK/results/$name.txt"
  end=$(date +%s.%N)
  tail -n 3 "$WORK/results/$name.txt" >&2
  python3 - "$WORK/results/$name.json" "$start" "$end" "$ARTICLES" "$name" <<'PY'
import json, sys
report = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
wall = float(sys.argv[3]) - float(sys.argv[2])
n = int(sys.argv[4])
print(f"{sys.argv[5]}: {n} lines, created {report['created']}, updated {report['updated']}, "
      f"unchanged {report['unchanged']}, refused {report['refused']}, {report['attachments']} attachments, "
      f"{report['pictures']} pictures, {report['bytes'] / 1048576:.1f} MB; import {report['seconds']:.1f} s = "
      f"{n / report['seconds']:.0f} articles/s; whole command incl. JVM start {wall:.1f} s = {n / wall:.0f} articles/s")
PY
}

say "import into the fresh installation"
run_import first | tee "$WORK/results/summary.txt"
say "the same export again (idempotent: nothing to write)"
run_import again | tee -a "$WORK/results/summary.txt"
say "the search index against the database"
civitas reindex --check 2>&1 | tail -n 2 | tee -a "$WORK/results/summary.txt" >&2
echo "startup (first start, demo data): $(python3 -c "print(round($STARTUP_END - $STARTUP_START, 1))") s" \
  | tee -a "$WORK/results/summary.txt"
echo "load after: $(uptime)" | tee -a "$WORK/results/summary.txt"

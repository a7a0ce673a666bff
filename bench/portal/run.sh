#!/usr/bin/env bash
# bench/portal — Civitas rendering the portal (dynamic, page cache) against nginx serving the same
# pages after a static export, under wrk with 1,000 connections. See bench/README.md for the method.
#
#   bench/portal/run.sh            # full run: 20 sites, 10,000 articles, 30 s per measurement
#   BENCH_ARTICLES=2000 BENCH_DURATION=10s bench/portal/run.sh   # a quicker look
#
# Everything it makes (data directory, exported pages, logs, results) goes to bench/portal/work,
# which git ignores. It talks only to 127.0.0.1.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/portal
WORK=${BENCH_WORK:-$HERE/work}
PORT=${BENCH_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
CONNECTIONS=${BENCH_CONNECTIONS:-1000}
DURATION=${BENCH_DURATION:-30s}
ARTICLES=${BENCH_ARTICLES:-10000}
SITES=${BENCH_SITES:-20}
HEAP=${BENCH_HEAP:-512m}
CORPUS=${BENCH_CORPUS:-$ROOT/../shared/corpus/laws-cn.tar.xz}
PORTAL=5132000001
PASSWORD='Bench#Portal-2026'

say() { printf '\n== %s\n' "$*" >&2; }
fail() { printf 'bench/portal: %s\n' "$*" >&2; exit 1; }

# shellcheck source=/dev/null
source "$ROOT/.mvn/select-jdk.sh"
for tool in wrk nginx python3 curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing wrk and nginx from Debian's packages"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light python3 curl >/dev/null
    else
      fail "needs $tool (Debian: apt-get install wrk nginx-light python3 curl)"
    fi
  fi
done
[ -x "$(command -v nginx)" ] || PATH=$PATH:/usr/sbin

JAR=$ROOT/target/civitas.jar
if [ ! -f "$JAR" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  say "building the jar"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi

rm -rf "$WORK"
mkdir -p "$WORK/data" "$WORK/static" "$WORK/results"
export CIVITAS_DATA_DIR=$WORK/data
civitas() { LC_ALL=C.UTF-8 LANG=C.UTF-8 java -Xmx"$HEAP" -jar "$JAR" "$@"; }

SERVER_PID=
NGINX_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; fi
}
stop_nginx() {
  if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; rm -f "$WORK/nginx.pid"; fi
}
trap 'stop_server; stop_nginx' EXIT

start_server() {
  # exec: SERVER_PID is the JVM itself, so that stopping it releases the embedded database
  (exec java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 "$@" >>"$WORK/server.log" 2>&1) &
  SERVER_PID=$!
  for _ in $(seq 1 "${BENCH_START_SECONDS:-240}"); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/server.log" >&2; fail "the server stopped"; }
    sleep 1
  done
  fail "the server did not become healthy in ${BENCH_START_SECONDS:-240} s"
}

api() { # fails with the server's reason (problem detail) rather than curl's bare status
  local out status
  out=$(curl -sS -w '\n%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' "$@")
  status=${out##*$'\n'}
  [ "${status:0:1}" = 2 ] || fail "API call $* answered $status: ${out%$'\n'*}"
  printf '%s\n' "${out%$'\n'*}"
}

say "first start: the demo cluster (portal, counties, departments) and its admin"
CIVITAS_ADMIN_PASSWORD=$PASSWORD start_server
stop_server
TOKEN=$(civitas create-token --user admin --name bench --days 1 | tail -n1)
[[ $TOKEN == cvt_* ]] || fail "no API token for admin"
start_server
ORG=$(api "http://127.0.0.1:$PORT/api/v1/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["organisationId"])')

say "sites up to $SITES, from the county blueprint, through the site API"
EXISTING=$(api "http://127.0.0.1:$PORT/api/v1/sites" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
for n in $(seq $((EXISTING + 1)) "$SITES"); do
  code=$(printf '51329%05d' "$n")
  api -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/v1/sites" \
    -d "{\"name\":\"测试县$n\",\"kind\":\"COUNTY\",\"parentCode\":\"$PORTAL\",\"organisationId\":$ORG,
         \"domains\":[\"county$n.bench.test\"],\"siteCode\":\"$code\",\"blueprintCode\":\"county\"}" >/dev/null
done

say "list and disclosure channels of every site"
api "http://127.0.0.1:$PORT/api/v1/sites" >"$WORK/sites.json"
python3 - "$WORK/sites.json" "$WORK/targets.json" "$TOKEN" "$PORT" <<'PY'
import json, sys, urllib.request
sites, out, token, port = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], sys.argv[4]
targets = []
def leaves(channels):
    for c in channels:
        if c["children"]:
            yield from leaves(c["children"])
        elif c["type"] in ("LIST", "DISCLOSURE"):
            yield c["code"]
for site in sites:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/sites/{site['siteCode']}/channels",
                                 headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    codes = list(leaves(json.load(urllib.request.urlopen(req))))
    if codes:
        targets.append({"siteCode": site["siteCode"], "channelCodes": codes})
json.dump(targets, open(out, "w"), ensure_ascii=False)
print(f"{len(targets)} sites, {sum(len(t['channelCodes']) for t in targets)} channels", file=sys.stderr)
PY
stop_server

say "$ARTICLES articles"
corpus_arg=()
if [ -f "$CORPUS" ]; then corpus_arg=(--corpus "$CORPUS"); else echo "../shared/corpus absent: generated text" >&2; fi
python3 "$HERE/generate.py" --targets "$WORK/targets.json" --count "$ARTICLES" "${corpus_arg[@]}" --out "$WORK/articles.jsonl"
IMPORT_START=$(date +%s.%N)
civitas import-articles --file "$WORK/articles.jsonl" 2>&1 | tee "$WORK/import.txt" >&2
IMPORT_END=$(date +%s.%N)

say "static export of every site"
EXPORT_START=$(date +%s.%N)
civitas export-site --all --dir "$WORK/static" 2>&1 | tee "$WORK/export.txt" >&2
EXPORT_END=$(date +%s.%N)
PAGES=$(sed -n 's/.*Exported [0-9,]* sites, \([0-9,]*\) pages.*/\1/p' "$WORK/export.txt" | tr -d ,)
EXPORT_RATE=$(sed -n 's/.*(\([0-9]*\) pages\/s).*/\1/p' "$WORK/export.txt")

say "serving"
start_server
ARTICLE_PATH=$(curl -fs "http://127.0.0.1:$PORT/api/v1/sites/$PORTAL/articles?size=1" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); items=d.get("content", d.get("items", [])); print("/a/%d.html" % items[0]["id"])')
PORTAL_DIR=$WORK/static/$(python3 -c 'import json,sys; print(next(s["domains"][0] for s in json.load(open(sys.argv[1])) if s["siteCode"] == sys.argv[2]))' "$WORK/sites.json" "$PORTAL")
[ -f "$PORTAL_DIR/index.html" ] || fail "the export has no portal home in $PORTAL_DIR"
cmp <(curl -fs "http://127.0.0.1:$PORT$ARTICLE_PATH") "$PORTAL_DIR$ARTICLE_PATH" >/dev/null \
  || echo "note: the exported article differs from the served one" >&2

cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  include /etc/nginx/mime.types;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PORTAL_DIR;
    index index.html;
    gzip_static on;
  }
}
NGINX
nginx -c "$WORK/nginx.conf"

measure() { # name url
  local name=$1 url=$2
  wrk -t2 -c"$CONNECTIONS" -d5s "$url" >/dev/null 2>&1 || true   # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$url" >"$WORK/results/$name.txt" 2>&1
  echo "$name: $(grep -E 'Requests/sec' "$WORK/results/$name.txt")" >&2
}
for page in home article; do
  path=/; [ "$page" = article ] && path=$ARTICLE_PATH
  measure "civitas-$page" "http://127.0.0.1:$PORT$path"
  measure "nginx-$page" "http://127.0.0.1:$NGINX_PORT$path"
done

# The disaster-day surge (issue #14): 100 connections search the portal for a few hot words while 1,000
# connections ask for the cached article page; then the same search load with distinct words. nginx's figure
# for the same article, measured above in this run, is the reference.
SEARCH_CONNECTIONS=${BENCH_SEARCH_CONNECTIONS:-100}
python3 - "$WORK/hot.lua" "$WORK/distinct.lua" "$PORTAL" <<'PY'
import sys, urllib.parse
hot = ["地震", "救灾", "安置", "道路", "通知", "应急", "医疗", "天气"]
distinct = [a + b for a in ["地震", "救灾", "安置", "道路", "应急", "医疗", "学校", "交通", "供水", "电力"]
            for b in ["", " 通知", " 安全", " 工作", " 管理", " 服务", " 群众", " 规定", " 条例", " 办法"]]
for path, words in ((sys.argv[1], hot), (sys.argv[2], distinct)):
    paths = ",".join('"/s/%s/search?scope=cluster&q=%s"' % (sys.argv[3], urllib.parse.quote(w)) for w in words)
    # counts 200 and 503 (turned away by the search pool) apart: wrk alone reports both as "non-2xx"
    open(path, "w").write("""
local paths = {%s}
local n = 0
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) ok = 0; busy = 0; other = 0 end
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1], {["Accept-Encoding"] = "gzip"})
end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 elseif status == 503 then busy = busy + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local o, b, x = 0, 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); b = b + t:get("busy"); x = x + t:get("other") end
  io.write(string.format("Status 200: %%d, 503: %%d, other: %%d\\n", o, b, x))
end
""" % paths)
PY
surge() { # name script
  local name=$1 script=$2 secs=${DURATION%s}
  wrk -t1 -c"$SEARCH_CONNECTIONS" -d5s -s "$WORK/$script" "http://127.0.0.1:$PORT/" >/dev/null 2>&1 || true  # warm-up
  wrk -t1 -c"$SEARCH_CONNECTIONS" -d"$((secs + 4))s" --latency -s "$WORK/$script" "http://127.0.0.1:$PORT/" \
    >"$WORK/results/surge-$name-search.txt" 2>&1 &
  local search=$!
  sleep 2
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$ARTICLE_PATH" \
    >"$WORK/results/surge-$name-article.txt" 2>&1
  wait "$search" || true
  echo "surge ($name words): article $(grep -E 'Requests/sec' "$WORK/results/surge-$name-article.txt"), search $(grep -E 'Requests/sec' "$WORK/results/surge-$name-search.txt")" >&2
}
if [ "${BENCH_SURGE:-1}" = 1 ]; then
  echo "load before the surge scenario: $(uptime)" >&2
  wrk -t1 -c"$SEARCH_CONNECTIONS" -d"$DURATION" --latency -s "$WORK/hot.lua" "http://127.0.0.1:$PORT/" \
    >"$WORK/results/search-hot.txt" 2>&1
  echo "search alone (hot words): $(grep -E 'Requests/sec' "$WORK/results/search-hot.txt")" >&2
  surge hot hot.lua
  surge distinct distinct.lua
  echo "load after the surge scenario: $(uptime)" >&2
fi

python3 "$HERE/report.py" "$WORK/results" \
  --import-seconds "$(python3 -c "print($IMPORT_END - $IMPORT_START)")" --articles "$ARTICLES" \
  --export-seconds "$(python3 -c "print($EXPORT_END - $EXPORT_START)")" --pages "$PAGES" --export-rate "$EXPORT_RATE" \
  --home-bytes "$(curl -fs "http://127.0.0.1:$PORT/" | wc -c)" \
  --article-bytes "$(curl -fs "http://127.0.0.1:$PORT$ARTICLE_PATH" | wc -c)" | tee "$WORK/results/summary.md"

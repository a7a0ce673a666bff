#!/usr/bin/env bash
# Physical backup and point-in-time recovery with PostgreSQL's own tools, on a throwaway cluster:
# initdb a primary with WAL archiving, take a base backup (pg_basebackup), make "good" changes, note the
# time, make a "bad" one (a table dropped by mistake), then recover a copy of the base backup to the noted
# time from the WAL archive and check that the good changes are there and the bad one is not.
#
#   ops/postgresql-pitr-demo.sh [ROWS]        # ROWS rows in the first batch (default 1,000,000)
#
# Needs PostgreSQL's server binaries (PG_BIN, default /usr/lib/postgresql/15/bin). Runs as the postgres
# user (initdb refuses root; as root the script re-runs itself with runuser). Uses ports 55432/55433 and a
# temporary directory that it removes at the end (KEEP=1 keeps it). See docs/backup.md.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
ROWS=${1:-1000000}
if [ "$(id -u)" = 0 ]; then
    exec runuser -u postgres -- env PG_BIN="$PG_BIN" KEEP="${KEEP:-}" bash "$(readlink -f "$0")" "$ROWS"
fi

WORK=$(mktemp -d /tmp/civitas-pitr.XXXXXX)
PRIMARY=$WORK/primary RESTORED=$WORK/restored ARCHIVE=$WORK/wal-archive BASE=$WORK/base
P1=55432 P2=55433
mkdir -p "$ARCHIVE"
cleanup() {
    "$PG_BIN/pg_ctl" -D "$RESTORED" -m immediate stop >/dev/null 2>&1 || true
    "$PG_BIN/pg_ctl" -D "$PRIMARY" -m immediate stop >/dev/null 2>&1 || true
    if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT
now() { date +%s.%N; }
took() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
psql1() { "$PG_BIN/psql" -X -q -t -A -h "$WORK" -p "$1" -U postgres -d "${2:-postgres}" -c "$3"; }
mb() { du -sm "$1" | cut -f1; }

echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), work directory $WORK"
"$PG_BIN/initdb" -D "$PRIMARY" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
cat >> "$PRIMARY/postgresql.conf" <<CONF
port = $P1
listen_addresses = ''
unix_socket_directories = '$WORK'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'
archive_timeout = 60
CONF
"$PG_BIN/pg_ctl" -D "$PRIMARY" -l "$WORK/primary.log" -w start >/dev/null
psql1 $P1 postgres "create database civitas"
psql1 $P1 civitas "create table submission (id bigint primary key, title text not null, created_at timestamptz not null default now())"

t=$(now)
psql1 $P1 civitas "insert into submission (id, title) select g, '信息报送 ' || g from generate_series(1, $ROWS) g"
echo "== batch 1: $ROWS rows in $(took "$t" "$(now)") s; database $(psql1 $P1 civitas "select pg_size_pretty(pg_database_size('civitas'))")"

t=$(now)
"$PG_BIN/pg_basebackup" -h "$WORK" -p $P1 -U postgres -D "$BASE" -X stream -c fast
echo "== base backup (pg_basebackup -X stream): $(mb "$BASE") MB in $(took "$t" "$(now)") s"

psql1 $P1 civitas "insert into submission (id, title) select g, '基础备份之后 ' || g from generate_series($ROWS + 1, $ROWS + 1000) g"
sleep 1
TARGET=$(psql1 $P1 civitas "select now()")
sleep 1
echo "== batch 2: 1000 rows after the base backup; recovery target time: $TARGET"
psql1 $P1 civitas "drop table submission"
psql1 $P1 postgres "select pg_switch_wal()" >/dev/null
sleep 2
echo "== the mistake: submission dropped after the target time; WAL archive: $(ls "$ARCHIVE" | wc -l) files, $(mb "$ARCHIVE") MB"
"$PG_BIN/pg_ctl" -D "$PRIMARY" -m fast stop >/dev/null

cp -a "$BASE" "$RESTORED"
rm -f "$RESTORED/postmaster.pid"
cat >> "$RESTORED/postgresql.conf" <<CONF
port = $P2
archive_mode = off
restore_command = 'cp $ARCHIVE/%f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'
CONF
touch "$RESTORED/recovery.signal"
t=$(now)
"$PG_BIN/pg_ctl" -D "$RESTORED" -l "$WORK/restored.log" -w -t 600 start >/dev/null
until [ "$(psql1 $P2 postgres "select pg_is_in_recovery()")" = f ]; do sleep 0.2; done
echo "== point-in-time recovery to $TARGET: $(took "$t" "$(now)") s (start, WAL replay, promotion)"
COUNT=$(psql1 $P2 civitas "select count(*) from submission")
AFTER=$(psql1 $P2 civitas "select count(*) from submission where id > $ROWS")
grep -E "recovery stopping|archive recovery complete|selected new timeline" "$WORK/restored.log" | sed 's/^/   log: /'
echo "== recovered: submission has $COUNT rows ($AFTER of them written after the base backup)"
if [ "$COUNT" -eq $((ROWS + 1000)) ]; then
    echo "== OK: the good changes are back and the dropped table is there again"
else
    echo "== FAILED: expected $((ROWS + 1000)) rows"
    exit 1
fi

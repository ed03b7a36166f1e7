#!/usr/bin/env bash
# `bash scripts/services.sh [chromium]`: makes PostgreSQL and Redis available on their
# default local ports: starts them when installed and stopped, installs them from Debian's
# packages when missing, and lets local TCP connections in as the `postgres` user without
# a password (a dev/CI machine only: never run this on a server that holds real data).
# With `chromium`, also installs Chromium and a CJK font for browser tests when missing.
# `npm run demo` and `npm test` run it first; when everything is up it only says so.
set -euo pipefail

want_chromium=false
for part in "$@"; do
  case $part in
    chromium) want_chromium=true ;;
    *) printf 'usage: %s [chromium]\n' "$0" >&2; exit 2 ;;
  esac
done

log() { printf '[services] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=false
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    log "no apt-get here: install $* yourself (this script knows Debian-like systems only)"
    return 1
  fi
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

wait_for() {
  local what=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  log "$what did not come up in 30 s"; return 1
}

pg_up() { psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' 2>/dev/null | grep -q 1; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

if ! pg_up; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    log 'installing PostgreSQL from Debian packages'
    apt_install postgresql postgresql-contrib
  fi
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  if ! as_root grep -q '^host all postgres 127.0.0.1/32 trust' "$hba"; then
    log "allowing local TCP connections as postgres in $hba"
    as_root sed -i '1i host all postgres 127.0.0.1/32 trust\nhost all postgres ::1/128 trust' "$hba"
  fi
  if pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  else
    log "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  wait_for PostgreSQL pg_up
fi
log 'PostgreSQL is up on 127.0.0.1:5432'

if ! redis_up; then
  if ! command -v redis-server >/dev/null 2>&1; then
    log 'installing Redis from Debian packages'
    apt_install redis-server
  fi
  log 'starting Redis'
  mkdir -p /tmp/rongtong-redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no \
    --dir /tmp/rongtong-redis --logfile /tmp/rongtong-redis/redis.log
  wait_for Redis redis_up
fi
log 'Redis is up on 127.0.0.1:6379'

if [ "$want_chromium" = true ]; then
  # Browser tests render Chinese text: without a CJK font it comes out as boxes.
  if [ ! -x /usr/bin/chromium ] || ! dpkg -s fonts-wqy-microhei >/dev/null 2>&1; then
    log 'installing Chromium and the WenQuanYi Micro Hei font from Debian packages'
    apt_install chromium fonts-wqy-microhei
  fi
  log "Chromium is at /usr/bin/chromium ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
fi

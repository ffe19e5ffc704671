#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
# Start-up and memory of the real app (not a test): process start to the first document loaded,
# and the resident memory of the whole process tree (WebEngine helpers included) with one
# document open.  Usage: app-benchmark.sh APP ARCHIVE [RUNS]
set -euo pipefail
app=$1; archive=$2; runs=${3:-5}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1 SS_TESTING=1
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT
tree_pids() { # the process and all its descendant processes (not their threads)
  local pid=$1 child
  echo "$pid"
  for child in $(ps -o pid= --ppid "$pid"); do tree_pids "$child"; done
}
tree_rss_kib() { # proportional set size (shared pages split between the processes sharing them)
  local total=0 pid
  for pid in $(tree_pids "$1"); do
    total=$((total + $(awk '/^Pss:/ {print $2}' /proc/"$pid"/smaps_rollup 2>/dev/null || echo 0)))
  done
  echo "$total"
}
startups=(); rss=()
for i in $(seq "$runs"); do
  log="$home/log$i"
  start=$(date +%s%3N)
  HOME="$home" SS_REPORT_FIRST_LOAD=1 "$app" "$archive" --doc model-policies/transportation/bus-reform --lang en 2>"$log" &
  pid=$!
  for _ in $(seq 300); do grep -q '^first-document-loaded' "$log" && break; sleep 0.05; done
  loaded=$(grep -o 'first-document-loaded [0-9]*' "$log" | awk '{print $2}')
  sleep 1
  rss+=("$(tree_rss_kib "$pid")")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  startups+=("$((loaded - start))")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "process start to first document loaded: median $(median "${startups[@]}") ms (runs: ${startups[*]})"
echo "resident memory, whole process tree, one document open: median $(( $(median "${rss[@]}") / 1024 )) MB"

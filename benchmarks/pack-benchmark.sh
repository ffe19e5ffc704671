#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#
# Packing benchmark of seoulsolution-archive (run by the CMake target `benchmarks`).
#
#   pack-benchmark.sh PACKER GENSOURCE WORKDIR
#
# 1. Synthetic source: ss-gensource writes SS_BENCH_DOCS document ids (default 5000, folder pages
#    included) in ko and en, about 5 KB of Markdown per file: 10,000 Markdown files, ~50 MB.
#    `build SRC -o OUT --quiet` runs SS_BENCH_RUNS times (default 3) under /usr/bin/time -v.
# 2. If SS_BENCH_HTML (default /usr/share/doc/python3.11/html, Debian python3.11-doc) exists:
#    the same for `build --html`, and if zimwriterfs (Debian zim-tools) is installed, one
#    zimwriterfs run on the same pages for the size comparison.
# Reports the median wall time (min-max), documents/s, MB/s of source, peak RSS (largest of the
# runs), the archive size and (with the sqlite3 shell) its search index against the compressed
# text, checks that two builds are byte-identical, and compares with the
# budgets of the issue. Exit status: 0 when every build succeeded (budgets are only reported),
# 1 when a build failed; with SS_BENCH_STRICT=1 also 1 when a budget is missed.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 PACKER GENSOURCE WORKDIR" >&2
    exit 64
fi
packer=$1
gensource=$2
work=$3
docs=${SS_BENCH_DOCS:-5000}
runs=${SS_BENCH_RUNS:-3}
seed=${SS_BENCH_SEED:-1}
html_dir=${SS_BENCH_HTML:-/usr/share/doc/python3.11/html}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1793491200} # 2026-11-01, fixed so builds can be compared
export LC_ALL=C

mkdir -p "$work"
work=$(cd "$work" && pwd)
missed=0

# Seconds from the "h:mm:ss" or "m:ss.ss" wall clock of GNU time.
wall_seconds() {
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$1"
}
cpu_seconds() { # user + system
    awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$1"
}
loadavg() { cut -d' ' -f1 /proc/loadavg; }
rss_mb() {
    awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { printf '%s\n' "$@" | sort -g | head -1; }
maximum() { printf '%s\n' "$@" | sort -g | tail -1; }
mb() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1048576 }'; }
budget() { # budget LABEL VALUE LIMIT UNIT
    if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v < l) }'; then
        printf '  budget %-28s %10s %-3s < %s %s: ok\n' "$1" "$2" "$4" "$3" "$4"
    else
        printf '  budget %-28s %10s %-3s < %s %s: MISSED\n' "$1" "$2" "$4" "$3" "$4"
        missed=1
    fi
}

# bench LABEL OUTPUT DOC_COUNT SOURCE_BYTES PACKER-ARGS...: the packer SS_BENCH_RUNS times.
bench() {
    local label=$1 output=$2 count=$3 bytes=$4
    shift 4
    local walls=() rsses=() cpus=() i load
    for ((i = 1; i <= runs; ++i)); do
        rm -f "$output"
        load=$(loadavg)
        if ! /usr/bin/time -v -o "$work/time.txt" "$packer" build "$@" -o "$output" --quiet 2>"$work/stderr.txt"; then
            echo "$label: build failed:" >&2
            tail -n 30 "$work/stderr.txt" >&2
            exit 1
        fi
        walls+=("$(wall_seconds "$work/time.txt")")
        rsses+=("$(rss_mb "$work/time.txt")")
        cpus+=("$(cpu_seconds "$work/time.txt")")
        printf '  run %d: %6.2f s wall, %6.2f s CPU, %7.1f MB peak RSS (load average before: %s)\n' \
            "$i" "${walls[-1]}" "${cpus[-1]}" "${rsses[-1]}" "$load"
        if [[ $i -eq 1 ]]; then
            cp "$output" "$work/first.ssarc"
        fi
    done
    local wall rss size
    wall=$(median "${walls[@]}")
    rss=$(maximum "${rsses[@]}")
    size=$(stat -c %s "$output")
    printf '%s: %d runs\n' "$label" "$runs"
    printf '  wall (median)      %8.2f s   (min %.2f, max %.2f)\n' "$wall" "$(minimum "${walls[@]}")" "$(maximum "${walls[@]}")"
    awk -v n="$count" -v b="$bytes" -v w="$wall" 'BEGIN { printf "  documents/s        %8.0f     (%d documents)\n  MB/s of source     %8.2f     (%.2f MB)\n", n / w, n, b / 1048576 / w, b / 1048576 }'
    printf '  CPU user+sys (med) %8.2f s\n' "$(median "${cpus[@]}")"
    printf '  peak RSS (max)     %8.1f MB\n' "$rss"
    printf '  archive            %8s MB  (%d bytes)\n' "$(mb "$size")" "$size"
    if command -v sqlite3 >/dev/null; then # the index against the compressed text, as bench_search
        sqlite3 "$output" "SELECT (SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'), (SELECT sum(length(text)) FROM doc_text)" |
            awk -F'|' '{ printf "  search index       %8.2f MB  (%.2fx the compressed text, %.2f MB)\n", $1 / 1048576, $1 / ($2 > 0 ? $2 : 1), $2 / 1048576 }'
    fi
    if cmp -s "$output" "$work/first.ssarc"; then
        echo "  deterministic      yes (run 1 and run $runs are byte-identical)"
    else
        echo "  deterministic      NO: run 1 and run $runs differ"
        missed=1
    fi
    rm -f "$work/first.ssarc"
    BENCH_WALL=$wall
    BENCH_RSS=$rss
    BENCH_SIZE=$size
}

echo "== seoulsolution-archive packing benchmark"
echo "packer: $packer"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f MB", $2 / 1024 }' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(wall times need an otherwise idle machine; with other work running, compare CPU times)"
echo

# --- 1. synthetic Markdown source -------------------------------------------------------------
src="$work/source-$docs-$seed"
rm -rf "$src"
start=$(date +%s.%N)
"$gensource" "$docs" "$src" --seed "$seed"
end=$(date +%s.%N)
md_files=$(find "$src/content" -name '*.md' | wc -l)
md_bytes=$(find "$src/content" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
printf 'source: %s Markdown files, %s MB of Markdown (%d bytes), generated in %.1f s\n' \
    "$md_files" "$(mb "$md_bytes")" "$md_bytes" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
echo
bench "build (Markdown, $md_files files)" "$work/synthetic.ssarc" "$md_files" "$md_bytes" "$src"
budget "Markdown wall" "$BENCH_WALL" 10 s
budget "Markdown peak RSS" "$BENCH_RSS" 300 MB
echo

# --- 2. real HTML documentation ---------------------------------------------------------------
if [[ -d $html_dir ]]; then
    pages=$(find -L "$html_dir" -name '*.html' | wc -l)
    html_bytes=$(find -L "$html_dir" -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    printf 'html: %s, %s pages, %s MB of HTML\n\n' "$html_dir" "$pages" "$(mb "$html_bytes")"
    bench "build --html ($pages pages)" "$work/python-html.ssarc" "$pages" "$html_bytes" \
        --html "$html_dir" --title "Python 3.11 documentation" --id python-3-11-docs
    budget "HTML wall" "$BENCH_WALL" 3 s
    budget "HTML peak RSS" "$BENCH_RSS" 150 MB
    html_size=$BENCH_SIZE
    if command -v zimwriterfs >/dev/null; then
        echo
        zim_in="$work/zim-input"
        rm -rf "$zim_in" "$work/python-html.zim"
        cp -rL "$html_dir" "$zim_in" # a writable copy: zimwriterfs wants the illustration inside it
        base64 -d >"$zim_in/ss-illustration-48.png" <<'PNG'
iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAASUlEQVR42u3VoQ0AMAwDwUzSmTpipgsuLuoQJQYneYADlr7m3KjV2h01ICAgIKB4kJb5EBAQEJCWaRkQEBAQkJZpGRAQEBDQxx7OHNAXN0DSggAAAABJRU5ErkJggg==
PNG
        if /usr/bin/time -v -o "$work/time.txt" zimwriterfs --welcome=index.html --illustration=ss-illustration-48.png \
            --language=eng --title="Python 3.11 documentation" --description="Python 3.11 documentation" \
            --creator="Python Software Foundation" --publisher="Seoul Solution Desktop benchmarks" \
            --name=python-3-11-docs "$zim_in" "$work/python-html.zim" >"$work/zimwriterfs.log" 2>&1; then
            zim_size=$(stat -c %s "$work/python-html.zim")
            echo "zimwriterfs (full-text index, 1 run):"
            printf '  wall               %8.2f s\n' "$(wall_seconds "$work/time.txt")"
            printf '  CPU user+sys       %8.2f s\n' "$(cpu_seconds "$work/time.txt")"
            printf '  peak RSS           %8.1f MB\n' "$(rss_mb "$work/time.txt")"
            printf '  ZIM                %8s MB  (%d bytes)\n' "$(mb "$zim_size")" "$zim_size"
            ratio=$(awk -v a="$html_size" -v z="$zim_size" 'BEGIN { printf "%.2f", a / z }')
            printf '  archive / ZIM      %8s x\n' "$ratio"
            budget "archive / ZIM size" "$ratio" 2 x
        else
            echo "zimwriterfs failed; see $work/zimwriterfs.log"
        fi
        rm -rf "$zim_in"
    else
        echo "(zimwriterfs not installed: apt-get install zim-tools for the size comparison)"
    fi
else
    echo "($html_dir not found: apt-get install python3.11-doc for the HTML benchmark)"
fi

if [[ $missed -ne 0 && ${SS_BENCH_STRICT:-0} == 1 ]]; then
    exit 1
fi
exit 0

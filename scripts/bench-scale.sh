#!/bin/sh
# make bench-scale: peak resident memory and throughput of sitrep over a
# generated corpus of a gigabyte (goal: RSS under 150 MB).
#
# Usage: scripts/bench-scale.sh [BIN]
#
# Environment:
#   SCALE_SIZE     report text to generate (default 1GB)
#   SCALE_INPUT    dir (a folder of .txt files, the default) or jsonl (one file)
#   SCALE_WORKERS  --workers (default: every core)
#   SCALE_TMP      where the corpus is written (default $TMPDIR or /tmp); it is
#                  deleted at the end
#
# The peak RSS comes from GNU time's -v where it exists, else from polling
# the process's VmHWM in /proc.
set -eu

bin=${1:-bin/sitrep}
size=${SCALE_SIZE:-1GB}
input=${SCALE_INPUT:-dir}
workers=${SCALE_WORKERS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)}
go=${GO:-go}

[ -x "$bin" ] || { echo "bench-scale: $bin is not built (make build)" >&2; exit 2; }
tmp=$(mktemp -d "${SCALE_TMP:-${TMPDIR:-/tmp}}/sitrep-scale.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# A folder of small files takes about three times its text in blocks.
need_kb=$(awk -v s="$size" 'BEGIN {
	n = s + 0; u = tolower(s); sub(/^[0-9.]+ */, "", u)
	m = (u ~ /^g/) ? 1e9 : (u ~ /^m/) ? 1e6 : (u ~ /^k/) ? 1e3 : 1
	printf "%d", n * m * 3 / 1024 }')
avail_kb=$(df -Pk "$tmp" | awk 'NR == 2 { print $4 }')
if [ "$avail_kb" -lt "$need_kb" ]; then
	echo "bench-scale: $tmp has $((avail_kb / 1024)) MB free; a $size corpus needs about $((need_kb / 1024)) MB" >&2
	exit 1
fi

$go build -o "$tmp/gencorpus" ./internal/corpus/cmd/gencorpus
echo "generating $size of reports ($input) under $tmp"
if [ "$input" = jsonl ]; then
	target=$tmp/corpus.jsonl
	"$tmp/gencorpus" -size "$size" -o "$target" 2> "$tmp/gen.txt"
	set -- extract --input-format jsonl -f jsonl --workers "$workers" "$target"
else
	target=$tmp/corpus
	"$tmp/gencorpus" -size "$size" -dir "$target" 2> "$tmp/gen.txt"
	set -- extract -f jsonl --workers "$workers" "$target"
fi
cat "$tmp/gen.txt"
text_bytes=$(awk '{ for (i = 1; i < NF; i++) if ($(i+1) == "bytes") print $i }' "$tmp/gen.txt")

echo "running: $bin $*"
start=$(date +%s%N 2>/dev/null || date +%s)
if /usr/bin/time -v true > /dev/null 2>&1; then
	/usr/bin/time -v -o "$tmp/time.txt" "$bin" "$@" > /dev/null 2> "$tmp/err.txt" || true
	rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time.txt")
	how="GNU time -v"
elif [ -r /proc/self/status ]; then
	"$bin" "$@" > /dev/null 2> "$tmp/err.txt" &
	pid=$!
	rss_kb=0
	while kill -0 "$pid" 2> /dev/null; do
		hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2> /dev/null || true)
		if [ -n "$hwm" ] && [ "$hwm" -gt "$rss_kb" ]; then rss_kb=$hwm; fi
		sleep 0.2
	done
	wait "$pid" || true
	how="/proc VmHWM, polled"
else
	"$bin" "$@" > /dev/null 2> "$tmp/err.txt" || true
	rss_kb=
	how="not measurable here (no GNU time, no /proc)"
fi
end=$(date +%s%N 2>/dev/null || date +%s)
tail -n 3 "$tmp/err.txt"

awk -v b="$text_bytes" -v s="$start" -v e="$end" -v rss="$rss_kb" -v how="$how" -v w="$workers" 'BEGIN {
	t = (length(s) > 12) ? (e - s) / 1e9 : (e - s)
	printf "\n%-34s %10.1f MB of report text\n", "corpus", b / 1e6
	printf "%-34s %10.1f s with %d workers\n", "wall", t, w
	printf "%-34s %10.2f MB/s\n", "throughput", b / 1e6 / t
	if (rss != "") printf "%-34s %10.1f MB (%s; goal < 150 MB)\n", "peak resident memory", rss / 1024, how
	else printf "%-34s %s\n", "peak resident memory", how
}'

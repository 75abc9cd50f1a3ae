#!/bin/sh
# make eval: score sitrep against every gold set in the shared material.
# Usage: scripts/eval.sh BIN SHARED
set -u
bin=${1:-bin/sitrep}
shared=${2:-../shared}
status=0
run() {
	title=$1; shift
	echo "== $title"
	"$bin" eval "$@" || status=1
	echo
}
run "testdata (our own wire-style reports)" --gold testdata/reports testdata/reports
# Written blind, gold first, as a check on how far the rules generalise
# beyond the material they were developed on; no test asserts its figures.
run "testdata/heldout (our own reports, coded blind)" --gold testdata/heldout testdata/heldout
if [ ! -d "$shared/eval" ]; then
	echo "make eval: $shared/eval is absent, so only the bundled testdata was scored."
	echo "Put the shared evaluation material beside the checkout (../shared) to score the seed, news and ACLED sets."
	exit $status
fi
run "seed report" --gold "$shared/eval/seed-000.gold.json" "$shared/eval/seed-000.txt"
run "news reports (dev)" --gold "$shared/eval/news" "$shared/eval/news"
run "ACLED notes (dev)" --actors acled --gold "$shared/eval/acled/dev.gold.jsonl" --input-format jsonl "$shared/eval/acled/dev.articles.jsonl"
exit $status

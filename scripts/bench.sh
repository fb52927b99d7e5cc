#!/usr/bin/env bash
# Benchmarks. KB build: a synthetic dump in Wikidata's layout (default 1,000,000 entities,
# gzipped), then, in the same run, `gzip -dc FILE > /dev/null` and `factlens kb build FILE`,
# reported as a time ratio, with peak memory at two dump sizes (memory must not grow with size).
set -euo pipefail
cd "$(dirname "$0")/.."
entities=${1:-1000000}
work=${BENCH_DIR:-/tmp/factlens-bench}
mkdir -p "$work"
./scripts/build.sh >/dev/null
bin=build/bin
measure() {  # prints "seconds peak_kb"
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  cat "$work/time"
}
for n in $((entities / 4)) "$entities"; do
  dump="$work/synthetic-$n.json.gz"
  [ -s "$dump" ] || "$bin/gen_dump" "$n" "$dump"
  size=$(stat -c %s "$dump")
  read -r gz_s _ < <(measure sh -c "gzip -dc '$dump' > /dev/null")
  read -r kb_s kb_mem < <(measure "$bin/factlens" kb build -o "$work/synthetic.kb" "$dump" --tmp "$work")
  python3 - "$n" "$size" "$gz_s" "$kb_s" "$kb_mem" <<'PY'
import sys
n, size, gz, kb, mem = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
print(f"{n:>9} entities, {size/1e6:8.1f} MB gzipped: gzip -dc {gz:6.2f} s, kb build {kb:6.2f} s, "
      f"ratio {kb/gz:4.2f} (target <= 1.5), {n/kb/1e3:6.1f} k entities/s, peak memory {mem/1024:6.1f} MiB")
PY
done

# Check throughput and latency per 1,000-word article: with the starter KB, and with a KB of
# the largest synthetic dump plus the starter facts (1,000,000 + entities by default).
echo
"$bin/check_bench" build/share/factlens/starter.kb 2000
"$bin/factlens" kb build -o "$work/large.kb" "$work/synthetic-$entities.json.gz" data/starter --tmp "$work" 2>/dev/null
"$bin/check_bench" "$work/large.kb" 2000

# Corpus: index 100,000 synthetic documents (documents/s, MB/s), then check latency with it.
echo
docs=${CORPUS_DOCS:-100000}
python3 bench/gen_corpus.py "$docs" "$work/corpus.jsonl"
rm -rf "$work/corpus"
read -r add_s add_mem < <(measure "$bin/factlens" corpus add --corpus "$work/corpus" "$work/corpus.jsonl")
python3 - "$docs" "$(stat -c %s "$work/corpus.jsonl")" "$add_s" "$add_mem" <<'PY'
import sys
n, size, s, mem = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"corpus add: {n} documents, {size/1e6:.1f} MB in {s:.2f} s: {n/s:,.0f} documents/s, {size/1e6/s:.1f} MB/s, peak memory {mem/1024:.0f} MiB")
PY
"$bin/check_bench" build/share/factlens/starter.kb 500 "$work/corpus"

# HTTP load: 8 connections posting a 1,000-word article to /api/check for 10 s (wrk).
echo
python3 - "$work/article.txt" <<'PY'
import sys, random
rng = random.Random(3)
words = "the talks in a statement officials said on economy security and of trade with after meeting".split()
text = ["LONDON, June 5, 2019 - British Prime Minister Theresa May met German Chancellor Angela Merkel."]
while sum(len(s.split()) for s in text) < 1000:
    text.append(" ".join(rng.choice(words) for _ in range(14)).capitalize() + ".")
    if rng.random() < 0.1:
        text.append("Russia's foreign minister, Sergei Lavrov, said the talks would continue.")
open(sys.argv[1], "w").write(" ".join(text))
PY
"$bin/factlens" serve --port 0 --quiet 2> "$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do grep -q listening "$work/serve.log" && break; sleep 0.1; done
port=$(sed -n 's/.*127.0.0.1:\([0-9]*\).*/\1/p' "$work/serve.log")
ARTICLE="$work/article.txt" wrk -t2 -c8 -d10s --latency -s bench/load.lua "http://127.0.0.1:$port/api/check" |
  grep -E "Requests/sec|Latency|99%|50%|requests in|Non-2xx"
kill $server

#!/usr/bin/env bash
# Times the jar on a generated corpus and reports wall time, throughput and peak memory.
#   src/bench/run.sh [ARTICLES]      (default 2000; build the jar first: mvn -q -DskipTests package)
# The corpus is the test articles (English, French; text, Markdown, HTML) copied ARTICLES times
# over, each copy with its numbers shifted so no two files are the same.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-2000}"
jar=target/claimcheck.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -q -DskipTests package first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t sources < <(find src/test/resources/articles src/test/resources/input -type f \
  \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort)
mkdir -p "$work/corpus"
for ((i = 0; i < n; i++)); do
  src=${sources[$((i % ${#sources[@]}))]}
  ext=${src##*.}
  sed -E "s/([0-9]+)[.,]([0-9])/\1.$((i % 10))/g" "$src" > "$work/corpus/$(printf '%05d' "$i").$ext"
done
bytes=$(du -sb "$work/corpus" | cut -f1)

measure() { # label, then the command
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/rss" "$@" > /dev/null 2> "$work/err" || true
  end=$(date +%s.%N)
  printf '%-34s %8.2f s   peak RSS %6d MiB\n' "$label" "$(echo "$end - $start" | bc)" \
    "$(( $(tail -n 1 "$work/rss") / 1024 ))"
}

echo "corpus: $n files, $((bytes / 1024)) KiB; $(nproc) cores; $(java -version 2>&1 | head -n 1)"
measure "one article (start-up included)" java -jar "$jar" --fail-on never "${sources[0]}"
measure "registry validate" java -jar "$jar" registry validate
measure "$n articles, text report" java -jar "$jar" --fail-on never --quiet "$work/corpus"
measure "$n articles, JSON report" java -jar "$jar" --format json --fail-on never --quiet "$work/corpus"

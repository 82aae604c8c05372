#!/usr/bin/env bash
# Portal search at a province's scale. Builds a realistic corpus of 100,000 articles (titles, leads and bodies
# composed from mass-mobilization vocabulary, dates over ten years, every category: src/test/java/danvan/portal/
# SearchCorpus.java), inserts it with JDBC batches, mass-indexes it into a Lucene directory on disk, then searches
# through HTTP on 127.0.0.1: the issue's eight queries, rare words, misspellings without accents and quoted
# two-word phrases, for 1 client (10 s) and 8 clients (20 s), first pages (kept per index generation) and second
# pages (always searched), and the seed article page while 8 clients search. Prints req/s, p50/p90/p95/p99, the
# mass-indexing time, the index size, the heap, the machine's load with every figure, and the seed article's rank.
#
# Targets on 2 cores: p95 <= 50 ms for one client; >= 150 searches/s with 8 clients at p99 <= 200 ms; the article
# page's p99 <= 25 ms while 8 clients search.
#
# Usage: scripts/bench-search.sh [runs]     (default 1 run; ARTICLES=100000 DURATION_S=10 to change the corpus and
#        the 1-client duration; DANVAN_TEST_POSTGRES=jdbc:postgresql://… to run on PostgreSQL instead of an H2 file;
#        the corpus and the index go under target/search-benchmark and are rebuilt every run;
#        SEARCH=postgresql, with DANVAN_TEST_POSTGRES, to measure PostgreSQL's full-text search instead of Lucene;
#        KEEP=1, with DANVAN_TEST_POSTGRES, to search the corpus a previous run left in that database, schema as is)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1}
ARTICLES=${ARTICLES:-100000}
SECONDS_PER_RUN=${DURATION_S:-10}
PG=()
if [ -n "${DANVAN_TEST_POSTGRES:-}" ]; then
  PG=(-DDANVAN_TEST_DB_URL="$DANVAN_TEST_POSTGRES" -DDANVAN_TEST_DB_USER=postgres -Ddanvan.test.clean=true)
fi
if [ -n "${KEEP:-}" ] && [ -n "${DANVAN_TEST_POSTGRES:-}" ]; then
  # the corpus of a previous run on this database (same generator, same seed) and its schema as they are
  PG=(-DDANVAN_TEST_DB_URL="$DANVAN_TEST_POSTGRES" -DDANVAN_TEST_DB_USER=postgres -Dspring.flyway.enabled=false
      -Ddanvan.benchmark.keep=true)
fi
if [ -n "${SEARCH:-}" ]; then
  [ -n "${DANVAN_TEST_POSTGRES:-}" ] || { echo "SEARCH=$SEARCH needs DANVAN_TEST_POSTGRES" >&2; exit 2; }
  PG+=(-Ddanvan.search.engine="$SEARCH")
fi
mkdir -p target
for i in $(seq 1 "$RUNS"); do
  echo "Run $i/$RUNS: $ARTICLES articles, load $(cut -d' ' -f1-3 /proc/loadavg) at the start…"
  ./mvnw -B -q test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Ddanvan.benchmark=true \
    -Ddanvan.benchmark.articles="$ARTICLES" -Ddanvan.benchmark.seconds="$SECONDS_PER_RUN" \
    -Ddanvan.portal.index-on-start=wait "${PG[@]}" > target/search-benchmark-run.log 2>&1 \
    || { tail -50 target/search-benchmark-run.log; exit 1; }
  cat target/search-benchmark.txt
  cp target/search-benchmark.txt "target/search-benchmark-$i.txt"
  echo
done

#!/usr/bin/env bash
# Benchmark of risk scoring against a large link store: builds risk-benchmark (and what it needs), then runs
# org.complaintsuite.benchmark.LinkStoreBenchmark, which loads synthetic historical complaints into a fresh
# PostgreSQL database (risk_benchmark by default) and measures AssessmentService.process per new complaint.
#
#   scripts/benchmark-risk.sh                                   1,000,000 complaints, 5,000 samples per run
#   scripts/benchmark-risk.sh --complaints=100000 --samples=2000
#   scripts/benchmark-risk.sh --skip-load                       reuse the database a previous run loaded
#   scripts/benchmark-risk.sh --help                            every option
#
# Arguments are passed to the benchmark as they are. JVM options can be given in BENCHMARK_JAVA_OPTS
# (default: -Xms2g -Xmx4g). The report goes to stdout and risk-benchmark/target/benchmark-report.md; progress to
# stderr. Needs the local PostgreSQL (127.0.0.1:5432, user postgres; --url/--user/--password to change) and,
# for a million complaints, about 10 GB of disk and 15 minutes for the load.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '[benchmark-risk] %s\n' "$*" >&2; }
die() { printf '[benchmark-risk] ERROR: %s\n' "$*" >&2; exit 1; }

# shellcheck source=scripts/find-java.sh
source "$ROOT/scripts/find-java.sh"

log "building risk-benchmark and the modules it depends on"
# Build and classpath in one reactor run, so that risk-scoring-service, service-support and common-model on the
# classpath are the jars just built, not whatever an earlier 'install' left in the local repository. The relative
# output file is written once per module, each into its own target/.
CLASSPATH_FILE="risk-benchmark/target/classpath.txt"
./mvnw -q -B -pl risk-benchmark -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
[[ -s "$CLASSPATH_FILE" ]] || die "no classpath in $CLASSPATH_FILE"

# Run from copies of the project's own jars: a build of those modules while the benchmark runs (other work on this
# machine) must not change or delete the code under measurement.
LIB="risk-benchmark/target/benchmark-lib"
rm -rf "$LIB"
mkdir -p "$LIB"
cp risk-benchmark/target/risk-benchmark-*.jar "$LIB/"
classpath="$ROOT/$(ls "$LIB"/risk-benchmark-*.jar)"
IFS=: read -r -a entries < "$CLASSPATH_FILE" || true  # no final newline: read "fails" at the end
for entry in "${entries[@]}"; do
    if [[ $entry == "$ROOT"/*/target/*.jar ]]; then
        cp "$entry" "$LIB/"
        entry="$ROOT/$LIB/$(basename "$entry")"
    fi
    classpath+=":$entry"
done

# Which service code is measured: the commit, and a digest of the sources as built (uncommitted changes included).
SOURCES=(risk-scoring-service/src/main service-support/src/main common-model/src/main)
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
changed="$(git status --porcelain -- "${SOURCES[@]}" 2>/dev/null | wc -l)"
digest="$(find "${SOURCES[@]}" -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)"
code="commit $commit, $changed uncommitted change(s) in the service's sources, sources digest $digest"
log "measuring $code"

find_java
log "java: $JAVA"
# shellcheck disable=SC2086  # BENCHMARK_JAVA_OPTS holds several options
"$JAVA" ${BENCHMARK_JAVA_OPTS:--Xms2g -Xmx4g} "-Dbenchmark.code=$code" -cp "$classpath" \
    org.complaintsuite.benchmark.LinkStoreBenchmark "$@"

database=risk_benchmark
for arg in "$@"; do
    if [[ $arg == --database=* ]]; then
        database="${arg#--database=}"
    fi
done
log "done. The database stays for reruns with --skip-load; drop it with:"
log "  psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE $database WITH (FORCE)'"

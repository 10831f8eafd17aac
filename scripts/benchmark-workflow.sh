#!/usr/bin/env bash
# Benchmark of the SLA metrics endpoint against millions of cases: builds workflow-benchmark (and what it needs),
# then runs org.complaintsuite.benchmark.workflow.SlaMetricsBenchmark, which loads synthetic cases into a fresh
# PostgreSQL database (workflow_benchmark by default) with the workflow service's migrations, starts the workflow
# service on it and times GET /api/v1/metrics/sla over HTTP.
#
#   scripts/benchmark-workflow.sh                              5,000,000 cases, 40 samples per request kind
#   scripts/benchmark-workflow.sh --cases=500000 --samples=20
#   scripts/benchmark-workflow.sh --skip-load                  reuse the database a previous run loaded
#   scripts/benchmark-workflow.sh --help                       every option
#
# Arguments are passed to the benchmark as they are. JVM options can be given in BENCHMARK_JAVA_OPTS
# (default: -Xms1g -Xmx2g). The report goes to stdout and workflow-benchmark/target/benchmark-report.md; progress
# and the service's log to stderr. Needs the local PostgreSQL (127.0.0.1:5432, user postgres; --url/--user/--password
# to change) and, for 5 million cases, about 5 GB of disk and 15 to 30 minutes for the load.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '[benchmark-workflow] %s\n' "$*" >&2; }
die() { printf '[benchmark-workflow] ERROR: %s\n' "$*" >&2; exit 1; }

# shellcheck source=scripts/find-java.sh
source "$ROOT/scripts/find-java.sh"

log "building workflow-benchmark and the modules it depends on"
# Build and classpath in one reactor run, so that workflow-service, service-support and common-model on the
# classpath are the jars just built, not whatever an earlier 'install' left in the local repository. The relative
# output file is written once per module, each into its own target/.
CLASSPATH_FILE="workflow-benchmark/target/classpath.txt"
./mvnw -q -B -pl workflow-benchmark -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
[[ -s "$CLASSPATH_FILE" ]] || die "no classpath in $CLASSPATH_FILE"

# Run from copies of the project's own jars: a build of those modules while the benchmark runs (other work on this
# machine) must not change or delete the code under measurement.
LIB="workflow-benchmark/target/benchmark-lib"
rm -rf "$LIB"
mkdir -p "$LIB"
cp workflow-benchmark/target/workflow-benchmark-*.jar "$LIB/"
classpath="$ROOT/$(ls "$LIB"/workflow-benchmark-*.jar)"
IFS=: read -r -a entries < "$CLASSPATH_FILE" || true  # no final newline: read "fails" at the end
for entry in "${entries[@]}"; do
    if [[ $entry == "$ROOT"/*/target/*.jar ]]; then
        cp "$entry" "$LIB/"
        entry="$ROOT/$LIB/$(basename "$entry")"
    fi
    classpath+=":$entry"
done

# Which service code is measured: the commit, and a digest of the sources as built (uncommitted changes included).
SOURCES=(workflow-service/src/main service-support/src/main common-model/src/main)
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
changed="$(git status --porcelain -- "${SOURCES[@]}" 2>/dev/null | wc -l)"
digest="$(find "${SOURCES[@]}" -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)"
code="commit $commit, $changed uncommitted change(s) in the service's sources, sources digest $digest"
log "measuring $code"

find_java
log "java: $JAVA"
# shellcheck disable=SC2086  # BENCHMARK_JAVA_OPTS holds several options
"$JAVA" ${BENCHMARK_JAVA_OPTS:--Xms1g -Xmx2g} "-Dbenchmark.code=$code" -cp "$classpath" \
    org.complaintsuite.benchmark.workflow.SlaMetricsBenchmark "$@"

database=workflow_benchmark
for arg in "$@"; do
    if [[ $arg == --database=* ]]; then
        database="${arg#--database=}"
    fi
done
log "done. The database stays for reruns with --skip-load; drop it with:"
log "  psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE $database WITH (FORCE)'"

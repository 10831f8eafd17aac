#!/usr/bin/env bash
# Benchmark of the whole pipeline against the suite ./run-local.sh runs (start it first): REST and raw-topic intake
# at target rates, an agency burst beside ordinary traffic, a backlog replay, consumer lag every second, and
# PostgreSQL's and Kafka's own limits on the same machine. Runs org.complaintsuite.benchmark.pipeline.PipelineBenchmark.
#
#   scripts/benchmark-pipeline.sh --quick                     short runs of every scenario (about 10-20 minutes)
#   scripts/benchmark-pipeline.sh                             the full runs (60 s per rate, 100,000 backlog; long)
#   scripts/benchmark-pipeline.sh --scenarios=rest,reference --rates=100,200 --duration=30
#   scripts/benchmark-pipeline.sh --help                      every option
#
# Arguments are passed to the benchmark as they are. The report goes to stdout and to
# pipeline-benchmark/target/pipeline-report/pipeline-report.md with its CSVs; progress to stderr. JVM options in
# BENCHMARK_JAVA_OPTS (default: -Xms512m -Xmx2g). The module is built (with what it needs) when its jar is older than
# its sources, or always with FORCE_BUILD=1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MODULE=pipeline-benchmark
MAIN_CLASS=org.complaintsuite.benchmark.pipeline.PipelineBenchmark
SERVICES=(intake-service:8081 risk-scoring-service:8082 workflow-service:8083)

log() { printf '[benchmark-pipeline] %s\n' "$*" >&2; }
die() { printf '[benchmark-pipeline] ERROR: %s\n' "$*" >&2; exit 1; }

# shellcheck source=scripts/find-java.sh
source "$ROOT/scripts/find-java.sh"

for arg in "$@"; do
    if [[ $arg == --help || $arg == -h ]]; then HELP=1; fi
done

check_suite() {
    local entry module port
    command -v curl >/dev/null 2>&1 || die "curl is needed to check the services' health"
    for entry in "${SERVICES[@]}"; do
        module="${entry%%:*}"; port="${entry##*:}"
        curl -fsS --max-time 3 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"' \
            || die "$module is not ready on port $port: start the suite with ./run-local.sh first"
    done
    (exec 3<>/dev/tcp/127.0.0.1/9092) 2>/dev/null || die "Kafka does not answer on localhost:9092"
    log "the suite is up (intake, risk scoring, workflow ready; Kafka answering)"
}

needs_build() {
    [[ ${FORCE_BUILD:-0} == 1 ]] && return 0
    local jar classpath="$MODULE/target/classpath.txt"
    jar="$(ls -t "$MODULE"/target/"$MODULE"-*.jar 2>/dev/null | head -n 1)" || true
    [[ -n $jar && -s $classpath ]] || return 0
    [[ -n "$(find "$MODULE" common-model pom.xml \( -name target -prune \) -o -type f \( -name pom.xml -o -path '*/src/main/*' \) \
        -newer "$jar" -print -quit)" ]]
}

build() {
    if needs_build; then
        log "building $MODULE and the modules it depends on"
        ./mvnw -q -B -pl "$MODULE" -am package -DskipTests \
            dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
    else
        log "$MODULE is up to date (FORCE_BUILD=1 to rebuild)"
    fi
    [[ -s "$MODULE/target/classpath.txt" ]] || die "no classpath in $MODULE/target/classpath.txt"
}

# Which service code is measured: the commit, and a digest of the services' sources (uncommitted changes included).
code_measured() {
    local sources=(intake-service/src/main risk-scoring-service/src/main workflow-service/src/main
        service-support/src/main common-model/src/main) commit changed digest
    commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    changed="$(git status --porcelain -- "${sources[@]}" 2>/dev/null | wc -l)"
    digest="$(find "${sources[@]}" -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)"
    printf 'commit %s, %s uncommitted change(s) in the services'"'"' sources, sources digest %s' \
        "$commit" "$changed" "$digest"
}

find_java
[[ -z ${HELP:-} ]] && check_suite
build

classpath="$ROOT/$(ls -t "$MODULE"/target/"$MODULE"-*.jar | head -n 1):$(cat "$MODULE/target/classpath.txt")"
if [[ -n ${HELP:-} ]]; then
    "$JAVA" -cp "$classpath" "$MAIN_CLASS" --help
    exit 0
fi

code="$(code_measured)"
log "measuring $code"
log "java: $JAVA"
# the bearer token travels in the environment, not on the command line where ps would show it
PIPELINE_BENCHMARK_TOKEN="$(TOKEN_TTL_SECONDS=86400 "$ROOT/scripts/dev-token.sh" callcenter-fe INTAKE)"
export PIPELINE_BENCHMARK_TOKEN
# shellcheck disable=SC2086  # BENCHMARK_JAVA_OPTS holds several options
"$JAVA" ${BENCHMARK_JAVA_OPTS:--Xms512m -Xmx2g} "-Dbenchmark.code=$code" -cp "$classpath" "$MAIN_CLASS" \
    --run-dir="$ROOT/.local-run" "$@"
log "report: $MODULE/target/pipeline-report/pipeline-report.md"

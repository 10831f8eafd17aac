# Shared by scripts/benchmark-*.sh (sourced, not run): builds a benchmark module with the modules it depends on,
# runs it from copies of the jars just built, and says which service code was measured.

# run_benchmark MODULE SERVICE MAIN_CLASS DATABASE DEFAULT_JAVA_OPTS [benchmark arguments...]
#   MODULE      the benchmark module (risk-benchmark)
#   SERVICE     the service module under measurement (risk-scoring-service)
#   DATABASE    the benchmark's default database, named in the closing hint (its --database= overrides it)
run_benchmark() {
    local module="$1" service="$2" main_class="$3" database="$4" java_opts="$5"
    shift 5

    local script
    script="$(basename "$0" .sh)"
    log() { printf '[%s] %s\n' "$script" "$*" >&2; }
    die() { printf '[%s] ERROR: %s\n' "$script" "$*" >&2; exit 1; }

    # shellcheck source=scripts/find-java.sh
    source "$ROOT/scripts/find-java.sh"

    log "building $module and the modules it depends on"
    # Build and classpath in one reactor run, so that the service, service-support and common-model on the
    # classpath are the jars just built, not whatever an earlier 'install' left in the local repository. The
    # relative output file is written once per module, each into its own target/.
    local classpath_file="$module/target/classpath.txt"
    ./mvnw -q -B -pl "$module" -am package -DskipTests \
        dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
    [[ -s "$classpath_file" ]] || die "no classpath in $classpath_file"

    # Run from copies of the project's own jars: a build of those modules while the benchmark runs (other work on
    # this machine) must not change or delete the code under measurement.
    local lib="$module/target/benchmark-lib" classpath entry entries
    rm -rf "$lib"
    mkdir -p "$lib"
    cp "$module"/target/"$module"-*.jar "$lib/"
    classpath="$ROOT/$(ls "$lib"/"$module"-*.jar)"
    IFS=: read -r -a entries < "$classpath_file" || true  # no final newline: read "fails" at the end
    for entry in "${entries[@]}"; do
        if [[ $entry == "$ROOT"/*/target/*.jar ]]; then
            cp "$entry" "$lib/"
            entry="$ROOT/$lib/$(basename "$entry")"
        fi
        classpath+=":$entry"
    done

    # Which service code is measured: the commit, and a digest of the sources as built (uncommitted changes
    # included).
    local sources=("$service/src/main" service-support/src/main common-model/src/main) commit changed digest code
    commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    changed="$(git status --porcelain -- "${sources[@]}" 2>/dev/null | wc -l)"
    digest="$(find "${sources[@]}" -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)"
    code="commit $commit, $changed uncommitted change(s) in the service's sources, sources digest $digest"
    log "measuring $code"

    find_java
    log "java: $JAVA"
    # shellcheck disable=SC2086  # BENCHMARK_JAVA_OPTS holds several options
    "$JAVA" ${BENCHMARK_JAVA_OPTS:-$java_opts} "-Dbenchmark.code=$code" -cp "$classpath" "$main_class" "$@"

    local arg
    for arg in "$@"; do
        if [[ $arg == --database=* ]]; then
            database="${arg#--database=}"
        fi
    done
    log "done. The database stays for reruns with --skip-load; drop it with:"
    log "  psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE $database WITH (FORCE)'"
}

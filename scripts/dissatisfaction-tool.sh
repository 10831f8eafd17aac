#!/usr/bin/env bash
# The dissatisfaction model's tool (module dissatisfaction-training): train, evaluate or tune. Usually run through
# scripts/evaluate-dissatisfaction.sh or scripts/train-dissatisfaction-model.sh.
#
#   scripts/dissatisfaction-tool.sh evaluate [--model=FILE]   figures of the shipped model (or FILE) on every part
#   scripts/dissatisfaction-tool.sh train [--out=FILE]        trains and writes the model (the shipped one by default)
#   scripts/dissatisfaction-tool.sh tune                      settings compared on the calibration part only
#
# The module is built (with what it needs) when its jar is older than its sources, or always with FORCE_BUILD=1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MODULE=dissatisfaction-training
MAIN_CLASS=org.complaintsuite.dissatisfaction.training.DissatisfactionTool

log() { printf '[dissatisfaction] %s\n' "$*" >&2; }
die() { printf '[dissatisfaction] ERROR: %s\n' "$*" >&2; exit 1; }

# shellcheck source=scripts/find-java.sh
source "$ROOT/scripts/find-java.sh"

needs_build() {
    [[ ${FORCE_BUILD:-0} == 1 ]] && return 0
    local jar classpath="$MODULE/target/classpath.txt"
    jar="$(ls -t "$MODULE"/target/"$MODULE"-*.jar 2>/dev/null | head -n 1)" || true
    [[ -n $jar && -s $classpath ]] || return 0
    [[ -n "$(find "$MODULE" dissatisfaction-model pom.xml \( -name target -prune \) -o -type f \
        \( -name pom.xml -o -path '*/src/main/*' \) -newer "$jar" -print -quit)" ]]
}

find_java
if needs_build; then
    log "building $MODULE and the modules it depends on"
    ./mvnw -q -B -pl "$MODULE" -am package -DskipTests \
        dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi
[[ -s "$MODULE/target/classpath.txt" ]] || die "no classpath in $MODULE/target/classpath.txt"
classpath="$ROOT/$(ls -t "$MODULE"/target/"$MODULE"-*.jar | head -n 1):$(cat "$MODULE/target/classpath.txt")"
exec "$JAVA" -Xmx2g -cp "$classpath" "$MAIN_CLASS" "$@"

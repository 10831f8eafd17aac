#!/usr/bin/env bash
# Measures the quality check of agents' words (docs/prevention.md) on agent turns labelled apart from its rules
# (risk-benchmark/data/quality, README there): precision and recall per label, of any finding against none, and the
# confusion matrix.
#
#   scripts/evaluate-quality-checks.sh dev        the dev set, with every mistake listed (tune the lexicons on this)
#   scripts/evaluate-quality-checks.sh holdout    the holdout set: figures only, no lines (report these)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SET="${1:-dev}"
case "$SET" in
    dev|dev2) EXTRA=(--show-errors) ;;
    holdout|holdout2) EXTRA=() ;;
    *) echo "usage: $0 dev|dev2|holdout|holdout2" >&2; exit 2 ;;
esac

# shellcheck source=scripts/find-java.sh
source "$ROOT/scripts/find-java.sh"

echo "[evaluate-quality-checks] building risk-benchmark and the modules it depends on" >&2
./mvnw -q -B -pl risk-benchmark -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
CLASSPATH_FILE=risk-benchmark/target/classpath.txt
[[ -s "$CLASSPATH_FILE" ]] || { echo "no classpath in $CLASSPATH_FILE" >&2; exit 1; }

find_java
"$JAVA" -cp "$(ls "$ROOT"/risk-benchmark/target/risk-benchmark-*.jar):$(cat "$CLASSPATH_FILE")" \
    org.complaintsuite.benchmark.quality.QualityCheckEvaluation \
    "risk-benchmark/data/quality/agent-turns-$SET.jsonl" "${EXTRA[@]}"

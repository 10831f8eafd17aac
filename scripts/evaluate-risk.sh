#!/usr/bin/env bash
# Measures risk scoring on a labelled, generated set of complaints sent through the real pipeline
# (end-to-end-tests: RiskEvaluationIT with EvaluationSetGenerator), larger than the one CI uses, and prints the report:
# precision, recall and confusion matrix of proxy >= HIGH and escalation >= HIGH, per kind of complaint, with examples
# of what was missed or falsely flagged.
#
# Usage: scripts/evaluate-risk.sh [seed] [size] [extra Maven arguments...]
#   seed  the generator's seed (default: a new random one, printed; CI uses 20251011)
#   size  complaints in the set (default 1500; CI uses 600)
# Environment: SEED, SIZE and EVALUATION_TIMEOUT_SECONDS (default 900) work too.
#
# Needs what the end-to-end tests need: a Docker engine, or PostgreSQL on 127.0.0.1:5432 (see test-support).
# The report is left in end-to-end-tests/target/evaluation/report.md, every scored complaint in scored.jsonl
# next to it, the Maven output in maven.log. Exit status: Maven's (non-zero when a target is not met).
set -euo pipefail

cd "$(dirname "$0")/.."

SEED="${1:-${SEED:-$(( (RANDOM << 15) | RANDOM ))}}"
SIZE="${2:-${SIZE:-1500}}"
TIMEOUT="${EVALUATION_TIMEOUT_SECONDS:-900}"
shift $(( $# > 2 ? 2 : $# ))

OUT=end-to-end-tests/target/evaluation
mkdir -p "$OUT"
rm -f "$OUT/report.md" "$OUT/scored.jsonl"
LOG="$OUT/maven.log"

echo "Evaluating risk scoring: seed $SEED, $SIZE complaints (Maven output: $LOG)"
# -Dtest=... with failIfNoSpecifiedTests=false skips every unit test (surefire) of the modules built on the way;
# -Dit.test selects the one integration test (failsafe) and makes the other modules' integration tests skip.
# Failsafe passes -D user properties on to the forked test JVM as system properties, so the evaluation.* ones
# reach the test.
status=0
./mvnw -B --no-transfer-progress -pl end-to-end-tests -am verify \
    -Dtest=SkipUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=RiskEvaluationIT -Dfailsafe.failIfNoSpecifiedTests=false \
    -Devaluation.seed="$SEED" -Devaluation.size="$SIZE" -Devaluation.timeout-seconds="$TIMEOUT" \
    -Devaluation.enforce-targets=true \
    "$@" > "$LOG" 2>&1 || status=$?

if [[ -f "$OUT/report.md" ]]; then
    cat "$OUT/report.md"
    echo
    grep -E '^  (Proxy|Escalation)' "$LOG" || true
else
    echo "No report was written; the end of the Maven output:" >&2
    tail -n 60 "$LOG" >&2
fi
echo "seed $SEED, size $SIZE: $([[ $status -eq 0 ]] && echo 'all targets met' || echo "exit status $status (targets not met, or the build failed)")"
exit "$status"

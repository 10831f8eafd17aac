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

# shellcheck source=scripts/benchmark-run.sh
source "$ROOT/scripts/benchmark-run.sh"
run_benchmark risk-benchmark risk-scoring-service org.complaintsuite.benchmark.LinkStoreBenchmark risk_benchmark "-Xms2g -Xmx4g" "$@"

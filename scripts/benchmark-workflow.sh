#!/usr/bin/env bash
# Benchmark of the SLA metrics endpoint against millions of cases: builds workflow-benchmark (and what it needs),
# then runs org.complaintsuite.benchmark.workflow.SlaMetricsBenchmark, which loads synthetic cases into a fresh
# PostgreSQL database (workflow_benchmark by default) with the workflow service's migrations, starts the workflow
# service on it and times GET /api/v1/metrics/sla over HTTP. The cases' due times come from the service's own
# policies (its application.yml), working calendar (holiday-cn, with 调休) and clocks (docs/workflow-service.md,
# "Benchmark").
#
#   scripts/benchmark-workflow.sh                              5,000,000 cases, 40 samples per request kind
#   scripts/benchmark-workflow.sh --cases=500000 --samples=20
#   scripts/benchmark-workflow.sh --end=2026-12-06T04:17:07Z   the history ending then, to compare two runs
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

# shellcheck source=scripts/benchmark-run.sh
source "$ROOT/scripts/benchmark-run.sh"
run_benchmark workflow-benchmark workflow-service org.complaintsuite.benchmark.workflow.SlaMetricsBenchmark workflow_benchmark "-Xms1g -Xmx2g" "$@"

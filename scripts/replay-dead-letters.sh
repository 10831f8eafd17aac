#!/usr/bin/env bash
# Lists and replays dead letters through workflow-service's /api/v1/dead-letters (role OPERATIONS).
#
#   scripts/replay-dead-letters.sh                    pending dead letters per topic
#   scripts/replay-dead-letters.sh list TOPIC         the pending dead letters of one topic (id, key, reason)
#   scripts/replay-dead-letters.sh show ID            one dead letter, its value masked
#   scripts/replay-dead-letters.sh replay ID          replays one dead letter (409 if it was replayed before)
#   scripts/replay-dead-letters.sh replay-topic TOPIC replays every pending dead letter of a topic
#
# Replay only after the cause is fixed: a record that fails again comes back as a new dead letter. The token is
# WORKFLOW_TOKEN if set, else one minted by scripts/dev-token.sh for ops-zhao (OPERATIONS); the service is
# WORKFLOW_URL (default http://localhost:8083). Needs curl and jq.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
URL="${WORKFLOW_URL:-http://localhost:8083}"
die() { printf '[replay-dead-letters] ERROR: %s\n' "$*" >&2; exit 1; }
command -v curl >/dev/null || die "curl is required"
command -v jq >/dev/null || die "jq is required"
TOKEN="${WORKFLOW_TOKEN:-$("$ROOT/scripts/dev-token.sh" ops-zhao OPERATIONS)}"

# GET or POST on the API; prints the body, fails on any status but 2xx (409 on replay is reported, not fatal)
call() {
    local method="$1" path="$2" body status
    body="$(mktemp)"
    status="$(curl -sS -o "$body" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" "$URL$path")" \
        || { rm -f "$body"; die "$URL is not reachable"; }
    if [[ $status == 2* ]]; then
        cat "$body"; rm -f "$body"; return 0
    fi
    printf '[replay-dead-letters] %s %s answered %s: %s\n' "$method" "$path" "$status" \
        "$(jq -r '.detail // .title // .' "$body" 2>/dev/null || cat "$body")" >&2
    rm -f "$body"
    [[ $status == 409 ]] && return 2
    return 1
}

pending_ids() {
    local topic="$1" page=0 answer
    while :; do
        answer="$(call GET "/api/v1/dead-letters?pending=true&topic=$(jq -rn --arg t "$topic" '$t|@uri')&page=$page&size=100")"
        jq -r '.items[].id' <<<"$answer"
        (( page + 1 < $(jq -r '.totalPages' <<<"$answer") )) || break
        page=$((page + 1))
    done
}

case "${1:-topics}" in
    topics)
        call GET /api/v1/dead-letters/topics \
            | jq -r '(["TOPIC", "PENDING", "TOTAL"] | @tsv), (.[] | [.topic, .pending, .total] | @tsv)' | column -t
        ;;
    list)
        [[ -n ${2:-} ]] || die "usage: $0 list TOPIC"
        call GET "/api/v1/dead-letters?pending=true&topic=$(jq -rn --arg t "$2" '$t|@uri')&size=100" \
            | jq -r '.items[] | [.id, .receivedAt, (.key // "-"), (.consumerGroup // "-"),
                     ((.exceptionCauseClass // .exceptionClass // "-") | split(".") | last)] | @tsv'
        ;;
    show)
        [[ ${2:-} =~ ^[0-9]+$ ]] || die "usage: $0 show ID"
        call GET "/api/v1/dead-letters/$2" | jq .
        ;;
    replay)
        [[ ${2:-} =~ ^[0-9]+$ ]] || die "usage: $0 replay ID"
        call POST "/api/v1/dead-letters/$2/replay" | jq -r '"replayed \(.id) to \(.topic) at \(.replayedAt)"'
        ;;
    replay-topic)
        [[ -n ${2:-} ]] || die "usage: $0 replay-topic TOPIC"
        replayed=0 refused=0
        for id in $(pending_ids "$2"); do
            if call POST "/api/v1/dead-letters/$id/replay" >/dev/null; then
                replayed=$((replayed + 1))
            else
                refused=$((refused + 1))
            fi
        done
        printf 'replayed %d dead letter(s) of %s, %d refused\n' "$replayed" "$2" "$refused"
        ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 1
        ;;
esac

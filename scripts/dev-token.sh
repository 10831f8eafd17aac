#!/usr/bin/env bash
# Mints a bearer token for any service of the suite as run by run-local.sh (HS256, signed with the local secret).
#
#   scripts/dev-token.sh [user] [roles] [groups]   roles and groups comma-separated; defaults: agent-li AGENT and
#                                                  all eight specialist groups (claim "groups", read by the inbox)
#   TOKEN_TTL_SECONDS=3600 scripts/dev-token.sh lead-wang SUPERVISOR,AGENT
#   scripts/dev-token.sh agent-zhang AGENT FEES,CREDIT_REPORT
#   scripts/dev-token.sh callcenter-fe INTAKE       the call-center front end's service account (intake)
#   scripts/dev-token.sh prometheus OPERATIONS      the metrics scraper (/actuator/prometheus)
#
#   curl -H "Authorization: Bearer $(scripts/dev-token.sh)" http://localhost:8083/api/v1/cases
#
# Roles are AGENT, SUPERVISOR, OPERATIONS and INTAKE, spelled in capitals: the services match them exactly.
# The secret is SUITE_JWT_SECRET if set, else the development secret of scripts/dev-secret.sh. Signs with openssl,
# or with a JDK 21+ (scripts/find-java.sh) when openssl is not installed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
die() { printf '[dev-token] ERROR: %s\n' "$*" >&2; exit 1; }

# shellcheck source=scripts/dev-secret.sh
source "$ROOT/scripts/dev-secret.sh"

USER_NAME="${1:-agent-li}"
ROLES="${2:-AGENT}"
GROUPS_CSV="${3:-GENERAL,COMPLEX,ESCALATED,PROACTIVE,CREDIT_REPORT,FEES,PUBLIC_PLATFORM,ANTI_FRAUD}"
TTL="${TOKEN_TTL_SECONDS:-28800}"
[[ $USER_NAME =~ ^[A-Za-z0-9._@-]{1,64}$ ]] || die "user must be 1-64 characters of letters, digits, . _ @ -"
[[ $ROLES =~ ^(AGENT|SUPERVISOR|OPERATIONS|INTAKE)(,(AGENT|SUPERVISOR|OPERATIONS|INTAKE))*$ ]] \
    || die "roles must be comma-separated names of AGENT, SUPERVISOR, OPERATIONS, INTAKE (in capitals)"
[[ $GROUPS_CSV =~ ^[A-Za-z_]+(,[A-Za-z_]+)*$ ]] || die "groups must be comma-separated names, e.g. FEES,COMPLEX"
[[ $TTL =~ ^[0-9]+$ ]] || die "TOKEN_TTL_SECONDS must be a number of seconds"

NOW="$(date +%s)"
ROLES_JSON="\"${ROLES//,/\",\"}\""
GROUPS_JSON="\"${GROUPS_CSV//,/\",\"}\""
HEADER='{"alg":"HS256","typ":"JWT"}'
PAYLOAD="{\"sub\":\"$USER_NAME\",\"preferred_username\":\"$USER_NAME\",\"roles\":[${ROLES_JSON}],\"groups\":[${GROUPS_JSON^^}],\"iat\":$NOW,\"exp\":$((NOW + TTL))}"

b64url() { base64 | tr -d '=\n' | tr '/+' '_-'; }

if command -v openssl >/dev/null 2>&1; then
    SIGNING_INPUT="$(printf '%s' "$HEADER" | b64url).$(printf '%s' "$PAYLOAD" | b64url)"
    SIGNATURE="$(printf '%s' "$SIGNING_INPUT" | openssl dgst -sha256 -mac HMAC -macopt "key:$DEV_JWT_SECRET" -binary | b64url)"
    printf '%s.%s\n' "$SIGNING_INPUT" "$SIGNATURE"
else
    # shellcheck source=scripts/find-java.sh
    source "$ROOT/scripts/find-java.sh"
    find_java
    SOURCE="$(mktemp -d)/DevToken.java"
    trap 'rm -rf "$(dirname "$SOURCE")"' EXIT
    cat > "$SOURCE" <<'JAVA'
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class DevToken {
    public static void main(String[] args) throws Exception {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        String input = encoder.encodeToString(args[0].getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(System.getenv("DEV_JWT_SECRET").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        System.out.println(input + "." + encoder.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8))));
    }
}
JAVA
    DEV_JWT_SECRET="$DEV_JWT_SECRET" "$JAVA" "$SOURCE" "$HEADER" "$PAYLOAD"
fi

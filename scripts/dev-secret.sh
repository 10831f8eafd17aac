# Shared by run-local.sh and scripts/dev-token.sh (sourced, not run): the HMAC secret every service of the suite checks
# bearer tokens with on this machine (SUITE_JWT_SECRET; WORKFLOW_JWT_SECRET, its former name, is still read). For local
# runs only; a deployed service trusts the identity provider instead
# (spring.security.oauth2.resourceserver.jwt.issuer-uri) and must never be given this secret.
# shellcheck disable=SC2034  # used by the scripts that source this file
DEV_JWT_SECRET="${SUITE_JWT_SECRET:-${WORKFLOW_JWT_SECRET:-local-development-only-suite-jwt-secret}}"

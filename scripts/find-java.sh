# Shared by run-local.sh and scripts/*.sh (sourced, not run): finds a JDK 21 or newer, because the code is compiled
# for Java 21 and the machine's default java may be older. Sets JAVA and JAVA_MAJOR; expects a die() function.

# Major version of a java binary ("1.8.0_392" -> 8, "21.0.2" -> 21, "25-ea" -> 25), empty if it does not run.
java_major() {
    local v
    v="$("$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')" || true
    [[ $v == 1.* ]] && v="${v#1.}"
    v="${v%%[!0-9]*}"
    printf '%s' "$v"
}

# The services are compiled for Java 21 and the machine's default java may be older, so never trust PATH alone.
find_java() {
    local candidate major best="" best_major=0
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
        major="$(java_major "$JAVA_HOME/bin/java")"
        if (( ${major:-0} >= 21 )); then
            JAVA="$JAVA_HOME/bin/java"; JAVA_MAJOR="$major"; return
        fi
    fi
    for candidate in /usr/lib/jvm/*/bin/java; do
        [[ -x "$candidate" ]] || continue
        major="$(java_major "$candidate")"
        if (( ${major:-0} > best_major )); then
            best="$candidate"; best_major="$major"
        fi
    done
    (( best_major >= 21 )) || die "no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable in /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk-headless', or point JAVA_HOME at it."
    JAVA="$best"; JAVA_MAJOR="$best_major"
}

#!/usr/bin/env bash
# Runs the whole complaint suite on this machine without Docker: a single-node Kafka broker (jars resolved
# from Maven Central by local/kafka/pom.xml), the local PostgreSQL, the three services, and the browser console.
#
#   ./run-local.sh          build what is needed, start everything, stay in the foreground restarting any part
#                           that dies (backoff 1 s doubling to RESTART_MAX_DELAY_SECONDS); Ctrl-C stops it all
#   ./run-local.sh stop     stop whatever a run started (uses the pid files), all parts at once, within
#                           STOP_WAIT_SECONDS (10); safe to repeat
#
# Logs and pid files go to .local-run/ (git-ignored). Kafka data persists in .local-run/kafka-data between
# runs; delete that directory for an empty broker.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

RUN_DIR="$ROOT/.local-run"
KAFKA_DIR="$ROOT/local/kafka"
KAFKA_DATA="$RUN_DIR/kafka-data"
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093

PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=postgres
# shellcheck disable=SC2016  # printed for the user to paste, not expanded here
PG_START_HINT='pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'
# Databases the services expect to exist (each service's schema is created by its own Flyway migrations).
DATABASES=(workflow risk)

# module:port, in start order. Stopped in reverse order. The console (the last) starts once the others are healthy.
SERVICES=(intake-service:8081 risk-scoring-service:8082 workflow-service:8083 console:8080)
CONSOLE=console

KAFKA_WAIT_SECONDS=60
HEALTH_WAIT_SECONDS="${HEALTH_WAIT_SECONDS:-120}"
STOP_WAIT_SECONDS="${STOP_WAIT_SECONDS:-10}"
# A part that dies is started again after 1 s, then 2, 4, ... up to this many seconds between attempts; the delay
# goes back to 1 s once the part has stayed up for RESTART_RESET_SECONDS.
RESTART_MAX_DELAY_SECONDS="${RESTART_MAX_DELAY_SECONDS:-30}"
RESTART_RESET_SECONDS=60

# What this invocation started (names as used for pid/log files); only these are stopped on exit, so a failed
# start never kills the processes of another run.
STARTED=()

log()  { printf '[run-local] %s\n' "$*"; }
die()  { printf '[run-local] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------- java

# shellcheck source=scripts/find-java.sh
source "$ROOT/scripts/find-java.sh"
# shellcheck source=scripts/dev-secret.sh
source "$ROOT/scripts/dev-secret.sh"

# ---------------------------------------------------------------------------------------------- processes

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }

# A pid file can outlive its process and the pid be reused, so check the command line is still ours.
# Zombies (exited children not yet reaped) count as gone.
is_our_process() {
    local pid="$1" marker="$2" state cmdline
    if [[ -r "/proc/$pid/stat" ]]; then
        state="$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null)" || return 1
        [[ $state == Z ]] && return 1
        cmdline="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)" || return 1
    else
        cmdline="$(ps -o args= -p "$pid" 2>/dev/null)" || return 1
    fi
    [[ $cmdline == *"$marker"* ]]
}

# Marker that identifies each process's command line: the jar for services, the main class for the broker.
process_marker() {
    if [[ $1 == kafka ]]; then printf 'kafka.Kafka'; else printf '%s' "$1/target/"; fi
}

# Prints the pid if the pid file names a live process of ours.
running_pid() {
    local name="$1" file pid
    file="$(pid_file "$name")"
    [[ -f "$file" ]] || return 1
    pid="$(cat "$file" 2>/dev/null)" || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    is_our_process "$pid" "$(process_marker "$name")" || return 1
    printf '%s' "$pid"
}

# SIGTERM lets Spring and Kafka shut down cleanly (Kafka writes a clean-shutdown marker, which makes the next
# start fast; each service finishes the record in hand and stops within 10 s); SIGKILL whatever is still running
# when STOP_WAIT_SECONDS are up. All parts are signalled at once, so the whole stop takes as long as the slowest
# part, not the sum of them: a service that loses the broker while stopping leaves its last records uncommitted,
# and they are processed again (idempotently) at the next start.
stop_names() {
    local name pid names=("$@") pids=() marks=() i deadline
    for name in "${names[@]}"; do
        if pid="$(running_pid "$name")"; then
            pids+=("$pid"); marks+=("$(process_marker "$name")")
            log "stopping $name (pid $pid)"
        fi
        # removed before the signal, so a foreground run watching its processes knows this stop was asked for
        # and does not restart what is about to exit
        rm -f "$(pid_file "$name")"
    done
    (( ${#pids[@]} > 0 )) || return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    deadline=$(( SECONDS + STOP_WAIT_SECONDS ))
    while (( SECONDS < deadline )); do
        local alive=0
        for i in "${!pids[@]}"; do
            is_our_process "${pids[i]}" "${marks[i]}" && alive=1
        done
        (( alive )) || break
        sleep 0.2
    done
    for i in "${!pids[@]}"; do
        if is_our_process "${pids[i]}" "${marks[i]}"; then
            log "pid ${pids[i]} did not stop within ${STOP_WAIT_SECONDS}s, killing it"
            kill -KILL "${pids[i]}" 2>/dev/null || true
        fi
        # reap it if it is our child, so no zombie lingers while we keep running
        wait "${pids[i]}" 2>/dev/null || true
    done
    return 0
}

all_names() {
    local entry
    printf '%s\n' kafka
    for entry in "${SERVICES[@]}"; do printf '%s\n' "${entry%%:*}"; done
}

stop_everything_started() {
    trap - EXIT
    # Cleanup must run to the end: no errexit, no death by a second Ctrl-C, and no death by SIGPIPE when our
    # output went to a pipe (e.g. "./run-local.sh | tee") whose reader Ctrl-C has already killed.
    set +e
    trap '' INT TERM HUP PIPE
    if (( ${#STARTED[@]} > 0 )); then
        stop_names "${STARTED[@]}"
        STARTED=()
        log "everything stopped"
    fi
}

print_log_tail() {
    local file="$1"
    [[ -s "$file" ]] || return 0
    printf '\n----- last lines of %s -----\n' "${file#"$ROOT/"}" >&2
    tail -n 40 "$file" >&2
    printf -- '----- end of %s -----\n\n' "${file#"$ROOT/"}" >&2
}

# ---------------------------------------------------------------------------------------------- checks

port_in_use() {
    # bash's /dev/tcp: a successful connect means something already listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

check_ports_free() {
    local entry port busy=()
    for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
        port_in_use "$port" && busy+=("$port (Kafka)")
    done
    for entry in "${SERVICES[@]}"; do
        port="${entry##*:}"
        port_in_use "$port" && busy+=("$port (${entry%%:*})")
    done
    if (( ${#busy[@]} > 0 )); then
        printf '[run-local] ERROR: port already in use: %s\n' "${busy[@]}" >&2
        if command -v ss >/dev/null 2>&1; then
            printf '[run-local] listeners (ss -ltnp):\n' >&2
            ss -ltnp 2>/dev/null | grep -E ":($KAFKA_PORT|$KAFKA_CONTROLLER_PORT|$(printf '%s|' "${SERVICES[@]##*:}" | sed 's/|$//'))\b" >&2 || true
        fi
        exit 1
    fi
}

check_not_already_running() {
    local name running=()
    while read -r name; do
        running_pid "$name" >/dev/null && running+=("$name")
    done < <(all_names)
    if (( ${#running[@]} > 0 )); then
        die "already running from a previous ./run-local.sh: ${running[*]}. Stop it with './run-local.sh stop'."
    fi
    return 0
}

check_postgres() {
    command -v psql >/dev/null 2>&1 || die "psql not found; install the PostgreSQL client (apt-get install postgresql-client)."
    local ready=0
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && ready=1
    else
        port_in_use "$PG_PORT" && ready=1
    fi
    if (( ! ready )); then
        printf '[run-local] ERROR: PostgreSQL is not reachable at %s:%s. Start it with:\n\n    %s\n\n' \
            "$PG_HOST" "$PG_PORT" "$PG_START_HINT" >&2
        exit 1
    fi
}

# Warns when the server does not autovacuum: the suite's tables are then never analysed as they grow, prepared
# statements keep plans made while they were small (sequential scans), and throughput falls with every thousand cases.
warn_without_autovacuum() {
    local autovacuum
    autovacuum="$(psql -w -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc 'SHOW autovacuum' 2>/dev/null)" || return 0
    if [[ $autovacuum == off ]]; then
        log "WARNING: PostgreSQL runs with autovacuum = off: tables are not analysed as they grow and queries slow down"
        log "         (see docs/operations.md). To turn it on: psql -U $PG_USER -c 'ALTER SYSTEM SET autovacuum = on' -c 'SELECT pg_reload_conf()'"
    fi
}

create_databases() {
    local db exists
    for db in "${DATABASES[@]}"; do
        # -w: never prompt for a password (this setup uses trust auth); fail instead of hanging.
        exists="$(psql -w -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname='$db'")" \
            || die "cannot query PostgreSQL at $PG_HOST:$PG_PORT as $PG_USER"
        if [[ $exists != 1 ]]; then
            log "creating database $db"
            createdb -w -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$db"
        fi
    done
}

# ---------------------------------------------------------------------------------------------- build

exec_jar() {
    local module="$1" jars
    # The version is not hard-coded so a version bump does not break this script; newest wins.
    # shellcheck disable=SC2012  # module paths are plain names
    jars="$(ls -t "$module"/target/"$module"-*-exec.jar 2>/dev/null | head -n 1)" || true
    printf '%s' "$jars"
}

# A full reactor build takes a while even when nothing changed, so skip it when every exec jar is newer than
# every pom and main source/resource file. FORCE_BUILD=1 builds anyway.
services_need_build() {
    [[ ${FORCE_BUILD:-0} == 1 ]] && return 0
    local entry jar oldest=""
    for entry in "${SERVICES[@]}"; do
        jar="$(exec_jar "${entry%%:*}")"
        [[ -n $jar ]] || return 0
        if [[ -z $oldest || $jar -ot $oldest ]]; then oldest="$jar"; fi
    done
    [[ -n "$(find . \( -name target -o -name .git -o -name .local-run -o -path ./local -o -name node_modules \) -prune \
        -o \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$oldest" -print -quit)" ]]
}

build() {
    if services_need_build; then
        log "building the services (./mvnw -q -B -DskipTests package)"
        ./mvnw -q -B -DskipTests package || die "the Maven build failed, see above"
    else
        log "service jars are up to date (FORCE_BUILD=1 to rebuild)"
    fi
    local entry
    for entry in "${SERVICES[@]}"; do
        [[ -n "$(exec_jar "${entry%%:*}")" ]] || die "no ${entry%%:*}/target/${entry%%:*}-*-exec.jar after the build"
    done

    if ! compgen -G "$KAFKA_DIR/target/lib/kafka_2.13-*.jar" >/dev/null || [[ "$KAFKA_DIR/pom.xml" -nt "$KAFKA_DIR/target/lib" ]]; then
        log "resolving the Kafka broker from Maven Central (local/kafka/pom.xml)"
        # a stale lib/ would keep jars of an old version next to the new ones on the classpath
        rm -rf "$KAFKA_DIR/target/lib"
        ./mvnw -q -B -f "$KAFKA_DIR/pom.xml" package || die "could not resolve the Kafka broker jars"
        touch "$KAFKA_DIR/target/lib"
    fi
}

# ---------------------------------------------------------------------------------------------- start

# An array rather than a function: "function &" would fork a subshell, and $! would be the subshell's pid
# instead of the JVM's, so the pid file could not be used to stop the broker.
kafka_command() {
    KAFKA_JAVA=("$JAVA" -Xms256m -Xmx1g -Djava.awt.headless=true
        "-Dlog4j2.configurationFile=$KAFKA_DIR/log4j2.yaml" "-Dkafka.logs.dir=$RUN_DIR")
    # Kafka still calls sun.misc.Unsafe for buffer unmapping; JDK 24+ warns about it on every start.
    if (( JAVA_MAJOR >= 24 )); then KAFKA_JAVA+=(--sun-misc-unsafe-memory-access=allow); fi
    KAFKA_JAVA+=(-cp "$KAFKA_DIR/target/lib/*")
}

# Starts the broker in the background on the config start_kafka wrote; also how the supervisor restarts it.
launch_kafka() {
    kafka_command
    "${KAFKA_JAVA[@]}" kafka.Kafka "$RUN_DIR/kafka-server.properties" >>"$RUN_DIR/kafka.log" 2>&1 &
    echo "$!" > "$(pid_file kafka)"
    remember_started kafka
}

remember_started() {
    local name
    for name in "${STARTED[@]}"; do [[ $name == "$1" ]] && return 0; done
    STARTED+=("$1")
}

start_kafka() {
    local props="$RUN_DIR/kafka-server.properties" cluster_id pid i
    kafka_command
    # The storage tool has no command-line override, so both it and the broker read a copy of the config
    # whose log.dirs is absolute (the last occurrence of a key wins).
    {
        cat "$KAFKA_DIR/server.properties"
        printf '\n# appended by run-local.sh\nlog.dirs=%s\n' "$KAFKA_DATA"
    } > "$props"
    : > "$RUN_DIR/kafka.log"

    if [[ ! -f "$KAFKA_DATA/meta.properties" ]]; then
        log "formatting Kafka storage in ${KAFKA_DATA#"$ROOT/"} (first run)"
        mkdir -p "$KAFKA_DATA"
        cluster_id="$("${KAFKA_JAVA[@]}" kafka.tools.StorageTool random-uuid 2>>"$RUN_DIR/kafka.log" | tail -n 1)" || true
        [[ -n $cluster_id ]] || { print_log_tail "$RUN_DIR/kafka.log"; die "could not generate a Kafka cluster id"; }
        "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$props" >>"$RUN_DIR/kafka.log" 2>&1 \
            || { print_log_tail "$RUN_DIR/kafka.log"; die "formatting the Kafka storage failed"; }
    fi

    log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
    launch_kafka
    pid="$(cat "$(pid_file kafka)")"

    for (( i = 0; i < KAFKA_WAIT_SECONDS; i++ )); do
        port_in_use "$KAFKA_PORT" && { log "Kafka is up (pid $pid)"; return 0; }
        if ! is_our_process "$pid" kafka.Kafka; then
            print_log_tail "$RUN_DIR/kafka.log"; print_log_tail "$RUN_DIR/kafka-server.log"
            die "Kafka exited during startup"
        fi
        sleep 1
    done
    print_log_tail "$RUN_DIR/kafka.log"; print_log_tail "$RUN_DIR/kafka-server.log"
    die "Kafka did not open port $KAFKA_PORT within ${KAFKA_WAIT_SECONDS}s"
}

# Starts the given modules (names as in SERVICES).
start_services() {
    local entry module port jar pid wanted name profile
    # Set here rather than inherited: they must point at what this script runs, whatever the shell exported.
    export KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT"
    export WORKFLOW_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/workflow"
    export WORKFLOW_DB_USER="$PG_USER"
    export WORKFLOW_DB_PASSWORD=""
    export RISK_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/risk"
    export RISK_DB_USER="$PG_USER"
    export RISK_DB_PASSWORD=""
    # every service checks bearer tokens with this secret; scripts/dev-token.sh mints them with the same one
    export SUITE_JWT_SECRET="$DEV_JWT_SECRET"
    # the console calls workflow with tokens signed by the same secret, for the users of its "local" profile
    export WORKFLOW_URL="http://localhost:8083"
    for entry in "${SERVICES[@]}"; do
        module="${entry%%:*}"; port="${entry##*:}"
        wanted=0
        for name in "$@"; do [[ $name == "$module" ]] && wanted=1; done
        (( wanted )) || continue
        jar="$(exec_jar "$module")"
        log "starting $module on port $port"
        # the console's "local" profile: form login with the users printed at the end, tokens signed with the secret
        profile=()
        [[ $module == "$CONSOLE" ]] && profile=(--spring.profiles.active=local)
        # SERVER_PORT per process: a SERVER_PORT exported in the shell would otherwise put them all on one port.
        # SERVICE_JAVA_OPTS (e.g. "-Xmx512m -Dfoo=bar") is split into words on purpose.
        # shellcheck disable=SC2086
        # appended to: a restarted service's log keeps what the crashed one wrote (cmd_start empties the logs)
        SERVER_PORT="$port" "$JAVA" ${SERVICE_JAVA_OPTS:-} -jar "$ROOT/$jar" "${profile[@]}" >> "$RUN_DIR/$module.log" 2>&1 &
        pid=$!
        echo "$pid" > "$(pid_file "$module")"
        remember_started "$module"
    done
}

health_is_up() {
    curl -fsS --max-time 2 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'
}

# Waits for the given modules (names as in SERVICES).
wait_for_health() {
    local deadline=$(( SECONDS + HEALTH_WAIT_SECONDS )) entry module port pid pending wanted name
    command -v curl >/dev/null 2>&1 || die "curl is needed to check the services' health"
    while :; do
        pending=()
        for entry in "${SERVICES[@]}"; do
            module="${entry%%:*}"; port="${entry##*:}"
            wanted=0
            for name in "$@"; do [[ $name == "$module" ]] && wanted=1; done
            (( wanted )) || continue
            if ! pid="$(running_pid "$module")"; then
                print_log_tail "$RUN_DIR/$module.log"
                die "$module exited during startup (log: .local-run/$module.log)"
            fi
            health_is_up "$port" || pending+=("$module")
        done
        (( ${#pending[@]} == 0 )) && return 0
        if (( SECONDS >= deadline )); then
            for module in "${pending[@]}"; do print_log_tail "$RUN_DIR/$module.log"; done
            die "not healthy after ${HEALTH_WAIT_SECONDS}s: ${pending[*]}"
        fi
        sleep 2
    done
}

print_usage_hints() {
    cat <<EOF

  All services are up (logs in .local-run/, Ctrl-C stops everything):
    console               http://localhost:8080   (sign in as one of the users below)
    intake-service        http://localhost:8081   (health: http://localhost:8081/actuator/health)
    risk-scoring-service  http://localhost:8082   (health: http://localhost:8082/actuator/health)
    workflow-service      http://localhost:8083   (health: http://localhost:8083/actuator/health)
    Kafka                 localhost:$KAFKA_PORT
    PostgreSQL            $PG_HOST:$PG_PORT, databases: ${DATABASES[*]}

  Console users (profile "local", password for each: dev):
    agent-li    AGENT        all eight groups: my queue, cases, alerts
    lead-wang   SUPERVISOR   all eight groups: queue, group board, supervisor commands, dashboard, alerts
    ops-zhao    OPERATIONS   operations dashboard, holiday calendar, alerts

  Submit a chat complaint as the call-center front end's service account (answers 202 with {"complaintId": "..."};
  every service wants a token of the suite, minted here with scripts/dev-token.sh [user] [roles]):

curl -sS -i -X POST http://localhost:8081/api/v1/complaints/chat \\
  -H "Authorization: Bearer \$(scripts/dev-token.sh callcenter-fe INTAKE)" \\
  -H 'Content-Type: application/json' \\
  --data-binary @- <<'JSON'
{"sessionId": "CHAT-8f1c2a", "platform": "APP", "userId": "C100234", "phone": "13800138000", "messages": [ {"from": "USER", "sentAt": 1760145302000, "text": "再不处理我就去银保监会投诉！"}, {"from": "BOT", "sentAt": 1760145303000, "text": "正在为您转接人工客服"} ], "tags": ["投诉"]}
JSON

  Then fetch the case it opened (the complaintId from the answer above) as an agent
  (roles AGENT, SUPERVISOR, OPERATIONS, INTAKE; see docs/operations.md, "Identity and roles"):

curl -H "Authorization: Bearer \$(scripts/dev-token.sh agent-li AGENT)" http://localhost:8083/api/v1/cases/<complaintId>

  and the queue, most urgent first:

curl -H "Authorization: Bearer \$(scripts/dev-token.sh lead-wang SUPERVISOR)" 'http://localhost:8083/api/v1/cases?breached=true'

EOF
}

# Stay in the foreground so Ctrl-C is the way to stop. A part that dies on its own (a crash, kill -9, the OOM
# killer) is started again, after 1 s, then 2, 4, ... up to RESTART_MAX_DELAY_SECONDS while it keeps dying; the
# others keep running meanwhile (intake answers 503 while the broker is away, complaints wait on their topics while
# risk scoring or workflow is away). A pid file removed from outside means "./run-local.sh stop": then we end too.
declare -A RESTART_DELAY=() RESTART_AT=() UP_SINCE=() AWAITING_HEALTH=()

service_port() {
    local entry
    for entry in "${SERVICES[@]}"; do [[ ${entry%%:*} == "$1" ]] && { printf '%s' "${entry##*:}"; return 0; }; done
    return 1
}

restart_part() {
    local name="$1"
    log "restarting $name"
    printf '\n[run-local] %s restarting after a crash\n' "$(date -u +%FT%TZ)" >> "$RUN_DIR/${name}.log"
    if [[ $name == kafka ]]; then
        launch_kafka
    else
        start_services "$name"
    fi
    UP_SINCE[$name]=$SECONDS
    AWAITING_HEALTH[$name]=1
    unset 'RESTART_AT[$name]'
}

supervise() {
    local name port delay
    for name in "${STARTED[@]}"; do RESTART_DELAY[$name]=1; UP_SINCE[$name]=$SECONDS; done
    while :; do
        for name in "${STARTED[@]}"; do
            if [[ ! -f "$(pid_file "$name")" ]]; then
                log "$name was stopped from outside (./run-local.sh stop?), stopping the rest"
                exit 0
            fi
            if [[ -n ${RESTART_AT[$name]:-} ]]; then
                (( SECONDS >= RESTART_AT[$name] )) && restart_part "$name"
                continue
            fi
            if ! running_pid "$name" >/dev/null; then
                # a stop from outside removes the pid file first: gone now means it was asked for
                [[ -f "$(pid_file "$name")" ]] || continue
                delay=${RESTART_DELAY[$name]}
                log "$name stopped unexpectedly; restarting it in ${delay}s"
                if [[ $name == kafka ]]; then
                    print_log_tail "$RUN_DIR/kafka-server.log"
                else
                    print_log_tail "$RUN_DIR/$name.log"
                fi
                RESTART_AT[$name]=$(( SECONDS + delay ))
                RESTART_DELAY[$name]=$(( delay * 2 > RESTART_MAX_DELAY_SECONDS ? RESTART_MAX_DELAY_SECONDS : delay * 2 ))
                unset 'AWAITING_HEALTH[$name]'
                continue
            fi
            if [[ -n ${AWAITING_HEALTH[$name]:-} ]]; then
                if [[ $name == kafka ]]; then
                    port_in_use "$KAFKA_PORT" && { log "Kafka is up again"; unset 'AWAITING_HEALTH[$name]'; }
                elif port="$(service_port "$name")" && health_is_up "$port"; then
                    log "$name is ready again"; unset 'AWAITING_HEALTH[$name]'
                fi
            fi
            if (( RESTART_DELAY[$name] > 1 && SECONDS - UP_SINCE[$name] >= RESTART_RESET_SECONDS )); then
                RESTART_DELAY[$name]=1
            fi
        done
        # sleep in the background and wait for it: bash runs the INT/TERM trap as soon as a signal arrives
        # during "wait", but only after a foreground sleep finished.
        sleep 1 &
        wait $! || true
    done
}

# The exit runs the EXIT trap, which does the stopping.
on_signal() {
    set +e
    trap '' PIPE
    printf '\n' ; log "stopping…"
    exit "$1"
}

cmd_start() {
    find_java
    mkdir -p "$RUN_DIR"
    check_not_already_running
    check_ports_free
    check_postgres
    warn_without_autovacuum
    create_databases
    build
    log "using $JAVA (Java $JAVA_MAJOR)"
    # the services append to their logs (so a restart keeps the crash); a new run starts them empty
    local entry
    for entry in "${SERVICES[@]}"; do : > "$RUN_DIR/${entry%%:*}.log"; done

    trap stop_everything_started EXIT
    trap 'on_signal 130' INT
    trap 'on_signal 143' TERM
    # A closed terminal: stop everything too, rather than leave the processes to die of SIGHUP in random order.
    trap 'on_signal 129' HUP

    start_kafka
    local backends=()
    for entry in "${SERVICES[@]}"; do
        [[ ${entry%%:*} == "$CONSOLE" ]] || backends+=("${entry%%:*}")
    done
    start_services "${backends[@]}"
    log "waiting up to ${HEALTH_WAIT_SECONDS}s for the services' /actuator/health/readiness"
    wait_for_health "${backends[@]}"
    start_services "$CONSOLE"
    wait_for_health "$CONSOLE"
    print_usage_hints
    supervise
}

cmd_stop() {
    local names=()
    mapfile -t names < <(all_names)
    stop_names "${names[@]}"
    log "stopped (nothing of a previous run is left)"
}

case "${1:-start}" in
    start) cmd_start ;;
    stop)  cmd_stop ;;
    -h|--help|help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command '$1' (use: ./run-local.sh [start|stop])" ;;
esac

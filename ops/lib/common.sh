# Shared helpers for ops/portal: a local PostgreSQL with the portal's two roles, a local SMTP catcher,
# the build, and Chromium for the browser tests. Sourced, not run.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$ROOT/ops/.run"
mkdir -p "$RUN_DIR"

: "${BAGALAU_DB_OWNER_USER:=bagalau_owner}"
: "${BAGALAU_DB_OWNER_PASSWORD:=bagalau_owner}"
: "${BAGALAU_DB_USER:=bagalau_app}"
: "${BAGALAU_DB_PASSWORD:=bagalau_app}"
export BAGALAU_DB_OWNER_USER BAGALAU_DB_OWNER_PASSWORD BAGALAU_DB_USER BAGALAU_DB_PASSWORD

# The port of the local cluster; ensure_postgres sets it from the cluster it starts.
PG_PORT="${BAGALAU_PG_PORT:-5432}"

say() { printf '\033[1;34m[bagalau]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[bagalau]\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Runs a command as the postgres superuser (peer authentication over the local socket).
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

# psql as the superuser on the chosen cluster's port, stopping at the first error.
pg_super() {
    as_postgres psql -q -X -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"
}

apt_install() {
    say "Installing Debian packages: $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Makes sure a local PostgreSQL cluster runs (never as root: Debian's pg_ctlcluster switches to postgres), and
# remembers its port in PG_PORT.
ensure_postgres() {
    if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        apt_install postgresql
    fi
    local cluster version name status
    cluster="$(pg_lsclusters -h 2>/dev/null | sort -k1,1nr | head -n 1)"
    if [ -z "$cluster" ]; then
        version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -n | tail -n 1)"
        say "Creating PostgreSQL cluster $version main"
        as_root pg_createcluster "$version" main >/dev/null
        cluster="$(pg_lsclusters -h | sort -k1,1nr | head -n 1)"
    fi
    read -r version name PG_PORT status _ <<<"$cluster"
    export BAGALAU_PG_PORT="$PG_PORT"
    if [ "$status" != "online" ]; then
        say "Starting PostgreSQL $version $name (port $PG_PORT)"
        as_root pg_ctlcluster "$version" "$name" start
    fi
    for _ in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && return 0
        sleep 1
    done
    die "PostgreSQL did not become ready on 127.0.0.1:$PG_PORT"
}

# The JDBC URL of a database on the local cluster.
local_db_url() {
    printf 'jdbc:postgresql://127.0.0.1:%s/%s' "$PG_PORT" "$1"
}

# Creates the owner role (runs migrations, owns the tables) and the application role (owns nothing, no
# BYPASSRLS, so row-level security applies to it), then the given databases owned by the owner role. Names and
# passwords reach SQL only as psql variables, quoted by format('%I') and format('%L').
ensure_roles_and_databases() {
    pg_super -d postgres -v owner="$BAGALAU_DB_OWNER_USER" -v owner_password="$BAGALAU_DB_OWNER_PASSWORD" \
        -v app="$BAGALAU_DB_USER" -v app_password="$BAGALAU_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE', :'owner', :'owner_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS', :'app', :'app_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I NOBYPASSRLS NOSUPERUSER', :'app') \gexec
SQL
    local db
    for db in "$@"; do
        pg_super -d postgres -v db="$db" -v owner="$BAGALAU_DB_OWNER_USER" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'owner')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL
        pg_super -d "$db" -v app="$BAGALAU_DB_USER" <<'SQL'
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec
SQL
    done
}

recreate_database() {
    pg_super -d postgres -v db="$1" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SQL
    ensure_roles_and_databases "$1"
}

# Builds the WAR when it is missing or older than any source file.
ensure_built() {
    local war="$ROOT/web/target/bagalau.war"
    if [ ! -f "$war" ] || [ ! -f "$ROOT/web/target/payara-micro.jar" ] \
        || [ -n "$(find "$ROOT/pom.xml" "$ROOT/tenants" "$ROOT/ejb" "$ROOT/web/src/main" "$ROOT/web/pom.xml" -newer "$war" -type f -not -path '*/target/*' 2>/dev/null | head -n 1)" ]; then
        say "Building (mvn package, tests skipped; ./ops/portal test runs them)"
        (cd "$ROOT" && mvn -B -q -DskipTests package) || die "Build failed"
    fi
}

# A local SMTP catcher (GreenMail) on 127.0.0.1:3025, unless an SMTP server is configured.
ensure_smtp() {
    if [ -n "${BAGALAU_MAIL_HOST:-}" ]; then
        return 0
    fi
    export BAGALAU_MAIL_HOST=127.0.0.1 BAGALAU_MAIL_PORT=3025
    if (exec 3<>/dev/tcp/127.0.0.1/3025) 2>/dev/null; then
        return 0
    fi
    local jar="$ROOT/web/target/greenmail-standalone.jar"
    [ -f "$jar" ] || die "GreenMail is missing from the build ($jar)"
    say "Starting the local SMTP catcher (GreenMail) on 127.0.0.1:3025, web API on 127.0.0.1:8025"
    nohup java -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8025 \
        -jar "$jar" >"$RUN_DIR/greenmail.log" 2>&1 &
    echo $! >"$RUN_DIR/greenmail.pid"
    for _ in $(seq 1 30); do
        (exec 3<>/dev/tcp/127.0.0.1/3025) 2>/dev/null && return 0
        sleep 1
    done
    die "GreenMail did not start (see $RUN_DIR/greenmail.log)"
}

ensure_chromium() {
    if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
        apt_install chromium chromium-driver
    fi
}

ensure_shellcheck() {
    command -v shellcheck >/dev/null 2>&1 || apt_install shellcheck
}

# Splits a JDBC URL jdbc:postgresql://host[:port]/database into "host port database".
jdbc_parts() {
    local rest="${1#jdbc:postgresql://}"
    rest="${rest%%\?*}"
    local hostport="${rest%%/*}" database="${rest#*/}"
    local host="${hostport%%:*}" port=5432
    [ "$hostport" != "$host" ] && port="${hostport#*:}"
    printf '%s %s %s\n' "$host" "$port" "$database"
}

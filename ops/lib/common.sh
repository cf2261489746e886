# Shared helpers for ops/portal: a local PostgreSQL with the portal's two roles, a local SMTP catcher,
# the build, and Chromium for the browser tests. Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$ROOT/ops/.run"
mkdir -p "$RUN_DIR"

: "${BAGALAU_DB_OWNER_USER:=bagalau_owner}"
: "${BAGALAU_DB_OWNER_PASSWORD:=bagalau_owner}"
: "${BAGALAU_DB_USER:=bagalau_app}"
: "${BAGALAU_DB_PASSWORD:=bagalau_app}"
export BAGALAU_DB_OWNER_USER BAGALAU_DB_OWNER_PASSWORD BAGALAU_DB_USER BAGALAU_DB_PASSWORD

say() { printf '\033[1;34m[bagalau]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[bagalau]\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Runs psql as the postgres superuser over the local socket (peer authentication).
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

apt_install() {
    say "Installing Debian packages: $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Makes sure a local PostgreSQL cluster runs (never as root: Debian's pg_ctlcluster switches to postgres).
ensure_postgres() {
    if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        apt_install postgresql
    fi
    local cluster version name status
    cluster="$(pg_lsclusters -h 2>/dev/null | sort -k1,1nr | head -n 1)"
    if [ -z "$cluster" ]; then
        version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
        say "Creating PostgreSQL cluster $version main"
        as_root pg_createcluster "$version" main >/dev/null
        cluster="$(pg_lsclusters -h | sort -k1,1nr | head -n 1)"
    fi
    version="$(echo "$cluster" | awk '{print $1}')"
    name="$(echo "$cluster" | awk '{print $2}')"
    status="$(echo "$cluster" | awk '{print $4}')"
    if [ "$status" != "online" ]; then
        say "Starting PostgreSQL $version $name"
        as_root pg_ctlcluster "$version" "$name" start
    fi
    for _ in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p 5432 && return 0
        sleep 1
    done
    die "PostgreSQL did not become ready on 127.0.0.1:5432"
}

# Creates the owner role (runs migrations, owns the tables) and the application role (owns nothing, no
# BYPASSRLS, so row-level security applies to it), then the given databases owned by the owner role.
ensure_roles_and_databases() {
    as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$BAGALAU_DB_OWNER_USER') THEN
        CREATE ROLE $BAGALAU_DB_OWNER_USER LOGIN PASSWORD '$BAGALAU_DB_OWNER_PASSWORD' NOSUPERUSER NOCREATEDB NOCREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$BAGALAU_DB_USER') THEN
        CREATE ROLE $BAGALAU_DB_USER LOGIN PASSWORD '$BAGALAU_DB_PASSWORD' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
END
\$\$;
ALTER ROLE $BAGALAU_DB_USER NOBYPASSRLS NOSUPERUSER;
SQL
    local db
    for db in "$@"; do
        if ! as_postgres psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
            say "Creating database $db"
            as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$db\" OWNER $BAGALAU_DB_OWNER_USER ENCODING 'UTF8' TEMPLATE template0"
        fi
        as_postgres psql -q -v ON_ERROR_STOP=1 -d "$db" -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO $BAGALAU_DB_USER;"
    done
}

recreate_database() {
    local db="$1"
    as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
    ensure_roles_and_databases "$db"
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
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8025 -Dgreenmail.verbose=false \
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

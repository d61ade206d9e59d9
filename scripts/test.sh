#!/usr/bin/env bash
# Builds Cohort with warnings as errors and runs the whole test suite (ctest), the way CI does:
# installs the packages (apt-get, through sudo when not root), starts the local PostgreSQL
# cluster and makes a test role and database on 127.0.0.1 so that the QPSQL tests run too.
#   scripts/test.sh [extra ctest arguments, e.g. -R tst_database]
# Environment:
#   COHORT_BUILD_DIR   build folder (default build)
#   COHORT_BUILD_TYPE  default Release
#   COHORT_TEST_PG     a libpq connection string to use instead of the local cluster
#   COHORT_SKIP_PG=1   do not touch PostgreSQL (the QPSQL tests skip themselves)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh source-path=SCRIPTDIR/..
source "$root/scripts/deps.sh"

build=${COHORT_BUILD_DIR:-build}
[[ $build = /* ]] || build=$root/$build

cohort_install_deps --test

# --- PostgreSQL --------------------------------------------------------------------------------
pg_role=cohort pg_password=cohort pg_db=cohort_test

# as_postgres CMD…: runs CMD as the postgres superuser (peer authentication on the local socket).
as_postgres()
{
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        sudo -u postgres "$@"
    fi
}

setup_postgres()
{
    local version='' port status dir
    for dir in /usr/lib/postgresql/*/; do   # the newest installed server
        dir=${dir%/}
        version=$(printf '%s\n%s\n' "$version" "${dir##*/}" | sort -V | tail -n 1)
    done
    if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
        cohort_as_root pg_createcluster "$version" main
    fi
    read -r _ _ port status _ < <(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"')
    if [[ $status != online* ]]; then
        cohort_as_root pg_ctlcluster "$version" main start
    fi
    # The server may take a moment to accept connections after it starts.
    for _ in $(seq 1 30); do
        as_postgres psql -p "$port" -Atqc 'SELECT 1' postgres >/dev/null 2>&1 && break
        sleep 1
    done
    as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -Atq postgres <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$pg_role') THEN
        CREATE ROLE $pg_role LOGIN CREATEDB PASSWORD '$pg_password';
    ELSE
        ALTER ROLE $pg_role LOGIN CREATEDB PASSWORD '$pg_password';
    END IF;
END
\$\$;
SQL
    if [[ -z $(as_postgres psql -p "$port" -Atqc "SELECT 1 FROM pg_database WHERE datname = '$pg_db'" postgres) ]]; then
        as_postgres createdb -p "$port" -O "$pg_role" "$pg_db"
    fi
    export COHORT_TEST_PG="host=127.0.0.1 port=$port dbname=$pg_db user=$pg_role password=$pg_password"
    # Login over TCP with the password, exactly as the tests will.
    PGPASSWORD=$pg_password psql -h 127.0.0.1 -p "$port" -U "$pg_role" -Atqc 'SELECT 1' "$pg_db" >/dev/null
}

if [[ -n ${COHORT_TEST_PG:-} ]]; then
    echo "PostgreSQL: using COHORT_TEST_PG as given"
    export COHORT_REQUIRE_PG=${COHORT_REQUIRE_PG:-1}
elif [[ ${COHORT_SKIP_PG:-0} == 1 ]]; then
    echo "PostgreSQL: skipped (COHORT_SKIP_PG=1); the QPSQL tests will skip themselves"
elif setup_postgres; then
    export COHORT_REQUIRE_PG=1
    echo "PostgreSQL: $COHORT_TEST_PG"
elif [[ ${CI:-} == true ]]; then
    echo "error: could not set up PostgreSQL for the tests" >&2
    exit 1
else
    echo "warning: could not set up PostgreSQL; the QPSQL tests will skip themselves" >&2
    unset COHORT_TEST_PG
fi

# --- Build and test ----------------------------------------------------------------------------
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE="${COHORT_BUILD_TYPE:-Release}" \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DCOHORT_BUILD_TESTS=ON \
    -DCOHORT_WARNINGS_AS_ERRORS=ON
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure "$@"

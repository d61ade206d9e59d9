#!/usr/bin/env bash
# The Debian 12 packages that building, running and testing Cohort need, and a function that
# installs the missing ones. Sourced by scripts/run-demo.sh and scripts/test.sh; run it directly
# to install them (`scripts/deps.sh`, add `--dev` for clang-format and clang-tidy).
# Works as root (CI) or as a user with sudo; packages already installed are skipped, so it is
# cheap to run every time.

# Build: compiler, CMake, Qt 6 (Widgets, Sql, Svg, Linguist tools), QCustomPlot, Mustache,
# SQLite's headers (bulk inserts use the sqlite3 API on the QSQLITE driver's connection) and qpdf
# (letters are rendered several to a PDF, then split into one PDF per person).
COHORT_BUILD_DEPS=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libgl-dev libqcustomplot-dev libkainjow-mustache-dev libsqlite3-dev libqpdf-dev
)
# Run: Qt's SQL drivers are plugins, so nothing above pulls them in; Qt's own translations.
COHORT_RUN_DEPS=(
    libqt6sql6-sqlite libqt6sql6-psql libqcustomplot2.1-qt6 qt6-translations-l10n
)
# Test: the PostgreSQL server for the QPSQL tests, PDF and SQLite inspection, packaging
# validators, a virtual X server for anything that needs a real display.
COHORT_TEST_DEPS=(
    postgresql poppler-utils sqlite3 desktop-file-utils appstream xvfb xauth
)
# Development extras (the format target, .clang-tidy).
COHORT_DEV_DEPS=(clang-format clang-tidy)

# cohort_as_root CMD…: runs CMD as root (directly, or through sudo).
cohort_as_root()
{
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "error: '$*' needs root, and sudo is not installed" >&2
        return 1
    fi
}

# cohort_install_packages PKG…: installs those of the packages that are not installed yet.
cohort_install_packages()
{
    local missing=() pkg
    for pkg in "$@"; do
        if [[ $(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null) != installed ]]; then
            missing+=("$pkg")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    cohort_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    cohort_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# cohort_install_deps [--test] [--dev]: the build and run packages, plus the test and dev ones.
cohort_install_deps()
{
    local pkgs=("${COHORT_BUILD_DEPS[@]}" "${COHORT_RUN_DEPS[@]}") arg
    for arg in "$@"; do
        case $arg in
            --test) pkgs+=("${COHORT_TEST_DEPS[@]}") ;;
            --dev) pkgs+=("${COHORT_DEV_DEPS[@]}") ;;
            *) echo "cohort_install_deps: unknown option $arg" >&2; return 2 ;;
        esac
    done
    cohort_install_packages "${pkgs[@]}"
}

# Run directly: install everything a contributor needs.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    set -euo pipefail
    cohort_install_deps --test "$@"
fi

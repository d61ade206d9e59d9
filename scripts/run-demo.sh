#!/usr/bin/env bash
# Quick start: installs what Cohort needs (apt-get, through sudo when not root), builds it
# (Release, in ./build) and starts it. On first start Cohort opens its bundled demo program.
#   scripts/run-demo.sh [arguments for cohort, e.g. a .cohort file]
# Environment: COHORT_BUILD_DIR (default build), COHORT_BUILD_TYPE (default Release).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh source-path=SCRIPTDIR/..
source "$root/scripts/deps.sh"

build=${COHORT_BUILD_DIR:-build}
[[ $build = /* ]] || build=$root/$build

cohort_install_deps

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE="${COHORT_BUILD_TYPE:-Release}" \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$build" --target cohort cohort-cli

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "Built $build/app/cohort, but there is no display to show it on (DISPLAY is not set)." >&2
    echo "Start it from a desktop session, or try: xvfb-run $build/app/cohort" >&2
    exit 1
fi
exec "$build/app/cohort" "$@"

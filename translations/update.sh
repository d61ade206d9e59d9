#!/usr/bin/env bash
# Regenerates translations/cohort_es.ts and cohort_fr.ts from the tr() strings in core/, ui/ and
# app/, and cohort_en.ts, which holds only the strings with a count (lupdate -pluralonly) for their
# English singular and plural forms (the update_translations target that translations/CMakeLists.txt
# defines), then says how many strings are left to translate in each. Translate them with Qt
# Linguist (`linguist translations/cohort_es.ts`) or any .ts editor; the build compiles them to .qm
# and embeds them. In cohort_en.ts, give each new string its two forms ("%n score" / "%n scores").
#
# Usage: translations/update.sh [build-dir]     (default: build, or $COHORT_BUILD_DIR)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-${COHORT_BUILD_DIR:-build}}
[[ $build = /* ]] || build=$root/$build

if [[ ! -f $build/CMakeCache.txt ]]; then
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S "$root" -B "$build" "${generator[@]}"
fi
cmake --build "$build" --target update_translations

for ts in "$root"/translations/cohort_*.ts; do
    total=$(grep -c '<source>' "$ts" || true)
    left=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$(basename "$ts"): $left of $total strings left to translate"
done

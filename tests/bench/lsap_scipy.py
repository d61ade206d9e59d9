#!/usr/bin/env python3
"""lsap_scipy.py MATRIX_FILE: SciPy's linear_sum_assignment on a cost matrix file, for comparison
with assignment_bench (same file format: one row per line, numbers separated by spaces or commas).

Times the call to scipy.optimize.linear_sum_assignment only (time.perf_counter), not the loading,
and prints one JSON line with the same fields as assignment_bench:
  {"rows":R,"cols":C,"total":T,"solve_ms":M,"assignment":[...]}
SciPy is needed for the comparison only (Debian: python3-scipy python3-numpy), never for the build.
"""

import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: lsap_scipy.py MATRIX_FILE", file=sys.stderr)
        return 1
    with open(sys.argv[1], "r", encoding="ascii") as handle:
        first = next((line for line in handle if line.strip()), "")
        if "," in first:  # commas, maybe with spaces as well: read as spaces, as assignment_bench does
            handle.seek(0)
            cost = np.loadtxt((line.replace(",", " ") for line in handle), dtype=np.float64, ndmin=2)
        else:
            cost = np.loadtxt(sys.argv[1], dtype=np.float64, ndmin=2)
    rows, cols = cost.shape

    start = time.perf_counter()
    row_ind, col_ind = linear_sum_assignment(cost)
    solve_ms = (time.perf_counter() - start) * 1000.0

    assignment = [-1] * rows
    for r, c in zip(row_ind.tolist(), col_ind.tolist()):
        assignment[r] = c
    # Summed in row order, as assignment_bench does, so that equal assignments give equal totals.
    total = 0.0
    for r, c in zip(row_ind.tolist(), col_ind.tolist()):
        total += float(cost[r, c])
    print(
        '{"rows":%d,"cols":%d,"total":%.17g,"solve_ms":%.3f,"assignment":%s}'
        % (rows, cols, total, solve_ms, json.dumps(assignment, separators=(",", ":")))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

#pragma once

#include <span>
#include <vector>

namespace cohort::matching {

struct LinearAssignmentResult
{
    bool feasible = false;        // an assignment of every row (or of every column, if rows > cols) exists
    bool invalidInput = false;    // NaN or −infinity among the costs, or sizes that do not match
    double total = 0.0;           // sum of the costs of the chosen pairs (+ unassigned costs); +inf if not feasible
    std::vector<int> columnOfRow; // per row, −1 if unassigned; all −1 if not feasible
};

// Minimum-cost rectangular linear assignment: shortest augmenting paths (Jonker–Volgenant /
// Crouse 2016, the algorithm of SciPy's linear_sum_assignment), started from the JV
// initialization (column reduction and reduction transfer on square matrices, then augmenting
// row reduction).
// - cost: dense, row-major, rows × cols. +infinity marks a forbidden pair.
// - rows ≤ cols: every row is assigned; rows > cols: every column is (solved on the transpose).
// - infeasible when no such assignment avoids the forbidden pairs; NaN or −infinity anywhere is
//   invalid input. Either way columnOfRow is all −1.
// - deterministic: the same input always gives the same result; where choices are equal the lower
//   column index is preferred (a rule applied at each step of the search, so among several optimal
//   assignments the one returned is not always the lexicographically smallest).
// Costs are compared exactly; results are optimal up to floating-point rounding of the sums.
LinearAssignmentResult solveLinearAssignment(std::span<const double> cost, int rows, int cols);

// The general form behind both solvers here:
// - capacities (cols entries, ≥ 0, or empty for all 1): column j takes up to capacities[j] rows;
// - unassignedCost (rows entries, or empty): row i may stay unassigned (columnOfRow −1) at that
//   cost; +infinity means it must be assigned. With it, rows may exceed the total capacity.
// Without unassignedCost, infeasible unless every row can be assigned (no transposing here).
LinearAssignmentResult solveCapacitatedAssignment(std::span<const double> cost, int rows, int cols,
                                                  std::span<const int> capacities,
                                                  std::span<const double> unassignedCost);

} // namespace cohort::matching

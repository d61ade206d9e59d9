#include "matching/linearassignment.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace cohort::matching {

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr int Free = -1;       // a row not (yet) assigned
constexpr int Unassigned = -2; // a row settled on its unassigned option

// Jonker–Volgenant on a dense matrix. The duals are kept as column prices v only: a row's dual is
// u_i = min_j (c_ij − v_j), and an assigned row's column attains that minimum ("tight"). On a
// rectangular problem (fewer rows than places) prices start at 0 and only ever decrease, and a
// column with room is never scanned, so it keeps price 0: what optimality asks of the places
// left over. Only the square problem starts from column reduction, whose prices can be anything.
//
// Capacitated: column j takes up to capacity[j] rows (a mentor's places). It is one node of the
// shortest-path search with one price, not capacity[j] identical columns (full identical columns
// have equal prices at an optimum anyway): the search relaxes each mentor once, not once per place.
// Optional: row i may stay unassigned at cost unassigned[i], through a column of its own that no
// other row can reach (price 0, never scanned, so nothing is stored for it). Once a row takes it no
// path reaches that row again, as with any column only one row can enter; the shortest-path phase
// stays exact all the same.
template <bool Capacitated, bool Optional> class Engine
{
public:
    Engine(const double *cost, int rows, int cols, const int *capacity, const double *unassigned)
        : m_cost(cost), m_rows(rows), m_cols(cols), m_capacity(capacity), m_unassigned(unassigned),
          m_v(std::size_t(cols), 0.0), m_colOfRow(std::size_t(rows), Free), m_d(std::size_t(cols)),
          m_pred(std::size_t(cols)), m_todo(std::size_t(cols))
    {
        if constexpr (Capacitated) {
            m_slotStart.resize(std::size_t(cols) + 1, 0);
            for (int j = 0; j < cols; ++j)
                m_slotStart[std::size_t(j) + 1] = m_slotStart[std::size_t(j)] + capacity[j];
            m_slotRows.resize(std::size_t(m_slotStart.back()));
            m_load.resize(std::size_t(cols), 0);
        } else {
            m_rowOfCol.resize(std::size_t(cols), Free);
        }
    }

    // False when infeasible. Afterwards colOfRow() holds a column or Unassigned for every row.
    bool run()
    {
        std::vector<int> freeRows;
        freeRows.reserve(std::size_t(m_rows));
        if constexpr (!Capacitated && !Optional) {
            if (m_rows == m_cols) {
                if (!reduceColumns())
                    return false;
                for (int i = 0; i < m_rows; ++i)
                    if (m_colOfRow[std::size_t(i)] == Free)
                        freeRows.push_back(i);
                transferReductions();
            }
        }
        if (m_rows != m_cols || Capacitated || Optional)
            for (int i = 0; i < m_rows; ++i)
                freeRows.push_back(i);
        if constexpr (Capacitated) {
            if (!assignGreedily(freeRows))
                return false;
        } else {
            // Two passes, as JV do; the second one mostly settles rows the first one displaced.
            for (int pass = 0; pass < 2 && !freeRows.empty(); ++pass)
                if (!reduceRows(freeRows))
                    return false;
        }
        for (const int row : freeRows)
            if (!augment(row))
                return false;
        return true;
    }

    std::vector<int> &colOfRow() { return m_colOfRow; }

private:
    const double *row(int i) const { return m_cost + std::size_t(i) * std::size_t(m_cols); }
    double own(int i) const
    {
        if constexpr (Optional)
            return m_unassigned[i];
        else
            return Inf;
    }

    bool isFree(int j) const
    {
        if constexpr (Capacitated)
            return m_load[std::size_t(j)] < m_capacity[j];
        else
            return m_rowOfCol[std::size_t(j)] < 0;
    }

    // Row `row` takes column j; `leaving` is the row it replaces there (−1: j gains a row).
    void place(int row, int j, int leaving)
    {
        m_colOfRow[std::size_t(row)] = j;
        if constexpr (Capacitated) {
            int *first = m_slotRows.data() + m_slotStart[std::size_t(j)];
            if (leaving < 0)
                first[m_load[std::size_t(j)]++] = row;
            else
                *std::find(first, first + m_load[std::size_t(j)], leaving) = row;
        } else {
            (void)leaving;
            m_rowOfCol[std::size_t(j)] = row;
        }
    }

    // Square only: each column's price is its smallest cost, and the column goes to that row (the
    // first such row) when the row has no column yet. Row by row, for the cache.
    bool reduceColumns()
    {
        std::vector<int> argmin(std::size_t(m_cols), 0);
        std::fill(m_v.begin(), m_v.end(), Inf);
        for (int i = 0; i < m_rows; ++i) {
            const double *ci = row(i);
            for (int j = 0; j < m_cols; ++j) {
                if (ci[j] < m_v[std::size_t(j)]) {
                    m_v[std::size_t(j)] = ci[j];
                    argmin[std::size_t(j)] = i;
                }
            }
        }
        for (int j = 0; j < m_cols; ++j) {
            if (m_v[std::size_t(j)] == Inf)
                return false; // a column no row may take
            const int i = argmin[std::size_t(j)];
            if (m_colOfRow[std::size_t(i)] == Free)
                place(i, j, -1);
        }
        return true;
    }

    // JV's reduction transfer: lower the price of an assigned row's column until its second-best
    // column is as good, which makes that column less attractive to the free rows.
    void transferReductions()
    {
        for (int i = 0; i < m_rows; ++i) {
            const int j1 = m_colOfRow[std::size_t(i)];
            if (j1 < 0)
                continue;
            const double *ci = row(i);
            double second = Inf;
            for (int j = 0; j < m_cols; ++j)
                if (j != j1)
                    second = std::min(second, ci[j] - m_v[std::size_t(j)]);
            if (second < Inf)
                m_v[std::size_t(j1)] -= second - (ci[j1] - m_v[std::size_t(j1)]);
        }
    }

    // JV's augmenting row reduction, one pass over `rows` (replaced by the rows still free). A
    // free row takes its best column, whose price drops until the row's second best is as good;
    // the row displaced there, if any, goes next (an augmenting path of sorts). Ties take the
    // lowest free column among the best. The unassigned option counts as a column after all
    // real ones, so that a real column wins a tie.
    bool reduceRows(std::vector<int> &rows)
    {
        // Each displaced row continues at once only while this lasts: the chain ends, as JV's
        // does, but only after prices have dropped enough, which on nearly equal costs can take
        // a very long time. What is left goes to the shortest-path phase.
        long long budget = 4LL * m_rows + 1000;
        std::size_t next = 0;
        const std::size_t count = rows.size();
        std::size_t k = 0;
        while (k < count) {
            const int i = rows[k++];
            const double *ci = row(i);
            double umin = Inf;
            double usub = Inf;
            int j1 = -1;
            int j2 = -1;
            for (int j = 0; j < m_cols; ++j) {
                const double h = ci[j] - m_v[std::size_t(j)];
                if (h < usub) {
                    if (h < umin) {
                        usub = umin;
                        j2 = j1;
                        umin = h;
                        j1 = j;
                    } else {
                        usub = h;
                        j2 = j;
                    }
                }
            }
            const double ownCost = own(i);
            if (ownCost < umin) {
                m_colOfRow[std::size_t(i)] = Unassigned;
                continue;
            }
            if (j1 < 0)
                return false; // no column at all, and the row must be assigned
            if (ownCost < usub) {
                usub = ownCost;
                j2 = -1; // the unassigned option
            }
            if (umin < usub) {
                const int i0 = m_rowOfCol[std::size_t(j1)];
                if (usub == Inf) {
                    // The only column it may take: no price to move. Taken: leave it to the search.
                    if (i0 >= 0)
                        rows[next++] = i;
                    else
                        place(i, j1, -1);
                    continue;
                }
                m_v[std::size_t(j1)] -= usub - umin;
                place(i, j1, -1);
                if (i0 >= 0) {
                    m_colOfRow[std::size_t(i0)] = Free;
                    if (--budget > 0)
                        rows[--k] = i0;
                    else
                        rows[next++] = i0;
                }
                continue;
            }
            // A tie for the best: a free column among them if any (the lowest), else JV's swap to
            // the second best, whose row then waits for the next pass.
            if (isFree(j1)) {
                place(i, j1, -1);
                continue;
            }
            int freeTied = -1;
            for (int j = j1 + 1; j < m_cols && freeTied < 0; ++j)
                if (ci[j] - m_v[std::size_t(j)] == umin && isFree(j))
                    freeTied = j;
            if (freeTied >= 0) {
                place(i, freeTied, -1);
            } else if (j2 >= 0) {
                const int i0 = m_rowOfCol[std::size_t(j2)];
                place(i, j2, -1);
                m_colOfRow[std::size_t(i0)] = Free;
                rows[next++] = i0;
            } else {
                rows[next++] = i; // tied with its unassigned option: let the search decide
            }
        }
        rows.resize(next);
        return true;
    }

    // Capacitated start: a row takes its best column when that has room (prices stay 0, since
    // lowering one for a column with other rows in it would break their tightness).
    bool assignGreedily(std::vector<int> &rows)
    {
        std::size_t next = 0;
        for (const int i : rows) {
            const double *ci = row(i);
            double umin = Inf;
            int j1 = -1;
            for (int j = 0; j < m_cols; ++j) {
                if (ci[j] < umin) {
                    umin = ci[j];
                    j1 = j;
                }
            }
            if (own(i) < umin)
                m_colOfRow[std::size_t(i)] = Unassigned;
            else if (j1 < 0)
                return false;
            else if (isFree(j1))
                place(i, j1, -1);
            else
                rows[next++] = i;
        }
        rows.resize(next);
        return true;
    }

    // One shortest augmenting path from free row f (Dijkstra on reduced costs, JV style: the
    // columns at the current smallest distance are gathered, then scanned one by one). m_todo
    // holds the columns: [0, low) scanned, [low, up) at distance minD and not scanned yet,
    // [up, cols) the rest.
    bool augment(int f)
    {
        const double *cf = row(f);
        double *d = m_d.data();
        int *pred = m_pred.data();
        int *todo = m_todo.data();
        const double *v = m_v.data();
        for (int j = 0; j < m_cols; ++j) {
            d[j] = cf[j] - v[j];
            pred[j] = f;
            todo[j] = j;
        }
        constexpr int OwnSink = -2;
        double ownDist = own(f);
        int ownRow = f;
        int low = 0;
        int up = 0;
        int sink = -1;
        double minD = 0.0;
        for (;;) {
            if (low == up) {
                minD = Inf;
                if (up < m_cols) {
                    minD = d[todo[up++]];
                    for (int k = up; k < m_cols; ++k) {
                        const int j = todo[k];
                        const double h = d[j];
                        if (h <= minD) {
                            if (h < minD) {
                                up = low;
                                minD = h;
                            }
                            todo[k] = todo[up];
                            todo[up++] = j;
                        }
                    }
                }
                if (ownDist < minD) {
                    sink = OwnSink;
                    minD = ownDist;
                    break;
                }
                if (minD == Inf)
                    return false; // no column with room can be reached
                for (int k = low; k < up; ++k)
                    if (isFree(todo[k]) && (sink < 0 || todo[k] < sink))
                        sink = todo[k];
                if (sink >= 0)
                    break;
            }
            const int j1 = todo[low++];
            const int *assigned = nullptr;
            int assignedCount = 0;
            if constexpr (Capacitated) {
                assigned = m_slotRows.data() + m_slotStart[std::size_t(j1)];
                assignedCount = m_load[std::size_t(j1)];
            } else {
                assigned = &m_rowOfCol[std::size_t(j1)];
                assignedCount = 1;
            }
            for (int a = 0; a < assignedCount; ++a) {
                const int i = assigned[a];
                const double *ci = row(i);
                const double h = ci[j1] - v[j1] - minD;
                if constexpr (Optional) {
                    const double dist = own(i) - h;
                    if (dist < ownDist) {
                        ownDist = dist;
                        ownRow = i;
                    }
                }
                for (int k = up; k < m_cols; ++k) {
                    const int j = todo[k];
                    const double dist = ci[j] - v[j] - h;
                    if (dist < d[j]) {
                        pred[j] = i;
                        d[j] = dist;
                        if (dist <= minD) {
                            if (isFree(j)) {
                                if (sink < 0 || j < sink)
                                    sink = j;
                            } else {
                                todo[k] = todo[up];
                                todo[up++] = j;
                            }
                        }
                    }
                }
            }
            if (sink >= 0)
                break;
        }

        // New prices for the scanned columns keep every reduced cost ≥ 0 and the path tight.
        for (int k = 0; k < low; ++k) {
            const int j = todo[k];
            m_v[std::size_t(j)] += d[j] - minD;
        }

        int j = sink;
        int leaving = -1;
        if (sink == OwnSink) {
            const int r = ownRow;
            if (r == f) {
                m_colOfRow[std::size_t(f)] = Unassigned;
                return true;
            }
            j = m_colOfRow[std::size_t(r)];
            m_colOfRow[std::size_t(r)] = Unassigned;
            leaving = r;
        }
        for (;;) {
            const int i = pred[j];
            const int next = m_colOfRow[std::size_t(i)];
            place(i, j, leaving);
            if (i == f)
                break;
            leaving = i;
            j = next;
        }
        return true;
    }

    const double *m_cost;
    int m_rows;
    int m_cols;
    const int *m_capacity;
    const double *m_unassigned;
    std::vector<double> m_v; // column prices
    std::vector<int> m_colOfRow;
    std::vector<int> m_rowOfCol;  // not capacitated
    std::vector<int> m_slotStart; // capacitated: the rows of column j are m_slotRows[start[j] …]
    std::vector<int> m_slotRows;
    std::vector<int> m_load;
    std::vector<double> m_d; // shortest-path distances, per column
    std::vector<int> m_pred; // the row each column is reached from
    std::vector<int> m_todo;
};

bool validCosts(std::span<const double> values)
{
    bool valid = true;
    for (const double value : values)
        valid &= !std::isnan(value) && value != -Inf;
    return valid;
}

LinearAssignmentResult failure(int rows, bool invalid)
{
    LinearAssignmentResult result;
    result.invalidInput = invalid;
    result.total = Inf;
    result.columnOfRow.assign(std::size_t(std::max(rows, 0)), -1);
    return result;
}

template <bool Capacitated, bool Optional>
bool runEngine(const double *cost, int rows, int cols, const int *capacity, const double *unassigned,
               std::vector<int> &columnOfRow)
{
    Engine<Capacitated, Optional> engine(cost, rows, cols, capacity, unassigned);
    if (!engine.run())
        return false;
    columnOfRow = std::move(engine.colOfRow());
    for (int &column : columnOfRow)
        column = std::max(column, -1);
    return true;
}

bool sizesMatch(std::span<const double> cost, int rows, int cols)
{
    return rows >= 0 && cols >= 0 && cost.size() == std::size_t(rows) * std::size_t(cols);
}

} // namespace

LinearAssignmentResult solveLinearAssignment(std::span<const double> cost, int rows, int cols)
{
    if (!sizesMatch(cost, rows, cols) || !validCosts(cost))
        return failure(rows, true);
    LinearAssignmentResult result;
    if (rows <= cols) {
        if (!runEngine<false, false>(cost.data(), rows, cols, nullptr, nullptr, result.columnOfRow))
            return failure(rows, false);
    } else {
        // More rows than columns: every column gets a row. Solved on the transpose, in tiles.
        std::vector<double> transposed(cost.size());
        constexpr int Tile = 32;
        for (int i0 = 0; i0 < rows; i0 += Tile)
            for (int j0 = 0; j0 < cols; j0 += Tile)
                for (int i = i0; i < std::min(rows, i0 + Tile); ++i)
                    for (int j = j0; j < std::min(cols, j0 + Tile); ++j)
                        transposed[std::size_t(j) * std::size_t(rows) + std::size_t(i)] =
                            cost[std::size_t(i) * std::size_t(cols) + std::size_t(j)];
        std::vector<int> rowOfColumn;
        if (!runEngine<false, false>(transposed.data(), cols, rows, nullptr, nullptr, rowOfColumn))
            return failure(rows, false);
        result.columnOfRow.assign(std::size_t(rows), -1);
        for (int j = 0; j < cols; ++j)
            result.columnOfRow[std::size_t(rowOfColumn[std::size_t(j)])] = j;
    }
    result.feasible = true;
    for (int i = 0; i < rows; ++i)
        if (const int j = result.columnOfRow[std::size_t(i)]; j >= 0)
            result.total += cost[std::size_t(i) * std::size_t(cols) + std::size_t(j)];
    return result;
}

LinearAssignmentResult solveCapacitatedAssignment(std::span<const double> cost, int rows, int cols,
                                                  std::span<const int> capacities,
                                                  std::span<const double> unassignedCost)
{
    if (!sizesMatch(cost, rows, cols) || !validCosts(cost))
        return failure(rows, true);
    const bool capacitated = !capacities.empty();
    const bool optional = !unassignedCost.empty();
    if ((capacitated && capacities.size() != std::size_t(cols)) ||
        (optional && (unassignedCost.size() != std::size_t(rows) || !validCosts(unassignedCost))))
        return failure(rows, true);
    long long places = cols;
    if (capacitated) {
        places = 0;
        for (const int capacity : capacities) {
            if (capacity < 0)
                return failure(rows, true);
            places += capacity;
        }
    }
    if (!optional && rows > places)
        return failure(rows, false);

    LinearAssignmentResult result;
    const int *capacity = capacitated ? capacities.data() : nullptr;
    const double *unassigned = optional ? unassignedCost.data() : nullptr;
    bool ok = false;
    if (capacitated && optional)
        ok = runEngine<true, true>(cost.data(), rows, cols, capacity, unassigned, result.columnOfRow);
    else if (capacitated)
        ok = runEngine<true, false>(cost.data(), rows, cols, capacity, unassigned, result.columnOfRow);
    else if (optional)
        ok = runEngine<false, true>(cost.data(), rows, cols, capacity, unassigned, result.columnOfRow);
    else
        ok = runEngine<false, false>(cost.data(), rows, cols, capacity, unassigned, result.columnOfRow);
    if (!ok)
        return failure(rows, false);
    result.feasible = true;
    for (int i = 0; i < rows; ++i) {
        const int j = result.columnOfRow[std::size_t(i)];
        result.total +=
            j >= 0 ? cost[std::size_t(i) * std::size_t(cols) + std::size_t(j)] : unassignedCost[std::size_t(i)];
    }
    return result;
}

} // namespace cohort::matching

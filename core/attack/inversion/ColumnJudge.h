#pragma once
// Private to core/attack/inversion: how a reconstructed input row is judged column by column.

#include "data/TableEncoder.h"

#include <algorithm>
#include <cmath>
#include <Eigen/Core>
#include <vector>

namespace privaudit::attack {

inline Eigen::Index argmaxOf(const Eigen::VectorXd& v, int offset, int width)
{
    Eigen::Index best = 0;
    v.segment(offset, width).maxCoeff(&best);
    return best;
}

/// What the adversary or the baseline must recover per column, and how a guess is judged: a numeric
/// column within tolerance x its standard deviation over the population (TabLeak), a categorical one
/// exactly (the arg-max of its one-hot slots).
class ColumnJudge
{
public:
    ColumnJudge(std::vector<data::InputGroup> groups, const Eigen::MatrixXd& population, double tolerance)
        : m_groups(std::move(groups)), m_tolerance(tolerance)
    {
        for (const data::InputGroup& g : m_groups) {
            double sd = 0.0;
            if (g.numeric && population.rows() > 1) {
                const Eigen::VectorXd c = population.col(g.offset);
                sd = std::sqrt((c.array() - c.mean()).square().sum() / double(c.size() - 1));
            }
            m_sd.push_back(sd);
        }
    }
    [[nodiscard]] std::size_t columns() const { return m_groups.size(); }
    [[nodiscard]] const data::InputGroup& group(std::size_t k) const { return m_groups[k]; }

    /// Column @p k of @p guess recovers the one of @p truth.
    [[nodiscard]] bool hit(std::size_t k, const Eigen::VectorXd& guess, const Eigen::VectorXd& truth) const
    {
        const data::InputGroup& g = m_groups[k];
        if (!g.numeric) return argmaxOf(guess, g.offset, g.width) == argmaxOf(truth, g.offset, g.width);
        if (g.missingIndicator && (guess(g.offset + 1) > 0.5) != (truth(g.offset + 1) > 0.5)) return false;
        if (g.missingIndicator && truth(g.offset + 1) > 0.5) return true; // a missing value has no number
        return std::abs(guess(g.offset) - truth(g.offset)) <= std::max(1e-9, m_tolerance * m_sd[k]);
    }

    /// Squared distance between two encoded rows: a numeric column's difference in its standard
    /// deviations squared, 1 for a categorical column (or a missing indicator) that differs.
    [[nodiscard]] double distance2(const Eigen::VectorXd& a, const Eigen::VectorXd& b) const
    {
        double d = 0.0;
        for (std::size_t k = 0; k < m_groups.size(); ++k) {
            const data::InputGroup& g = m_groups[k];
            if (!g.numeric) {
                d += argmaxOf(a, g.offset, g.width) == argmaxOf(b, g.offset, g.width) ? 0.0 : 1.0;
                continue;
            }
            const double diff = a(g.offset) - b(g.offset);
            d += m_sd[k] > 0.0 ? (diff / m_sd[k]) * (diff / m_sd[k]) : diff * diff;
            if (g.missingIndicator) d += (a(g.offset + 1) > 0.5) == (b(g.offset + 1) > 0.5) ? 0.0 : 1.0;
        }
        return d;
    }

    /// The class-conditional mean (numeric) and mode (one-hot slots, missing indicators) of @p rows.
    [[nodiscard]] Eigen::VectorXd centre(const Eigen::MatrixXd& rows) const
    {
        Eigen::VectorXd c = rows.colwise().mean().transpose();
        for (const data::InputGroup& g : m_groups) {
            if (!g.numeric) {
                const Eigen::Index best = argmaxOf(c, g.offset, g.width);
                c.segment(g.offset, g.width).setZero();
                c(g.offset + best) = 1.0;
            } else if (g.missingIndicator) {
                c(g.offset + 1) = c(g.offset + 1) > 0.5 ? 1.0 : 0.0;
            }
        }
        return c;
    }

private:
    std::vector<data::InputGroup> m_groups;
    std::vector<double> m_sd;
    double m_tolerance;
};

} // namespace privaudit::attack

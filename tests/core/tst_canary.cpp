// Canary exposure (the Secret Sharer, Carlini et al. 2019) on tabular models. The exposure arithmetic
// is checked against second implementations (a brute-force rank, the chance level summed directly, the
// skew-normal's distribution function integrated numerically, maximum likelihood checked against the
// true parameters); the attack on real training: exposure grows with repetitions for a non-private
// model and stays near chance under DP-SGD at epsilon 1. The family: a stored job (spec round trip,
// stored levels, evidence, report section, the model under review's recipe), its option checks, cancel.
#include "assess/Assessment.h"
#include "assess/Review.h"
#include "attack/canary/CanaryExposure.h"
#include "attack/canary/CanaryRunSummary.h"
#include "data/DemoData.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobKinds.h"
#include "jobs/JobSpec.h"
#include "model/Classifier.h"
#include "project/ProjectStore.h"
#include "report/ReportContent.h"

#include <cmath>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using namespace privaudit;

namespace {

/// Draws from SN(location, scale, shape): delta |U0| + sqrt(1 - delta^2) U1 (Azzalini's representation).
std::vector<double> skewNormalSample(std::size_t n, double location, double scale, double shape,
                                     std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    const double delta = shape / std::sqrt(1.0 + shape * shape);
    std::vector<double> x(n);
    for (double& v : x)
        v = location + scale * (delta * std::abs(normal(rng)) + std::sqrt(1.0 - delta * delta) * normal(rng));
    return x;
}

double meanLogLikelihood(const metrics::SkewNormal& s, const std::vector<double>& x)
{
    double sum = 0.0;
    for (const double v : x)
        sum += s.logPdf(v);
    return sum / double(x.size());
}

struct Run
{
    attack::CanaryRunResult result;
    const metrics::ExposureLevel& level(int repetitions) const
    {
        for (const auto& l : result.levels)
            if (l.repetitions == repetitions) return l;
        qFatal("no level %d", repetitions);
    }
};

Run runCanaries(bool dp, const std::vector<int>& repetitions)
{
    const data::DataTable table = data::DemoData::patients(3000, 11);
    const auto split = data::DataSplit::make(table, {1500, 500, 4}).value();
    const auto encoder = data::TableEncoder::fitForTraining(table, split, dp).value();
    model::TrainingConfig training = model::TrainingConfig::recommended(dp, 1500);
    training.seed = 5;
    if (dp) {
        training.epochs = 10;
        training.targetEpsilon = 1.0;
    } else {
        training.epochs = 40;
    }
    attack::CanaryConfig config;
    config.repetitions = repetitions;
    config.canariesPerLevel = 8;
    config.references = 1 << 16;
    config.bootstrap = 500;
    config.seed = 9;
    auto settings = compute::ComputeSettings::recommended(0, false);
    auto r = attack::CanaryExposure::run(table, split, encoder,
                                         *model::ModelSpec::parse(QStringLiteral("mlp:128,128")), training,
                                         config, settings);
    if (!r) qFatal("%s", qPrintable(r.error()));
    return {std::move(r).value()};
}

using jobs::JobExecutor;
using jobs::JobOutcome;
using jobs::JobProgress;
using jobs::JobResult;
using jobs::JobSpec;

/// A canary-exposure spec and, with @p kind empty, the membership spec of the same recipe, data and seed.
JobSpec canarySpec(int epochs = 3, const QByteArray& kind = "canary-exposure")
{
    const QByteArray json =
        R"({"schema_version": 1, )" + (kind.isEmpty() ? QByteArray() : R"("kind": ")" + kind + R"(", )") +
        R"("seed": 6,
        "dataset": {"source": "demo", "label": "readmitted", "member_rows": 600},
        "target": {"model": "mlp:32", "epochs": )" +
        QByteArray::number(epochs) + R"(, "batch_size": 64})" +
        (kind.isEmpty() ? QByteArray(R"(, "attacks": {"names": ["loss"]}})")
                        : QByteArray(R"(, "canary": {"repetitions": [1, 10], "canaries": 4,
                                                             "references": 2048, "bootstrap": 100}})"));
    auto spec = JobSpec::fromJson(json);
    if (!spec) qFatal("%s", qPrintable(spec.error()));
    return *spec;
}

} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended(0, false);

private Q_SLOTS:
    void canaryExposureIsAStoredJob()
    {
        const JobSpec spec = canarySpec();
        const auto again = JobSpec::fromJson(spec.toJsonBytes());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->toJsonBytes(), spec.toJsonBytes());
        QCOMPARE(again->canary.repetitions, (QList<int>{1, 10}));

        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        std::atomic<bool> cancel{false};
        QStringList stages;
        const JobResult r = JobExecutor::run(spec, *store.value(), m_settings, cancel,
                                             [&](const JobProgress& p) { stages << p.stage; });
        QVERIFY2(r.outcome == JobOutcome::Completed, qPrintable(r.message));
        QVERIFY(!stages.filter(QStringLiteral("reference canaries")).isEmpty());
        const auto run = store.value()->run(r.runId);
        QCOMPARE(run->type(), project::RunKind::CanaryExposure);
        QCOMPARE(run->name, QStringLiteral("Canary exposure (repetitions 1, 10)"));
        QVERIFY(store.value()->models(r.runId)->empty()); // the model with canaries is not stored
        const attack::CanaryRunSummary s = attack::CanaryRunSummary::fromJson(run->summary);
        QCOMPARE(s.references, std::int64_t(2048));
        QCOMPARE(s.insertedRows, std::int64_t(4 * 11));
        QCOMPARE(s.levels.size(), std::size_t(3));
        QCOMPARE(s.label, QStringLiteral("flipped"));
        // Each level's stored losses give back its stored exposures against the stored references' ranks.
        const auto results = store.value()->results(r.runId);
        QCOMPARE(results->size(), std::size_t(3));
        for (std::size_t k = 0; k < results->size(); ++k) {
            const auto& res = (*results)[k];
            const metrics::ExposureLevel level =
                metrics::ExposureLevel::fromJson(QJsonDocument::fromJson(res.metricsJson).object());
            QCOMPARE(res.variant, QString::number(level.repetitions));
            QCOMPARE(level.repetitions, s.levels[k].repetitions);
            QCOMPARE(level.meanInterpolated, s.levels[k].meanInterpolated);
            const auto scores = store.value()->scores(res.id);
            QCOMPARE(scores->scores, level.losses);
            for (const bool inserted : scores->members)
                QCOMPARE(inserted, level.repetitions > 0);
        }
        QVERIFY(store.value()->verify().ok);

        // Evidence for the memorisation row only; the membership rows get none.
        assess::Assessment a;
        const assess::ProjectEvidence evidence = a.suggestFromProject(*store.value());
        QVERIFY(evidence.membership.empty());
        QCOMPARE(evidence.memorisation.size(), std::size_t(2));
        QVERIFY(a.cell(QStringLiteral("memorisation"), QStringLiteral("deployment"))->suggestedLikelihood >=
                1);
        QCOMPARE(
            a.cell(QStringLiteral("membership-inference"), QStringLiteral("deployment"))->suggestedLikelihood,
            0);

        // The report's memorisation section, as a comparison while no model under review is designated.
        auto content = report::ReportContent::build(*store.value(), report::ReportOptions{});
        QVERIFY2(content, qPrintable(content.error()));
        QCOMPARE(content->memorisation.size(), std::size_t(1));
        QVERIFY(!content->memorisation.front().underReview);
        const QString html = QString::fromUtf8(report::reportHtml(*content));
        QVERIFY(html.contains(content->memorisation.front().heading().toHtmlEscaped()));
        for (const QStringList& row : content->memorisation.front().rows())
            for (const QString& cell : row)
                QVERIFY2(html.contains(QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped())),
                         qPrintable(cell));
        QVERIFY(!content->comparisons.filter(QStringLiteral("canary exposure")).isEmpty());

        // A membership run of the same recipe, data and seed designated as the model under review: the
        // canary run measured its recipe, so it becomes that model's evidence and finding.
        const JobResult m =
            JobExecutor::run(canarySpec(3, QByteArray()), *store.value(), m_settings, cancel, {});
        QVERIFY2(m.outcome == JobOutcome::Completed, qPrintable(m.message));
        QVERIFY(assess::ModelUnderReview::designate(*store.value(), m.runId).isEmpty());
        const auto review = assess::ModelUnderReview::load(*store.value());
        QVERIFY(review->runs.contains(r.runId));
        content = report::ReportContent::build(*store.value(), report::ReportOptions{});
        QVERIFY(content->memorisation.front().underReview);
        QVERIFY(!content->findings.filter(QStringLiteral("canary exposure")).isEmpty());
        // Another seed is another split: not the same recipe on the same members.
        JobSpec other = canarySpec();
        other.seed = 7;
        const JobResult o = JobExecutor::run(other, *store.value(), m_settings, cancel, {});
        QVERIFY2(o.outcome == JobOutcome::Completed, qPrintable(o.message));
        QVERIFY(assess::ModelUnderReview::load(*store.value())->comparisons.contains(o.runId));
    }

    void canarySpecOptionsAreChecked()
    {
        const QByteArray base = R"({"schema_version": 1, "kind": "canary-exposure",
            "dataset": {"source": "demo"}, "target": {"model": "mlp:8"}, "canary": )";
        for (const char* bad :
             {R"({"label": "upside-down"})", R"({"repetitions": [0]})", R"({"repetitions": "10"})",
              R"({"references": 100})", R"({"canaries": 1})", R"({"colour": "red"})"}) {
            const auto spec = JobSpec::fromJson(base + bad + "}");
            QVERIFY2(!spec, bad);
            QVERIFY2(spec.error().contains(QLatin1String("canary")), qPrintable(spec.error()));
        }
        const auto predictions = JobSpec::fromJson(R"({"schema_version": 1, "kind": "canary-exposure",
            "dataset": {"source": "demo"}, "target": {"kind": "predictions", "path": "p.csv"}})");
        QVERIFY(!predictions);
    }

    void canaryExposureCancels()
    {
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        std::atomic<bool> cancel{false};
        const JobResult r =
            JobExecutor::run(canarySpec(40), *store.value(), m_settings, cancel, [&](const JobProgress& p) {
                if (p.fraction > 0.2) cancel = true;
            });
        QCOMPARE(int(r.outcome), int(JobOutcome::Cancelled));
        QVERIFY(store.value()->results(r.runId)->empty());
    }

    void interpolatedExposureIsTheRank()
    {
        // Reference losses with ties; the canary's rank counts every reference at or below its loss.
        std::mt19937_64 rng(3);
        std::uniform_int_distribution<int> value(0, 40);
        std::vector<double> refs(4096);
        for (double& v : refs)
            v = value(rng) / 4.0;
        const metrics::ExposureReference reference(refs);
        for (const double loss : {-1.0, 0.0, 0.25, 3.0, 5.0, 9.99, 10.0, 12.0}) {
            int atOrBelow = 0;
            for (const double r : refs)
                atOrBelow += r <= loss ? 1 : 0;
            const double expected = std::log2(4096.0) - std::log2(1.0 + atOrBelow);
            QCOMPARE(reference.interpolated(loss), expected);
        }
        QCOMPARE(reference.interpolated(-1.0), 12.0); // below every reference: log2 N, the most there is
    }

    void chanceIsTheMeanOverUniformRanks()
    {
        for (const std::size_t n : {std::size_t(10), std::size_t(1000), std::size_t(65536)}) {
            double sum = 0.0;
            for (std::size_t r = 1; r <= n + 1; ++r)
                sum += std::log2(double(n)) - std::log2(double(r));
            QVERIFY2(std::abs(metrics::chanceExposure(n) - sum / double(n + 1)) < 1e-9,
                     qPrintable(QString::number(n)));
        }
        QVERIFY(std::abs(metrics::chanceExposure(65536) - 1.0 / std::log(2.0)) < 0.01); // 1.44 bits
        // Never-inserted canaries from the same distribution as the references sit at chance.
        const std::vector<double> refs = skewNormalSample(65536, 2.0, 1.0, 3.0, 1);
        const metrics::ExposureReference reference(refs);
        const std::vector<double> fresh = skewNormalSample(4000, 2.0, 1.0, 3.0, 2);
        double mean = 0.0;
        for (const double v : fresh)
            mean += reference.interpolated(v) / double(fresh.size());
        QVERIFY2(std::abs(mean - metrics::chanceExposure(65536)) < 0.1, qPrintable(QString::number(mean)));
    }

    void skewNormalCdfIsTheIntegralOfItsDensity()
    {
        const metrics::SkewNormal s{1.5, 0.8, 4.0};
        // Simpson's rule on the density from far in the left tail.
        const auto integral = [&](double to) {
            const double from = s.location - 12.0 * s.scale;
            const int n = 20000;
            const double h = (to - from) / n;
            double sum = std::exp(s.logPdf(from)) + std::exp(s.logPdf(to));
            for (int i = 1; i < n; ++i)
                sum += (i % 2 ? 4.0 : 2.0) * std::exp(s.logPdf(from + i * h));
            return sum * h / 3.0;
        };
        for (const double x : {0.9, 1.2, 1.5, 2.0, 3.0}) {
            const double f = s.cdf(x), g = integral(x);
            QVERIFY2(std::abs(f - g) <= 1e-6 * std::max(g, 1e-3),
                     qPrintable(QStringLiteral("%1: %2 %3").arg(x).arg(f).arg(g)));
        }
    }

    void skewNormalFitIsTheMaximumLikelihood()
    {
        const std::vector<double> x = skewNormalSample(20000, 3.0, 2.0, 4.0, 7);
        const metrics::SkewNormal fit = metrics::fitSkewNormal(x);
        QVERIFY2(std::abs(fit.location - 3.0) < 0.1 && std::abs(fit.scale - 2.0) < 0.1 &&
                     std::abs(fit.shape - 4.0) < 0.8,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(fit.location).arg(fit.scale).arg(fit.shape)));
        // At least as likely as the truth and as points around the optimum.
        const double best = meanLogLikelihood(fit, x);
        QVERIFY(best >= meanLogLikelihood({3.0, 2.0, 4.0}, x) - 1e-9);
        for (const auto& nudged : {metrics::SkewNormal{fit.location + 0.01, fit.scale, fit.shape},
                                   metrics::SkewNormal{fit.location, fit.scale * 1.01, fit.shape},
                                   metrics::SkewNormal{fit.location, fit.scale, fit.shape + 0.05}})
            QVERIFY(best >= meanLogLikelihood(nudged, x) - 1e-9);
        // Extrapolated exposure of a loss at the q-quantile of the references is about -log2 q.
        const metrics::ExposureReference reference(x);
        const auto& sorted = reference.sortedLosses();
        for (const double q : {0.5, 0.1, 0.01}) {
            const double loss = sorted[std::size_t(q * double(sorted.size()))];
            QVERIFY2(std::abs(reference.extrapolated(loss) + std::log2(q)) < 0.15,
                     qPrintable(QStringLiteral("q %1: %2").arg(q).arg(reference.extrapolated(loss))));
        }
        // The fit is close to the data it came from; data no skew-normal describes are flagged.
        QVERIFY2(reference.fitDistance() < 0.01, qPrintable(QString::number(reference.fitDistance())));
        std::vector<double> bimodal = skewNormalSample(20000, 0.0, 0.3, 0.0, 8);
        for (double& v : skewNormalSample(20000, 10.0, 0.3, 0.0, 9))
            bimodal.push_back(v);
        QVERIFY(metrics::ExposureReference(bimodal).fitDistance() > metrics::kPoorFitDistance);
        // Far below every reference the extrapolation goes beyond log2 N, where interpolation stops.
        QVERIFY(reference.extrapolated(sorted.front() - 2.0) > std::log2(double(sorted.size())));
    }

    void generatorDrawsDistinctCanariesFromTheSchema()
    {
        const data::DataTable table = data::DemoData::patients(500, 3);
        auto g = attack::CanaryGenerator::fromTable(table);
        QVERIFY2(g, qPrintable(g.error()));
        QVERIFY(g->spaceBits() > 30.0);
        std::mt19937_64 rng(1);
        std::unordered_set<std::uint64_t> drawn;
        auto a = g->draw(2000, rng, drawn);
        QVERIFY(a);
        QCOMPARE(drawn.size(), std::size_t(2000));
        // Every input value is one the table holds; identifiers stay missing.
        for (std::size_t c = 0; c < table.columnCount(); ++c) {
            const data::Column& src = table.column(c);
            const data::Column& got = a->column(c);
            if (src.role == data::ColumnRole::Identifier) {
                QCOMPARE(got.missing, std::int64_t(2000));
                continue;
            }
            for (std::size_t r = 0; r < 2000; ++r) {
                if (src.type == data::ColumnType::Numeric)
                    QVERIFY(std::find(src.numbers.begin(), src.numbers.end(), got.numbers[r]) !=
                            src.numbers.end());
                else
                    QVERIFY(got.codes[r] >= 0 && got.codes[r] < src.categories.size());
            }
        }
        // A table with a tiny space says so instead of looping.
        const data::DataTable tiny = [&] {
            data::DataTable t;
            std::vector<data::Column> cols(2);
            cols[0].name = QStringLiteral("a");
            cols[0].numbers = {1.0, 2.0};
            cols[1].name = QStringLiteral("y");
            cols[1].type = data::ColumnType::Categorical;
            cols[1].role = data::ColumnRole::Label;
            cols[1].categories = {QStringLiteral("x"), QStringLiteral("z")};
            cols[1].codes = {0, 1};
            t.setColumns(std::move(cols), 2);
            return t;
        }();
        auto small = attack::CanaryGenerator::fromTable(tiny);
        QVERIFY(small);
        std::unordered_set<std::uint64_t> none;
        auto tooMany = small->draw(10, rng, none);
        QVERIFY(!tooMany);
        QVERIFY2(tooMany.error().contains(QStringLiteral("too small")), qPrintable(tooMany.error()));
    }

    void exposureGrowsWithRepetitionsWithoutDp()
    {
        const Run run = runCanaries(false, {1, 10, 100});
        const auto& control = run.level(0);
        const auto& once = run.level(1);
        const auto& ten = run.level(10);
        const auto& hundred = run.level(100);
        qInfo("non-private: control %.2f, r=1 %.2f [%.2f, %.2f], r=10 %.2f, r=100 %.2f (extrapolated %.2f) "
              "bits; "
              "chance %.2f; accuracy train %.3f test %.3f",
              control.meanInterpolated, once.meanInterpolated, once.low, once.high, ten.meanInterpolated,
              hundred.meanInterpolated, hundred.meanExtrapolated, run.result.chance, run.result.trainAccuracy,
              run.result.testAccuracy);
        QVERIFY(std::abs(control.meanInterpolated - run.result.chance) < 2.5);
        QVERIFY(ten.meanInterpolated > control.meanInterpolated + 3.0);
        QVERIFY(hundred.meanInterpolated >= ten.meanInterpolated - 0.5);
        QVERIFY(hundred.meanInterpolated > 8.0);
        QVERIFY(ten.meanInterpolated > once.meanInterpolated);
        QCOMPARE(run.result.references, std::int64_t(65536));
        QCOMPARE(run.result.insertedRows, std::int64_t(8 * 111));
        QVERIFY(run.result.spaceBits > 16.0);
    }

    void exposureStaysNearChanceUnderDp()
    {
        const Run run = runCanaries(true, {1, 10});
        qInfo(
            "DP epsilon %.2f: control %.2f, r=1 %.2f [%.2f, %.2f], r=10 %.2f [%.2f, %.2f] bits; chance %.2f",
            run.result.training.epsilon, run.level(0).meanInterpolated, run.level(1).meanInterpolated,
            run.level(1).low, run.level(1).high, run.level(10).meanInterpolated, run.level(10).low,
            run.level(10).high, run.result.chance);
        QVERIFY(run.result.training.epsilon <= 1.0 + 1e-9);
        for (const int r : {1, 10})
            QVERIFY2(run.level(r).low <= run.result.chance + 1.0, qPrintable(QString::number(r)));
        QVERIFY(run.level(1).meanInterpolated < run.result.chance + 2.0);
    }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"

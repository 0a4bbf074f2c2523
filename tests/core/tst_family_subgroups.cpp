// Subgroups of attribute-inference and reconstruction runs (jobs::FamilySubgroups): real runs stored in a
// real project, split by a column; the figures against an independent computation from the stored
// per-record results, the intervals against hand-computed values, concentration claimed only where it is.
#include "attack/inversion/ReconstructionRunSummary.h"
#include "data/CsvImporter.h"
#include "jobs/FamilySubgroups.h"
#include "jobs/JobExecutor.h"
#include "jobs/SavedSubgroups.h"
#include "jobs/Subgroups.h"
#include "project/ProjectStore.h"
#include "report/ReportContent.h"

#include <boost/math/distributions/normal.hpp>
#include <QJsonArray>
#include <QtTest>
#include <random>

using namespace privaudit;
using jobs::FamilySubgroups;

namespace {

/// Band "a": the sensitive column and the label are coin flips (an overfit model can only memorise
/// them); band "b": the sensitive column is a function of x1 + x2 (imputation already knows it).
QByteArray bandedCsv(int rows, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::bernoulli_distribution coin(0.5);
    QByteArray csv = "x1,x2,x3,x4,band,group,outcome\n";
    for (int r = 0; r < rows; ++r) {
        double x[4];
        for (double& v : x)
            v = normal(rng);
        const bool a = coin(rng);
        const bool group = a ? coin(rng) : x[0] + x[1] > 0;
        const bool outcome = a ? coin(rng) : x[2] > 0;
        for (const double v : x)
            csv += QByteArray::number(v, 'f', 5) + ',';
        csv += QByteArray(a ? "a," : "b,") + (group ? "g1," : "g2,") + (outcome ? "yes" : "no") + '\n';
    }
    return csv;
}

qint64 runSpec(project::ProjectStore& store, const QByteArray& json)
{
    const auto spec = jobs::JobSpec::fromJson(json);
    if (!spec) qFatal("spec: %s", qPrintable(spec.error()));
    std::atomic<bool> cancel{false};
    compute::ComputeSettings settings;
    settings.cores = 2;
    const auto done = jobs::JobExecutor::run(*spec, store, settings, cancel);
    if (done.outcome != jobs::JobOutcome::Completed) qFatal("run: %s", qPrintable(done.message));
    return done.runId;
}

} // namespace

class TestFamilySubgroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void intervalsMatchHandComputation()
    {
        // 30 of 50 against 10 of 50: 0.4, standard error sqrt(0.24/50 + 0.16/50) = 0.0894.
        const auto d = FamilySubgroups::differenceInterval(30, 50, 10, 50, 4);
        const double se = std::sqrt(0.008);
        QVERIFY(std::abs(d.value - 0.4) < 1e-12);
        QVERIFY(std::abs(d.low - (0.4 - 1.959964 * se)) < 1e-6);
        QVERIFY(std::abs(d.high - (0.4 + 1.959964 * se)) < 1e-6);
        // Four groups: the one-sided bound at 2.5% / 4 = 0.625%, z = 2.4977.
        const double z = boost::math::quantile(boost::math::normal(), 1.0 - 0.00625);
        QVERIFY(std::abs(z - 2.4977) < 1e-3);
        QVERIFY(std::abs(d.lowAdjusted - (0.4 - z * se)) < 1e-9);
        // The mean of 1, 2, 3, 4: 2.5, standard deviation 1.291, standard error 0.6455.
        const auto m = FamilySubgroups::meanInterval({1, 2, 3, 4}, 1);
        QVERIFY(std::abs(m.value - 2.5) < 1e-12);
        QVERIFY(std::abs(m.low - (2.5 - 1.959964 * 0.645497)) < 1e-5);
        QVERIFY(std::isnan(FamilySubgroups::meanInterval({0.3}, 1).low)); // one value: no interval
        QVERIFY(std::isnan(FamilySubgroups::differenceInterval(1, 0, 1, 5, 1).value));
    }

    void attributeLeakageConcentratesWhereOnlyTheModelKnows()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("banded.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bandedCsv(1600, 21));
        }
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("s.privaudit")), QStringLiteral("s"));
        QVERIFY(store);
        const QByteArray spec = QStringLiteral(
                                    R"({"schema_version": 1, "kind": "attribute-inference", "seed": 4,
            "dataset": {"source": "%1", "label": "outcome", "member_rows": 400, "roles": {"group": "sensitive"}},
            "target": {"model": "mlp:256,256", "epochs": 300, "batch_size": 32, "learning_rate": 0.003},
            "attribute": {"attacks": ["csmia"], "bootstrap": 50}})")
                                    .arg(csv)
                                    .toUtf8();
        const qint64 runId = runSpec(*store.value(), spec);
        const auto analysis = FamilySubgroups::compute(*store.value(), runId, QStringLiteral("band"));
        QVERIFY2(analysis, qPrintable(analysis.error()));
        QCOMPARE(analysis->measures.size(), std::size_t(1)); // csmia; the imputation is the reference
        const FamilySubgroups::Measure& m = analysis->measures.front();
        QCOMPARE(m.attack, QStringLiteral("csmia"));
        QCOMPARE(m.groups.size(), std::size_t(2));

        // Independently, from the stored per-record results: accuracy on members minus non-members per
        // band, and the paired difference against the imputation baseline.
        const auto table = data::CsvImporter::importFile(csv).value();
        const data::Column& band = table.column(std::size_t(table.indexOf(QStringLiteral("band"))));
        const auto results = store.value()->results(runId).value();
        project::RecordScores csmia, imputation;
        for (const auto& r : results)
            (r.attack == QLatin1String("csmia") ? csmia : imputation) = store.value()->scores(r.id).value();
        for (const FamilySubgroups::Group& g : m.groups) {
            double in = 0, out = 0, gain = 0;
            std::size_t nIn = 0, nOut = 0, n = 0;
            for (std::size_t i = 0; i < csmia.rowIds.size(); ++i) {
                if (band.text(std::size_t(csmia.rowIds[i])) != g.label) continue;
                ++n;
                gain += csmia.scores[i] - imputation.scores[i];
                if (csmia.members[i]) {
                    in += csmia.scores[i];
                    ++nIn;
                } else {
                    out += csmia.scores[i];
                    ++nOut;
                }
            }
            QCOMPARE(g.members, nIn);
            QCOMPARE(g.nonMembers, nOut);
            QVERIFY(std::abs(g.leakage.value - (in / double(nIn) - out / double(nOut))) < 1e-12);
            QVERIFY(std::abs(g.advantage.value - gain / double(n)) < 1e-12);
        }
        const auto& a = m.groups[0].label == QLatin1String("a") ? m.groups[0] : m.groups[1];
        const auto& b = m.groups[0].label == QLatin1String("a") ? m.groups[1] : m.groups[0];
        const auto describe = [](const FamilySubgroups::Group& g) {
            return QStringLiteral("%1: leakage %2 [%3, %4], adjusted %5, members %6, non-members %7")
                .arg(g.label)
                .arg(g.leakage.value)
                .arg(g.leakage.low)
                .arg(g.leakage.high)
                .arg(g.leakage.lowAdjusted)
                .arg(g.members)
                .arg(g.nonMembers);
        };
        qInfo().noquote() << describe(a) << "|" << describe(b) << "| run" << m.runValue;
        QVERIFY2(a.leakage.low > 0.1, qPrintable(describe(a))); // members' coin flips memorised
        QVERIFY2(b.leakage.low < 0.0, qPrintable(describe(b))); // imputation knows band b anyway
        QVERIFY2(a.aboveRun && !b.aboveRun, qPrintable(describe(a) + QStringLiteral(" | ") + describe(b)));
        const QStringList findings = analysis->findings();
        QVERIFY2(findings.join(QLatin1Char(' ')).contains(QLatin1String("concentrates in band = a")),
                 qPrintable(findings.join(QLatin1Char('\n'))));
        const QJsonObject json = analysis->toJson();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("attribute-inference"));
        const QJsonObject g0 =
            json.value(QStringLiteral("measures"))[0][QStringLiteral("groups")][0].toObject();
        for (const char* key : {"group", "members", "non_members", "member_accuracy", "non_member_accuracy",
                                "individual_leakage", "individual_leakage_ci95", "advantage",
                                "advantage_ci95", "low_adjusted", "small", "above_run"})
            QVERIFY2(g0.contains(QLatin1String(key)), key);

        // The label is refused, an unknown column named.
        QVERIFY(!FamilySubgroups::compute(*store.value(), runId, QStringLiteral("outcome")));
        const auto unknown = FamilySubgroups::compute(*store.value(), runId, QStringLiteral("nope"));
        QVERIFY(!unknown && unknown.error().contains(QLatin1String("nope")));
    }

    void reconstructionGroupsAreItsRowsAndSmallOnesAreNotClaimed()
    {
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("r.privaudit")), QStringLiteral("r"));
        QVERIFY(store);
        const qint64 runId =
            runSpec(*store.value(), R"({"schema_version": 1, "kind": "reconstruction", "seed": 3,
               "dataset": {"source": "demo", "member_rows": 300},
               "target": {"kind": "train", "model": "logreg"},
               "reconstruction": {"targets": 12, "known_rows": 120, "bootstrap": 100}})");
        const auto analysis = FamilySubgroups::compute(*store.value(), runId, QStringLiteral("sex"));
        QVERIFY2(analysis, qPrintable(analysis.error()));
        QCOMPARE(analysis->measures.size(), std::size_t(1));
        const auto& m = analysis->measures.front();
        const attack::ReconstructionResult r =
            attack::ReconstructionRunSummary::fromJson(store.value()->run(runId)->summary).result;
        QVERIFY(std::abs(m.runValue - r.advantage.mean) < 1e-12);
        std::size_t rows = 0;
        for (const auto& g : m.groups) {
            rows += g.members;
            QCOMPARE(g.small, g.members < FamilySubgroups::kSmallReconstruction);
            if (g.small) QVERIFY(!g.aboveRun);
        }
        QCOMPARE(rows, std::size_t(12)); // every reconstructed row in one group
        QVERIFY(analysis->findings().join(QLatin1Char(' ')).contains(QLatin1String("too small")));
        // A membership run is SubgroupAnalysis's, not this.
        QVERIFY(!FamilySubgroups::compute(*store.value(), 999, QStringLiteral("sex")));
    }

    void savedAnalysesAreTheReportsSubgroupSection()
    {
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("s.privaudit")), QStringLiteral("s"));
        QVERIFY(store);
        project::ProjectStore& s = *store.value();
        const auto content0 = report::ReportContent::build(s, {});
        QVERIFY(content0 && content0->subgroups.empty()); // the section says none was saved
        QVERIFY(QString::fromUtf8(report::reportHtml(*content0))
                    .contains(report::SubgroupSection::none().toHtmlEscaped()));

        const qint64 membership = runSpec(s, R"({"schema_version": 1, "seed": 2,
               "dataset": {"source": "demo", "member_rows": 600},
               "target": {"kind": "train", "model": "logreg"}, "attacks": {"names": ["loss"]},
               "statistics": {"bootstrap": 50}})");
        const qint64 reconstruction = runSpec(s, R"({"schema_version": 1, "kind": "reconstruction", "seed": 3,
               "dataset": {"source": "demo", "member_rows": 300},
               "target": {"kind": "train", "model": "logreg"},
               "reconstruction": {"targets": 12, "known_rows": 120, "bootstrap": 100}})");
        const auto m = jobs::SubgroupAnalysis::compute(s, membership, QStringLiteral("sex"), 4, 50);
        QVERIFY2(m, qPrintable(m.error()));
        const auto r = FamilySubgroups::compute(s, reconstruction, QStringLiteral("age"), 3);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(jobs::SavedSubgroups::save(s, project::RunKind::MembershipInference, m->toJson()).isEmpty());
        QVERIFY(jobs::SavedSubgroups::save(s, project::RunKind::Reconstruction, r->toJson()).isEmpty());
        // Saved again: replaced, not a second copy; every save is in the audit trail.
        QVERIFY(jobs::SavedSubgroups::save(s, project::RunKind::Reconstruction, r->toJson()).isEmpty());
        const auto saved = jobs::SavedSubgroups::load(s);
        QVERIFY(saved);
        QCOMPARE(saved->size(), std::size_t(2));
        int audited = 0;
        const auto trail = s.auditTrail();
        QVERIFY(trail);
        for (const auto& e : *trail)
            audited += e.action == QLatin1String("subgroups.saved") ? 1 : 0;
        QCOMPARE(audited, 3);
        QVERIFY(s.verify().ok);

        // The report reads them back: the same figures and the same findings as computed.
        const auto content = report::ReportContent::build(s, {});
        QVERIFY2(content, qPrintable(content.error()));
        QCOMPARE(content->subgroups.size(), std::size_t(2));
        const report::SubgroupSection& ms = content->subgroups[0];
        const report::SubgroupSection& rs = content->subgroups[1];
        QCOMPARE(ms.runId, membership);
        QCOMPARE(ms.findings, m->findings());
        QCOMPARE(rs.findings, r->findings());
        std::size_t groups = 0;
        for (const auto& a : m->attacks)
            groups += a.groups.size();
        QCOMPARE(ms.rows().size(), groups);
        const auto& g0 = m->attacks.front().groups.front();
        QCOMPARE(ms.rows().front().at(1), g0.label);
        QVERIFY2(ms.rows().front().at(4).startsWith(QLocale().toString(g0.metrics.auc, 'f', 3)),
                 qPrintable(ms.rows().front().at(4)));
        QCOMPARE(ms.rows().front().at(5), QLocale().toString(g0.metrics.tprAt(0.01), 'f', 3));
        QCOMPARE(int(rs.rows().size()), int(r->measures.front().groups.size()));
        QCOMPARE(rs.columns().size(), 4);
        QVERIFY(rs.scope().contains(QLatin1String("3 quantile bands")));
        const QString html = QString::fromUtf8(report::reportHtml(*content));
        QVERIFY(html.contains(report::sectionTitle(QStringLiteral("subgroups")).toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("<td>%1</td>").arg(g0.label.toHtmlEscaped())));
        // No model under review: both are comparisons, their findings under comparisons.
        QVERIFY(!ms.underReview);
        QVERIFY(!content->comparisons.filter(QStringLiteral("by sex")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFamilySubgroups)
#include "tst_family_subgroups.moc"

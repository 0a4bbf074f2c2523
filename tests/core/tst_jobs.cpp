// Job specs, the executor and the runner: strict parsing, reproducibility, cancellation, failures.
#include "assess/Assessment.h"
#include "assess/Review.h"
#include "attack/attribute/AttributeInference.h"
#include "attack/attribute/AttributeRunSummary.h"
#include "attack/MembershipInference.h"
#include "attack/MembershipRunSummary.h"
#include "attack/OneRunAuditSummary.h"
#include "data/DemoData.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobKinds.h"
#include "jobs/JobRunner.h"
#include "jobs/JobSpec.h"
#include "metrics/AttributeMetrics.h"
#include "metrics/OneRunAudit.h"
#include "project/ProjectStore.h"
#include "report/ReportContent.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace privaudit;
using namespace privaudit::jobs;

namespace {

JobSpec smallSpec(const QByteArray& attacks = R"(["loss", "lira", "rmia"])", int epochs = 5)
{
    const QByteArray json = R"({"schema_version": 1, "seed": 11,
        "dataset": {"source": "demo", "label": "readmitted", "member_rows": 400},
        "target": {"model": "mlp:32", "epochs": )" +
                            QByteArray::number(epochs) + R"(, "batch_size": 64},
        "attacks": {"names": )" +
                            attacks + R"(, "reference_models": 4},
        "statistics": {"bootstrap": 50}})";
    auto spec = JobSpec::fromJson(json);
    if (!spec) qFatal("%s", qPrintable(spec.error()));
    return *spec;
}

JobSpec attributeSpec(int epochs = 3)
{
    const QByteArray json = R"({"schema_version": 1, "kind": "attribute-inference", "seed": 8,
        "dataset": {"source": "demo", "label": "readmitted", "member_rows": 400},
        "target": {"model": "mlp:32", "epochs": )" +
                            QByteArray::number(epochs) + R"(, "batch_size": 64},
        "attribute": {"column": "diagnosis", "candidates": 200, "bootstrap": 50, "reference_models": 1}})";
    auto spec = JobSpec::fromJson(json);
    if (!spec) qFatal("%s", qPrintable(spec.error()));
    return *spec;
}

JobSpec auditSpec(int epochs = 5)
{
    const QByteArray json = R"({"schema_version": 1, "kind": "one-run-audit", "seed": 5,
        "dataset": {"source": "demo", "label": "readmitted", "member_rows": 400},
        "target": {"model": "mlp:32", "epochs": )" +
                            QByteArray::number(epochs) + R"(, "batch_size": 64,
                   "dp": {"noise_multiplier": 1.0, "max_grad_norm": 1.0, "delta": 1e-4}},
        "audit": {"canaries": 200, "guesses": 60}})";
    auto spec = JobSpec::fromJson(json);
    if (!spec) qFatal("%s", qPrintable(spec.error()));
    return *spec;
}

QJsonObject withoutTimings(const QByteArray& metricsJson)
{
    QJsonObject o = QJsonDocument::fromJson(metricsJson).object();
    o.remove(QStringLiteral("seconds"));
    return o;
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        compute::ComputeEnvironment::apply(m_settings);
    }

    void specParsingIsStrict_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"schema_version\": 1,")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("JSON object");
        QTest::newRow("no version") << QByteArray("{}") << QStringLiteral("schema_version");
        QTest::newRow("future") << QByteArray(R"({"schema_version": 2})")
                                << QStringLiteral("newer PrivAudit");
        QTest::newRow("unknown top key")
            << QByteArray(R"({"schema_version": 1, "sed": 3})") << QStringLiteral("unknown key 'sed'");
        QTest::newRow("wrong type") << QByteArray(R"({"schema_version": 1, "target": {"epochs": "ten"}})")
                                    << QStringLiteral("target.epochs");
        QTest::newRow("fractional") << QByteArray(R"({"schema_version": 1, "target": {"batch_size": 2.5}})")
                                    << QStringLiteral("target.batch_size");
        QTest::newRow("bad model") << QByteArray(R"({"schema_version": 1, "target": {"model": "cnn"}})")
                                   << QStringLiteral("target.model");
        QTest::newRow("dp both")
            << QByteArray(
                   R"({"schema_version": 1, "target": {"dp": {"noise_multiplier": 1, "target_epsilon": 2}}})")
            << QStringLiteral("exactly one");
        QTest::newRow("bad delta")
            << QByteArray(R"({"schema_version": 1, "target": {"dp": {"noise_multiplier": 1, "delta": 2}}})")
            << QStringLiteral("Delta");
        QTest::newRow("unknown attack")
            << QByteArray(R"({"schema_version": 1, "attacks": {"names": ["loss", "magic"]}})")
            << QStringLiteral("magic");
        QTest::newRow("torchscript without path")
            << QByteArray(R"({"schema_version": 1, "target": {"kind": "torchscript"}})")
            << QStringLiteral("target.path");
        QTest::newRow("huge schema version")
            << QByteArray(R"({"schema_version": 1e300})") << QStringLiteral("newer PrivAudit");
        QTest::newRow("encoder not an encoder")
            << QByteArray(R"({"schema_version": 1, "dataset": {"encoder": {"format": "x"}}})")
            << QStringLiteral("dataset.encoder");
        QTest::newRow("encoder file missing")
            << QByteArray(R"({"schema_version": 1, "dataset": {"encoder": "/nonexistent/e.json"}})")
            << QStringLiteral("dataset.encoder");
        QTest::newRow("audit with attacks")
            << QByteArray(R"({"schema_version": 1, "kind": "one-run-audit", "attacks": {"names": ["loss"]}})")
            << QStringLiteral("belongs to a spec of kind membership-inference");
        QTest::newRow("audit of a torchscript model")
            << QByteArray(
                   R"({"schema_version": 1, "kind": "one-run-audit", "target": {"kind": "torchscript", "path": "m.pt"}})")
            << QStringLiteral("target.kind must be train");
        QTest::newRow("more guesses than canaries")
            << QByteArray(
                   R"({"schema_version": 1, "kind": "one-run-audit", "audit": {"canaries": 10, "guesses": 20}})")
            << QStringLiteral("cannot exceed");
        QTest::newRow("audit options on a membership spec")
            << QByteArray(R"({"schema_version": 1, "audit": {"canaries": 10}})") << QStringLiteral("'audit'");
        QTest::newRow("unknown kind")
            << QByteArray(R"({"schema_version": 1, "kind": "sweep"})") << QStringLiteral("spec.kind");
        QTest::newRow("confidence of one")
            << QByteArray(R"({"schema_version": 1, "kind": "one-run-audit", "audit": {"confidence": 1}})")
            << QStringLiteral("audit.confidence");
        QTest::newRow("nothing runs on predictions")
            << QByteArray(
                   R"({"schema_version": 1, "target": {"kind": "predictions", "path": "p.csv"}, "attacks": {"names": ["lira", "shadow"]}})")
            << QStringLiteral("None of the requested attacks can run on a predictions file");
        QTest::newRow("encoder epsilon without DP")
            << QByteArray(R"({"schema_version": 1, "dataset": {"encoder_epsilon": 0.1}})")
            << QStringLiteral("applies to a DP target");
        QTest::newRow("encoder epsilon not positive")
            << QByteArray(
                   R"({"schema_version": 1, "dataset": {"encoder_epsilon": -1}, "target": {"dp": {"noise_multiplier": 1}}})")
            << QStringLiteral("must be a positive number");
        QTest::newRow("encoder epsilon above the total")
            << QByteArray(
                   R"({"schema_version": 1, "dataset": {"encoder_epsilon": 0.5}, "target": {"dp": {"target_epsilon": 0.4}}})")
            << QStringLiteral("leaves nothing for DP-SGD");
        QTest::newRow("encoder epsilon in a one-run audit")
            << QByteArray(
                   R"({"schema_version": 1, "kind": "one-run-audit", "dataset": {"encoder_epsilon": 0.1}, "target": {"dp": {"noise_multiplier": 1}}})")
            << QStringLiteral("measures DP-SGD alone");
        QTest::newRow("attribute on predictions")
            << QByteArray(
                   R"({"schema_version": 1, "kind": "attribute-inference", "target": {"kind": "predictions", "path": "p.csv"}})")
            << QStringLiteral("not predictions");
        QTest::newRow("attribute unknown attack")
            << QByteArray(
                   R"({"schema_version": 1, "kind": "attribute-inference", "attribute": {"attacks": ["magic"]}})")
            << QStringLiteral("attribute.attacks: unknown attack 'magic'");
        QTest::newRow("attribute options on a membership spec")
            << QByteArray(R"({"schema_version": 1, "attribute": {"column": "sex"}})")
            << QStringLiteral("'attribute'");
        QTest::newRow("attribute misspelt option")
            << QByteArray(
                   R"({"schema_version": 1, "kind": "attribute-inference", "attribute": {"colum": "sex"}})")
            << QStringLiteral("colum");
        QTest::newRow("attribute negative tolerance")
            << QByteArray(
                   R"({"schema_version": 1, "kind": "attribute-inference", "attribute": {"tolerance": -1}})")
            << QStringLiteral("attribute.tolerance");
        QTest::newRow("encoder from a FIFO-like path")
            << QByteArray(R"({"schema_version": 1, "dataset": {"encoder": "/dev/zero"}})")
            << QStringLiteral("regular file");
    }

    void specParsingIsStrict()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto spec = JobSpec::fromJson(json);
        QVERIFY(!spec);
        QVERIFY2(spec.error().contains(expected), qPrintable(spec.error()));
    }

    void specCarriesColumnTypesAndRoles()
    {
        const auto spec = JobSpec::fromJson(R"({"schema_version": 1, "dataset": {"source": "credit.csv",
            "columns": {"credit": {"type": "categorical", "role": "label"}, "case": {"role": "identifier"},
                        "age": {"type": "numeric"}}, "max_distinct_ratio": 0.3, "max_label_classes": 12}})");
        QVERIFY2(spec, qPrintable(spec.error()));
        QCOMPARE(spec->label, QStringLiteral("credit"));
        QCOMPARE(spec->types.value(QStringLiteral("credit")), QStringLiteral("categorical"));
        QCOMPARE(spec->roles.value(QStringLiteral("case")), QStringLiteral("identifier"));
        const auto plan = spec->columnPlan();
        QCOMPARE(plan.label, QStringLiteral("credit"));
        QCOMPARE(plan.types.value(QStringLiteral("age")), privaudit::data::ColumnType::Numeric);
        QCOMPARE(plan.maxDistinctRatio, 0.3);
        QCOMPARE(plan.maxLabelClasses, 12);
        const auto again = JobSpec::fromJson(spec->toJsonBytes());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->toJsonBytes(), spec->toJsonBytes());
        QCOMPARE(again->types, spec->types);
        // A declared encoder is kept inline (the spec's identity covers its content).
        const auto declared =
            JobSpec::fromJson(R"({"schema_version": 1, "dataset": {"encoder": {"format": "privaudit-encoder",
            "version": 1, "label": "y", "classes": ["a", "b"], "inputs": [{"column": "x", "type": "numeric", "mean": 5, "scale": 0.5}]}}})");
        QVERIFY2(declared, qPrintable(declared.error()));
        QVERIFY(declared->declaredEncoder.has_value());
        QCOMPARE(declared->declaredEncoder->value(QStringLiteral("fitted_on")).toString(),
                 QStringLiteral("declared"));
        QCOMPARE(JobSpec::fromJson(declared->toJsonBytes())->toJsonBytes(), declared->toJsonBytes());
        // A spec without them keeps its old JSON (and so its hash: sweeps find their points again).
        const auto plain = JobSpec::fromJson(R"({"schema_version": 1})");
        QVERIFY(
            !plain->toJson().value(QStringLiteral("dataset")).toObject().contains(QStringLiteral("columns")));
        QVERIFY(JobSpec::fromJson(R"({"schema_version": 1, "dataset": {"columns": {"a": {"type": "text"}}}})")
                    .error()
                    .contains(QLatin1String("dataset.columns.a.type")));
        QVERIFY(
            JobSpec::fromJson(R"({"schema_version": 1, "dataset": {"columns": {"a": {"kind": "numeric"}}}})")
                .error()
                .contains(QLatin1String("unknown key 'kind'")));
        QVERIFY(
            JobSpec::fromJson(
                R"({"schema_version": 1, "dataset": {"label": "b", "columns": {"a": {"role": "label"}}}})")
                .error()
                .contains(QLatin1String("dataset.label names 'b'")));
        QVERIFY(JobSpec::fromJson(R"({"schema_version": 1, "dataset": {"max_distinct_ratio": 2}})")
                    .error()
                    .contains(QLatin1String("max_distinct_ratio")));
    }

    void specRoundTrips()
    {
        auto spec = JobSpec::fromJson(R"({"schema_version": 1, "name": "n", "seed": 9007199254740992,
            "dataset": {"source": "data/adult.csv", "label": "income", "member_rows": 100},
            "target": {"model": "mlp:16,16:tanh", "optimizer": "sgd", "dp": {"target_epsilon": 3, "delta": 1e-6, "epsilon_budget": 4}},
            "attacks": {"names": ["all"], "online": false}})",
                                      QStringLiteral("/base"));
        QVERIFY2(spec, qPrintable(spec.error()));
        QCOMPARE(spec->dataSource, QStringLiteral("/base/data/adult.csv")); // relative to the spec's folder
        QCOMPARE(spec->seed, std::uint64_t(9007199254740992ULL));
        QCOMPARE(spec->training.seed, spec->seed);
        QVERIFY(spec->training.dp);
        QCOMPARE(*spec->training.targetEpsilon, 3.0);
        QCOMPARE(spec->attacks, attack::availableAttacks());
        const auto again = JobSpec::fromJson(spec->toJsonBytes());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->toJsonBytes(), spec->toJsonBytes());
    }

    void sameSpecSameResults()
    {
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        QVERIFY(store);
        const JobSpec spec = smallSpec();
        std::atomic<bool> cancel{false};
        std::vector<double> fractions;
        const JobResult a = JobExecutor::run(spec, *store.value(), m_settings, cancel,
                                             [&](const JobProgress& p) { fractions.push_back(p.fraction); });
        QVERIFY2(a.outcome == JobOutcome::Completed, qPrintable(a.message));
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);
        const JobResult b = JobExecutor::run(spec, *store.value(), m_settings, cancel);
        QVERIFY2(b.outcome == JobOutcome::Completed, qPrintable(b.message));
        const auto ra = store.value()->results(a.runId), rb = store.value()->results(b.runId);
        QCOMPARE(ra->size(), std::size_t(3));
        QCOMPARE(rb->size(), ra->size());
        for (std::size_t i = 0; i < ra->size(); ++i) {
            QCOMPARE(rb->at(i).attack, ra->at(i).attack);
            QCOMPARE(withoutTimings(rb->at(i).metricsJson), withoutTimings(ra->at(i).metricsJson));
            QCOMPARE(store.value()->scores(rb->at(i).id)->scores,
                     store.value()->scores(ra->at(i).id)->scores);
        }
        const auto runA = store.value()->run(a.runId);
        QCOMPARE(runA->seed, std::uint64_t(11));
        QCOMPARE(runA->specJson, spec.toJsonBytes());
        QVERIFY(!runA->software.value(QStringLiteral("libtorch")).toString().isEmpty());
        const auto models = store.value()->models(a.runId);
        QCOMPARE(models->size(), std::size_t(1));
        QVERIFY(models->at(0).weights.size() > 1000); // the target as TorchScript
        QCOMPARE(models->at(0).sha256, store.value()->models(b.runId)->at(0).sha256);
        QVERIFY(store.value()->verify().ok);
        // The project keeps counts, not values: no patient identifier (or other feature value) is stored,
        // only the label's classes.
        const auto datasets = store.value()->datasets();
        QCOMPARE(datasets->size(), std::size_t(1));
        const QByteArray schema = datasets->at(0).schemaJson;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(schema).object().value(QStringLiteral("columns")).toArray()) {
            const QJsonObject c = v.toObject();
            const bool label = c.value(QStringLiteral("role")).toString() == QLatin1String("label");
            QCOMPARE(c.contains(QStringLiteral("categories")),
                     label && c.value(QStringLiteral("type")).toString() != QLatin1String("numeric"));
            if (c.value(QStringLiteral("name")).toString() == QLatin1String("patient_id"))
                QVERIFY(c.value(QStringLiteral("distinct")).toInteger() > 100);
        }
        QVERIFY2(!schema.contains("\"P1"), schema.left(400).constData());
    }

    void dpStatementQuotesTheEpochsThatRan()
    {
        // An epsilon budget stops DP-SGD before the planned epochs: the report's DP statement must quote
        // the epochs that ran (it quoted the planned ones), and agree with the stored model's record.
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        QVERIFY(store);
        auto spec = JobSpec::fromJson(R"({"schema_version": 1, "seed": 5,
            "dataset": {"source": "demo", "label": "readmitted", "member_rows": 400},
            "target": {"model": "mlp:16", "epochs": 12, "batch_size": 64,
                       "dp": {"noise_multiplier": 2.0, "delta": 1e-5, "epsilon_budget": 2}},
            "attacks": {"names": ["loss"]}, "statistics": {"bootstrap": 20}})");
        QVERIFY2(spec, qPrintable(spec.error()));
        std::atomic<bool> cancel{false};
        const JobResult r = JobExecutor::run(*spec, *store.value(), m_settings, cancel);
        QVERIFY2(r.outcome == JobOutcome::Completed, qPrintable(r.message));
        const auto models = store.value()->models(r.runId);
        const int ran = models->at(0).dp.value(QStringLiteral("epochs")).toInt();
        QVERIFY2(ran >= 1 && ran < 12,
                 QJsonDocument(models->at(0).dp).toJson().constData()); // the budget stopped it early
        QCOMPARE(store.value()->run(r.runId)->summary.value(QStringLiteral("epochs")).toInt(), ran);
        const auto content = report::ReportContent::build(*store.value(), report::ReportOptions{});
        QVERIFY2(content, qPrintable(content.error()));
        QCOMPARE(content->runs.size(), std::size_t(1));
        const QString statement = content->runs[0].dpStatement;
        QVERIFY2(statement.contains(QStringLiteral("This corresponds to %1 epochs.").arg(ran)),
                 qPrintable(statement));
        QVERIFY2(!statement.contains(QLatin1String("This corresponds to 12 epochs.")), qPrintable(statement));
    }

    void encoderEstimatesAreChargedToTheRun()
    {
        // dataset.encoder_epsilon: the encoder is estimated from the members with that epsilon, DP-SGD is
        // calibrated to what is left of the target, and the run, its model record and the report's DP
        // statement give the total.
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        QVERIFY(store);
        auto spec = JobSpec::fromJson(R"({"schema_version": 1, "seed": 5,
            "dataset": {"source": "demo", "label": "readmitted", "member_rows": 400, "encoder_epsilon": 0.25},
            "target": {"model": "logreg", "epochs": 2, "batch_size": 64, "dp": {"target_epsilon": 2}},
            "attacks": {"names": ["loss"]}, "statistics": {"bootstrap": 20}})");
        QVERIFY2(spec, qPrintable(spec.error()));
        QCOMPARE(*spec->encoderEpsilon, 0.25);
        QCOMPARE(JobSpec::fromJson(spec->toJsonBytes())->encoderEpsilon, spec->encoderEpsilon);
        std::atomic<bool> cancel{false};
        const JobResult r = JobExecutor::run(*spec, *store.value(), m_settings, cancel);
        QVERIFY2(r.outcome == JobOutcome::Completed, qPrintable(r.message));
        const auto summary = attack::MembershipRunSummary::fromJson(store.value()->run(r.runId)->summary);
        QVERIFY(summary.target);
        const attack::TargetFigures& t = *summary.target;
        QCOMPARE(t.encoderEpsilon(), 0.25);
        QCOMPARE(t.encoder.value(QStringLiteral("fitted_on")).toString(), QStringLiteral("dp-estimates"));
        QVERIFY2(t.epsilon <= 2.0 + 1e-9 && t.epsilon > 1.5, qPrintable(QString::number(t.epsilon)));
        const QJsonObject dp = store.value()->models(r.runId)->at(0).dp;
        QCOMPARE(dp.value(QStringLiteral("encoder_epsilon")).toDouble(), 0.25);
        QVERIFY(std::fabs(dp.value(QStringLiteral("sgd_epsilon")).toDouble() + 0.25 - t.epsilon) < 1e-9);
        QVERIFY(dp.value(QStringLiteral("sgd_epsilon")).toDouble() <= 1.75 + 1e-9);
        const auto content = report::ReportContent::build(*store.value(), report::ReportOptions{});
        QVERIFY2(content, qPrintable(content.error()));
        const QString statement = content->runs[0].dpStatement;
        QVERIFY2(statement.contains(QLatin1String("sequential composition")) &&
                     statement.contains(QLatin1String("epsilon 0.25")),
                 qPrintable(statement));
    }

    void summariesOfThePreviousReleaseRead()
    {
        // Typed run summaries read what the release before them stored: these two are copied verbatim from
        // the demo project the previous release wrote (runs.summary_json), DP and non-DP, plus a
        // predictions run; writing them back keeps every value (and adds the version).
        const QByteArray dpRun =
            R"({"delta":1e-05,"dp":true,"encoder":{"fit_rows":15000,"fitted_on":"rows-outside-training","input_width":81,"min_category_count":5,"sha256":"59ffed36eaa580a6a9a18559fac53685756c4964e786f495035a01bb7efcda74"},"epsilon":1.9999682225628062,"input_width":81,"label_counts":{"no":6941,"yes":2059},"members":5000,"noise_multiplier":1.54296875,"non_members":4000,"reference_models":16,"reference_seconds":38.865559662,"sampling_rate":0.0128,"steps":2370,"target_test_accuracy":0.792,"target_test_auc":0.6835636733982434,"target_test_loss":0.7870047347672088,"target_train_accuracy":0.788,"utility":{"accuracy_p_value":0.009377950538583372,"learned":true,"majority_baseline_accuracy":0.7765,"task_auc":0.6835636733982434,"task_auc_ci_low":0.6625449599491362,"test_accuracy":0.792}})";
        const QByteArray plainRun =
            R"({"delta":0,"dp":false,"encoder":{"fit_rows":5000,"fitted_on":"training-rows","input_width":81,"min_category_count":1,"sha256":"8e76260df6b75db4e1a3b16ee53fb0e1ca4c7ffee95ead92336e626c222ff81e"},"epsilon":"inf","input_width":81,"label_counts":{"no":6941,"yes":2059},"members":5000,"noise_multiplier":0,"non_members":4000,"reference_models":16,"reference_seconds":15.441240178,"sampling_rate":0,"steps":800,"target_test_accuracy":0.723,"target_test_auc":0.6183402694647439,"target_test_loss":0.8823029493189191,"target_train_accuracy":0.9446,"utility":{"accuracy_p_value":0.999999999999999,"learned":true,"majority_baseline_accuracy":0.7765,"task_auc":0.6183402694647439,"task_auc_ci_low":0.5967025388929555,"test_accuracy":0.723}})";
        const QByteArray predictionsRun =
            R"({"dp":false,"members":300,"non_members":300,"not_run":["lira","label-only"],"target_outputs":{"kind":"probabilities"}})";
        for (const QByteArray& stored : {dpRun, plainRun, predictionsRun}) {
            const QJsonObject old = QJsonDocument::fromJson(stored).object();
            const auto typed = attack::MembershipRunSummary::fromJson(old);
            QJsonObject again = typed.toJson();
            QCOMPARE(again.take(QStringLiteral("schema_version")).toInt(),
                     attack::MembershipRunSummary::kVersion);
            QCOMPARE(again, old);
            QCOMPARE(attack::MembershipRunSummary::fromJson(typed.toJson()).toJson(), typed.toJson());
        }
        const auto dp = attack::MembershipRunSummary::fromJson(QJsonDocument::fromJson(dpRun).object());
        QVERIFY(dp.dp && dp.target);
        QCOMPARE(dp.accountantEpsilon(), 1.9999682225628062);
        QCOMPARE(dp.target->steps, std::int64_t(2370));
        QVERIFY(!dp.target->epochs); // not kept then: the report derives them from the steps
        QCOMPARE(dp.labelCounts.value(QStringLiteral("yes")), std::int64_t(2059));
        const auto plain = attack::MembershipRunSummary::fromJson(QJsonDocument::fromJson(plainRun).object());
        QVERIFY(std::isinf(plain.accountantEpsilon()) && std::isinf(plain.target->epsilon)); // "inf", not 0
        const auto predictions =
            attack::MembershipRunSummary::fromJson(QJsonDocument::fromJson(predictionsRun).object());
        QVERIFY(!predictions.target);
        QCOMPARE(predictions.notRun, (QStringList{QStringLiteral("lira"), QStringLiteral("label-only")}));
        QVERIFY(std::isinf(predictions.accountantEpsilon()));
        // The warnings a stored run gets are derived from the typed summary, as before.
        const QStringList warnings =
            runWarnings(R"({"schema_version": 1})", QJsonDocument::fromJson(predictionsRun).object());
        QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QLatin1String("Not run: lira")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void familiesAnswerWhatTheyNeedAndCheckTheirOptions()
    {
        JobSpec spec = smallSpec();
        spec.attacks = {QStringLiteral("loss"), QStringLiteral("lira"), QStringLiteral("label-only")};
        const EvaluationNeeds m = findFamily(project::RunKind::MembershipInference)->needs(spec);
        QVERIFY(m.referenceModels && m.runsOnPredictions && !m.trainsTarget && !m.sensitiveColumn);
        QCOMPARE(m.access, (std::vector<attack::TargetAccess>{attack::TargetAccess::Scores,
                                                              attack::TargetAccess::LabelsOnly}));
        spec.attacks = {QStringLiteral("rmia")};
        const EvaluationNeeds rmia = membershipFamily().needs(spec);
        QVERIFY(rmia.population && rmia.referenceModels && !rmia.runsOnPredictions);
        const EvaluationNeeds audit = oneRunAuditFamily().needs(spec);
        QVERIFY(audit.trainsTarget && audit.population && !audit.referenceModels);
        // A spec built in code goes through the same check, before anything is written.
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        JobSpec bad = smallSpec();
        bad.kind = project::RunKind::OneRunAudit;
        bad.audit.canaries = 10;
        bad.audit.guesses = 20;
        std::atomic<bool> cancel{false};
        const JobResult r = JobExecutor::run(bad, *store.value(), m_settings, cancel);
        QCOMPARE(int(r.outcome), int(JobOutcome::Failed));
        QCOMPARE(r.runId, std::int64_t(0));
        QVERIFY2(r.message.contains(QLatin1String("cannot exceed")), qPrintable(r.message));
        QVERIFY(store.value()->runs()->empty());
    }

    void failureIsRecorded()
    {
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        JobSpec spec = smallSpec();
        spec.dataSource = dir.filePath(QStringLiteral("missing.csv"));
        std::atomic<bool> cancel{false};
        const JobResult r = JobExecutor::run(spec, *store.value(), m_settings, cancel);
        QCOMPARE(int(r.outcome), int(JobOutcome::Failed));
        QVERIFY2(r.message.contains(QLatin1String("missing.csv")), qPrintable(r.message));
        const auto run = store.value()->run(r.runId);
        QCOMPARE(run->status, project::RunStatus::Failed);
        QCOMPARE(run->message, r.message);
        QCOMPARE(store.value()->auditTrail()->back().action, QStringLiteral("run.failed"));
        spec = smallSpec();
        spec.label = QStringLiteral("no_such_column");
        const JobResult r2 = JobExecutor::run(spec, *store.value(), m_settings, cancel);
        QVERIFY(r2.message.contains(QLatin1String("no_such_column")));
    }

    void oneRunAuditIsAStoredJob()
    {
        // The spec: kind and options survive a round trip; a membership spec still has no "kind" key, so the
        // identity (hash) of every spec written before audits existed is unchanged.
        const JobSpec spec = auditSpec();
        QCOMPARE(spec.kind, project::RunKind::OneRunAudit);
        const auto again = JobSpec::fromJson(spec.toJsonBytes());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->toJsonBytes(), spec.toJsonBytes());
        QCOMPARE(again->audit.canaries, 200);
        QCOMPARE(again->audit.guesses, 60);
        QVERIFY(!smallSpec().toJson().contains(QStringLiteral("kind")));
        QVERIFY(!spec.toJson().contains(QStringLiteral("attacks")));

        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        std::atomic<bool> cancel{false};
        QStringList stages;
        const JobResult r = JobExecutor::run(spec, *store.value(), m_settings, cancel,
                                             [&](const JobProgress& p) { stages << p.stage; });
        QVERIFY2(r.outcome == JobOutcome::Completed, qPrintable(r.message));
        QVERIFY(stages.filter(QStringLiteral("canaries")).size() >= 2); // training progress came through
        const auto run = store.value()->run(r.runId);
        QCOMPARE(run->type(), project::RunKind::OneRunAudit);
        QVERIFY(run->datasetId > 0);
        const attack::OneRunAuditSummary a = attack::OneRunAuditSummary::fromJson(run->summary);
        QCOMPARE(a.canaries, 200);
        QCOMPARE(a.guesses, 60);
        QVERIFY(a.dp);
        QCOMPARE(a.members, 400);
        QVERIFY(std::isfinite(a.accountantEpsilon) && a.accountantEpsilon > 0);
        QCOMPARE(a.epochs, 5);

        // The stored canary scores reproduce the audit, computed again here from them alone.
        const auto results = store.value()->results(r.runId);
        QCOMPARE(results->size(), std::size_t(1));
        QCOMPARE(results->front().attack, QStringLiteral("one-run-audit"));
        const auto scores = store.value()->scores(results->front().id);
        QCOMPARE(scores->scores.size(), std::size_t(200));
        QCOMPARE(int(std::count(scores->members.begin(), scores->members.end(), true)), a.included);
        QCOMPARE(QSet<qint64>(scores->rowIds.begin(), scores->rowIds.end()).size(), 200);
        std::vector<std::size_t> order(200);
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t x, std::size_t y) { return scores->scores[x] > scores->scores[y]; });
        int correct = 0;
        for (int g = 0; g < 30; ++g)
            correct += int(scores->members[order[std::size_t(g)]]) +
                       int(!scores->members[order[199 - std::size_t(g)]]);
        QCOMPARE(correct, a.correct);
        QCOMPARE(metrics::oneRunEpsilonLowerBound(200, 60, correct, 1e-4, 0.05), a.epsilonLowerBound);
        // An empirical epsilon above the accountant's would be a bug in DP-SGD or its accounting.
        QVERIFY2(a.epsilonLowerBound <= a.accountantEpsilon, qPrintable(a.verdict()));
        QVERIFY(!a.exceedsAccountant());
        QVERIFY(!project::runKindInfo(run->type()).evidence); // not a membership finding about the model

        // The report's differential-privacy section shows it, with the verdict.
        const auto content = report::ReportContent::build(*store.value(), report::ReportOptions{});
        QVERIFY2(content, qPrintable(content.error()));
        QCOMPARE(content->audits.size(), std::size_t(1));
        QCOMPARE(content->audits.front().summary.correct, a.correct);
        QVERIFY(content->runs.empty());
        const QString html = QString::fromUtf8(report::reportHtml(*content));
        QVERIFY(html.contains(QStringLiteral("One-run audit: %1 (run %2)").arg(run->name).arg(run->id)));
        QVERIFY(html.contains(a.verdict().toHtmlEscaped()));
        QVERIFY(store.value()->verify().ok);
        // Every kind's report section is one the report has, and every kind a spec names has an executor.
        for (const auto& kind : project::runKinds())
            if (*kind.reportSection)
                QVERIFY(report::sectionIds().contains(QString::fromLatin1(kind.reportSection)));
        QVERIFY(findFamily(project::RunKind::MembershipInference) &&
                findFamily(project::RunKind::OneRunAudit));
        QVERIFY(!findFamily(project::RunKind::Sweep)); // run point by point by SweepRunner
        for (const EvaluationFamily* f : evaluationFamilies())
            QCOMPARE(findFamily(f->kind()), f);
    }

    void oneRunAuditVerdictNamesAContradiction()
    {
        attack::OneRunAuditSummary a;
        a.dp = true;
        a.guesses = 100;
        a.correct = 90;
        a.accountantEpsilon = 0.5;
        a.epsilonLowerBound = 1.2;
        QVERIFY(a.exceedsAccountant());
        QVERIFY(a.verdict().contains(QLatin1String("exceeds")));
        a.epsilonLowerBound = 0.3;
        QVERIFY(!a.exceedsAccountant());
        QVERIFY(a.verdict().contains(QLatin1String("Consistent")));
        a.epsilonLowerBound = 0.0;
        QVERIFY(a.verdict().contains(QLatin1String("No privacy loss was detected")));
        a.dp = false;
        a.accountantEpsilon = std::numeric_limits<double>::infinity();
        a.epsilonLowerBound = 2.0;
        QVERIFY(!a.exceedsAccountant());
        QVERIFY(a.verdict().contains(QLatin1String("no privacy claim")));
        const auto back = attack::OneRunAuditSummary::fromJson(a.toJson());
        QVERIFY(std::isinf(back.accountantEpsilon));
        QCOMPARE(back.epsilonLowerBound, 2.0);
        QCOMPARE(back.correct, 90);
    }

    void attributeInferenceIsAStoredJob()
    {
        const JobSpec spec = attributeSpec();
        const auto again = JobSpec::fromJson(spec.toJsonBytes());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->toJsonBytes(), spec.toJsonBytes());
        QCOMPARE(again->attribute.column, QStringLiteral("diagnosis"));
        QVERIFY(!spec.toJson().contains(QStringLiteral("attacks")));

        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        std::atomic<bool> cancel{false};
        QStringList stages;
        const JobResult r = JobExecutor::run(spec, *store.value(), m_settings, cancel,
                                             [&](const JobProgress& p) { stages << p.stage; });
        QVERIFY2(r.outcome == JobOutcome::Completed, qPrintable(r.message));
        QVERIFY(!stages.filter(QStringLiteral("imputation")).isEmpty());
        const auto run = store.value()->run(r.runId);
        QCOMPARE(run->type(), project::RunKind::AttributeInference);
        QCOMPARE(run->name, QStringLiteral("Attribute inference of diagnosis")); // stored in English
        QCOMPARE(project::builtInText(run->name), QStringLiteral("Attribute inference of diagnosis"));
        const attack::AttributeRunSummary s = attack::AttributeRunSummary::fromJson(run->summary);
        QCOMPARE(s.column, QStringLiteral("diagnosis"));
        QCOMPARE(s.memberCandidates, 200);
        QCOMPARE(s.nonMemberCandidates, 200);
        QVERIFY(s.auxiliaryRows > 0);
        QVERIFY(s.base.target && s.base.target->trainAccuracy > 0.0);
        const auto results = store.value()->results(r.runId);
        QCOMPARE(results->size(), std::size_t(attack::attributeAttackNames().size()));
        for (const auto& res : *results) {
            // The stored per-candidate outcomes give back the stored accuracies.
            const auto m =
                metrics::AttributeMetrics::fromJson(QJsonDocument::fromJson(res.metricsJson).object());
            const auto scores = store.value()->scores(res.id);
            double right[2] = {0, 0}, n[2] = {0, 0};
            for (std::size_t i = 0; i < scores->scores.size(); ++i) {
                right[scores->members[i] ? 0 : 1] += scores->scores[i];
                n[scores->members[i] ? 0 : 1] += 1;
            }
            QCOMPARE(right[0] / n[0], m.members.accuracy);
            QCOMPARE(right[1] / n[1], m.nonMembers.accuracy);
            QVERIFY(m.advantageOverImputation.ci95.has_value());
            if (res.attack == QLatin1String("imputation")) QCOMPARE(m.advantageOverImputation.value, 0.0);
        }
        QVERIFY(store.value()->verify().ok);
        QVERIFY(!attack::attributeFindings(s, {}).isEmpty());

        // The assessment reads the run as attribute evidence only: the attribute-inference rows get a
        // suggestion, the membership rows none (its results are not membership statistics).
        assess::Assessment a;
        const assess::ProjectEvidence evidence = a.suggestFromProject(*store.value());
        QVERIFY(evidence.membership.empty());
        QCOMPARE(evidence.attribute.size(), std::size_t(attack::attributeAttackNames().size()));
        QCOMPARE(evidence.attribute.front().column, QStringLiteral("diagnosis"));
        for (const char* stage : {"training", "deployment"}) {
            QVERIFY(
                a.cell(QStringLiteral("attribute-inference"), QLatin1String(stage))->suggestedLikelihood >=
                1);
            QCOMPARE(
                a.cell(QStringLiteral("membership-inference"), QLatin1String(stage))->suggestedLikelihood, 0);
        }
        QCOMPARE(
            a.cell(QStringLiteral("attribute-inference"), QStringLiteral("monitoring"))->suggestedLikelihood,
            0);

        // The report's attribute section: the run's table and findings, as a comparison (no model under
        // review is designated), and its findings among the comparisons, not the findings.
        const auto content = report::ReportContent::build(*store.value(), report::ReportOptions{});
        QVERIFY2(content, qPrintable(content.error()));
        QCOMPARE(content->attributes.size(), std::size_t(1));
        const report::AttributeSection& section = content->attributes.front();
        QVERIFY(!section.underReview);
        QCOMPARE(section.attacks.size(), results->size());
        QVERIFY(content->runs.empty());
        const QString html = QString::fromUtf8(report::reportHtml(*content));
        QVERIFY(html.contains(report::attributeHeading(section).toHtmlEscaped()));
        for (const QString& f : section.findings)
            QVERIFY(html.contains(f.toHtmlEscaped()));
        for (const QStringList& row : report::attributeRows(section))
            for (const QString& cell : row)
                QVERIFY2(html.contains(QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped())),
                         qPrintable(cell));
        QVERIFY(!html.contains(report::attributeNone().toHtmlEscaped()));
        QVERIFY(!content->comparisons.filter(QStringLiteral("attribute inference")).isEmpty());
    }

    void attributeFamilyChecksTheData()
    {
        // What the CLI asks before recording anything: the column is there and is a model input.
        const data::DataTable table = data::DemoData::patients(60);
        JobSpec spec = attributeSpec();
        const EvaluationFamily* family = findFamily(project::RunKind::AttributeInference);
        QVERIFY(family);
        QVERIFY2(family->checkData(spec, table).isEmpty(), qPrintable(family->checkData(spec, table)));
        spec.attribute.column = QStringLiteral("nope");
        QVERIFY(family->checkData(spec, table).contains(QLatin1String("'nope' is not in the data")));
        spec.attribute.column = QStringLiteral("readmitted");
        QVERIFY(family->checkData(spec, table).contains(QLatin1String("is the label")));
        spec.attribute.column = QStringLiteral("patient_id");
        QVERIFY(family->checkData(spec, table).contains(QLatin1String("not an input of the model")));
        QVERIFY(findFamily(project::RunKind::MembershipInference)->checkData(spec, table).isEmpty());
    }

    void attributeInferenceCancels()
    {
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        std::atomic<bool> cancel{false};
        const JobResult r = JobExecutor::run(attributeSpec(40), *store.value(), m_settings, cancel,
                                             [&](const JobProgress& p) {
                                                 if (p.stage.contains(QLatin1String("epoch 2")))
                                                     cancel = true;
                                             });
        QCOMPARE(int(r.outcome), int(JobOutcome::Cancelled));
        QVERIFY(store.value()->results(r.runId)->empty());
    }

    void oneRunAuditCancels()
    {
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        std::atomic<bool> cancel{false};
        const JobResult r =
            JobExecutor::run(auditSpec(500), *store.value(), m_settings, cancel, [&](const JobProgress& p) {
                if (p.stage.contains(QLatin1String("canaries"))) cancel = true;
            });
        QCOMPARE(int(r.outcome), int(JobOutcome::Cancelled));
        const auto run = store.value()->run(r.runId);
        QCOMPARE(run->status, project::RunStatus::Cancelled);
        QVERIFY(store.value()->results(r.runId)->empty());
        QCOMPARE(store.value()->auditTrail()->back().action, QStringLiteral("run.cancelled"));
    }

    void cancelLiraWithinOneSecond()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.privaudit"));
        QVERIFY(project::ProjectStore::create(path, QStringLiteral("p")));
        JobSpec spec = smallSpec(R"(["lira"])", 200); // minutes of reference-model training if not cancelled
        spec.referenceModels = 16;
        JobRunner runner(m_settings);
        Job* job = runner.start(spec, path);
        QSignalSpy cancelled(job, &Job::cancelled);
        QSignalSpy completed(job, &Job::completed);
        bool inReferences = false;
        connect(job, &Job::progressChanged, this, [&](double, const QString& stage, double) {
            inReferences = inReferences || stage.contains(QLatin1String("reference model"));
        });
        QTRY_VERIFY_WITH_TIMEOUT(inReferences, 120000);
        QTest::qWait(300); // in the middle of training reference models on the pool
        QElapsedTimer timer;
        timer.start();
        job->cancel(); // from this (the GUI) thread while the job runs on the runner's pool
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 10000);
        const qint64 ms = timer.elapsed();
        qInfo("cancel honoured after %lld ms", ms);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(completed.count(), 0);

        auto store = project::ProjectStore::open(path);
        const auto runs = store.value()->runs();
        QCOMPARE(runs->size(), std::size_t(1));
        QCOMPARE(runs->at(0).status, project::RunStatus::Cancelled);
        QVERIFY(store.value()->results(runs->at(0).id)->empty());
        QCOMPARE(store.value()->auditTrail()->back().action, QStringLiteral("run.cancelled"));
        QVERIFY(store.value()->verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"

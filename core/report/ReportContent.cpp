#include "report/ReportContent.h"

#include "attack/AttackCatalogue.h"
#include "attack/attribute/AttributeInference.h"
#include "data/ColumnPlan.h"
#include "data/DemoData.h"
#include "data/TableEncoder.h"
#include "dp/DpStatement.h"
#include "dp/MechanismHistory.h"
#include "jobs/JobSpec.h"
#include "jobs/Sweep.h"
#include "metrics/MembershipMetrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <privaudit/Version.h>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace privaudit::report {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

int riskRank(const QString& level)
{
    return level == QLatin1String("high")          ? 4
           : level == QLatin1String("medium-high") ? 3
           : level == QLatin1String("medium")      ? 2
           : level == QLatin1String("low")         ? 1
                                                   : 0;
}

/// Thins an ROC curve for drawing on log-log axes: the vertices nearest to a log-spaced FPR grid.
std::vector<CurvePoint> thinRoc(const metrics::RocCurve& roc, double smallestFpr)
{
    std::vector<CurvePoint> out;
    const std::size_t n = roc.fpr.size();
    if (n == 0) return out;
    std::size_t k = 0;
    // Nothing below the smallest FPR the non-members can resolve (one false positive among them).
    const double start = std::log10(std::clamp(smallestFpr, 1e-5, 0.1));
    for (int i = 0; i <= 150; ++i) {
        const double target = std::pow(10.0, start - start * i / 150.0);
        while (k + 1 < n && roc.fpr[k + 1] <= target)
            ++k;
        if (out.empty() || out.back().x != roc.fpr[k] || out.back().y != roc.tpr[k])
            out.push_back({roc.fpr[k], roc.tpr[k]});
    }
    out.push_back({1.0, 1.0});
    return out;
}

QString softwareText(const QJsonObject& software)
{
    if (software.isEmpty())
        return ReportContent::tr("PrivAudit %1").arg(QStringLiteral(PRIVAUDIT_VERSION_STRING));
    const QJsonObject blas = software.value(QStringLiteral("blas")).toObject();
    return ReportContent::tr(
               "PrivAudit %1 (%2), Qt %3, LibTorch %4, Eigen %5, SQLite %6, %7; BLAS %8; %9 threads on %10")
        .arg(software.value(QStringLiteral("version")).toString(),
             software.value(QStringLiteral("build_type")).toString(),
             software.value(QStringLiteral("qt")).toString(),
             software.value(QStringLiteral("libtorch")).toString(),
             software.value(QStringLiteral("eigen")).toString(),
             software.value(QStringLiteral("sqlite")).toString(),
             software.value(QStringLiteral("fftw")).toString(),
             blas.value(QStringLiteral("library")).toString())
        .arg(software.value(QStringLiteral("threads")).toInt())
        .arg(software.value(QStringLiteral("device")).toString());
}

} // namespace

QStringList sectionIds()
{
    return {QStringLiteral("summary"),     QStringLiteral("scope"),      QStringLiteral("data"),
            QStringLiteral("results"),     QStringLiteral("attribute"),  QStringLiteral("memorisation"),
            QStringLiteral("inversion"),   QStringLiteral("subgroups"),  QStringLiteral("dp"),
            QStringLiteral("matrix"),      QStringLiteral("checklists"), QStringLiteral("audit"),
            QStringLiteral("limitations"), QStringLiteral("signoff"),    QStringLiteral("appendix")};
}

QSet<QString> allSections()
{
    const QStringList ids = sectionIds();
    return QSet<QString>(ids.begin(), ids.end());
}

QString headCheckLead()
{
    return ReportContent::tr(
        "To check later that the project still holds the history this report describes:");
}

QString headCheckCommand(const QString& projectPath, const QString& head)
{
    // Single-quoted for the shell: a file name with $( ), backquotes or quotes is pasted as a name, never
    // run.
    QString name = QFileInfo(projectPath).fileName();
    name.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("privaudit-cli project verify '%1' \\\n    --expect-head %2").arg(name, head);
}

QString sectionTitle(const QString& id)
{
    if (id == QLatin1String("summary")) return ReportContent::tr("Executive summary");
    if (id == QLatin1String("scope")) return ReportContent::tr("Scope and method");
    if (id == QLatin1String("data")) return ReportContent::tr("Data");
    if (id == QLatin1String("results")) return ReportContent::tr("Attack results");
    if (id == QLatin1String("attribute")) return ReportContent::tr("Attribute inference");
    if (id == QLatin1String("memorisation")) return ReportContent::tr("Memorisation and canary exposure");
    if (id == QLatin1String("inversion")) return ReportContent::tr("Model inversion and reconstruction");
    if (id == QLatin1String("subgroups")) return ReportContent::tr("Where the risk concentrates (subgroups)");
    if (id == QLatin1String("dp")) return ReportContent::tr("Differential privacy");
    if (id == QLatin1String("matrix")) return ReportContent::tr("Privacy risk matrix");
    if (id == QLatin1String("checklists")) return ReportContent::tr("Checklists");
    if (id == QLatin1String("audit")) return ReportContent::tr("Audit trail");
    if (id == QLatin1String("limitations")) return ReportContent::tr("Limitations");
    if (id == QLatin1String("signoff")) return ReportContent::tr("Sign-off");
    if (id == QLatin1String("appendix"))
        return ReportContent::tr("Appendix: job specifications and environment");
    return id;
}

QString ReportContent::formatProbability(double v)
{
    return QLocale().toString(v, 'f', 4);
}

QString ReportContent::formatEpsilon(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 2) : QStringLiteral("∞");
}

void ReportContent::applyOptions(const ReportOptions& changed)
{
    const QDate builtFor = options.date;
    options = changed;
    options.date = builtFor;
    isFinal = options.final && finalMissing.isEmpty();
}

namespace {

/// The scan, the re-identification risk over the scan's quasi-identifiers and the datasheet of a
/// report's dataset, read from its file when it still has the registered content.
void fillGovernance(DataSection& section, const project::ProjectStore& store)
{
    const project::DatasetRecord& d = section.dataset;
    if (const auto stored = store.assessmentValue(governance::Datasheet::storageKey(d.id));
        stored && stored->has_value())
        if (auto sheet = governance::Datasheet::fromJson(QJsonDocument::fromJson(**stored).object())) {
            section.datasheet = *sheet;
            section.datasheetStored = true;
        }
    if (!section.datasheetStored) section.datasheet = governance::Datasheet::fromRecord(d);
    std::optional<data::DataTable> table;
    if (d.path == QLatin1String("demo")) {
        table = data::DemoData::patients();
    } else {
        data::ColumnPlan plan;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(d.schemaJson).object().value(QStringLiteral("columns")).toArray())
            if (const auto type =
                    data::parseColumnType(v.toObject().value(QStringLiteral("type")).toString()))
                plan.types.insert(v.toObject().value(QStringLiteral("name")).toString(), *type);
        plan.maxDistinctRatio = 1.0;
        auto loaded = plan.load(d.path);
        if (!loaded)
            section.governanceNote =
                ReportContent::tr("The file of this dataset cannot be read any more (%1): its "
                                  "personal data and re-identification risk are not in this "
                                  "report.")
                    .arg(loaded.error());
        else if (!d.sha256.isEmpty() && loaded->contentSha256() != d.sha256)
            section.governanceNote = ReportContent::tr("The file '%1' no longer has the content the project "
                                                       "registered (SHA-256 %2…): its personal data and "
                                                       "re-identification risk are not in this report.")
                                         .arg(d.path, d.sha256.left(12));
        else
            table = std::move(loaded).value();
    }
    if (table) {
        section.scans = governance::PiiScan::scan(*table);
        governance::RiskOptions options;
        options.quasiIdentifiers = governance::PiiScan::quasiIdentifierColumns(section.scans);
        if (options.quasiIdentifiers.isEmpty()) {
            section.governanceNote =
                ReportContent::tr("The PII scan suggests no quasi-identifiers in this "
                                  "dataset, so no re-identification risk is computed; that "
                                  "is not evidence that none exist.");
        } else if (auto risk = governance::ReidentificationRisk::compute(*table, options)) {
            section.risk = std::move(risk).value();
            section.risk->recordRisk
                .clear(); // per-record risks are not reported (the class sizes draw the histogram)
        }
    }
    section.completeness = section.datasheet.completeness(section.scans);
}

} // namespace

Expected<ReportContent> ReportContent::build(const project::ProjectStore& store, const ReportOptions& options)
{
    // Everything the report says comes from one committed state of the file, whatever writes beside it.
    const project::ProjectStore::ReadSnapshot snapshot(store);
    using Result = Expected<ReportContent>;
    ReportContent c;
    c.options = options;
    c.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    c.softwareVersion = QStringLiteral(PRIVAUDIT_VERSION_STRING);
    const auto info = store.info();
    if (!info) return Result::failure(info.error());
    c.project = *info;
    auto packs = assess::RulePack::builtIn();
    if (!packs) return Result::failure(packs.error());
    c.packs = *packs;
    auto assessment = assess::Assessment::load(store);
    if (!assessment) return Result::failure(assessment.error());
    c.assessment = *assessment;
    c.classification =
        assess::Classification::classify(c.assessment.classificationInput(options.date), c.packs);
    auto review = assess::ModelUnderReview::load(store);
    if (!review) return Result::failure(review.error());
    c.review = *review;

    const auto runs = store.runs();
    const auto datasets = store.datasets();
    if (!runs || !datasets) return Result::failure(!runs ? runs.error() : datasets.error());
    QJsonObject newestSoftware;
    for (const auto& run : *runs) {
        if (run.status != project::RunStatus::Completed) continue;
        if (run.type() == project::RunKind::Sweep) {
            const auto spec = jobs::SweepSpec::fromJson(run.specJson);
            const auto points = spec ? jobs::Sweep::collect(*spec, store)
                                     : Expected<std::vector<jobs::SweepPoint>>::failure(spec.error());
            if (!points) continue;
            SweepSection sweep;
            sweep.runId = run.id;
            sweep.name = project::builtInText(run.name);
            sweep.delta = spec->base.training.delta;
            for (double eps : spec->epsilons) {
                double acc = 0.0, worstAuc = 0.0;
                int n = 0;
                for (const auto& p : *points)
                    if (p.targetEpsilon == eps && p.runId > 0) {
                        acc += p.summary.target ? p.summary.target->testAccuracy : 0.0;
                        for (auto it = p.attacks.begin(); it != p.attacks.end(); ++it)
                            worstAuc = std::max(worstAuc, it.value().auc);
                        ++n;
                    }
                if (n == 0) continue;
                sweep.epsilons.push_back(eps);
                sweep.accuracy.push_back(acc / n);
                sweep.attackAuc.push_back(worstAuc);
            }
            c.sweeps.push_back(sweep);
            continue;
        }
        if (run.type() == project::RunKind::OneRunAudit) {
            c.audits.push_back(
                {run.id, project::builtInText(run.name), attack::OneRunAuditSummary::fromJson(run.summary)});
            continue;
        }
        if (run.type() == project::RunKind::CanaryExposure) {
            const auto m = MemorisationSection::read(store, run);
            if (!m) return Result::failure(m.error());
            c.memorisation.push_back(*m);
            c.memorisation.back().underReview = c.review.runs.contains(run.id);
            continue;
        }
        if (run.type() == project::RunKind::ModelInversion) {
            const auto s = MiFaceSection::read(store, run);
            if (!s) return Result::failure(s.error());
            c.miFaces.push_back(*s);
            c.miFaces.back().underReview = c.review.runs.contains(run.id);
            continue;
        }
        if (run.type() == project::RunKind::Reconstruction) {
            const auto s = InversionSection::read(store, run);
            if (!s) return Result::failure(s.error());
            c.inversions.push_back(*s);
            c.inversions.back().underReview = c.review.runs.contains(run.id);
            continue;
        }
        if (run.type() == project::RunKind::AttributeInference) {
            const auto a = AttributeSection::read(store, run);
            if (!a) return Result::failure(a.error());
            c.attributes.push_back(*a);
            c.attributes.back().underReview = c.review.runs.contains(run.id);
            continue;
        }
        if (run.type() != project::RunKind::MembershipInference) continue;
        newestSoftware = run.software;
        RunSection section;
        section.run = run;
        const QJsonObject spec = QJsonDocument::fromJson(run.specJson).object();
        const auto models = store.models(run.id);
        if (models && !models->empty()) {
            section.model = models->front().spec.isEmpty() ? models->front().name : models->front().spec;
            section.modelSha256 = models->front().sha256;
        }
        section.underReview = c.review.runs.contains(run.id);
        section.warnings = jobs::runWarnings(run.specJson, run.summary);
        for (const auto& d : *datasets)
            if (d.id == run.datasetId) {
                section.datasetName = project::builtInText(d.name);
                section.datasetFingerprint = d.fingerprint;
                if (section.underReview && !c.datasetFingerprints.contains(
                                               section.datasetName + QStringLiteral(": ") + d.fingerprint))
                    c.datasetFingerprints << section.datasetName + QStringLiteral(": ") + d.fingerprint;
            }
        section.summary = attack::MembershipRunSummary::fromJson(run.summary);
        section.dp = section.summary.dp && section.summary.target;
        if (section.dp) {
            const attack::TargetFigures& t = *section.summary.target;
            dp::DpStatementInput in;
            const double q = t.samplingRate;
            const qint64 steps = t.steps;
            in.history = dp::MechanismHistory::poissonGaussian(q, t.noiseMultiplier, steps);
            in.delta = t.delta;
            // DP-SGD's own epsilon: the statement describes the training mechanism; the encoder's DP
            // estimates are added below.
            in.epsilon = t.epsilon - t.encoderEpsilon();
            in.accountant = QStringLiteral("rdp");
            in.rdpEpsilon = in.epsilon;
            in.datasetSize = section.summary.members;
            in.clippingNorm = spec.value(QStringLiteral("target"))
                                  .toObject()
                                  .value(QStringLiteral("dp"))
                                  .toObject()
                                  .value(QStringLiteral("max_grad_norm"))
                                  .toDouble(1.0);
            // The epochs that ran, not the planned ones: an epsilon budget stops training early. Runs stored
            // before the summary kept them give them by their steps (with Poisson sampling at rate q an epoch
            // is 1/q steps).
            in.epochs = t.epochs ? double(*t.epochs)
                                 : (q > 0 ? std::round(double(steps) * q * 1000.0) / 1000.0
                                          : spec.value(QStringLiteral("target"))
                                                .toObject()
                                                .value(QStringLiteral("epochs"))
                                                .toDouble());
            section.dpStatement = dp::DpStatement::text(in);
            // Whether the guarantee covers the preprocessing too (the encoder's categories and scaling).
            if (const QString e = data::TableEncoder::describe(t.encoder); !e.isEmpty()) {
                section.dpStatement += QStringLiteral("\n\n") + e;
                if (t.encoderEpsilon() > 0.0)
                    section.dpStatement +=
                        QLatin1Char(' ') +
                        tr("Preprocessing and training together satisfy (epsilon = %1, delta = "
                           "%2)-differential "
                           "privacy by sequential composition (%3 for DP-SGD plus %4 for the encoder).")
                            .arg(QLocale().toString(t.epsilon, 'g', 4), QLocale().toString(t.delta, 'g', 3),
                                 QLocale().toString(in.epsilon, 'g', 4),
                                 QLocale().toString(t.encoderEpsilon(), 'g', 3));
            } else
                section.dpStatement +=
                    QStringLiteral("\n\n") +
                    tr("This run stored no record of how its input encoding was fitted; runs recorded "
                       "before that record existed fitted it on the training rows, which the "
                       "guarantee does not cover.");
        }
        const auto results = store.results(run.id);
        if (!results) return Result::failure(results.error());
        for (const auto& r : *results) {
            AttackSection a;
            a.resultId = r.id;
            a.attack = r.attack;
            a.variant = r.variant;
            a.metrics = metrics::AttackMetrics::fromJson(r.metricsJson);
            const auto scores = store.scores(r.id);
            if (scores && !scores->scores.empty()) {
                metrics::ScoredRecords records{scores->scores, scores->members};
                const auto nonMembers = std::count(scores->members.begin(), scores->members.end(), false);
                a.roc = thinRoc(metrics::rocCurve(records), nonMembers > 0 ? 1.0 / double(nonMembers) : 1e-5);
                std::vector<double> sorted = scores->scores;
                std::sort(sorted.begin(), sorted.end());
                // The histogram spans the 0.5% to 99.5% quantiles so a few extreme scores do not squash it.
                a.histogramLow = sorted[std::size_t(double(sorted.size() - 1) * 0.005)];
                a.histogramHigh = sorted[std::size_t(double(sorted.size() - 1) * 0.995)];
                if (!(a.histogramHigh > a.histogramLow)) a.histogramHigh = a.histogramLow + 1.0;
                const int bins = 40;
                a.memberHistogram.assign(bins, 0);
                a.nonMemberHistogram.assign(bins, 0);
                for (std::size_t i = 0; i < scores->scores.size(); ++i) {
                    const double t =
                        (scores->scores[i] - a.histogramLow) / (a.histogramHigh - a.histogramLow);
                    const int bin = std::clamp(int(t * bins), 0, bins - 1);
                    (scores->members[i] ? a.memberHistogram : a.nonMemberHistogram)[std::size_t(bin)]++;
                }
                std::vector<std::size_t> order(scores->scores.size());
                std::iota(order.begin(), order.end(), std::size_t(0));
                std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
                    return scores->scores[x] > scores->scores[y];
                });
                for (std::size_t i : order) {
                    if (!scores->members[i]) continue;
                    a.mostExposed.push_back({scores->rowIds[i], scores->scores[i], true});
                    if (a.mostExposed.size() == 10) break;
                }
            }
            section.attacks.push_back(std::move(a));
        }
        if (section.summary.memorisation) {
            CounterfactualSection m{run.id, project::builtInText(run.name), section.underReview,
                                    *section.summary.memorisation, section.summary.memorisation->findings()};
            c.counterfactual.push_back(std::move(m));
        }
        c.runs.push_back(std::move(section));
    }
    c.environment = softwareText(newestSoftware);

    // Overall risk: the highest residual risk in the matrix.
    int worst = 0;
    QStringList highRisks;
    for (const auto& cell : c.assessment.cells) {
        const auto [s, l] = cell.residual();
        const QString level = assess::RiskMatrix::riskLevel(s, l);
        worst = std::max(worst, riskRank(level));
        if (level == QLatin1String("high"))
            highRisks << assess::RiskMatrix::threatTitle(cell.threat) + QStringLiteral(" (") +
                             assess::RiskMatrix::stageTitle(cell.stage) + QLatin1Char(')');
    }
    const QString levels[] = {QStringLiteral("not-assessed"), QStringLiteral("low"), QStringLiteral("medium"),
                              QStringLiteral("medium-high"), QStringLiteral("high")};
    c.overallRisk = assess::RiskMatrix::riskLevelTitle(levels[worst]);

    // Saved subgroup analyses of the project's completed runs (an analysis of a run no longer there is
    // left out).
    auto subgroups = SubgroupSection::readAll(store, *runs, c.review.runs);
    if (!subgroups) return Result::failure(subgroups.error());
    c.subgroups = std::move(*subgroups);

    // The model under review names the report; with none designated the report says so.
    if (c.review.isSet()) {
        c.modelName = tr("%1 (%2, designated from run %3)")
                          .arg(c.review.modelName, c.review.modelSpec)
                          .arg(c.review.designatedRun);
        c.modelSha256 = c.review.modelSha256;
    }
    if (const auto info2 = store.info()) c.auditHead = info2->auditHeadHash;

    // Findings in plain language: about the model under review only; the other runs are comparisons.
    c.findings << tr("AI Act classification: %1.").arg(c.classification.tierText());
    for (const QString& b : c.classification.blockers)
        c.findings << tr("Blocker: %1").arg(b);
    if (!c.review.isSet())
        c.findings << (c.review.problem.isEmpty()
                           ? tr("No model under review is designated: the findings below describe no "
                                "release candidate, and every run is shown as a comparison.")
                           : c.review.problem);
    for (const RunSection& r : c.runs) {
        const AttackSection* strongest = nullptr;
        for (const AttackSection& a : r.attacks)
            if (!strongest || a.metrics.auc > strongest->metrics.auc) strongest = &a;
        if (!strongest) continue;
        const metrics::AttackMetrics& m = strongest->metrics;
        const QString privacy = r.dp ? tr("trained with DP-SGD, epsilon %1 at delta %2")
                                           .arg(formatEpsilon(r.summary.accountantEpsilon()))
                                           .arg(r.summary.target ? r.summary.target->delta : 0.0)
                                     : tr("trained without differential privacy");
        const QString line =
            tr("Run %1 (%2, %3): the strongest attack, %4, reached AUC %5, TPR %6 at 0.1% FPR and an "
               "empirical "
               "epsilon of at least %7.")
                .arg(r.run.id)
                .arg(project::builtInText(r.run.name), privacy,
                     attack::AttackCatalogue::title(strongest->attack))
                .arg(formatProbability(m.auc), formatProbability(m.tprAt(0.001)),
                     formatEpsilon(m.epsilonLowerBound.epsilon));
        if (r.underReview) {
            c.findings << line;
            for (const QString& w : r.warnings)
                c.findings << tr("Warning (run %1): %2").arg(r.run.id).arg(w);
        } else {
            c.comparisons << line;
        }
    }
    for (const AttributeSection& a : c.attributes) {
        if (a.findings.isEmpty()) continue;
        const QString line = tr("Run %1 (%2), attribute inference: %3")
                                 .arg(a.runId)
                                 .arg(a.name, a.findings.join(QLatin1Char(' ')));
        (a.underReview ? c.findings : c.comparisons) << line;
    }
    // A canary run of the model under review's recipe (assess::ModelUnderReview) is a finding about it.
    for (const MemorisationSection& m : c.memorisation)
        if (!m.findings.isEmpty())
            (m.underReview ? c.findings : c.comparisons)
                << tr("Run %1 (%2), canary exposure of the recipe: %3")
                       .arg(m.runId)
                       .arg(m.name, m.findings.join(QLatin1Char(' ')));
    // A reconstruction of the model under review's class (the same model spec on its data with its DP
    // setting) is a finding about it; any other is a comparison.
    for (const InversionSection& s : c.inversions)
        if (!s.findings.isEmpty())
            (s.underReview ? c.findings : c.comparisons)
                << tr("Run %1 (%2), informed reconstruction: %3")
                       .arg(s.runId)
                       .arg(s.name, s.findings.join(QLatin1Char(' ')));
    // Subgroups of a run of the model under review are findings about it; the others are comparisons.
    for (const SubgroupSection& g : c.subgroups)
        if (!g.findings.isEmpty())
            (g.underReview ? c.findings : c.comparisons)
                << tr("Run %1 (%2) by %3: %4")
                       .arg(g.runId)
                       .arg(g.runName, g.saved.column, g.findings.join(QLatin1Char(' ')));
    // MI-Face inverts the target it trained: a finding when that is the model under review.
    for (const MiFaceSection& s : c.miFaces)
        if (!s.findings.isEmpty())
            (s.underReview ? c.findings : c.comparisons)
                << tr("Run %1 (%2), MI-Face inversion: %3")
                       .arg(s.runId)
                       .arg(s.name, s.findings.join(QLatin1Char(' ')));
    for (const CounterfactualSection& m : c.counterfactual)
        (m.underReview ? c.findings : c.comparisons) << tr("Run %1 (%2), counterfactual memorisation: %3")
                                                            .arg(m.runId)
                                                            .arg(m.name, m.findings.join(QLatin1Char(' ')));
    int open = 0, applicable = 0;
    for (const auto& pack : c.packs)
        for (const auto& item : pack.items)
            if (c.classification.applies(item)) {
                ++applicable;
                open += c.assessment.checklist.value(item.id).answer.isEmpty() ? 1 : 0;
            }
    c.findings
        << tr("Overall privacy risk after controls: %1. %2 of %3 applicable checklist items are answered.")
               .arg(c.overallRisk)
               .arg(applicable - open)
               .arg(applicable);

    // What to do next, and what is missing.
    if (c.classification.prohibited)
        c.nextSteps << tr("Stop: a prohibited practice was reported. The system cannot be placed on the EU "
                          "market as it is.");
    if (!highRisks.isEmpty())
        c.nextSteps << tr("Reduce the high risks: %1.").arg(highRisks.join(QStringLiteral(", ")));
    if (open > 0)
        c.nextSteps << tr("Answer the %1 open checklist items and attach their evidence.").arg(open);
    bool anyDp = false;
    for (const RunSection& r : c.runs)
        anyDp = anyDp || r.dp;
    if (!c.runs.empty() && !anyDp)
        c.nextSteps << tr("Consider training with differential privacy; the trade-off explorer shows what it "
                          "costs in accuracy.");
    if (c.runs.empty()) {
        c.missing << tr("No membership-inference run: the report has no measured evidence of privacy risk.");
        c.nextSteps << tr("Run a membership-inference test on the model to be released.");
    }
    if (worst == 0) c.missing << tr("The privacy risk matrix has not been filled in.");
    if (c.assessment.checklist.isEmpty())
        c.missing << tr(
            "No checklist item has been answered; the AI Act classification rests on no answers.");

    c.verification = store.verify();
    const auto trail = store.auditTrail();
    if (trail) {
        c.auditTrail = *trail;
        for (const auto& e : *trail)
            c.auditActions[e.action]++;
    }
    if (!c.verification.ok)
        c.missing
            << tr("The project failed verification: %1").arg(c.verification.problems.join(QLatin1Char(' ')));
    if (c.classification.provisional)
        c.missing << tr("The AI Act classification is provisional: %1 of %2 screening questions are "
                        "unanswered (%3).")
                         .arg(c.classification.unanswered.size())
                         .arg(c.classification.screeningTotal)
                         .arg(c.classification.unanswered.join(QStringLiteral(", ")));

    // The data section: every dataset the model under review was tested on.
    QList<qint64> reviewDatasets;
    for (const RunSection& r : c.runs)
        if (r.underReview && !reviewDatasets.contains(r.run.datasetId)) reviewDatasets << r.run.datasetId;
    for (const qint64 id : reviewDatasets)
        for (const auto& d : *datasets) {
            if (d.id != id) continue;
            DataSection section;
            section.dataset = d;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(d.schemaJson).object().value(QStringLiteral("columns")).toArray()) {
                const QJsonObject o = v.toObject();
                DataSection::ColumnInfo col{o.value(QStringLiteral("name")).toString(),
                                            o.value(QStringLiteral("type")).toString(),
                                            o.value(QStringLiteral("role")).toString(),
                                            o.value(QStringLiteral("missing")).toInteger(), QString()};
                if (col.role == QLatin1String("ignored"))
                    col.excludedBecause = tr("role 'ignored': left out of training");
                else if (col.role == QLatin1String("identifier"))
                    col.excludedBecause = tr("identifier: never a model input, hidden in views");
                section.columns.push_back(col);
            }
            for (const RunSection& r : c.runs)
                if (r.underReview && r.run.datasetId == id) {
                    for (auto it = r.summary.labelCounts.begin(); it != r.summary.labelCounts.end(); ++it)
                        section.classBalance[it.key()] = it.value();
                    for (const QString& n : r.summary.dataNotes)
                        if (!section.notes.contains(n)) section.notes << n;
                }
            fillGovernance(section, store);
            c.data.push_back(std::move(section));
        }

    // A sensitive column of the model's data that no attribute-inference run of the model measured: its
    // matrix row rests on opinion.
    QStringList unmeasured;
    for (const DataSection& d : c.data)
        for (const auto& col : d.columns) {
            if (col.role != QLatin1String("sensitive") || unmeasured.contains(col.name)) continue;
            const bool measured =
                std::any_of(c.attributes.begin(), c.attributes.end(), [&](const AttributeSection& a) {
                    return a.underReview && a.summary.column == col.name;
                });
            if (!measured) unmeasured << col.name;
        }
    if (!unmeasured.isEmpty())
        c.nextSteps
            << tr("Measure attribute inference of the sensitive column(s) %1 on the model under review "
                  "(privaudit-cli attack attribute, or the run dialog): the matrix's attribute-inference "
                  "row has no evidence yet.")
                   .arg(unmeasured.join(QStringLiteral(", ")));

    // Stale evidence: what the current runs of the model under review would suggest, against what the
    // matrix holds.
    for (const auto& stale : c.assessment.staleSuggestions(store))
        c.staleCells.push_back({stale.threat, stale.stage, stale.reason});

    // What a final report needs.
    if (!c.review.isSet())
        c.finalMissing << (c.review.problem.isEmpty() ? tr("No model under review is designated.")
                                                      : c.review.problem);
    else if (c.review.runs.isEmpty())
        c.finalMissing << tr("The model under review has no completed membership-inference run.");
    if (c.classification.provisional)
        c.finalMissing << tr("%1 of %2 AI Act screening questions are unanswered.")
                              .arg(c.classification.unanswered.size())
                              .arg(c.classification.screeningTotal);
    QStringList openItems, naWithoutReason;
    for (const auto& pack : c.packs)
        for (const auto& item : pack.items) {
            if (!c.classification.applies(item) || item.kind == QLatin1String("screening")) continue;
            const auto a = c.assessment.checklist.value(item.id);
            if (a.answer.isEmpty())
                openItems << item.id;
            else if (a.answer == QLatin1String("n.a.") && a.comment.trimmed().isEmpty())
                naWithoutReason << item.id;
        }
    if (!openItems.isEmpty())
        c.finalMissing << tr("%n applicable checklist item(s) unanswered: %1.", nullptr,
                             int(openItems.size()))
                              .arg(openItems.join(QStringLiteral(", ")));
    if (!naWithoutReason.isEmpty())
        c.finalMissing << tr("%n item(s) marked n.a. without a reason in the comment: %1.", nullptr,
                             int(naWithoutReason.size()))
                              .arg(naWithoutReason.join(QStringLiteral(", ")));
    bool anyCell = false;
    for (const auto& cell : c.assessment.cells) {
        if (cell.severity == 0 || cell.likelihood == 0) continue;
        anyCell = true;
        const bool measured =
            cell.threat == QLatin1String("membership-inference") &&
            (cell.stage == QLatin1String("deployment") || cell.stage == QLatin1String("training"));
        if (measured && cell.suggestedLikelihood == 0)
            c.finalMissing
                << tr("%1 (%2) claims a likelihood without a measurement of the model under review.")
                       .arg(assess::RiskMatrix::threatTitle(cell.threat),
                            assess::RiskMatrix::stageTitle(cell.stage));
        else if (!measured && cell.rationale.trimmed().isEmpty())
            c.finalMissing << tr("%1 (%2) is rated without a rationale.")
                                  .arg(assess::RiskMatrix::threatTitle(cell.threat),
                                       assess::RiskMatrix::stageTitle(cell.stage));
    }
    if (!anyCell) c.finalMissing << tr("The privacy risk matrix has not been filled in.");
    for (const StaleCell& stale : c.staleCells)
        c.finalMissing << tr("Out of date: %1").arg(stale.reason);
    if (!c.verification.ok) c.finalMissing << tr("The project failed verification.");
    c.isFinal = options.final && c.finalMissing.isEmpty();

    c.limitations
        << tr("An empirical epsilon is a lower bound: it shows how much privacy is at least lost against "
              "these "
              "attacks; it cannot prove that a model is private.")
        << tr("The attacks are not exhaustive. Stronger or adaptive attacks, and attacks on other outputs "
              "(embeddings, explanations, gradients) may reveal more.")
        << tr("Statistics at 0.1% FPR need many non-members; where the report warns of too few, treat the "
              "value as indicative.")
        << tr("The likelihood thresholds are PrivAudit's defaults, not regulatory values; the legal texts "
              "are "
              "paraphrased and the classification is not legal advice.")
        << tr("Results describe the model version and data that were tested (see their SHA-256 "
              "fingerprints); "
              "retraining or new data needs a new test.");
    return c;
}

} // namespace privaudit::report

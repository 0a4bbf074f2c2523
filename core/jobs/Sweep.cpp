#include "jobs/Sweep.h"

#include "common/FileRead.h"
#include "compute/TaskPool.h"
#include "project/ProjectStore.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QString epsilonText(double epsilon)
{
    return std::isfinite(epsilon) ? QString::number(epsilon, 'g', 6) : QStringLiteral("inf");
}

/// What identifies a point: its spec without the display name. The name is a label in the interface
/// language of whoever started the sweep; it must not decide whether a point is already done (a sweep
/// made in English and shown or resumed in German is the same sweep).
QString identityHash(QJsonObject spec)
{
    spec.remove(QStringLiteral("name"));
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(spec).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace

Expected<SweepSpec> SweepSpec::fromFile(const QString& path)
{
    const auto bytes = readRegularFile(path, 16LL << 20);
    if (!bytes) return Expected<SweepSpec>::failure(tr("Cannot read the sweep spec: %1").arg(bytes.error()));
    auto spec = fromJson(*bytes, QFileInfo(path).absolutePath());
    if (!spec) return Expected<SweepSpec>::failure(tr("Sweep spec '%1': %2").arg(path, spec.error()));
    return spec;
}

Expected<SweepSpec> SweepSpec::fromJson(const QByteArray& json, const QString& baseDir)
{
    using Result = Expected<SweepSpec>;
    QJsonParseError parseError{};
    QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(
            tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonValue sweepValue = root.take(QStringLiteral("sweep"));
    const bool named = root.contains(QStringLiteral("name"));
    if (!sweepValue.isObject())
        return Result::failure(tr("a sweep spec needs a 'sweep' object with 'epsilons'"));
    const QJsonObject sweep = sweepValue.toObject();
    for (auto it = sweep.begin(); it != sweep.end(); ++it)
        if (it.key() != QLatin1String("epsilons") && it.key() != QLatin1String("repeats"))
            return Result::failure(tr("sweep: unknown key '%1' (allowed: epsilons, repeats)").arg(it.key()));
    // dataset.encoder_epsilon applies to the DP points, whatever the base's target says about DP.
    QJsonObject dataset = root.value(QStringLiteral("dataset")).toObject();
    const QJsonValue encoderEpsilon = dataset.take(QStringLiteral("encoder_epsilon"));
    if (!encoderEpsilon.isUndefined()) root[QStringLiteral("dataset")] = dataset;
    auto base = JobSpec::fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact), baseDir);
    if (!base) return Result::failure(base.error());
    SweepSpec spec;
    spec.base = std::move(base).value();
    if (!encoderEpsilon.isUndefined()) {
        if (!encoderEpsilon.isDouble() || !(encoderEpsilon.toDouble() > 0.0) ||
            !std::isfinite(encoderEpsilon.toDouble()) || spec.base.declaredEncoder)
            return Result::failure(tr("dataset.encoder_epsilon must be a positive number, and cannot go with "
                                      "dataset.encoder"));
        spec.base.encoderEpsilon = encoderEpsilon.toDouble();
    }
    if (spec.base.targetKind != TargetKind::Train)
        return Result::failure(tr("a sweep trains its targets: target.kind must be train"));
    const QJsonArray epsilons = sweep.value(QStringLiteral("epsilons")).toArray();
    if (epsilons.isEmpty())
        return Result::failure(tr("sweep.epsilons must be a non-empty list of positive numbers or \"inf\""));
    for (const QJsonValue& v : epsilons) {
        double e = std::nan("");
        if (v.isDouble())
            e = v.toDouble();
        else if (v.isString() &&
                 (v.toString() == QLatin1String("inf") || v.toString() == QLatin1String("infinity")))
            e = kInf;
        if (!(e > 0.0))
            return Result::failure(
                tr("sweep.epsilons: %1 is not a positive number or \"inf\"")
                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))));
        if (std::find(spec.epsilons.begin(), spec.epsilons.end(), e) == spec.epsilons.end())
            spec.epsilons.push_back(e);
    }
    std::sort(spec.epsilons.begin(), spec.epsilons.end());
    // Each DP point's target is the run's total, the encoder's DP estimates included.
    if (spec.base.encoderEpsilon && std::isfinite(spec.epsilons.front()) &&
        !(spec.epsilons.front() > *spec.base.encoderEpsilon))
        return Result::failure(tr("sweep.epsilons: %1 is not above dataset.encoder_epsilon (%2), which the "
                                  "encoder's DP estimates spend before training")
                                   .arg(spec.epsilons.front())
                                   .arg(*spec.base.encoderEpsilon));
    const QJsonValue repeats = sweep.value(QStringLiteral("repeats"));
    if (!repeats.isUndefined()) {
        const double r = repeats.toDouble(-1);
        if (!repeats.isDouble() || r != std::floor(r) || r < 1 || r > 100)
            return Result::failure(tr("sweep.repeats must be a whole number from 1 to 100"));
        spec.repeats = int(r);
    }
    if (!named) spec.base.name = project::generatedName(project::GeneratedName::Sweep);
    return spec;
}

QByteArray SweepSpec::toJsonBytes() const
{
    QJsonObject root = base.toJson();
    QJsonArray list;
    for (double e : epsilons)
        list.append(std::isfinite(e) ? QJsonValue(e) : QJsonValue(QStringLiteral("inf")));
    root[QStringLiteral("sweep")] =
        QJsonObject{{QStringLiteral("epsilons"), list}, {QStringLiteral("repeats"), repeats}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::vector<JobSpec> SweepSpec::pointSpecs() const
{
    std::vector<JobSpec> points;
    for (double epsilon : epsilons)
        for (int r = 0; r < repeats; ++r) {
            JobSpec p = base;
            p.seed = base.seed + std::uint64_t(r);
            p.training.seed = p.seed;
            p.name = project::generatedName(project::GeneratedName::SweepPoint,
                                            {base.name, epsilonText(epsilon), QString::number(r + 1)});
            p.training.dp = std::isfinite(epsilon);
            p.training.noiseMultiplier = 0.0;
            p.training.targetEpsilon = p.training.dp ? std::optional<double>(epsilon) : std::nullopt;
            p.training.epsilonBudget.reset();
            // The non-private point fits its encoder on its training rows and spends nothing.
            if (!p.training.dp) p.encoderEpsilon.reset();
            points.push_back(std::move(p));
        }
    return points;
}

Expected<std::vector<SweepPoint>> Sweep::collect(const SweepSpec& spec, const project::ProjectStore& store)
{
    const auto runs = store.runs();
    if (!runs) return Expected<std::vector<SweepPoint>>::failure(runs.error());
    std::map<QString, std::int64_t> completedBySpec;
    for (const auto& r : *runs)
        if (r.status == project::RunStatus::Completed && r.type() == project::RunKind::MembershipInference)
            completedBySpec.emplace(identityHash(QJsonDocument::fromJson(r.specJson).object()),
                                    r.id); // the first completion counts
    std::vector<SweepPoint> points;
    const auto specs = spec.pointSpecs();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        SweepPoint p;
        p.targetEpsilon = spec.pointEpsilon(i);
        p.repeat = spec.pointRepeat(i);
        const auto it = completedBySpec.find(identityHash(specs[i].toJson()));
        if (it != completedBySpec.end()) {
            p.runId = it->second;
            const auto run = store.run(p.runId);
            const auto results = store.results(p.runId);
            if (!run || !results)
                return Expected<std::vector<SweepPoint>>::failure(!run ? run.error() : results.error());
            p.summary = attack::MembershipRunSummary::fromJson(run->summary);
            for (const auto& r : *results)
                p.attacks[r.attack] = metrics::AttackMetrics::fromJson(r.metricsJson);
        }
        points.push_back(std::move(p));
    }
    return points;
}

SweepResult Sweep::run(const SweepSpec& spec, const QString& projectPath,
                       const compute::ComputeSettings& settings, const std::atomic<bool>& cancel,
                       const std::function<void(const JobProgress&)>& progress, int parallel)
{
    SweepResult result;
    auto opened = project::ProjectStore::open(projectPath);
    if (!opened) {
        result.message = opened.error();
        return result;
    }
    project::ProjectStore& store = *opened.value();
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };

    auto before = collect(spec, store);
    if (!before) {
        result.message = before.error();
        return result;
    }
    const auto specs = spec.pointSpecs();
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < specs.size(); ++i)
        if ((*before)[i].runId == 0) missing.push_back(i);
    result.reused = int(specs.size() - missing.size());

    project::RunRecord record;
    record.name = spec.base.name;
    record.kind = project::runKindName(project::RunKind::Sweep);
    record.specJson = spec.toJsonBytes();
    record.seed = spec.base.seed;
    record.software = JobExecutor::softwareJson(settings);
    auto begun = store.beginRun(record);
    if (!begun) {
        result.message = begun.error();
        return result;
    }
    result.sweepRunId = *begun;

    // Points side by side, each on its own thread and connection with a share of the cores.
    const int workers =
        std::clamp(parallel > 0 ? parallel : settings.cores, 1, std::max(1, int(missing.size())));
    compute::ComputeSettings pointSettings = settings.forParallelWorkers(workers);
    pointSettings.cores = pointSettings.intraOpThreads;
    pointSettings.jobWorkers = 1;
    std::mutex mutex;
    std::vector<double> running(std::size_t(workers), 0.0);
    int done = 0;
    QString firstError;
    auto report = [&](int worker, double fraction, const QString& stage) {
        std::lock_guard lock(mutex);
        running[std::size_t(worker)] = fraction;
        if (!progress) return;
        double sum = done;
        for (double f : running)
            sum += f;
        JobProgress p;
        p.fraction = missing.empty() ? 1.0 : sum / double(missing.size());
        p.storedRuns = done;
        p.stage = tr("Point %1 of %2: %3")
                      .arg(std::min<std::size_t>(std::size_t(done) + 1, missing.size()))
                      .arg(missing.size())
                      .arg(stage);
        const double t = elapsed();
        if (p.fraction > 0.02 && t > 1.0) p.etaSeconds = t * (1.0 - p.fraction) / p.fraction;
        progress(p);
    };
    // One connection per worker slot, opened by the first point that slot runs.
    std::vector<std::unique_ptr<project::ProjectStore>> connections(static_cast<std::size_t>(workers));
    std::atomic<bool> stop{false};
    compute::TaskPool::run(
        int(missing.size()), workers,
        [&](int i, int w) {
            if (cancel.load()) {
                stop = true;
                return;
            }
            const std::size_t index = missing[std::size_t(i)];
            auto& connection = connections[std::size_t(w)];
            if (!connection) {
                auto fresh = project::ProjectStore::open(projectPath);
                if (!fresh) {
                    std::lock_guard lock(mutex);
                    if (firstError.isEmpty()) firstError = fresh.error();
                    stop = true;
                    return;
                }
                connection = std::move(fresh).value();
            }
            const JobResult r =
                JobExecutor::run(specs[index], *connection, pointSettings, cancel,
                                 [&](const JobProgress& p) { report(w, p.fraction, p.stage); });
            std::lock_guard lock(mutex);
            running[std::size_t(w)] = 0.0;
            if (r.outcome == JobOutcome::Completed) {
                ++done;
            } else if (r.outcome == JobOutcome::Failed && firstError.isEmpty()) {
                firstError = tr("Point epsilon %1, repeat %2: %3")
                                 .arg(epsilonText(spec.pointEpsilon(index)))
                                 .arg(spec.pointRepeat(index) + 1)
                                 .arg(r.message);
            }
            if (!firstError.isEmpty() || cancel.load()) stop = true;
        },
        &stop, pointSettings.intraOpThreads);
    result.ran = done;

    auto after = collect(spec, store);
    if (after) {
        result.points = *after;
        for (std::size_t i = 0; i < result.points.size(); ++i)
            result.points[i].reused = (*before)[i].runId != 0;
    }
    if (cancel.load() || !firstError.isEmpty()) {
        result.outcome = cancel.load() ? JobOutcome::Cancelled : JobOutcome::Failed;
        result.message = cancel.load()
                             ? tr("Sweep cancelled after %1 of %2 points; run it again to finish the rest.")
                                   .arg(result.reused + done)
                                   .arg(specs.size())
                             : firstError;
        store.endRun(result.sweepRunId,
                     cancel.load() ? project::RunStatus::Cancelled : project::RunStatus::Failed,
                     result.message, elapsed());
        return result;
    }
    project::RunOutcome outcome;
    QJsonArray list;
    for (const SweepPoint& p : result.points)
        list.append(QJsonObject{{QStringLiteral("epsilon"), epsilonText(p.targetEpsilon)},
                                {QStringLiteral("repeat"), p.repeat + 1},
                                {QStringLiteral("run"), qint64(p.runId)},
                                {QStringLiteral("reused"), p.reused}});
    outcome.summary = QJsonObject{{QStringLiteral("points"), list},
                                  {QStringLiteral("reused"), result.reused},
                                  {QStringLiteral("ran"), result.ran}};
    if (const QString err = store.completeRun(result.sweepRunId, outcome, elapsed()); !err.isEmpty()) {
        result.message = err;
        return result;
    }
    result.outcome = JobOutcome::Completed;
    return result;
}

double Sweep::tprCeiling(double epsilon, double delta, double fpr)
{
    if (!std::isfinite(epsilon)) return 1.0;
    const double a = std::exp(epsilon) * fpr + delta;
    const double b = 1.0 - std::exp(-epsilon) * (1.0 - delta - fpr);
    return std::clamp(std::min(a, b), 0.0, 1.0);
}

double Sweep::advantageCeiling(double epsilon, double delta)
{
    if (!std::isfinite(epsilon)) return 1.0;
    return std::min(1.0, (std::exp(epsilon) - 1.0 + 2.0 * delta) / (std::exp(epsilon) + 1.0));
}

double Sweep::aucCeiling(double epsilon, double delta)
{
    if (!std::isfinite(epsilon)) return 1.0;
    // The tight region: TPR <= e^eps FPR + delta up to FPR* = (1 - delta) / (e^eps + 1), then
    // TPR <= 1 - e^-eps (1 - delta - FPR) up to FPR = 1 - delta, then 1.
    const double e = std::exp(epsilon);
    const double corner = (1.0 - delta) / (e + 1.0);
    const double rest = 1.0 - delta - corner;
    return std::min(1.0, e * corner * corner / 2.0 + delta * corner + rest - rest * rest / (2.0 * e) + delta);
}

} // namespace privaudit::jobs

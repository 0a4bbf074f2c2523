#include "jobs/JobSpec.h"

#include "attack/MembershipInference.h"
#include "attack/MembershipRunSummary.h"
#include "common/FileRead.h"
#include "data/TableEncoder.h"
#include "jobs/JobKinds.h"
#include "jobs/SpecReader.h"
#include "metrics/Utility.h"
#include "project/ProjectStore.h"

#include <cmath>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

QString resolve(const QString& path, const QString& baseDir)
{
    if (path.isEmpty() || path == QLatin1String("demo") || QFileInfo(path).isAbsolute() || baseDir.isEmpty())
        return path;
    return QDir(baseDir).absoluteFilePath(path);
}

} // namespace

QString targetKindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Train:
        return QStringLiteral("train");
    case TargetKind::TorchScript:
        return QStringLiteral("torchscript");
    case TargetKind::Predictions:
        return QStringLiteral("predictions");
    }
    return {};
}

Expected<JobSpec> JobSpec::fromFile(const QString& path)
{
    const auto bytes = readRegularFile(path, 16LL << 20);
    if (!bytes) return Expected<JobSpec>::failure(tr("Cannot read the job spec: %1").arg(bytes.error()));
    auto spec = fromJson(*bytes, QFileInfo(path).absolutePath());
    if (!spec) return Expected<JobSpec>::failure(tr("Job spec '%1': %2").arg(path, spec.error()));
    return spec;
}

Expected<JobSpec> JobSpec::fromJson(const QByteArray& json, const QString& baseDir)
{
    using Result = Expected<JobSpec>;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(
            tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject()) return Result::failure(tr("a job spec must be a JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("schema_version"));
    if (version.isUndefined())
        return Result::failure(
            tr("'schema_version' is missing (this version writes %1)").arg(kJobSpecVersion));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return Result::failure(tr("'schema_version' must be a positive whole number"));
    if (version.toDouble() > double(kJobSpecVersion)) // toInt() of 1e300 is 0: compare as a number
        return Result::failure(
            tr("the spec has schema_version %1, written by a newer PrivAudit; this version reads up "
               "to %2")
                .arg(version.toDouble(), 0, 'g', 6)
                .arg(kJobSpecVersion));

    SpecReader r;
    JobSpec spec;
    // The common sections, then each family's own (EvaluationFamily::optionSections): a section of
    // another family is an error naming the kind it belongs to.
    QStringList allowed{QStringLiteral("schema_version"), QStringLiteral("kind"),
                        QStringLiteral("name"),           QStringLiteral("seed"),
                        QStringLiteral("dataset"),        QStringLiteral("target")};
    QStringList kindNames;
    for (const EvaluationFamily* f : evaluationFamilies()) {
        allowed += f->optionSections();
        kindNames << project::runKindName(f->kind());
    }
    r.keys(root, QStringLiteral("spec"), allowed);
    const QString kindName =
        r.string(root, QStringLiteral("kind"), QStringLiteral("spec"), QStringLiteral("membership-inference"))
            .value_or(QString());
    spec.kind = project::parseRunKind(kindName);
    const EvaluationFamily* family = findFamily(spec.kind);
    if (!family)
        r.fail(
            tr("spec.kind must be one of %1, got '%2'").arg(kindNames.join(QStringLiteral(", ")), kindName));
    const bool audit = spec.kind == project::RunKind::OneRunAudit;
    if (family)
        for (const EvaluationFamily* other : evaluationFamilies())
            for (const QString& section : other->optionSections())
                if (other != family && !family->optionSections().contains(section) && root.contains(section))
                    r.fail(tr("'%1' belongs to a spec of kind %2, not %3")
                               .arg(section, project::runKindName(other->kind()), kindName));
    spec.name = r.string(root, QStringLiteral("name"), QStringLiteral("spec"), QString()).value_or(QString());
    spec.seed = std::uint64_t(
        r.integer(root, QStringLiteral("seed"), QStringLiteral("spec"), 1, 0, (1LL << 53)).value_or(1));

    const auto dataset = r.object(root, QStringLiteral("dataset"), QStringLiteral("spec"));
    if (dataset) {
        const QString where = QStringLiteral("dataset");
        r.keys(*dataset, where,
               {QStringLiteral("source"), QStringLiteral("label"), QStringLiteral("member_rows"),
                QStringLiteral("roles"), QStringLiteral("columns"), QStringLiteral("max_distinct_ratio"),
                QStringLiteral("max_label_classes"), QStringLiteral("encoder"),
                QStringLiteral("encoder_epsilon")});
        const QJsonObject roles = dataset->value(QStringLiteral("roles")).toObject();
        for (auto it = roles.begin(); it != roles.end(); ++it) {
            const QString role = it.value().toString();
            if (role != QLatin1String("feature") && role != QLatin1String("sensitive") &&
                role != QLatin1String("identifier") && role != QLatin1String("ignored"))
                r.fail(tr("dataset.roles.%1 must be feature, sensitive, identifier or ignored, got '%2'")
                           .arg(it.key(), role));
            spec.roles.insert(it.key(), role);
        }
        if (const auto columns = r.object(*dataset, QStringLiteral("columns"), where)) {
            for (auto it = columns->begin(); it != columns->end(); ++it) {
                const QString at = where + QStringLiteral(".columns.") + it.key();
                if (!it.value().isObject()) {
                    r.fail(tr("%1 must be an object such as {\"type\": \"categorical\", \"role\": \"label\"}")
                               .arg(at));
                    continue;
                }
                const QJsonObject column = it.value().toObject();
                r.keys(column, at, {QStringLiteral("type"), QStringLiteral("role")});
                const QString type =
                    r.string(column, QStringLiteral("type"), at, QString()).value_or(QString());
                // Stored by their canonical names: a spec PrivAudit writes must read back the same (found by
                // fuzz_jobspec: "identifIer" was accepted here and refused when the written spec was read).
                if (!type.isEmpty()) {
                    if (const auto parsed = data::parseColumnType(type))
                        spec.types.insert(it.key(), data::columnTypeName(*parsed));
                    else
                        r.fail(tr("%1.type must be categorical, numeric or boolean, got '%2'").arg(at, type));
                }
                const QString given =
                    r.string(column, QStringLiteral("role"), at, QString()).value_or(QString());
                const auto parsedRole = data::parseColumnRole(given);
                const QString role = parsedRole ? data::columnRoleName(*parsedRole) : given;
                if (role == QLatin1String("label")) {
                    if (dataset->contains(QStringLiteral("label")) &&
                        dataset->value(QStringLiteral("label")).toString() != it.key())
                        r.fail(tr("%1.role is label, but dataset.label names '%2'")
                                   .arg(at, dataset->value(QStringLiteral("label")).toString()));
                    spec.label = it.key();
                } else if (!role.isEmpty()) {
                    if (!data::parseColumnRole(role))
                        r.fail(
                            tr("%1.role must be label, feature, sensitive, identifier or ignored, got '%2'")
                                .arg(at, role));
                    spec.roles.insert(it.key(), role);
                }
            }
        }
        if (dataset->contains(QStringLiteral("max_distinct_ratio"))) {
            spec.maxDistinctRatio = r.number(*dataset, QStringLiteral("max_distinct_ratio"), where, 0.5);
            if (spec.maxDistinctRatio && (*spec.maxDistinctRatio <= 0.0 || *spec.maxDistinctRatio > 1.0))
                r.fail(tr("dataset.max_distinct_ratio must be above 0 and at most 1"));
        }
        if (dataset->contains(QStringLiteral("max_label_classes")))
            if (const auto n = r.integer(*dataset, QStringLiteral("max_label_classes"), where, 50, 2, 100000))
                spec.maxLabelClasses = int(*n);
        spec.dataSource = resolve(
            r.string(*dataset, QStringLiteral("source"), where, QStringLiteral("demo")).value_or(QString()),
            baseDir);
        if (dataset->contains(QStringLiteral("label")))
            spec.label = r.string(*dataset, QStringLiteral("label"), where, QString()).value_or(QString());
        if (dataset->contains(QStringLiteral("member_rows")))
            spec.memberRows = r.integer(*dataset, QStringLiteral("member_rows"), where, 0, 1, 1LL << 40);
        if (dataset->contains(QStringLiteral("encoder_epsilon"))) {
            spec.encoderEpsilon = r.number(*dataset, QStringLiteral("encoder_epsilon"), where, 0.0);
            if (spec.encoderEpsilon && !(*spec.encoderEpsilon > 0.0 && std::isfinite(*spec.encoderEpsilon)))
                r.fail(tr("dataset.encoder_epsilon must be a positive number, got %1")
                           .arg(*spec.encoderEpsilon));
        }
        if (dataset->contains(QStringLiteral("encoder"))) {
            const QJsonValue e = dataset->value(QStringLiteral("encoder"));
            QJsonObject encoderJson = e.toObject();
            if (e.isString()) {
                const QString path = resolve(e.toString(), baseDir);
                const auto bytes = readRegularFile(path, 64LL << 20);
                if (!bytes)
                    r.fail(QStringLiteral("dataset.encoder: ") + bytes.error());
                else if (const QJsonDocument encoded = QJsonDocument::fromJson(*bytes); encoded.isObject())
                    encoderJson = encoded.object();
                else
                    r.fail(tr("dataset.encoder: '%1' is not a JSON object").arg(path));
            } else if (!e.isObject()) {
                r.fail(tr("dataset.encoder must be an encoder.json object or the path of one"));
            }
            if (!encoderJson.isEmpty() || e.isObject()) {
                if (const auto checked = data::TableEncoder::declared(encoderJson); !checked)
                    r.fail(QStringLiteral("dataset.encoder: ") + checked.error());
                else
                    spec.declaredEncoder = checked->toJson();
            }
        }
    }

    const auto target = r.object(root, QStringLiteral("target"), QStringLiteral("spec"));
    if (target) {
        const QString where = QStringLiteral("target");
        r.keys(*target, where,
               {QStringLiteral("kind"), QStringLiteral("path"), QStringLiteral("model"),
                QStringLiteral("epochs"), QStringLiteral("batch_size"), QStringLiteral("learning_rate"),
                QStringLiteral("optimizer"), QStringLiteral("weight_decay"), QStringLiteral("dp")});
        const QString kind =
            r.string(*target, QStringLiteral("kind"), where, QStringLiteral("train")).value_or(QString());
        if (kind == QLatin1String("train"))
            spec.targetKind = TargetKind::Train;
        else if (kind == QLatin1String("torchscript"))
            spec.targetKind = TargetKind::TorchScript;
        else if (kind == QLatin1String("predictions"))
            spec.targetKind = TargetKind::Predictions;
        else
            r.fail(tr("target.kind must be train, torchscript or predictions, got '%1'").arg(kind));
        spec.targetPath =
            resolve(r.string(*target, QStringLiteral("path"), where, QString()).value_or(QString()), baseDir);
        if (spec.targetKind != TargetKind::Train && spec.targetPath.isEmpty())
            r.fail(tr("target.path is required for a %1 target").arg(kind));
        const QString modelText =
            r.string(*target, QStringLiteral("model"), where, QStringLiteral("mlp:64,64"))
                .value_or(QString());
        if (auto parsed = model::ModelSpec::parse(modelText))
            spec.model = *parsed;
        else
            r.fail(QStringLiteral("target.model: ") + parsed.error());
        auto& t = spec.training;
        // Left out: the measured default recipe, the DP one for a DP target.
        const model::TrainingConfig rec =
            model::TrainingConfig::recommended(target->contains(QStringLiteral("dp")));
        t.epochs = int(
            r.integer(*target, QStringLiteral("epochs"), where, rec.epochs, 1, 100000).value_or(rec.epochs));
        t.batchSize = int(r.integer(*target, QStringLiteral("batch_size"), where, rec.batchSize, 1, 1 << 24)
                              .value_or(rec.batchSize));
        t.learningRate = r.number(*target, QStringLiteral("learning_rate"), where, rec.learningRate)
                             .value_or(rec.learningRate);
        t.weightDecay = r.number(*target, QStringLiteral("weight_decay"), where, 0.0).value_or(0.0);
        const QString optimizer =
            r.string(*target, QStringLiteral("optimizer"), where, QStringLiteral("adam")).value_or(QString());
        if (optimizer != QLatin1String("adam") && optimizer != QLatin1String("sgd"))
            r.fail(tr("target.optimizer must be adam or sgd, got '%1'").arg(optimizer));
        t.optimizer =
            optimizer == QLatin1String("sgd") ? model::OptimizerKind::Sgd : model::OptimizerKind::Adam;
        if (target->contains(QStringLiteral("dp"))) {
            const auto dp = r.object(*target, QStringLiteral("dp"), where);
            if (dp) {
                const QString dpWhere = QStringLiteral("target.dp");
                r.keys(*dp, dpWhere,
                       {QStringLiteral("noise_multiplier"), QStringLiteral("target_epsilon"),
                        QStringLiteral("max_grad_norm"), QStringLiteral("delta"),
                        QStringLiteral("epsilon_budget")});
                t.dp = true;
                const bool hasSigma = dp->contains(QStringLiteral("noise_multiplier"));
                const bool hasTarget = dp->contains(QStringLiteral("target_epsilon"));
                if (hasSigma == hasTarget)
                    r.fail(tr("target.dp needs exactly one of noise_multiplier and target_epsilon"));
                t.noiseMultiplier =
                    r.number(*dp, QStringLiteral("noise_multiplier"), dpWhere, 0.0).value_or(0.0);
                if (hasTarget)
                    t.targetEpsilon = r.number(*dp, QStringLiteral("target_epsilon"), dpWhere, 0.0);
                if (dp->contains(QStringLiteral("epsilon_budget")))
                    t.epsilonBudget = r.number(*dp, QStringLiteral("epsilon_budget"), dpWhere, 0.0);
                t.maxGradNorm = r.number(*dp, QStringLiteral("max_grad_norm"), dpWhere, 1.0).value_or(1.0);
                t.delta = r.number(*dp, QStringLiteral("delta"), dpWhere, 1e-5).value_or(1e-5);
            }
        }
    }
    spec.training.seed = spec.seed;

    if (family) family->readOptions(root, r, spec);
    if (!r.error.isEmpty()) return Result::failure(r.error);
    // What the options mean together is the family's to check (jobs/JobKinds.h).
    if (family)
        if (const QString problem = family->validate(spec); !problem.isEmpty())
            return Result::failure(problem);
    if (spec.targetKind != TargetKind::Predictions && spec.dataSource.isEmpty())
        return Result::failure(tr("dataset.source is required"));
    if (spec.targetKind != TargetKind::Predictions) {
        if (const QString err = spec.training.validate(); !err.isEmpty())
            return Result::failure(QStringLiteral("target: ") + err);
    }
    if (spec.encoderEpsilon) {
        if (spec.targetKind != TargetKind::Train || !spec.training.dp)
            return Result::failure(tr("dataset.encoder_epsilon applies to a DP target that PrivAudit trains "
                                      "(target.kind \"train\" with target.dp)"));
        if (spec.declaredEncoder)
            return Result::failure(tr("dataset.encoder_epsilon and dataset.encoder exclude each other: a "
                                      "declared encoder is used as given"));
        if (const auto left = spec.training.afterPreprocessing(*spec.encoderEpsilon); !left)
            return Result::failure(QStringLiteral("dataset.encoder_epsilon: ") + left.error());
    }
    if (spec.name.isEmpty() && spec.kind == project::RunKind::CanaryExposure) {
        QStringList counts;
        for (const int count : spec.canary.repetitions)
            counts << QString::number(count);
        spec.name = project::generatedName(project::GeneratedName::CanaryExposure,
                                           {counts.join(QStringLiteral(", "))});
    } else if (spec.name.isEmpty() && spec.kind == project::RunKind::Reconstruction)
        spec.name = project::generatedName(project::GeneratedName::Reconstruction,
                                           {QString::number(spec.reconstruction.targets)});
    else if (spec.name.isEmpty() && spec.kind == project::RunKind::ModelInversion)
        spec.name = project::generatedName(project::GeneratedName::ModelInversion,
                                           {QString::number(spec.miFace.restarts)});
    else if (spec.name.isEmpty() && spec.kind == project::RunKind::AttributeInference)
        spec.name =
            project::generatedName(project::GeneratedName::AttributeInference, {spec.attribute.column});
    else if (spec.name.isEmpty())
        spec.name = audit ? project::generatedName(project::GeneratedName::OneRunAudit,
                                                   {QString::number(spec.audit.canaries)})
                          : project::generatedName(project::GeneratedName::MembershipInference,
                                                   {spec.attacks.join(QStringLiteral(", "))});
    return spec;
}

QJsonObject JobSpec::toJson() const
{
    QJsonObject dataset{{QStringLiteral("source"), dataSource}};
    if (!label.isEmpty()) dataset[QStringLiteral("label")] = label;
    if (memberRows) dataset[QStringLiteral("member_rows")] = qint64(*memberRows);
    if (!roles.isEmpty()) {
        QJsonObject r;
        for (auto it = roles.begin(); it != roles.end(); ++it)
            r.insert(it.key(), it.value());
        dataset[QStringLiteral("roles")] = r;
    }
    // Written only when set, so the hash of a spec without them (a sweep's points) does not change.
    if (!types.isEmpty()) {
        QJsonObject columns;
        for (auto it = types.begin(); it != types.end(); ++it)
            columns.insert(it.key(), QJsonObject{{QStringLiteral("type"), it.value()}});
        dataset[QStringLiteral("columns")] = columns;
    }
    if (maxDistinctRatio) dataset[QStringLiteral("max_distinct_ratio")] = *maxDistinctRatio;
    if (maxLabelClasses) dataset[QStringLiteral("max_label_classes")] = *maxLabelClasses;
    if (declaredEncoder) dataset[QStringLiteral("encoder")] = *declaredEncoder;
    if (encoderEpsilon) dataset[QStringLiteral("encoder_epsilon")] = *encoderEpsilon;
    QJsonObject target{{QStringLiteral("kind"), targetKindName(targetKind)},
                       {QStringLiteral("model"), model.toString()},
                       {QStringLiteral("epochs"), training.epochs},
                       {QStringLiteral("batch_size"), training.batchSize},
                       {QStringLiteral("learning_rate"), training.learningRate},
                       {QStringLiteral("optimizer"), training.optimizer == model::OptimizerKind::Sgd
                                                         ? QStringLiteral("sgd")
                                                         : QStringLiteral("adam")},
                       {QStringLiteral("weight_decay"), training.weightDecay}};
    if (!targetPath.isEmpty()) target[QStringLiteral("path")] = targetPath;
    if (training.dp) {
        QJsonObject dp{{QStringLiteral("max_grad_norm"), training.maxGradNorm},
                       {QStringLiteral("delta"), training.delta}};
        if (training.targetEpsilon)
            dp[QStringLiteral("target_epsilon")] = *training.targetEpsilon;
        else
            dp[QStringLiteral("noise_multiplier")] = training.noiseMultiplier;
        if (training.epsilonBudget) dp[QStringLiteral("epsilon_budget")] = *training.epsilonBudget;
        target[QStringLiteral("dp")] = dp;
    }
    // "kind" is written for the other families only, so that a membership spec's identity (a sweep
    // point's hash) is what it was before kinds existed.
    QJsonObject root{{QStringLiteral("schema_version"), kJobSpecVersion},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("seed"), qint64(seed)},
                     {QStringLiteral("dataset"), dataset},
                     {QStringLiteral("target"), target}};
    if (kind != project::RunKind::MembershipInference)
        root[QStringLiteral("kind")] = project::runKindName(kind);
    if (const EvaluationFamily* f = findFamily(kind)) f->writeOptions(*this, root);
    return root;
}

data::ColumnPlan JobSpec::columnPlan() const
{
    data::ColumnPlan plan;
    plan.label = label;
    for (auto it = types.begin(); it != types.end(); ++it)
        if (const auto type = data::parseColumnType(it.value())) plan.types.insert(it.key(), *type);
    for (auto it = roles.begin(); it != roles.end(); ++it)
        if (const auto role = data::parseColumnRole(it.value())) plan.roles.insert(it.key(), *role);
    if (maxDistinctRatio) plan.maxDistinctRatio = *maxDistinctRatio;
    if (maxLabelClasses) plan.maxLabelClasses = *maxLabelClasses;
    return plan;
}

QByteArray JobSpec::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QStringList runWarnings(const QByteArray& specJson, const QJsonObject& summaryJson)
{
    QStringList out;
    const auto spec = JobSpec::fromJson(specJson);
    const attack::MembershipRunSummary summary = attack::MembershipRunSummary::fromJson(summaryJson);
    // A reconstruction without DP releases the exact minimiser: the recipe's optimiser never runs.
    const bool recipeRuns = spec && (spec->kind != project::RunKind::Reconstruction || spec->training.dp);
    if (spec && recipeRuns && spec->targetKind == TargetKind::Train && summary.members > 0)
        out << spec->training.warnings(summary.members);
    if (summary.target && !summary.target->utility.isEmpty())
        if (const QString w = metrics::UtilityCheck::fromJson(summary.target->utility).warning();
            !w.isEmpty())
            out << w;
    if (const QString w = model::ExternalModel::probabilitiesNote(summary.targetOutputs); !w.isEmpty())
        out << w;
    if (const QString w = model::ExternalModel::sandboxNote(summary.sandbox); !w.isEmpty()) out << w;
    for (const QString& a : summary.notRun)
        out << QCoreApplication::translate("privaudit::jobs::JobSpec", "Not run: %1, because %2.")
                   .arg(a, attack::AttackCatalogue::whyNotOnPredictions(a));
    return out;
}

} // namespace privaudit::jobs

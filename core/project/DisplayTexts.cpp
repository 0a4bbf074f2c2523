// What the project stores in English shown in the reader's language: run states, model kinds,
// generated names and PrivAudit's own texts (ProjectStore.h, "Display").
#include "common/StoredText.h"
#include "data/DemoData.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <vector>

namespace privaudit::project {

QString runStatusText(RunStatus status)
{
    // lupdate files tr() in a free function under the namespace's context.
    const auto tr = [](const char* text) { return QCoreApplication::translate("privaudit::project", text); };
    switch (status) {
    case RunStatus::Running:
        return tr("running");
    case RunStatus::Completed:
        return tr("completed");
    case RunStatus::Failed:
        return tr("failed");
    case RunStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString modelKindText(const QString& kind)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("privaudit::project", text); };
    if (kind == QLatin1String("trained")) return tr("trained here");
    if (kind == QLatin1String("torchscript")) return tr("TorchScript");
    if (kind == QLatin1String("predictions")) return tr("predictions file");
    return kind;
}

namespace {

struct NameTemplate
{
    GeneratedName which;
    const char* context;
    const char* source;
};

// Each name in the translation context it was first written in, so that the existing translations hold.
constexpr NameTemplate kNameTemplates[] = {
    {GeneratedName::MembershipInference, "privaudit::jobs::JobSpec",
     QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec", "Membership inference, %1")},
    {GeneratedName::OneRunAudit, "privaudit::jobs::JobSpec",
     QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec", "One-run audit, %1 canaries")},
    {GeneratedName::Sweep, "privaudit::jobs::SweepSpec",
     QT_TRANSLATE_NOOP("privaudit::jobs::SweepSpec", "Privacy-utility sweep")},
    {GeneratedName::SweepPoint, "privaudit::jobs::SweepSpec",
     QT_TRANSLATE_NOOP("privaudit::jobs::SweepSpec", "%1: epsilon %2, repeat %3")},
    {GeneratedName::DemoPlain, "privaudit::cli::CliText",
     QT_TRANSLATE_NOOP("privaudit::cli::CliText", "Demo: non-private target")},
    {GeneratedName::DemoDp, "privaudit::cli::CliText",
     QT_TRANSLATE_NOOP("privaudit::cli::CliText", "Demo: DP-SGD target (epsilon 2)")},
    {GeneratedName::AttributeInference, "privaudit::jobs::JobSpec",
     QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec", "Attribute inference of %1")},
    {GeneratedName::CanaryExposure, "privaudit::jobs::JobSpec",
     QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec", "Canary exposure (repetitions %1)")},
    {GeneratedName::Reconstruction, "privaudit::jobs::JobSpec",
     QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec", "Informed reconstruction (%1 rows)")},
    {GeneratedName::ModelInversion, "privaudit::jobs::JobSpec",
     QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec", "MI-Face inversion (%1 starts per class)")},
};

/// A stored argument in the reader's convention: a decimal number ("0.5") with the locale's separator,
/// "inf" (no DP) as the infinity sign, a nested generated name translated.
QString displayArgument(const QString& stored)
{
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+\\.[0-9]+$"));
    if (decimal.match(stored).hasMatch()) return QLocale().toString(stored.toDouble(), 'g', 6);
    if (stored == QLatin1String("inf")) return QStringLiteral("\u221e");
    return builtInText(stored);
}

QString generatedDisplayName(const QString& stored)
{
    // "%1: epsilon %2, repeat %3" -> "^(.+): epsilon (.+), repeat (.+)$", compiled once.
    static const std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> out;
        for (const NameTemplate& t : kNameTemplates) {
            QStringList literals =
                QString::fromLatin1(t.source).split(QRegularExpression(QStringLiteral("%[1-9]")));
            for (QString& l : literals)
                l = QRegularExpression::escape(l);
            out.emplace_back(QLatin1Char('^') + literals.join(QStringLiteral("(.+)")) + QLatin1Char('$'));
        }
        return out;
    }();
    for (std::size_t i = 0; i < std::size(kNameTemplates); ++i) {
        const QRegularExpressionMatch m = patterns[i].match(stored);
        if (!m.hasMatch()) continue;
        QStringList args;
        for (int c = 1; c <= m.lastCapturedIndex(); ++c)
            args << displayArgument(m.captured(c));
        return fillPlaceholders(
            QCoreApplication::translate(kNameTemplates[i].context, kNameTemplates[i].source), args);
    }
    return {};
}

} // namespace

QString generatedName(GeneratedName which, const QStringList& args)
{
    for (const NameTemplate& t : kNameTemplates)
        if (t.which == which) return fillPlaceholders(QString::fromLatin1(t.source), args);
    return {};
}

QString builtInText(const QString& stored)
{
    if (const QString generated = generatedDisplayName(stored); !generated.isEmpty()) return generated;
    // The same English texts as the constants in ProjectStore.h, marked here for translation.
    static const char* const texts[] = {
        QT_TRANSLATE_NOOP("privaudit::project::ProjectStore", "Synthetic patient records (built-in demo)"),
        QT_TRANSLATE_NOOP("privaudit::project::ProjectStore", "Generated by PrivAudit; no restrictions."),
        QT_TRANSLATE_NOOP("privaudit::project::ProjectStore", "Not applicable: no real person's data."),
        QT_TRANSLATE_NOOP("privaudit::project::ProjectStore", "Demonstration of the privacy audit."),
    };
    for (const char* text : texts)
        if (stored == QLatin1String(text))
            return QCoreApplication::translate("privaudit::project::ProjectStore", text);
    if (stored == QLatin1String(data::DemoData::noticeSource())) return data::DemoData::notice();
    return modelDisplayName(stored);
}

QString modelDisplayName(const QString& storedName)
{
    if (storedName == QLatin1String(kTrainedModelName))
        return QCoreApplication::translate("privaudit::project::ProjectStore", "Target model");
    return storedName;
}

} // namespace privaudit::project

#include "CliSupport.h"

#include "common/FileRead.h"
#include "common/JsonNumber.h"

#include <cmath>
#include <cstdio>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace privaudit::cli {

void printOut(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    std::fputs((QStringLiteral("privaudit-cli: ") + text).toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

double positiveNumberOption(const QCommandLineParser& parser, const QString& name, double fallback, bool* ok)
{
    if (!parser.isSet(name)) return fallback;
    bool isNumber = false;
    const double v = QLocale::c().toDouble(parser.value(name), &isNumber);
    if (!isNumber || !std::isfinite(v) || v <= 0.0) {
        printErr(CliText::tr("--%1: '%2' is not a positive number.").arg(name, parser.value(name)));
        *ok = false;
    }
    return v;
}

std::optional<double> numberOption(const QCommandLineParser& parser, const QString& name, bool required,
                                   bool* ok)
{
    if (!parser.isSet(name)) {
        if (required) {
            printErr(CliText::tr("missing required option --%1").arg(name));
            *ok = false;
        }
        return std::nullopt;
    }
    const QString text = parser.value(name).trimmed();
    bool parsed = false;
    double value = text.toDouble(&parsed);
    if (!parsed && (text.compare(QLatin1String("inf"), Qt::CaseInsensitive) == 0 ||
                    text.compare(QLatin1String("infinity"), Qt::CaseInsensitive) == 0)) {
        value = INFINITY;
        parsed = true;
    }
    if (!parsed || std::isnan(value)) {
        printErr(CliText::tr("--%1 must be a number, got '%2'").arg(name, text));
        *ok = false;
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> integerOption(const QCommandLineParser& parser, const QString& name,
                                          bool required, bool* ok)
{
    if (!parser.isSet(name)) {
        if (required) {
            printErr(CliText::tr("missing required option --%1").arg(name));
            *ok = false;
        }
        return std::nullopt;
    }
    const QString text = parser.value(name).trimmed();
    bool parsed = false;
    const qlonglong value = text.toLongLong(&parsed);
    if (!parsed) {
        printErr(CliText::tr("--%1 must be a whole number, got '%2'").arg(name, text));
        *ok = false;
        return std::nullopt;
    }
    return static_cast<std::int64_t>(value);
}

std::optional<std::int64_t> integerOptionIn(const QCommandLineParser& parser, const QString& name,
                                            std::int64_t low, std::int64_t high, bool* ok)
{
    const auto value = integerOption(parser, name, false, ok);
    if (value && (*value < low || *value > high)) {
        printErr(
            CliText::tr("--%1 must be between %2 and %3, got %4").arg(name).arg(low).arg(high).arg(*value));
        *ok = false;
        return std::nullopt;
    }
    return value;
}

QJsonValue jsonNumber(double value)
{
    return privaudit::jsonNumber(value);
}

Expected<QJsonObject> readJsonObjectFile(const QString& path)
{
    const auto bytes = readRegularFile(path, 64LL << 20);
    if (!bytes) return Expected<QJsonObject>::failure(bytes.error());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (!doc.isObject())
        return Expected<QJsonObject>::failure(
            CliText::tr("'%1' is not a JSON object: %2").arg(path, error.errorString()));
    return doc.object();
}

std::unique_ptr<project::ProjectStore> openProject(const QString& path, project::ProjectStore::Access access,
                                                   bool quiet)
{
    auto store = project::ProjectStore::open(path, access);
    if (!store) {
        printErr(store.error());
        return nullptr;
    }
    if (!quiet)
        for (const QString& notice : store.value()->notices())
            printErr(notice);
    return std::move(store).value();
}

std::unique_ptr<project::ProjectStore> openOrCreateProject(const QString& path, const QString& name,
                                                           bool quiet)
{
    if (QFileInfo::exists(path)) return openProject(path, project::ProjectStore::Access::ReadWrite, quiet);
    auto created = project::ProjectStore::create(path, name);
    if (!created) {
        printErr(created.error());
        return nullptr;
    }
    return std::move(created).value();
}

} // namespace privaudit::cli

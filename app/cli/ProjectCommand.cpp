// privaudit-cli project create|info|verify, and export.
#include "CommandLine.h"
#include "Commands.h"
#include "project/ProjectStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace privaudit::cli {

namespace {

QJsonObject runJson(const project::RunRecord& r)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(r.id)},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("kind"), r.kind},
        {QStringLiteral("status"),
         r.interrupted ? QStringLiteral("interrupted") : project::runStatusName(r.status)},
        {QStringLiteral("seed"), QString::number(r.seed)},
        {QStringLiteral("started_at"), r.startedAt},
        {QStringLiteral("finished_at"), r.finishedAt},
        {QStringLiteral("seconds"), r.seconds},
        {QStringLiteral("user"), r.user},
        {QStringLiteral("host"), r.host},
        {QStringLiteral("message"), r.message},
        {QStringLiteral("spec_sha256"), r.specSha256},
        {QStringLiteral("spec"), QJsonDocument::fromJson(r.specJson).object()},
        {QStringLiteral("software"), r.software},
        {QStringLiteral("summary"), r.summary},
    };
}

int projectCreate(const QCommandLineParser& parser, const QString& path)
{
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                              : QFileInfo(path).completeBaseName();
    auto store = project::ProjectStore::create(path, name);
    if (!store) {
        printErr(store.error());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("path"), path},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("schema_version"), project::kSchemaVersion}});
    else
        printOut(CliText::tr("Created the project '%1' in %2.").arg(name, path));
    return ExitOk;
}

int projectInfo(const QCommandLineParser& parser, project::ProjectStore& store)
{
    const project::ProjectStore::ReadSnapshot snapshot(store); // counts and runs from one state
    const auto info = store.info();
    const auto runs = store.runs();
    if (!info || !runs) {
        printErr(!info ? info.error() : runs.error());
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray runList;
        for (const auto& r : *runs) {
            QJsonObject o = runJson(r);
            o.remove(QStringLiteral("spec"));
            o.remove(QStringLiteral("software"));
            runList.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("path"), info->path},
                              {QStringLiteral("name"), info->name},
                              {QStringLiteral("created_at"), info->createdAt},
                              {QStringLiteral("created_by"), info->createdBy},
                              {QStringLiteral("created_with_version"), info->createdWithVersion},
                              {QStringLiteral("schema_version"), info->schemaVersion},
                              {QStringLiteral("read_only"), info->readOnly},
                              {QStringLiteral("read_only_reason"), info->readOnlyReason},
                              {QStringLiteral("datasets"), qint64(info->datasets)},
                              {QStringLiteral("models"), qint64(info->models)},
                              {QStringLiteral("runs"), runList},
                              {QStringLiteral("results"), qint64(info->results)},
                              {QStringLiteral("audit_rows"), qint64(info->auditRows)},
                              {QStringLiteral("audit_head_sha256"), info->auditHeadHash},
                              {QStringLiteral("notices"), QJsonArray::fromStringList(store.notices())}});
        return ExitOk;
    }
    printOut(CliText::tr("Project '%1' (%2), schema %3, created %4 by %5 with PrivAudit %6.")
                 .arg(info->name, info->path)
                 .arg(info->schemaVersion)
                 .arg(info->createdAt, info->createdBy, info->createdWithVersion));
    if (info->readOnly) printOut(CliText::tr("Read-only: %1.").arg(info->readOnlyReason));
    printOut(CliText::tr("%1 datasets, %2 models, %3 runs, %4 results, %5 audit-trail rows.")
                 .arg(info->datasets)
                 .arg(info->models)
                 .arg(info->runs)
                 .arg(info->results)
                 .arg(info->auditRows));
    printOut(CliText::tr("Newest audit-trail hash: %1").arg(info->auditHeadHash));
    for (const auto& r : *runs)
        printOut(QStringLiteral("  #%1  %2  %3  %4  %5 s")
                     .arg(r.id)
                     .arg(r.interrupted ? CliText::tr("interrupted") : project::runStatusText(r.status), -11)
                     .arg(r.startedAt, project::builtInText(r.name))
                     .arg(QLocale().toString(r.seconds, 'f', 1)));
    return ExitOk;
}

int projectVerify(const QCommandLineParser& parser, project::ProjectStore& store)
{
    project::VerifyReport report = store.verify();
    // --expect-head: the trail still holds the head a signed report (or an earlier check) quoted.
    QJsonObject expected;
    if (parser.isSet(QStringLiteral("expect-head"))) {
        const QString head = parser.value(QStringLiteral("expect-head")).trimmed();
        const std::int64_t row = store.auditRowWithHash(head);
        const std::int64_t rows = store.chainHead().rows;
        expected = QJsonObject{{QStringLiteral("hash"), head},
                               {QStringLiteral("found_at_row"), qint64(row)},
                               {QStringLiteral("rows_after"), qint64(row > 0 ? rows - row : 0)}};
        if (row == 0) {
            report.ok = false;
            report.problems
                << CliText::tr("The audit-trail head %1 is not in this project's trail: the history it stood "
                               "for (in the report or check that quoted it) was lost or rewritten.")
                       .arg(head);
        } else {
            report.notes << CliText::tr(
                                "The expected head %1 is row %2 of the trail; %3 rows were added after it.")
                                .arg(head.left(16) + QStringLiteral("…"))
                                .arg(row)
                                .arg(rows - row);
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{
            {QStringLiteral("ok"), report.ok},
            {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
            {QStringLiteral("first_broken_audit_row"), qint64(report.firstBrokenAuditRow)},
            {QStringLiteral("audit_rows"), qint64(report.auditRows)},
            {QStringLiteral("results_checked"), qint64(report.resultsChecked)},
            {QStringLiteral("expected_head"), expected.isEmpty() ? QJsonValue() : QJsonValue(expected)}});
    } else if (report.ok) {
        printOut(
            CliText::tr(
                "Verified: the database is intact, its schema is the one PrivAudit creates, the audit "
                "trail's %1 rows chain correctly, the content matches the seal of the last row and all %2 "
                "stored results match their recorded hashes.")
                .arg(report.auditRows)
                .arg(report.resultsChecked));
        for (const QString& n : report.notes)
            printOut(CliText::tr("Note: %1").arg(n));
    } else {
        printErr(CliText::tr("Verification FAILED:"));
        for (const QString& p : report.problems)
            printErr(QStringLiteral("  ") + p);
    }
    return report.ok ? ExitOk : ExitFailure;
}

} // namespace

static int projectLog(const QCommandLineParser& parser, const project::ProjectStore& store)
{
    const auto trail = store.auditTrail();
    if (!trail) {
        printErr(trail.error());
        return ExitFailure;
    }
    QJsonArray rows;
    for (const auto& e : *trail) {
        const auto change = project::auditChange(e);
        if (parser.isSet(QStringLiteral("json"))) {
            rows.append(
                QJsonObject{{QStringLiteral("seq"), qint64(e.seq)},
                            {QStringLiteral("at"), e.at},
                            {QStringLiteral("user"), e.user},
                            {QStringLiteral("host"), e.host},
                            {QStringLiteral("action"), e.action},
                            {QStringLiteral("subject"), e.subject},
                            {QStringLiteral("details"), QJsonDocument::fromJson(e.detailsJson).object()},
                            {QStringLiteral("hash"), e.hash}});
            continue;
        }
        QString line = QStringLiteral("%1  %2  %3@%4  %5  %6")
                           .arg(e.seq, 5)
                           .arg(e.at, e.user, e.host, e.action, e.subject);
        if (!change.oldValue.isEmpty() || !change.newValue.isEmpty())
            line += QLatin1Char('\n') + CliText::tr("       old: %1").arg(change.oldValue) +
                    QLatin1Char('\n') + CliText::tr("       new: %1").arg(change.newValue);
        printOut(line);
    }
    if (parser.isSet(QStringLiteral("json"))) printJson(rows);
    return ExitOk;
}

int runProject(const CommandContext& context)
{
    QStringList args = context.arguments;
    const QStringList subcommands = {QStringLiteral("create"), QStringLiteral("info"),
                                     QStringLiteral("verify"), QStringLiteral("log")};
    if (args.size() < 2 || !subcommands.contains(args[1])) {
        return CommandLine::subcommandUsage(
            args,
            CliText::tr("project: use 'project create FILE', 'project info FILE', 'project verify FILE' "
                        "or 'project log FILE'"));
    }
    const QString sub = args.takeAt(1);
    args[0] += QLatin1Char(' ') + sub;
    CommandLine cli(args,
                    sub == QLatin1String("create") ? CliText::tr("Create an empty .privaudit project.")
                    : sub == QLatin1String("info") ? CliText::tr("Show a project's contents and runs.")
                    : sub == QLatin1String("log")
                        ? CliText::tr("Show the audit trail: every row with its time, user, host, action, "
                                      "subject, and the old and the new value of an edit.")
                        : CliText::tr("Check a project's integrity and its audit trail's hash "
                                      "chain; exits with 1 and names the first broken row when "
                                      "anything was changed outside PrivAudit."));
    QCommandLineParser& parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("file"), CliText::tr("The .privaudit project file."));
    if (sub == QLatin1String("verify"))
        parser.addOption(
            {QStringLiteral("expect-head"),
             CliText::tr("Also check that the trail still contains this audit-trail head (the hash a signed "
                         "report or 'project info' printed): fails when that history was lost or rewritten."),
             QStringLiteral("hash")});
    if (sub == QLatin1String("create"))
        parser.addOption({QStringLiteral("name"), CliText::tr("Project name (default: the file name)."),
                          QStringLiteral("name")});
    if (const auto stop = cli.parse()) return *stop;
    if (parser.positionalArguments().size() != 1) {
        printErr(CliText::tr("project %1: give exactly one project file").arg(sub));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    if (sub == QLatin1String("create")) return projectCreate(parser, path);
    // info and verify only read: a read-only connection never checkpoints, rewrites or removes the WAL
    // of a project that the GUI or another command has open.
    auto store =
        openProject(path, project::ProjectStore::Access::ReadOnly, parser.isSet(QStringLiteral("json")));
    if (!store) return ExitUsage;
    if (sub == QLatin1String("log")) return projectLog(parser, *store);
    return sub == QLatin1String("info") ? projectInfo(parser, *store) : projectVerify(parser, *store);
}

int runExport(const CommandContext& context)
{
    CommandLine cli(context.arguments,
                    CliText::tr("Export a run: its spec, software versions and statistics as JSON, or "
                                "every record's score as CSV (attack,row,member,score)."),
                    CommandLine::Json::No);
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("project"), CliText::tr("The .privaudit project file."), QStringLiteral("file")},
        {QStringLiteral("run"), CliText::tr("Run id (see 'project info')."), QStringLiteral("id")},
        {QStringLiteral("format"), CliText::tr("json or csv (default json)."), QStringLiteral("format"),
         QStringLiteral("json")},
        {QStringLiteral("out"), CliText::tr("Write to this file instead of standard output."),
         QStringLiteral("file")},
    });
    if (const auto stop = cli.parse()) return *stop;
    bool ok = true;
    const auto runId = integerOption(parser, QStringLiteral("run"), true, &ok);
    if (!ok) return ExitUsage;
    if (!cli.require({QStringLiteral("project")})) return ExitUsage;
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        printErr(CliText::tr("--format must be json or csv, got '%1'").arg(format));
        return ExitUsage;
    }
    auto store =
        openProject(parser.value(QStringLiteral("project")), project::ProjectStore::Access::ReadOnly, true);
    if (!store) return ExitUsage;
    const project::ProjectStore::ReadSnapshot snapshot(*store); // the run, its results and scores as one
    const auto run = store->run(*runId);
    const auto results = store->results(*runId);
    if (!run || !results) {
        printErr(!run ? run.error() : results.error());
        return ExitUsage;
    }
    QByteArray bytes;
    if (format == QLatin1String("json")) {
        QJsonObject out = runJson(*run);
        QJsonArray list;
        for (const auto& r : *results) {
            QJsonObject o{{QStringLiteral("id"), qint64(r.id)},
                          {QStringLiteral("attack"), r.attack},
                          {QStringLiteral("variant"), r.variant},
                          {QStringLiteral("records"), qint64(r.records)},
                          {QStringLiteral("sha256"), r.sha256},
                          {QStringLiteral("metrics"), QJsonDocument::fromJson(r.metricsJson).object()}};
            list.append(o);
        }
        out[QStringLiteral("results")] = list;
        const auto models = store->models(*runId);
        if (models) {
            QJsonArray modelList;
            for (const auto& m : *models)
                modelList.append(QJsonObject{{QStringLiteral("name"), m.name},
                                             {QStringLiteral("kind"), m.kind},
                                             {QStringLiteral("spec"), m.spec},
                                             {QStringLiteral("sha256"), m.sha256},
                                             {QStringLiteral("dp"), m.dp}});
            out[QStringLiteral("models")] = modelList;
        }
        bytes = QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        bytes = "attack,row,member,score\n";
        for (const auto& r : *results) {
            const auto scores = store->scores(r.id);
            if (!scores) {
                printErr(scores.error());
                return ExitFailure;
            }
            const QByteArray attack = r.attack.toUtf8();
            for (std::size_t i = 0; i < scores->scores.size(); ++i) {
                bytes += attack;
                bytes += ',' + QByteArray::number(qint64(scores->rowIds[i])) + ',' +
                         (scores->members[i] ? "1" : "0") + ',';
                bytes += QByteArray::number(scores->scores[i], 'g', 17);
                bytes += '\n';
            }
        }
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        return ExitOk;
    }
    QSaveFile f(parser.value(QStringLiteral("out")));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        printErr(
            CliText::tr("cannot write '%1': %2").arg(parser.value(QStringLiteral("out")), f.errorString()));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace privaudit::cli

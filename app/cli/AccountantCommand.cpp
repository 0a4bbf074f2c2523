#include "CommandLine.h"
#include "Commands.h"
#include "dp/Calibration.h"
#include "dp/DpStatement.h"
#include "dp/PldAccountant.h"
#include "dp/RdpAccountant.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace privaudit::cli {

namespace {

enum class Mode
{
    Epsilon,
    Delta,
    Calibrate,
    Steps
};

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Epsilon:
        return QStringLiteral("epsilon");
    case Mode::Delta:
        return QStringLiteral("delta");
    case Mode::Calibrate:
        return QStringLiteral("calibrate");
    case Mode::Steps:
        return QStringLiteral("steps");
    }
    return {};
}

bool checkSamplingRate(double q)
{
    if (!(q > 0.0 && q <= 1.0)) {
        printErr(CliText::tr("--sampling-rate must be in (0, 1], got %1").arg(q));
        return false;
    }
    return true;
}

bool checkNoise(double sigma)
{
    if (!(sigma > 0.0) || !std::isfinite(sigma)) {
        printErr(CliText::tr("--noise-multiplier must be a positive number, got %1").arg(sigma));
        return false;
    }
    return true;
}

bool checkSteps(std::int64_t steps)
{
    if (steps < 1) {
        printErr(CliText::tr("--steps must be at least 1, got %1").arg(steps));
        return false;
    }
    return true;
}

bool checkDelta(double delta)
{
    if (!(delta > 0.0 && delta < 1.0)) {
        printErr(CliText::tr("--delta must be in (0, 1), got %1").arg(delta));
        return false;
    }
    return true;
}

bool checkEpsilon(double epsilon)
{
    if (!(epsilon > 0.0) || !std::isfinite(epsilon)) {
        printErr(CliText::tr("--epsilon must be a positive finite number, got %1").arg(epsilon));
        return false;
    }
    return true;
}

/// "--phase q:sigma:steps" (repeatable) builds a multi-phase history.
bool parsePhases(const QStringList& specs, dp::MechanismHistory* history)
{
    for (const QString& spec : specs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        bool okQ = false, okS = false, okT = false;
        if (parts.size() == 3) {
            const double q = parts[0].toDouble(&okQ);
            const double s = parts[1].toDouble(&okS);
            const qlonglong t = parts[2].toLongLong(&okT);
            if (okQ && okS && okT) {
                if (!checkSamplingRate(q) || !checkNoise(s) || !checkSteps(t)) return false;
                history->add({q, s, t});
                continue;
            }
        }
        printErr(CliText::tr("--phase must be SAMPLING_RATE:NOISE_MULTIPLIER:STEPS, got '%1'").arg(spec));
        return false;
    }
    return true;
}

QString fmt(double v, int precision = 6)
{
    return std::isfinite(v) ? QString::number(v, 'g', precision) : QStringLiteral("inf");
}

} // namespace

int runAccountant(const CommandContext& context)
{
    QStringList args = context.arguments;
    Mode mode = Mode::Epsilon;
    if (args.size() > 1 && !args[1].startsWith(QLatin1Char('-'))) {
        const QString sub = args[1];
        if (sub == QLatin1String("calibrate"))
            mode = Mode::Calibrate;
        else if (sub == QLatin1String("delta"))
            mode = Mode::Delta;
        else if (sub == QLatin1String("steps"))
            mode = Mode::Steps;
        else if (sub != QLatin1String("epsilon")) {
            printErr(CliText::tr("accountant: unknown subcommand '%1' (epsilon, delta, calibrate, steps)")
                         .arg(sub));
            return ExitUsage;
        }
        args.removeAt(1);
        args[0] += QLatin1Char(' ') + sub;
    }

    CommandLine cli(
        args,
        CliText::tr(
            "Differential-privacy accounting for DP-SGD (Poisson-subsampled Gaussian mechanism, "
            "add/remove-one "
            "adjacency, example level).\n"
            "  accountant [epsilon]  epsilon for --sampling-rate, --noise-multiplier, --steps, --delta\n"
            "  accountant delta      delta for --epsilon instead of --delta\n"
            "  accountant calibrate  noise multiplier for --epsilon, --sampling-rate, --steps, --delta\n"
            "  accountant steps      largest number of steps within --epsilon"));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("sampling-rate"),
         CliText::tr("Poisson sampling rate q in (0, 1]; 1 is the plain Gaussian mechanism."),
         QStringLiteral("q")},
        {QStringLiteral("noise-multiplier"),
         CliText::tr("Noise standard deviation / clipping norm (sigma > 0)."), QStringLiteral("sigma")},
        {QStringLiteral("steps"), CliText::tr("Number of training steps (>= 1)."), QStringLiteral("n")},
        {QStringLiteral("delta"), CliText::tr("Target delta in (0, 1)."), QStringLiteral("delta")},
        {QStringLiteral("epsilon"), CliText::tr("Target epsilon (delta, calibrate, steps)."),
         QStringLiteral("epsilon")},
        {QStringLiteral("phase"),
         CliText::tr("A training phase q:sigma:steps (repeatable) instead of the three options."),
         QStringLiteral("q:sigma:steps")},
        {QStringLiteral("accountant"),
         CliText::tr("rdp, pld or all (default: all; calibrate and steps: rdp)."), QStringLiteral("name")},
        {QStringLiteral("interval"), CliText::tr("PLD discretisation interval (default 1e-4)."),
         QStringLiteral("x"), QStringLiteral("1e-4")},
        {QStringLiteral("orders"),
         CliText::tr("RDP orders, comma-separated, each > 1 (default: dp_accounting's grid)."),
         QStringLiteral("list")},
        {QStringLiteral("conversion"), CliText::tr("RDP to (epsilon, delta): improved (default) or classic."),
         QStringLiteral("name"), QStringLiteral("improved")},
        {QStringLiteral("tolerance"), CliText::tr("Calibration epsilon tolerance (default 0.01)."),
         QStringLiteral("x"), QStringLiteral("0.01")},
        {QStringLiteral("statement"), CliText::tr("Also print the plain-language DP statement.")},
    });
    if (const auto stop = cli.parse()) return *stop;
    const bool json = parser.isSet(QStringLiteral("json"));

    // Which accountants.
    QString accountantText = parser.value(QStringLiteral("accountant")).trimmed().toLower();
    if (accountantText.isEmpty())
        accountantText =
            (mode == Mode::Epsilon || mode == Mode::Delta) ? QStringLiteral("all") : QStringLiteral("rdp");
    std::vector<dp::AccountantKind> kinds;
    if (accountantText == QLatin1String("all") && (mode == Mode::Epsilon || mode == Mode::Delta)) {
        kinds = {dp::AccountantKind::Rdp, dp::AccountantKind::Pld};
    } else {
        dp::AccountantKind kind{};
        if (!dp::parseAccountantKind(accountantText, &kind)) {
            printErr(
                CliText::tr("--accountant must be rdp, pld%1, got '%2'")
                    .arg(mode == Mode::Epsilon || mode == Mode::Delta ? CliText::tr(" or all") : QString(),
                         accountantText));
            return ExitUsage;
        }
        kinds = {kind};
    }
    const QString conversionText = parser.value(QStringLiteral("conversion")).toLower();
    if (conversionText != QLatin1String("improved") && conversionText != QLatin1String("classic")) {
        printErr(CliText::tr("--conversion must be improved or classic, got '%1'").arg(conversionText));
        return ExitUsage;
    }
    const auto conversion = conversionText == QLatin1String("classic")
                                ? dp::RdpAccountant::Conversion::Classic
                                : dp::RdpAccountant::Conversion::Improved;
    std::vector<double> orders = dp::RdpAccountant::defaultOrders();
    if (parser.isSet(QStringLiteral("orders"))) {
        orders.clear();
        for (const QString& item :
             parser.value(QStringLiteral("orders")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool parsed = false;
            const double a = item.trimmed().toDouble(&parsed);
            if (!parsed || !(a > 1.0) || !std::isfinite(a)) {
                printErr(
                    CliText::tr("--orders: every order must be a number greater than 1, got '%1'").arg(item));
                return ExitUsage;
            }
            orders.push_back(a);
        }
        if (orders.empty()) {
            printErr(CliText::tr("--orders: no order given"));
            return ExitUsage;
        }
    }
    const dp::RdpAccountant rdpAccountant(orders);

    // Numbers.
    bool ok = true;
    const bool usesPhases = parser.isSet(QStringLiteral("phase"));
    const bool needsSigma = mode != Mode::Calibrate;
    const bool needsSteps = mode != Mode::Steps;
    const bool needsDelta = mode != Mode::Delta;
    const bool needsEpsilon = mode != Mode::Epsilon;
    const auto q = numberOption(parser, QStringLiteral("sampling-rate"), !usesPhases, &ok);
    const auto sigma =
        numberOption(parser, QStringLiteral("noise-multiplier"), needsSigma && !usesPhases, &ok);
    const auto steps = integerOption(parser, QStringLiteral("steps"), needsSteps && !usesPhases, &ok);
    const auto delta = numberOption(parser, QStringLiteral("delta"), needsDelta, &ok);
    const auto epsilon = numberOption(parser, QStringLiteral("epsilon"), needsEpsilon, &ok);
    const auto interval = numberOption(parser, QStringLiteral("interval"), false, &ok);
    const auto tolerance = numberOption(parser, QStringLiteral("tolerance"), false, &ok);
    if (!ok) return ExitUsage;
    if ((q && !checkSamplingRate(*q)) || (sigma && !checkNoise(*sigma)) || (steps && !checkSteps(*steps)) ||
        (needsDelta && !checkDelta(*delta)) || (needsEpsilon && !checkEpsilon(*epsilon)))
        return ExitUsage;
    const double pldInterval = interval.value_or(1e-4);
    // Below 1e-6 the discretised loss grid of a long composition needs more memory than a workstation has.
    if (!(pldInterval >= 1e-6 && pldInterval <= 0.1)) {
        printErr(CliText::tr("--interval must be in [1e-6, 0.1], got %1").arg(pldInterval));
        return ExitUsage;
    }
    const double tol = tolerance.value_or(0.01);
    if (!(tol > 0.0 && tol < 1.0)) {
        printErr(CliText::tr("--tolerance must be in (0, 1), got %1").arg(tol));
        return ExitUsage;
    }
    if (usesPhases && (mode == Mode::Calibrate || mode == Mode::Steps)) {
        printErr(CliText::tr("--phase cannot be combined with 'accountant %1'").arg(modeName(mode)));
        return ExitUsage;
    }

    dp::MechanismHistory history;
    if (usesPhases) {
        if (!parsePhases(parser.values(QStringLiteral("phase")), &history)) return ExitUsage;
    } else if (mode == Mode::Epsilon || mode == Mode::Delta) {
        history = dp::MechanismHistory::poissonGaussian(*q, *sigma, *steps);
    }
    const dp::AccountingOptions options{pldInterval};

    QJsonArray results;
    QStringList lines;
    for (const dp::AccountantKind kind : kinds) {
        const QString name = dp::accountantName(kind);
        QJsonObject r{{QStringLiteral("accountant"), name}};
        if (mode == Mode::Epsilon) {
            if (kind == dp::AccountantKind::Rdp) {
                const auto e = rdpAccountant.epsilon(history, *delta, conversion);
                r[QStringLiteral("epsilon")] = jsonNumber(e.epsilon);
                r[QStringLiteral("optimal_order")] = e.optimalOrder;
                r[QStringLiteral("conversion")] = conversionText;
                lines << CliText::tr("RDP: epsilon = %1 at delta = %2 (optimal order %3, %4 conversion)")
                             .arg(fmt(e.epsilon), fmt(*delta), fmt(e.optimalOrder), conversionText);
            } else {
                const double e = dp::PldAccountant(pldInterval).epsilon(history, *delta);
                r[QStringLiteral("epsilon")] = jsonNumber(e);
                r[QStringLiteral("interval")] = pldInterval;
                lines << CliText::tr("PLD: epsilon = %1 at delta = %2 (interval %3)")
                             .arg(fmt(e), fmt(*delta), fmt(pldInterval));
            }
            r[QStringLiteral("delta")] = *delta;
        } else if (mode == Mode::Delta) {
            const double d = kind == dp::AccountantKind::Rdp
                                 ? rdpAccountant.delta(history, *epsilon)
                                 : dp::PldAccountant(pldInterval).delta(history, *epsilon);
            r[QStringLiteral("epsilon")] = *epsilon;
            r[QStringLiteral("delta")] = d;
            lines << CliText::tr("%1: delta = %2 at epsilon = %3").arg(name.toUpper(), fmt(d), fmt(*epsilon));
        } else if (mode == Mode::Calibrate) {
            const auto cal = dp::calibrateNoiseMultiplier(kind, *epsilon, *delta, *q, *steps, tol, options);
            if (!cal) {
                printErr(cal.error());
                return ExitFailure;
            }
            r[QStringLiteral("noise_multiplier")] = cal->noiseMultiplier;
            r[QStringLiteral("epsilon")] = cal->epsilon;
            r[QStringLiteral("target_epsilon")] = *epsilon;
            r[QStringLiteral("delta")] = *delta;
            lines << CliText::tr("%1: noise multiplier %2 gives epsilon = %3 (target %4) at delta = %5")
                         .arg(name.toUpper(), fmt(cal->noiseMultiplier), fmt(cal->epsilon, 4), fmt(*epsilon),
                              fmt(*delta));
            history = dp::MechanismHistory::poissonGaussian(*q, cal->noiseMultiplier, *steps);
        } else {
            const auto budget = dp::maxStepsForBudget(kind, *epsilon, *delta, *q, *sigma, options);
            if (!budget) {
                printErr(budget.error());
                return ExitFailure;
            }
            r[QStringLiteral("steps")] = static_cast<qint64>(budget->steps);
            r[QStringLiteral("steps_beyond_search")] = budget->beyondCap;
            r[QStringLiteral("epsilon")] = budget->epsilon;
            r[QStringLiteral("target_epsilon")] = *epsilon;
            r[QStringLiteral("delta")] = *delta;
            if (budget->beyondCap)
                lines << CliText::tr("%1: more than %2 steps stay within epsilon = %3 (%2 steps reach %4) at "
                                     "delta = %5; "
                                     "the search stops there")
                             .arg(name.toUpper(), QString::number(budget->steps), fmt(*epsilon),
                                  fmt(budget->epsilon, 4), fmt(*delta));
            else
                lines << CliText::tr(
                             "%1: at most %2 steps stay within epsilon = %3 (reaching %4) at delta = %5")
                             .arg(name.toUpper(), QString::number(budget->steps), fmt(*epsilon),
                                  fmt(budget->epsilon, 4), fmt(*delta));
            history =
                dp::MechanismHistory::poissonGaussian(*q, *sigma, std::max<std::int64_t>(1, budget->steps));
        }
        results.append(r);
    }

    QString statement;
    if (parser.isSet(QStringLiteral("statement")) && needsDelta) {
        dp::DpStatementInput in;
        in.history = history;
        in.delta = *delta;
        in.accountant = dp::accountantName(kinds.back());
        in.epsilon = results.last().toObject()[QStringLiteral("epsilon")].toDouble(INFINITY);
        if (results.size() == 2) {
            in.rdpEpsilon = results[0].toObject()[QStringLiteral("epsilon")].toDouble(INFINITY);
            in.pldEpsilon = results[1].toObject()[QStringLiteral("epsilon")].toDouble(INFINITY);
        }
        statement = dp::DpStatement::text(in);
    }

    if (json) {
        if (results.size() == 1) {
            QJsonObject only = results[0].toObject();
            if (!statement.isEmpty()) only[QStringLiteral("statement")] = statement;
            printJson(only);
        } else {
            printJson(results);
        }
    } else {
        for (const QString& line : lines)
            printOut(line);
        if (!statement.isEmpty()) printOut(QLatin1Char('\n') + statement);
    }
    return ExitOk;
}

} // namespace privaudit::cli

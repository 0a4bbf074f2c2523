// Data minimisation (issue 18): each generalisation gives the values computed by hand, the new version
// reads back as the same table, the re-identification risk falls as it must, and bad steps are named.
#include "../common/CsvTable.h"
#include "data/CsvImporter.h"
#include "governance/Minimisation.h"
#include "governance/ReidentificationRisk.h"

#include <QtTest>

using namespace privaudit;
using namespace privaudit::governance;
using privaudit::test::importCsv;

namespace {

std::vector<MinimisationStep> steps(const QStringList& specs)
{
    std::vector<MinimisationStep> out;
    for (const QString& s : specs) {
        auto step = MinimisationStep::parse(s);
        if (!step) qFatal("%s", qPrintable(step.error()));
        out.push_back(*step);
    }
    return out;
}

QStringList columnText(const data::DataTable& t, const char* column)
{
    QStringList out;
    const int c = t.indexOf(QLatin1String(column));
    if (c < 0) qFatal("no column %s", column);
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        out << t.column(std::size_t(c)).text(r);
    return out;
}

const QByteArray kPeople = "name,dob,age,postcode,income,note\n"
                           "Ann Lee,1980-03-04,44,SW1A 1AA,52000,\"a, b\"\n"
                           "Bob Ray,04.05.1975,49,SW1A 2BB,250000,x\n"
                           "Cem Oz,12/31/1990,33,EC1V 9XX,18000,y\n"
                           "Dana Ko,1991-07-01,33,EC1V 7YY,,z\n"
                           "Eve Sol,,58,W1D 3QQ,91000,w\n";

} // namespace

class TestMinimisation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndSpecRoundTrip()
    {
        for (const char* spec : {"age=bin:10", "dob=year", "postcode=truncate:3", "income=top:100000",
                                 "income=bottom:20000", "name=drop", "score=bin:0.5"}) {
            const auto step = MinimisationStep::parse(QLatin1String(spec));
            QVERIFY2(step, spec);
            QCOMPARE(step->spec(), QLatin1String(spec));
        }
        QCOMPARE(MinimisationStep::parse(QStringLiteral("a=b=bin:5"))->column, QStringLiteral("a=b"));
        for (const char* bad : {"age", "age=bin:0", "age=bin:-3", "age=bin:x", "zip=truncate:0",
                                "x=top:", "x=round:2", "x=drop:1"})
            QVERIFY2(!MinimisationStep::parse(QLatin1String(bad)), bad);
        QVERIFY(
            MinimisationStep::parse(QStringLiteral("x=round:2")).error().contains(QLatin1String("'round'")));
    }

    void stepsGiveTheHandComputedValues()
    {
        const auto t = importCsv(kPeople);
        const auto m = Minimisation::apply(
            t, steps({QStringLiteral("name=drop"), QStringLiteral("dob=year"), QStringLiteral("age=bin:10"),
                      QStringLiteral("postcode=truncate:4"), QStringLiteral("income=top:100000")}));
        QVERIFY2(m, m ? "" : qPrintable(m.error()));
        const data::DataTable& out = m->table;
        QCOMPARE(out.columnNames(),
                 (QStringList{QStringLiteral("dob"), QStringLiteral("age"), QStringLiteral("postcode"),
                              QStringLiteral("income"), QStringLiteral("note")}));
        // ISO, German and US order; a missing date stays missing.
        QCOMPARE(columnText(out, "dob"),
                 (QStringList{QStringLiteral("1980"), QStringLiteral("1975"), QStringLiteral("1990"),
                              QStringLiteral("1991"), QString()}));
        QCOMPARE(columnText(out, "age"), (QStringList{QStringLiteral("[40, 50)"), QStringLiteral("[40, 50)"),
                                                      QStringLiteral("[30, 40)"), QStringLiteral("[30, 40)"),
                                                      QStringLiteral("[50, 60)")}));
        QCOMPARE(columnText(out, "postcode"),
                 (QStringList{QStringLiteral("SW1A*"), QStringLiteral("SW1A*"), QStringLiteral("EC1V*"),
                              QStringLiteral("EC1V*"), QStringLiteral("W1D*")}));
        QCOMPARE(out.column(std::size_t(out.indexOf(QStringLiteral("income")))).numbers[1], 100000.0);
        QCOMPARE(columnText(out, "note").front(), QStringLiteral("a, b")); // quoting survives the round trip
        const auto& changes = m->changes;
        QCOMPARE(changes.size(), std::size_t(5));
        QCOMPARE(changes[0].step, QStringLiteral("name=drop"));
        QCOMPARE(changes[0].distinctBefore, 5);
        QCOMPARE(changes[2].column, QStringLiteral("age"));
        QCOMPARE(changes[2].distinctBefore, 4);
        QCOMPARE(changes[2].distinctAfter, 3);
        QCOMPARE(changes[4].cellsChanged, 1); // one income above the limit
        QCOMPARE(changes[1].cellsChanged, 4); // four dates, one missing

        const auto bottom = Minimisation::apply(t, steps({QStringLiteral("income=bottom:20000")}));
        QCOMPARE(
            bottom->table.column(std::size_t(bottom->table.indexOf(QStringLiteral("income")))).numbers[2],
            20000.0);
    }

    void riskFallsAsComputedByHand()
    {
        // Ages 31..36 and two sexes: every record unique on (age, sex). Binned by 10: classes (30s, F) and
        // (30s, M) of 3 each, so k goes from 1 to 3 and the highest prosecutor risk from 1 to 1/3.
        const auto t = importCsv("age,sex\n31,F\n32,M\n33,F\n34,M\n35,F\n36,M\n");
        RiskOptions options;
        options.quasiIdentifiers = {QStringLiteral("age"), QStringLiteral("sex")};
        const auto before = ReidentificationRisk::compute(t, options);
        QCOMPARE(before->kAnonymity, 1);
        const auto m = Minimisation::apply(t, steps({QStringLiteral("age=bin:10")}));
        QVERIFY(m);
        const auto after = ReidentificationRisk::compute(m->table, options);
        QVERIFY2(after, after ? "" : qPrintable(after.error()));
        QCOMPARE(after->kAnonymity, 3);
        QCOMPARE(after->prosecutor.highest, 1.0 / 3.0);
        QCOMPARE(after->sampleUniques, 0);
    }

    void badStepsAreNamed()
    {
        const auto t = importCsv(kPeople);
        QVERIFY(Minimisation::apply(t, steps({QStringLiteral("town=drop")}))
                    .error()
                    .contains(QLatin1String("'town'")));
        QVERIFY(Minimisation::apply(t, steps({QStringLiteral("name=bin:5")}))
                    .error()
                    .contains(QLatin1String("not numeric")));
        QVERIFY(Minimisation::apply(t, steps({QStringLiteral("name=year")}))
                    .error()
                    .contains(QLatin1String("Ann Lee")));
        QVERIFY(Minimisation::apply(t, steps({QStringLiteral("age=year")}))
                    .error()
                    .contains(QLatin1String("numbers")));
        QVERIFY(Minimisation::apply(t, steps({QStringLiteral("age=drop"), QStringLiteral("age=bin:5")}))
                    .error()
                    .contains(QLatin1String("more than one")));
        QVERIFY(Minimisation::apply(importCsv("a,b\n1,2\n"),
                                    steps({QStringLiteral("a=drop"), QStringLiteral("b=drop")}))
                    .error()
                    .contains(QLatin1String("Every column")));
    }
};

QTEST_GUILESS_MAIN(TestMinimisation)
#include "tst_minimisation.moc"

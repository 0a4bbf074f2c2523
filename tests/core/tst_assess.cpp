// Rule packs, AI Act classification, likelihood suggestions and the assessment's storage and exports.
#include "assess/Assessment.h"
#include "common/Translations.h"
#include "project/ProjectStore.h"
#include "ScopedLanguage.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace privaudit;
using namespace privaudit::assess;

namespace {

std::vector<RulePack> packs()
{
    auto p = RulePack::builtIn();
    if (!p) qFatal("%s", qPrintable(p.error()));
    return *p;
}

Classification classify(const QMap<QString, QString>& answers,
                        const QString& role = QStringLiteral("provider"))
{
    ClassificationInput input;
    input.role = role;
    input.answers = answers;
    input.answers.insert(QStringLiteral("AIA-SCOPE-01"), QStringLiteral("yes"));
    input.today = QDate(2026, 11, 24);
    return Classification::classify(input, packs());
}

const ApplicableObligation* obligation(const Classification& c, const QString& id)
{
    for (const auto& o : c.obligations)
        if (o.itemId == id) return &o;
    return nullptr;
}

QByteArray packWithItem(const QByteArray& itemJson)
{
    return R"({"format": "privaudit.rulepack", "format_version": 1, "id": "t", "title": "T", "version": "1", "items": [
        {"id": "OK-1", "group": "G", "article": "A", "question": "Q?", "applies_to": ["all"], "answers": ["yes", "no"], "source": "S"},
        )" +
           itemJson + "]}";
}

} // namespace

class TestAssess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInPacksValidate()
    {
        const auto p = packs();
        QCOMPARE(p.size(), std::size_t(4));
        int items = 0;
        for (const RulePack& pack : p) {
            QVERIFY(!pack.version.isEmpty());
            for (const RuleItem& item : pack.items) {
                ++items;
                QVERIFY2(!item.source.isEmpty(), qPrintable(item.id));
                QCOMPARE(item.answers, (QStringList{QStringLiteral("yes"), QStringLiteral("no"),
                                                    QStringLiteral("partial"), QStringLiteral("n.a.")}));
            }
        }
        QVERIFY(items > 80);
        // Both dates per obligation: Annex III moved from 2 Aug 2026 to 2 Dec 2027, Annex I to 2 Aug 2028.
        const RuleItem* art9 = findItem(p, QStringLiteral("AIA-ART9"));
        QCOMPARE(*art9->appliesFrom->original, QDate(2026, 8, 2));
        QCOMPARE(art9->appliesFrom->amended, QDate(2027, 12, 2));
        QCOMPARE(art9->appliesFromAnnexI->amended, QDate(2028, 8, 2));
        const RuleItem* nudify = findItem(p, QStringLiteral("AIA-ART5-BA"));
        QCOMPARE(nudify->appliesFrom->amended, QDate(2026, 12, 2));
        QVERIFY(!nudify->appliesFrom->original.has_value()); // created by the 2026 amendment
        QVERIFY(findItem(p, QStringLiteral("GDPR-ANON-EDPB")));
        QVERIFY(findItem(p, QStringLiteral("NIST-MEASURE")));
        QCOMPARE(findItem(p, QStringLiteral("RISK-MIA"))->linksRuns, QStringLiteral("membership-inference"));
    }

    void malformedPacksNameTheItem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("foreign") << QByteArray(R"({"format": "other"})")
                                 << QStringLiteral("not a PrivAudit rule pack");
        QTest::newRow("future") << QByteArray(R"({"format": "privaudit.rulepack", "format_version": 2})")
                                << QStringLiteral("format version 2");
        QTest::newRow("unknown field")
            << packWithItem(
                   R"({"id": "BAD-1", "group": "G", "article": "A", "question": "Q?", "applies_to": ["all"], "answers": ["yes"], "source": "S", "colour": "red"})")
            << QStringLiteral("item BAD-1: unknown field 'colour'");
        QTest::newRow("no question")
            << packWithItem(
                   R"({"id": "BAD-2", "group": "G", "article": "A", "applies_to": ["all"], "answers": ["yes"], "source": "S"})")
            << QStringLiteral("item BAD-2: 'question'");
        QTest::newRow("bad answer")
            << packWithItem(
                   R"({"id": "BAD-3", "group": "G", "article": "A", "question": "Q?", "applies_to": ["all"], "answers": ["maybe"], "source": "S"})")
            << QStringLiteral("item BAD-3: answer 'maybe'");
        QTest::newRow("bad date")
            << packWithItem(
                   R"({"id": "BAD-4", "group": "G", "article": "A", "question": "Q?", "applies_to": ["all"], "answers": ["yes"], "source": "S", "applies_from": {"original": null, "amended": "2027-13-45"}})")
            << QStringLiteral("item BAD-4: 'applies_from.amended'");
        QTest::newRow("duplicate")
            << packWithItem(
                   R"({"id": "OK-1", "group": "G", "article": "A", "question": "Q?", "applies_to": ["all"], "answers": ["yes"], "source": "S"})")
            << QStringLiteral("item OK-1: the id is used twice");
        QTest::newRow("no id") << packWithItem(R"({"group": "G"})") << QStringLiteral("item number 2");
        QTest::newRow("bad condition")
            << packWithItem(
                   R"({"id": "BAD-5", "group": "G", "article": "A", "question": "Q?", "applies_to": ["all"], "answers": ["yes"], "source": "S", "applicable_when": "tuesdays"})")
            << QStringLiteral("item BAD-5: applicable_when 'tuesdays'");
    }

    void malformedPacksNameTheItem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto pack = RulePack::parse(json, QStringLiteral("test.json"));
        QVERIFY(!pack);
        QVERIFY2(pack.error().contains(expected), qPrintable(pack.error()));
        QVERIFY(pack.error().contains(QLatin1String("test.json")));
    }

    void rulePacksReadInGermanAndFrench()
    {
        const auto english = packs();
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            const auto local = RulePack::builtIn(language);
            QVERIFY2(local, qPrintable(local ? QString() : local.error()));
            QCOMPARE(local->size(), english.size());
            for (std::size_t p = 0; p < english.size(); ++p) {
                const RulePack& en = english[p];
                const RulePack& tr = (*local)[p];
                QCOMPARE(tr.id, en.id);
                QCOMPARE(tr.version, en.version);
                QVERIFY(tr.title != en.title);
                QCOMPARE(tr.items.size(), en.items.size());
                for (std::size_t i = 0; i < en.items.size(); ++i) {
                    // Only the words change: ids, articles, answers, dates and conditions are the pack's.
                    QCOMPARE(tr.items[i].id, en.items[i].id);
                    QCOMPARE(tr.items[i].article, en.items[i].article);
                    QCOMPARE(tr.items[i].answers, en.items[i].answers);
                    QCOMPARE(tr.items[i].applicableWhen, en.items[i].applicableWhen);
                    QCOMPARE(tr.items[i].appliesFrom.has_value(), en.items[i].appliesFrom.has_value());
                    QVERIFY2(tr.items[i].question != en.items[i].question, qPrintable(en.items[i].id));
                }
            }
        }
        const auto german = RulePack::builtIn(QStringLiteral("de"));
        QVERIFY(findItem(*german, QStringLiteral("GDPR-ART6"))
                    ->question.contains(QStringLiteral("Rechtsgrundlage")));
        QVERIFY(findItem(*german, QStringLiteral("GDPR-ART6"))->group == QStringLiteral("DSGVO"));
        // The classification reads ids and answers, so it is the same in every language.
        ClassificationInput input;
        input.role = QStringLiteral("provider");
        input.answers = {{QStringLiteral("AIA-SCOPE-01"), QStringLiteral("yes")},
                         {QStringLiteral("AIA-ART6-2-A5"), QStringLiteral("yes")}};
        input.today = QDate(2026, 11, 24);
        const Classification en = Classification::classify(input, english);
        const Classification de = Classification::classify(input, *german);
        QCOMPARE(de.tiers, en.tiers);
        QCOMPARE(de.obligations.size(), en.obligations.size());
        for (std::size_t i = 0; i < en.obligations.size(); ++i) {
            QCOMPARE(de.obligations[i].itemId, en.obligations[i].itemId);
            QCOMPARE(de.obligations[i].date, en.obligations[i].date);
        }
        // Without a translator the interface language is English, and so are the packs.
        QCOMPARE(RulePack::builtIn()->front().title, english.front().title);
        {
            testing::ScopedLanguage language(QStringLiteral("fr"));
            QCOMPARE(interfaceLanguage(), QStringLiteral("fr"));
            QCOMPARE(RulePack::builtIn()->front().title,
                     (*RulePack::builtIn(QStringLiteral("fr"))).front().title);
        }
        QCOMPARE(interfaceLanguage(), QStringLiteral("en"));
    }

    void badRulePackTranslationsNameTheProblem_data()
    {
        // The shipped German GDPR file, broken one thing at a time.
        QFile f(QStringLiteral(":/rulepacks/i18n/gdpr.de.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject good = QJsonDocument::fromJson(f.readAll()).object();
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        auto with = [&](const std::function<void(QJsonObject&)>& change) {
            QJsonObject o = good;
            change(o);
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("shipped") << QJsonDocument(good).toJson() << QString();
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("other version")
            << with([](QJsonObject& o) { o[QStringLiteral("pack_version")] = QStringLiteral("2018/1725"); })
            << QStringLiteral("not for gdpr version 2016/679");
        QTest::newRow("missing question") << with([](QJsonObject& o) {
            QJsonObject q = o[QStringLiteral("questions")].toObject();
            q.remove(QStringLiteral("GDPR-ART9"));
            o[QStringLiteral("questions")] = q;
        }) << QStringLiteral("no question for item GDPR-ART9");
        QTest::newRow("unknown item") << with([](QJsonObject& o) {
            QJsonObject q = o[QStringLiteral("questions")].toObject();
            q.insert(QStringLiteral("GDPR-ART99"), QStringLiteral("?"));
            o[QStringLiteral("questions")] = q;
        }) << QStringLiteral("names item GDPR-ART99");
        QTest::newRow("changed article") << with([](QJsonObject& o) {
            QJsonObject q = o[QStringLiteral("questions")].toObject();
            q[QStringLiteral("GDPR-ART6")] =
                QString(q[QStringLiteral("GDPR-ART6")].toString() + QStringLiteral(" (Art 7)"));
            o[QStringLiteral("questions")] = q;
        }) << QStringLiteral("item GDPR-ART6: the question cites Art 7");
        QTest::newRow("missing group")
            << with([](QJsonObject& o) { o[QStringLiteral("groups")] = QJsonObject(); })
            << QStringLiteral("no heading for the group 'GDPR'");
    }

    void badRulePackTranslationsNameTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto pack = RulePack::translated(packs()[1], json, QStringLiteral("gdpr.xx.json"));
        if (expected.isEmpty()) {
            QVERIFY2(pack, qPrintable(pack ? QString() : pack.error()));
            return;
        }
        QVERIFY(!pack);
        QVERIFY2(pack.error().contains(expected), qPrintable(pack.error()));
        QVERIFY(pack.error().contains(QLatin1String("gdpr.xx.json")));
    }

    void suggestionReasonsReadInTheReadersLanguage()
    {
        AttackEvidence e;
        e.attack = QStringLiteral("lira");
        e.runId = 7;
        e.auc = 0.734;
        e.tprAtLowFpr = 0.0123;
        e.epsilonLowerBound = 1.5;
        e.accountantEpsilon = std::numeric_limits<double>::infinity();
        const Suggestion s =
            RiskMatrix::suggestLikelihood({e}, LikelihoodThresholds{}, QStringLiteral("weights-published"));
        QVERIFY(s.reasons.size() >= 2);
        const QString english = s.reasons.front().text();
        QVERIFY2(
            english.startsWith(QStringLiteral("Worst measurement: LiRA on run 7 (AUC 0.734, TPR at 0.1% FPR "
                                              "0.0123, empirical epsilon >= 1.50)")),
            qPrintable(english));
        MatrixCell cell;
        cell.threat = QStringLiteral("membership-inference");
        cell.stage = QStringLiteral("deployment");
        cell.suggestionReasons = s.reasons;
        const QJsonObject stored = cell.toJson();
        QCOMPARE(stored.value(QStringLiteral("suggestion")).toArray().first().toString(), english);
        // Written in an English session, read in a German one and a French one.
        const MatrixCell read = MatrixCell::fromJson(stored);
        QCOMPARE(read.suggestionReasons, s.reasons);
        {
            testing::ScopedLanguage language(QStringLiteral("de"));
            const QString german = read.suggestionReasons.front().text();
            QVERIFY2(
                german.startsWith(QStringLiteral("Ungünstigste Messung: LiRA in Lauf 7 (AUC 0,734, TPR bei "
                                                 "0,1 % FPR 0,0123, empirisches Epsilon >= 1,50)")),
                qPrintable(german));
            QVERIFY2(read.suggestionReasons[1].text().contains(QStringLiteral("eine Stufe höher")),
                     qPrintable(read.suggestionReasons[1].text()));
        }
        {
            testing::ScopedLanguage language(QStringLiteral("fr"));
            const QString french = read.suggestionReasons.front().text();
            QVERIFY2(french.contains(QStringLiteral("0,734")) && french.contains(QStringLiteral("1,50")) &&
                         !french.contains(QStringLiteral("Worst")),
                     qPrintable(french));
        }
        QCOMPARE(read.suggestionReasons.front().text(), english);
        // Cells stored before the stored form keep their text as it was.
        QJsonObject legacy = stored;
        legacy.remove(QStringLiteral("suggestion_stored"));
        legacy[QStringLiteral("suggestion")] = QJsonArray{QStringLiteral("Old reason, AUC 0.71.")};
        testing::ScopedLanguage language(QStringLiteral("de"));
        QCOMPARE(texts(MatrixCell::fromJson(legacy).suggestionReasons),
                 QStringList{QStringLiteral("Old reason, AUC 0.71.")});
    }

    void creditScoringIsHighRisk()
    {
        const auto c = classify({{QStringLiteral("AIA-ART6-2-A5"), QStringLiteral("yes")}});
        QVERIFY(c.highRisk);
        QCOMPARE(c.tiers, QStringList{QStringLiteral("high-risk")});
        QCOMPARE(c.highRiskRoute, QStringLiteral("annex-iii"));
        const auto* art9 = obligation(c, QStringLiteral("AIA-ART9"));
        QVERIFY(art9);
        QCOMPARE(art9->date, QDate(2027, 12, 2));
        QVERIFY2(art9->status.contains(QLatin1String("in 373 days")) &&
                     art9->status.contains(QLatin1String("2026-08-02")),
                 qPrintable(art9->status));
        // Deployers of credit scoring owe a FRIA; providers do not.
        QVERIFY(!obligation(c, QStringLiteral("AIA-ART27")));
        QVERIFY(obligation(
            classify({{QStringLiteral("AIA-ART6-2-A5"), QStringLiteral("yes")}}, QStringLiteral("deployer")),
            QStringLiteral("AIA-ART27")));
    }

    void chatbotHasTransparencyDuties()
    {
        const auto c = classify({{QStringLiteral("AIA-ART50-1-FACT"), QStringLiteral("yes")}});
        QVERIFY(!c.highRisk && !c.prohibited);
        QCOMPARE(c.tiers, QStringList{QStringLiteral("transparency")});
        const auto* disclose = obligation(c, QStringLiteral("AIA-ART50-1"));
        QVERIFY(disclose);
        QVERIFY(disclose->status.contains(QLatin1String("applies since 2026-08-02")));
        QVERIFY(!obligation(c, QStringLiteral("AIA-ART50-2")));
    }

    void employeeEmotionRecognitionIsProhibited()
    {
        const auto c = classify({{QStringLiteral("AIA-ART5-F"), QStringLiteral("yes")},
                                 {QStringLiteral("AIA-ART6-2-A1"), QStringLiteral("yes")}});
        QVERIFY(c.prohibited);
        QCOMPARE(c.tiers.first(), QStringLiteral("prohibited"));
        QCOMPARE(c.blockers.size(), 1);
        QVERIFY(c.blockers.first().contains(QLatin1String("Art 5(1)(f)")));
        // "partial" is a blocker too.
        QVERIFY(classify({{QStringLiteral("AIA-ART5-C"), QStringLiteral("partial")}}).prohibited);
    }

    void spamFilterIsMinimal()
    {
        // Minimal risk only when every relevant screening question is answered.
        QMap<QString, QString> allNo;
        for (const auto& pack : packs())
            for (const auto& item : pack.items)
                if (item.kind == QLatin1String("screening") && item.id != QLatin1String("AIA-SCOPE-01"))
                    allNo.insert(item.id, QStringLiteral("no"));
        const auto c = classify(allNo);
        QVERIFY(!c.provisional);
        QVERIFY(c.unanswered.isEmpty());
        QCOMPARE(c.tiers, QStringList{QStringLiteral("minimal")});
        QVERIFY(obligation(c, QStringLiteral("AIA-ART4"))); // AI literacy still applies
        QVERIFY(!obligation(c, QStringLiteral("AIA-ART9")));
        const auto out = Classification::classify(
            ClassificationInput{QStringLiteral("provider"),
                                {{QStringLiteral("AIA-SCOPE-01"), QStringLiteral("no")}},
                                QDate(2026, 11, 24)},
            packs());
        QCOMPARE(out.tiers, QStringList{QStringLiteral("out-of-scope")});
        QVERIFY(!obligation(out, QStringLiteral("AIA-ART4")));
        QVERIFY(obligation(out, QStringLiteral("GDPR-ART32"))); // GDPR does not depend on the AI Act
    }

    void unansweredIsNotNo()
    {
        // Two answers of 29 relevant screening questions: nothing is "minimal", nothing "no prohibited
        // practice".
        const auto c = classify({{QStringLiteral("AIA-ART5-A"), QStringLiteral("no")},
                                 {QStringLiteral("AIA-ART6-1"), QStringLiteral("no")}});
        QVERIFY(c.provisional);
        QCOMPARE(c.tiers, QStringList{QStringLiteral("provisional")});
        // Relevant: 29 AI Act screening items less the two Art 6(3) ones (no Annex III area) and systemic
        // risk (no GPAI model), plus GDPR-PD: 27; answered: scope, Art 5(a), Art 6(1).
        QCOMPARE(c.screeningTotal, 27);
        QCOMPARE(c.unanswered.size(), 24);
        QVERIFY2(c.tierText().contains(QLatin1String("provisional: 24 of 27 screening questions unanswered")),
                 qPrintable(c.tierText()));
        QVERIFY(!c.tierText().contains(QLatin1String("minimal")));
        for (const auto& r : c.reasoning) {
            QVERIFY2(!r.text.startsWith(QLatin1String("No prohibited practice")), qPrintable(r.text));
            QVERIFY2(!r.text.startsWith(QLatin1String("Minimal risk")), qPrintable(r.text));
        }
        // Nothing answered at all, not even the scope: no "in scope" either.
        const auto none = Classification::classify(
            ClassificationInput{QStringLiteral("provider"), {}, QDate(2026, 11, 24)}, packs());
        QVERIFY(none.provisional);
        for (const auto& r : none.reasoning)
            QVERIFY2(!r.text.startsWith(QLatin1String("In scope")), qPrintable(r.text));
        // An established tier stays established, and still says it is provisional.
        const auto credit = classify({{QStringLiteral("AIA-ART6-2-A5"), QStringLiteral("yes")}});
        QVERIFY(credit.provisional && credit.highRisk);
        QVERIFY2(credit.tierText().contains(QLatin1String("high-risk")) &&
                     credit.tierText().contains(QLatin1String("provisional")),
                 qPrintable(credit.tierText()));
    }

    void profilingOverridesTheDerogation()
    {
        QMap<QString, QString> answers{{QStringLiteral("AIA-ART6-2-A4"), QStringLiteral("yes")},
                                       {QStringLiteral("AIA-ART6-3"), QStringLiteral("yes")}};
        const auto derogated = classify(answers);
        QVERIFY(!derogated.highRisk);
        QVERIFY(derogated.derogation);
        QVERIFY(obligation(derogated, QStringLiteral("AIA-ART6-4"))); // document and register
        answers.insert(QStringLiteral("AIA-ART6-3-PROF"), QStringLiteral("yes"));
        const auto profiled = classify(answers);
        QVERIFY(profiled.highRisk);
        QVERIFY(!profiled.derogation);
        bool explained = false;
        for (const auto& r : profiled.reasoning)
            explained = explained || (r.article.contains(QLatin1String("6(3)")) &&
                                      r.text.contains(QLatin1String("profiles")));
        QVERIFY(explained);
    }

    void annexIRouteAndGpai()
    {
        const auto c = classify({{QStringLiteral("AIA-ART6-1"), QStringLiteral("yes")},
                                 {QStringLiteral("AIA-GPAI-MODEL"), QStringLiteral("yes")},
                                 {QStringLiteral("AIA-GPAI-SYSTEMIC"), QStringLiteral("yes")}});
        QCOMPARE(c.highRiskRoute, QStringLiteral("annex-i"));
        QCOMPARE(obligation(c, QStringLiteral("AIA-ART9"))->date, QDate(2028, 8, 2));
        QVERIFY(c.tiers.contains(QStringLiteral("gpai-systemic")));
        QVERIFY(obligation(c, QStringLiteral("AIA-GPAI-55")));
    }

    void likelihoodFollowsThresholds_data()
    {
        QTest::addColumn<double>("auc");
        QTest::addColumn<double>("tpr");
        QTest::addColumn<double>("epsilonLb");
        QTest::addColumn<QString>("access");
        QTest::addColumn<int>("expected");
        const QString neutral = QStringLiteral("api-restricted");
        QTest::newRow("chance") << 0.51 << 0.001 << 0.0 << neutral << 1;
        QTest::newRow("auc 0.58") << 0.58 << 0.001 << 0.0 << neutral << 2;
        QTest::newRow("eps lb 0.5 exactly is L2") << 0.51 << 0.001 << 0.5 << neutral << 2;
        QTest::newRow("tpr 2%") << 0.55 << 0.02 << 1.0 << neutral << 3;
        QTest::newRow("auc 0.8") << 0.80 << 0.05 << 1.0 << neutral << 4;
        QTest::newRow("eps lb 6") << 0.55 << 0.001 << 6.0 << neutral << 4;
        QTest::newRow("weights published +1")
            << 0.58 << 0.001 << 0.0 << QStringLiteral("weights-published") << 3;
        QTest::newRow("full scores +1, capped")
            << 0.80 << 0.05 << 1.0 << QStringLiteral("api-full-scores") << 4;
        QTest::newRow("label-only -1")
            << 0.58 << 0.001 << 0.0 << QStringLiteral("label-only-rate-limited") << 1;
        QTest::newRow("label-only floor")
            << 0.51 << 0.001 << 0.0 << QStringLiteral("label-only-rate-limited") << 1;
    }

    void likelihoodFollowsThresholds()
    {
        QFETCH(double, auc);
        QFETCH(double, tpr);
        QFETCH(double, epsilonLb);
        QFETCH(QString, access);
        QFETCH(int, expected);
        AttackEvidence e;
        e.attack = QStringLiteral("lira");
        e.auc = auc;
        e.tprAtLowFpr = tpr;
        e.epsilonLowerBound = epsilonLb;
        e.accountantEpsilon = std::numeric_limits<double>::infinity();
        const Suggestion s = RiskMatrix::suggestLikelihood({e}, LikelihoodThresholds{}, access);
        QCOMPARE(s.level, expected);
        QVERIFY(!s.reasons.empty());
    }

    void likelihoodSpecialRules()
    {
        LikelihoodThresholds t;
        AttackEvidence labelOnly;
        labelOnly.attack = QStringLiteral("label-only");
        labelOnly.auc = 0.58;
        // The worst measurement already used label-only access: no reduction for label-only serving.
        QCOMPARE(
            RiskMatrix::suggestLikelihood({labelOnly}, t, QStringLiteral("label-only-rate-limited")).level,
            2);
        // DP with epsilon <= 1 and nothing above L2: L1.
        AttackEvidence dp;
        dp.attack = QStringLiteral("loss");
        dp.auc = 0.57;
        dp.dp = true;
        dp.accountantEpsilon = 0.8;
        QCOMPARE(RiskMatrix::suggestLikelihood({dp}, t, QStringLiteral("api-restricted")).level, 1);
        dp.accountantEpsilon = 3.0;
        QCOMPARE(RiskMatrix::suggestLikelihood({dp}, t, QStringLiteral("api-restricted")).level, 2);
        // The worst attack counts, not the average.
        AttackEvidence strong = dp;
        strong.auc = 0.9;
        QCOMPARE(RiskMatrix::suggestLikelihood({dp, strong}, t, QStringLiteral("api-restricted")).level, 4);
        // Configurable thresholds.
        t.auc[2] = 0.95;
        QCOMPARE(RiskMatrix::suggestLikelihood({strong}, t, QStringLiteral("api-restricted")).level, 3);
        QVERIFY(t.describe().contains(QLatin1String("0.95")));
        // Risk levels and residual risk.
        QCOMPARE(RiskMatrix::riskLevel(3, 3), QStringLiteral("high"));
        QCOMPARE(RiskMatrix::riskLevel(4, 1), QStringLiteral("medium-high"));
        QCOMPARE(RiskMatrix::riskLevel(2, 4), QStringLiteral("medium"));
        QCOMPARE(RiskMatrix::riskLevel(1, 2), QStringLiteral("low"));
        const auto residual =
            RiskMatrix::residual(QStringLiteral("membership-inference"), QStringLiteral("deployment"), 3, 4,
                                 {QStringLiteral("differential-privacy"), QStringLiteral("rate-limiting")});
        QCOMPARE(residual, std::make_pair(3, 2)); // at most two likelihood levels off
        QCOMPARE(RiskMatrix::suggestSeverity({QStringLiteral("diagnosis")}, false, true).level, 4);
    }

    void counterfactualMemorisationFeedsTheMemorisationRow()
    {
        LikelihoodThresholds t;
        CounterfactualEvidence e;
        e.runId = 7;
        e.models = 16;
        e.members = 2000;
        e.accountantEpsilon = std::numeric_limits<double>::infinity();
        const auto level = [&](double low) {
            e.low = low;
            e.share = low + 0.02;
            e.high = low + 0.04;
            return RiskMatrix::suggestMemorisationLikelihood({}, t, {e});
        };
        QCOMPARE(level(0.03).level, 1);  // within chance: never below L1
        QCOMPARE(level(0.055).level, 1); // 0.5 points above chance
        QCOMPARE(level(0.08).level, 2);
        QCOMPARE(level(0.20).level, 3);
        const Suggestion high = level(0.302);
        QCOMPARE(high.level, 4); // Adult, MLP 256-256: 32% memorised beyond chance, interval from 30.2%
        QVERIFY2(high.reasons.front().text().contains(QLatin1String("run 7")),
                 qPrintable(high.reasons.front().text()));
        QVERIFY(high.reasons.front().text().contains(QLatin1String("30.2")));
        // Too few reference models for any record to reach p <= 0.05: said, not used.
        CounterfactualEvidence few = e;
        few.models = 4;
        few.conclusive = false;
        const Suggestion none = RiskMatrix::suggestMemorisationLikelihood({}, t, {few});
        QCOMPARE(none.level, 0);
        QVERIFY(none.reasons.front().text().contains(QLatin1String("too few")));
        // With canary exposure the row takes the larger level.
        MemorisationEvidence canary;
        canary.runId = 8;
        canary.repetitions = 10;
        canary.floor = 1.44;
        canary.exposure = 3.5; // L2
        canary.accountantEpsilon = std::numeric_limits<double>::infinity();
        e.low = 0.20; // L3
        QCOMPARE(RiskMatrix::suggestMemorisationLikelihood({canary}, t, {e}).level, 3);
        e.low = 0.055; // L1
        QCOMPARE(RiskMatrix::suggestMemorisationLikelihood({canary}, t, {e}).level, 2);
        // A DP recipe within epsilon 1 and nothing above L2 is L1.
        e.dp = true;
        e.accountantEpsilon = 1.0;
        e.low = 0.08;
        QCOMPARE(RiskMatrix::suggestMemorisationLikelihood({}, t, {e}).level, 1);
        // The thresholds round-trip through JSON with the new key.
        t.memorisedExcessShare[1] = 0.07;
        QCOMPARE(LikelihoodThresholds::fromJson(t.toJson()).memorisedExcessShare[1], 0.07);
        QVERIFY(t.toJson().contains(QStringLiteral("memorised_excess_share")));
    }

    void inversionLikelihoodFollowsTheAdvantageOverTheBaseline()
    {
        LikelihoodThresholds t;
        ReconstructionEvidence e;
        e.runId = 8;
        e.rows = 20;
        e.hasInterval = true;
        e.accountantEpsilon = std::numeric_limits<double>::infinity();
        const auto level = [&](double mean, double low) {
            e.advantage = mean;
            e.low = low;
            e.high = mean + (mean - low);
            return RiskMatrix::suggestInversionLikelihood({e}, t);
        };
        QCOMPARE(RiskMatrix::suggestInversionLikelihood({}, t).level, 0); // no evidence, no suggestion
        QCOMPARE(level(-0.2, -0.3).level, 1); // worse than the baseline: never below L1
        QCOMPARE(level(0.05, 0.01).level, 1);
        QCOMPARE(level(0.12, 0.05).level, 2); // the lower end decides, not the mean
        QCOMPARE(level(0.40, 0.20).level, 3);
        const Suggestion high = level(0.65, 0.59);
        QCOMPARE(high.level, 4);
        QVERIFY2(high.reasons.front().text().contains(QLatin1String("run 8")),
                 qPrintable(high.reasons.front().text()));
        QVERIFY(high.reasons[1].text().contains(QLatin1String("worst case")));
        // A point estimate says so; DP within epsilon 1 and nothing above L2 is L1.
        e.hasInterval = false;
        QCOMPARE(level(0.05, 0.05).reasons.size(), std::size_t(3));
        e.hasInterval = true;
        e.dp = true;
        e.accountantEpsilon = 1.0;
        QCOMPARE(level(0.12, 0.05).level, 1);
        t.reconstructionAdvantage[2] = 0.5;
        QCOMPARE(LikelihoodThresholds::fromJson(t.toJson()).reconstructionAdvantage[2], 0.5);
        QVERIFY(t.toJson().contains(QStringLiteral("reconstruction_advantage")));
    }

    void miFaceRaisesTheInversionRowOnlyWhenItFindsMembers()
    {
        const LikelihoodThresholds t;
        MiFaceEvidence m;
        m.runId = 12;
        m.representatives = 20;
        m.closerToMembers = 0.9;
        m.pValue = 0.004;
        m.accountantEpsilon = std::numeric_limits<double>::infinity();
        // Alone, a significant MI-Face run is L3, its reason names the run and the test.
        const Suggestion found = RiskMatrix::suggestInversionLikelihood({}, t, {m});
        QCOMPARE(found.level, 3);
        QVERIFY2(found.reasons.front().text().contains(QLatin1String("run 12")),
                 qPrintable(found.reasons.front().text()));
        QVERIFY(found.reasons.front().text().contains(QLatin1String("0.004")));
        // With a reconstruction at L1 the MI-Face finding decides, and says so.
        ReconstructionEvidence e;
        e.runId = 8;
        e.rows = 20;
        e.hasInterval = true;
        e.advantage = 0.01;
        e.low = -0.01;
        e.high = 0.03;
        e.accountantEpsilon = std::numeric_limits<double>::infinity();
        const Suggestion both = RiskMatrix::suggestInversionLikelihood({e}, t, {m});
        QCOMPARE(both.level, 3);
        QCOMPARE(RiskMatrix::suggestInversionLikelihood({e}, t).level, 1);
        QVERIFY(both.reasons.back().text().contains(QLatin1String("outweighs")));
        // p = 0.03 is weak evidence, not enough to raise the row (one run in twenty by chance).
        m.pValue = 0.03;
        QCOMPARE(RiskMatrix::suggestInversionLikelihood({}, t, {m}).level, 0);
        // One that finds nothing lowers nothing and suggests nothing on its own; its reason is kept.
        m.pValue = 0.6;
        m.closerToMembers = 0.5;
        const Suggestion nothing = RiskMatrix::suggestInversionLikelihood({}, t, {m});
        QCOMPARE(nothing.level, 0);
        QVERIFY(nothing.reasons.back().text().contains(QLatin1String("lowers nothing")));
        e.advantage = 0.65;
        e.low = 0.59;
        e.high = 0.7;
        QCOMPARE(RiskMatrix::suggestInversionLikelihood({e}, t, {m}).level, 4);
        // Of several runs the one with the smallest p-value speaks.
        MiFaceEvidence strong = m;
        strong.runId = 13;
        strong.pValue = 0.01;
        QVERIFY(RiskMatrix::suggestInversionLikelihood({}, t, {m, strong})
                    .reasons.front()
                    .text()
                    .contains(QLatin1String("run 13")));
    }

    void memorisationLikelihoodFollowsExcessExposure()
    {
        LikelihoodThresholds t;
        MemorisationEvidence e;
        e.runId = 4;
        e.repetitions = 1;
        e.floor = 1.44; // chance, above the controls' mean here
        e.hasInterval = true;
        e.accountantEpsilon = std::numeric_limits<double>::infinity();
        const auto level = [&](double exposure, double low, double high) {
            e.exposure = exposure;
            e.low = low;
            e.high = high;
            return RiskMatrix::suggestMemorisationLikelihood({e}, t);
        };
        QCOMPARE(level(1.2, 0.6, 1.9).level, 1); // below chance: never below L1
        QCOMPARE(level(2.4, 1.9, 2.9).level, 1); // 0.96 bits above chance
        QCOMPARE(level(3.5, 3.0, 4.0).level, 2);
        QCOMPARE(level(6.0, 5.5, 6.5).level, 3);
        const Suggestion high = level(9.0, 8.0, 10.0);
        QCOMPARE(high.level, 4);
        QVERIFY2(high.reasons.front().text().contains(QLatin1String("run 4")),
                 qPrintable(high.reasons.front().text()));
        QVERIFY(high.reasons.front().text().contains(QLatin1String("7.56")));
        // An interval that reaches a higher level says so; the level stays the point estimate's.
        const Suggestion wide = level(3.5, 1.0, 9.0);
        QCOMPARE(wide.level, 2);
        QCOMPARE(wide.reasons.size(), std::size_t(2));
        QVERIFY(wide.reasons[1].text().contains(QLatin1String("L4")));
        // Canaries inserted 100 times describe heavy duplicates: reported, not the likelihood of a row.
        MemorisationEvidence hundred = e;
        hundred.repetitions = 100;
        hundred.exposure = 14.0;
        QCOMPARE(RiskMatrix::suggestMemorisationLikelihood({hundred}, t).level, 0);
        e.exposure = 3.5;
        QCOMPARE(RiskMatrix::suggestMemorisationLikelihood({e, hundred}, t).level, 2);
        // Of the levels the largest excess decides; a DP recipe within epsilon 1 and nothing above L2 is L1.
        MemorisationEvidence ten = e;
        ten.repetitions = 10;
        ten.exposure = 7.0;
        QCOMPARE(RiskMatrix::suggestMemorisationLikelihood({e, ten}, t).level, 3);
        e.dp = ten.dp = true;
        e.accountantEpsilon = ten.accountantEpsilon = 1.0;
        ten.exposure = 4.0;
        const Suggestion dp = RiskMatrix::suggestMemorisationLikelihood({e, ten}, t);
        QCOMPARE(dp.level, 1);
        // The thresholds round-trip through JSON under their documented key.
        t.canaryExcessBits[1] = 2.5;
        const QJsonObject json = t.toJson();
        QCOMPARE(json.value(QStringLiteral("canary_excess_exposure_bits")).toArray().at(1).toDouble(), 2.5);
        QCOMPARE(LikelihoodThresholds::fromJson(json).canaryExcessBits[1], 2.5);
    }

    void attributeLikelihoodFollowsLeakage()
    {
        LikelihoodThresholds t;
        const QString restricted = QStringLiteral("api-restricted");
        AttributeEvidence e;
        e.attack = QStringLiteral("csmia");
        e.column = QStringLiteral("diagnosis");
        e.runId = 7;
        e.accountantEpsilon = std::numeric_limits<double>::infinity();
        e.hasInterval = true;
        const auto level = [&](double leakage, double low, double high) {
            e.individualLeakage = leakage;
            e.leakageLow = low;
            e.leakageHigh = high;
            return RiskMatrix::suggestAttributeLikelihood({e}, t, restricted);
        };
        QCOMPARE(level(0.005, -0.02, 0.03).level, 1);
        QCOMPARE(level(-0.04, -0.08, 0.0).level, 1); // non-members better: no leakage, never below L1
        QCOMPARE(level(0.03, 0.01, 0.05).level, 2);
        QCOMPARE(level(0.10, 0.06, 0.14).level, 3);
        QCOMPARE(level(0.30, 0.25, 0.35).level, 4);
        // An interval that reaches a higher level says so; the level stays the point estimate's.
        const Suggestion wide = level(0.03, -0.05, 0.20);
        QCOMPARE(wide.level, 2);
        QCOMPARE(wide.reasons.size(), std::size_t(2));
        QVERIFY(wide.reasons[1].text().contains(QLatin1String("L4")));
        QVERIFY(wide.reasons.front().text().contains(QLatin1String("diagnosis")));
        QVERIFY(wide.reasons.front().text().contains(QLatin1String("CSMIA")));
        // The imputation baseline never queries the model: it is no evidence about it. The marginal-prior
        // attack does (Fredrikson et al. weigh the model's answers by the prior).
        AttributeEvidence baseline = e;
        baseline.attack = QStringLiteral("imputation");
        baseline.individualLeakage = 0.5;
        QCOMPARE(RiskMatrix::suggestAttributeLikelihood({baseline}, t, restricted).level, 0);
        baseline.attack = QStringLiteral("marginal-prior");
        QCOMPARE(RiskMatrix::suggestAttributeLikelihood({baseline}, t, restricted).level, 4);
        // Of two measurements at the same level the larger is named.
        AttributeEvidence weaker = e, stronger = e;
        weaker.individualLeakage = 0.023;
        stronger.individualLeakage = 0.042;
        stronger.runId = 9;
        const Suggestion both = RiskMatrix::suggestAttributeLikelihood({weaker, stronger}, t, restricted);
        QCOMPARE(both.level, 2);
        QVERIFY2(both.reasons.front().text().contains(QLatin1String("run 9")),
                 qPrintable(both.reasons.front().text()));
        // Access mode and DP, as for membership inference.
        QCOMPARE(level(0.03, 0.01, 0.05).level, 2);
        QCOMPARE(RiskMatrix::suggestAttributeLikelihood({e}, t, QStringLiteral("weights-published")).level,
                 3);
        QCOMPARE(
            RiskMatrix::suggestAttributeLikelihood({e}, t, QStringLiteral("label-only-rate-limited")).level,
            1);
        e.attack = QStringLiteral("label-only");
        QCOMPARE(
            RiskMatrix::suggestAttributeLikelihood({e}, t, QStringLiteral("label-only-rate-limited")).level,
            2);
        e.dp = true;
        e.accountantEpsilon = 0.5;
        QCOMPARE(RiskMatrix::suggestAttributeLikelihood({e}, t, restricted).level, 1);
        // Distributional leakage is named, not counted.
        e.dp = false;
        e.accountantEpsilon = std::numeric_limits<double>::infinity();
        e.distributionalLeakage = 0.2;
        e.distributionalClear = true;
        const Suggestion population = level(0.005, -0.01, 0.009);
        QCOMPARE(population.level, 1);
        QVERIFY(population.reasons.back().text().contains(QLatin1String("not counted")));
        // Configurable, stored and described.
        t.attributeLeakage[0] = 0.02;
        QCOMPARE(level(0.015, 0.01, 0.019).level, 1);
        QCOMPARE(LikelihoodThresholds::fromJson(t.toJson()).attributeLeakage[0], 0.02);
        QVERIFY(t.describe().contains(QLatin1String("0.02")));
    }

    void exportsRoundTripAndStore()
    {
        const auto p = packs();
        Assessment a;
        a.role = QStringLiteral("deployer");
        a.accessMode = QStringLiteral("label-only-rate-limited");
        a.membershipSensitive = true;
        a.thresholds.auc[0] = 0.56;
        ChecklistAnswer answer;
        answer.answer = QStringLiteral("partial");
        answer.comment = QStringLiteral("<b>bold</b> | pipe, comma \"quote\"\nnewline =cmd()");
        answer.owner = QStringLiteral("DPO");
        answer.due = QDate(2027, 3, 1);
        answer.evidence.append(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("run")}, {QStringLiteral("run"), 3}});
        a.checklist.insert(QStringLiteral("RISK-MIA"), answer);
        a.checklist.insert(QStringLiteral("AIA-ART6-2-A5"),
                           ChecklistAnswer{QStringLiteral("yes"), {}, {}, {}, {}});
        MatrixCell* c = a.cell(QStringLiteral("membership-inference"), QStringLiteral("deployment"));
        c->severity = 3;
        c->likelihood = 4;
        c->controls = QStringList{QStringLiteral("differential-privacy")};
        c->rationale = QStringLiteral("LiRA TPR 5% at 0.1% FPR");
        const QDate today(2026, 11, 24);
        const QJsonObject json = a.toJson(p, today);
        QCOMPARE(json.value(QStringLiteral("classification"))
                     .toObject()
                     .value(QStringLiteral("tiers"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("high-risk"));
        const auto back = Assessment::fromJson(QJsonDocument(json).toJson(), p);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->toJson(p, today), json);

        // Stored in a project: every change audited, a second save changes nothing.
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("a.privaudit")), QStringLiteral("a"));
        const auto rowsBefore = store.value()->auditTrail()->size();
        QVERIFY(a.save(*store.value()).isEmpty());
        const auto rowsAfter = store.value()->auditTrail()->size();
        QCOMPARE(rowsAfter, rowsBefore + 4); // settings, two checklist items, one cell
        QVERIFY(a.save(*store.value()).isEmpty());
        QCOMPARE(store.value()->auditTrail()->size(), rowsAfter);
        const auto loaded = Assessment::load(*store.value());
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(p, today), json);
        QVERIFY(store.value()->verify().ok);

        // User text appears literally: Markdown escapes, CSV quotes and defuses formulas.
        const QString md = QString::fromUtf8(a.markdown(p, today));
        QVERIFY2(md.contains(QLatin1String("\\<b\\>bold\\</b\\> \\| pipe")), qPrintable(md));
        const QByteArray csv = a.checklistCsv(p, today);
        QVERIFY(csv.contains("\"<b>bold</b> | pipe, comma \"\"quote\"\"\nnewline =cmd()\""));
        QVERIFY(a.matrixCsv().contains("membership-inference,deployment,S3,L4,high"));
        // An unknown item in an import is refused.
        QJsonObject bad = json;
        QJsonObject checklist = bad.value(QStringLiteral("checklist")).toObject();
        checklist.insert(QStringLiteral("NOPE-1"),
                         QJsonObject{{QStringLiteral("answer"), QStringLiteral("yes")}});
        bad.insert(QStringLiteral("checklist"), checklist);
        QVERIFY(
            Assessment::fromJson(QJsonDocument(bad).toJson(), p).error().contains(QLatin1String("NOPE-1")));
    }
};

QTEST_GUILESS_MAIN(TestAssess)
#include "tst_assess.moc"

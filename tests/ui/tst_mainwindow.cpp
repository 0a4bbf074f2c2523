// The real main window, offscreen: actions found by objectName, docks, the message bar, the About
// dialog and the live privacy calculator (RDP on the GUI thread, PLD in the background).
#include "compute/ComputeSettings.h"
#include "dp/RdpAccountant.h"
#include "jobs/JobRunner.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PrivacyCalculatorView.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace privaudit;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<jobs::JobRunner> m_runner;

    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        auto settings = compute::ComputeSettings::recommended();
        compute::ComputeEnvironment::apply(settings);
        if (!m_runner) m_runner = std::make_unique<jobs::JobRunner>(settings);
        auto w =
            std::make_unique<ui::MainWindow>(settings, compute::ComputeEnvironment::runtimeInfo(), *m_runner);
        w->show();
        return w;
    }

    static QAction* action(QWidget* w, const char* name)
    {
        auto* a = w->findChild<QAction*>(QString::fromLatin1(name));
        if (!a) qWarning("action %s not found", name);
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrivAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void windowHasMenusDocksAndStatus()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        for (const char* menu : {"menuFile", "menuEdit", "menuView", "menuRun", "menuHelp"})
            QVERIFY2(w->findChild<QMenu*>(QString::fromLatin1(menu)), menu);
        for (const char* name :
             {"actionNewProject", "actionOpenProject", "actionSaveAs", "actionCloseProject", "actionQuit",
              "actionUndo", "actionRedo", "actionPreferences", "actionAbout"})
            QVERIFY2(action(w.get(), name), name);
        QCOMPARE(action(w.get(), "actionOpenProject")->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(action(w.get(), "actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(w->findChild<QDockWidget*>(QStringLiteral("projectDock"))->isVisible());
        auto* status = w->findChild<QLabel*>(QStringLiteral("statusCompute"));
        QVERIFY(status);
        QVERIFY(status->text().contains(QLatin1String("Threads")));
        QVERIFY(status->text().contains(QLatin1String("CPU")));
    }

    void toggleJobsDockByAction()
    {
        auto w = makeWindow();
        auto* dock = w->findChild<QDockWidget*>(QStringLiteral("jobsDock"));
        QVERIFY(dock->isVisible());
        action(w.get(), "actionToggleJobs")->trigger();
        QTRY_VERIFY(!dock->isVisible());
        action(w.get(), "actionToggleJobs")->trigger();
        QTRY_VERIFY(dock->isVisible());
    }

    void recoverableErrorUsesMessageBar()
    {
        auto w = makeWindow();
        QVERIFY(!w->messageBar()->isVisible());
        // Without a project, project actions are disabled rather than failing.
        QVERIFY(!action(w.get(), "actionNewRun")->isEnabled());
        QVERIFY(!action(w.get(), "actionExportReport")->isEnabled());
        QVERIFY(!w->openProject(QStringLiteral("/nonexistent/none.privaudit")));
        QVERIFY(w->messageBar()->isVisible());
        QVERIFY2(w->messageBar()->text().contains(QLatin1String("No project file")),
                 qPrintable(w->messageBar()->text()));
    }

    void aboutListsVersions()
    {
        auto w = makeWindow();
        action(w.get(), "actionAbout")->trigger();
        QDialog* about = nullptr;
        QTRY_VERIFY((about = w->findChild<QDialog*>(QStringLiteral("aboutDialog"))) != nullptr);
        QTRY_VERIFY(about->isVisible());
        QStringList texts;
        for (auto* label : about->findChildren<QLabel*>())
            texts << label->text();
        const QString all = texts.join(QLatin1Char('\n'));
        // The versions this process actually loaded, whatever they are (no pins).
        const compute::RuntimeInfo rt = compute::ComputeEnvironment::runtimeInfo();
        QVERIFY2(all.contains(QString::fromLatin1(qVersion())), qPrintable(all));
        QVERIFY2(!rt.torchVersion.isEmpty() && all.contains(rt.torchVersion), qPrintable(all));
        if (rt.blasIsOpenBlas) QVERIFY(all.contains(QLatin1String("OpenBLAS"))); // BLAS actually loaded
        about->reject();
    }

    void calculatorComputesLive()
    {
        auto w = makeWindow();
        action(w.get(), "actionPrivacyCalculator")->trigger();
        auto* calc = w->findChild<ui::PrivacyCalculatorView*>(QStringLiteral("privacyCalculator"));
        QVERIFY(calc);
        QCOMPARE(w->views()->currentWidget(), calc);

        // TF Privacy MNIST tutorial setting: 60,000 examples, batch 256, 60 epochs, sigma 1.1, delta 1e-5.
        // TF Privacy counts ceil(60 * 60000 / 256) = 14063 steps (epsilon 2.597, checked in tst_rdp); the
        // calculator counts as PrivAudit's trainer does, ceil(60000 / 256) = 235 steps per epoch, 14100
        // steps.
        QSignalSpy pldReady(calc, &ui::PrivacyCalculatorView::pldEpsilonReady);
        calc->setParameters(60000, 256, 60, 1.1, 1e-5);
        QCOMPARE(calc->steps(), qint64(14100));
        const dp::RdpAccountant rdp;
        const double expected =
            dp::RdpAccountant::epsilonFromRdp(
                rdp.orders(), rdp.rdp(dp::MechanismHistory::poissonGaussian(256.0 / 60000.0, 1.1, 14100)),
                1e-5)
                .epsilon;
        QCOMPARE(QString::number(calc->rdpEpsilon(), 'f', 4), QString::number(expected, 'f', 4));
        QCOMPARE(QString::number(calc->rdpEpsilon(), 'f', 3), QStringLiteral("2.600"));
        auto* rdpLabel = calc->findChild<QLabel*>(QStringLiteral("calcRdpEpsilon"));
        QVERIFY2(rdpLabel->text().startsWith(QLocale().toString(calc->rdpEpsilon(), 'f', 4)),
                 qPrintable(rdpLabel->text()));

        // PLD arrives from the background without blocking the GUI, and is tighter than RDP.
        QTRY_VERIFY_WITH_TIMEOUT(!pldReady.isEmpty(), 60000);
        const double pld = pldReady.last().at(0).toDouble();
        QVERIFY(pld > 1.0 && pld < calc->rdpEpsilon());

        // Typing more noise lowers epsilon immediately.
        auto* noise = calc->findChild<QDoubleSpinBox*>(QStringLiteral("calcNoiseMultiplier"));
        const double before = calc->rdpEpsilon();
        noise->selectAll();
        QTest::keyClicks(noise, QStringLiteral("2.000"));
        QCOMPARE(noise->value(), 2.0);
        QVERIFY(calc->rdpEpsilon() < before);

        // "Find noise" searches on the pool; the button stays disabled until the answer is shown.
        auto* find = calc->findChild<QPushButton*>(QStringLiteral("calcCalibrate"));
        auto* answer = calc->findChild<QLabel*>(QStringLiteral("calcCalibrationResult"));
        QVERIFY(find && answer);
        find->click();
        QVERIFY(!find->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(find->isEnabled(), 60000);
        QVERIFY2(answer->text().contains(QLatin1String("sigma")), qPrintable(answer->text()));
    }

    void windowStateIsSaved()
    {
        {
            auto w = makeWindow();
            w->resize(900, 650);
            w->close();
        }
        QSettings s;
        QVERIFY(!s.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
        QVERIFY(!s.value(QStringLiteral("mainWindow/state")).toByteArray().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

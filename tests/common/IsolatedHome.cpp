// Linked into every test: a test run by hand (not through ctest, which sets them) gets XDG_CONFIG_HOME and
// XDG_DATA_HOME in a temporary folder before anything runs, so neither the test nor the GUI and CLI
// processes it starts (they inherit the environment) can touch the user's settings, recent projects or
// chain heads. In-process, the tests also switch on QStandardPaths' test mode.
#include <QByteArray>
#include <QDir>
#include <QTemporaryDir>
#include <QtGlobal>

namespace {

struct IsolatedHome
{
    IsolatedHome()
    {
        if (qEnvironmentVariableIsSet("XDG_CONFIG_HOME") && qEnvironmentVariableIsSet("XDG_DATA_HOME"))
            return;
        static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/privaudit-test-home-XXXXXX"));
        if (!home.isValid()) qFatal("cannot create a temporary home for the test");
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    }
} const isolatedHome;

} // namespace

// The project opener on arbitrary files: opened (then verified) or refused with a message; a file that
// is not a project is never written to.
#include "FuzzSupport.h"
#include "project/ProjectStore.h"

#include <QStandardPaths>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    QStandardPaths::setTestModeEnabled(true); // chain heads in a test location, not the user's
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using privaudit::project::ProjectStore;
    const QByteArray content = privaudit::fuzz::bytes(data, size);
    const QString path = privaudit::fuzz::scratchFile("fuzz.privaudit", content);
    auto store = ProjectStore::open(path);
    if (!store) {
        if (store.error().isEmpty()) __builtin_trap();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.readAll() != content)
            __builtin_trap(); // refused files stay as they were
        return 0;
    }
    (void)store.value()->verify();
    (void)store.value()->runs();
    (void)store.value()->auditTrail();
    return 0;
}

#include "common/FileRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace privaudit {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("privaudit", text); // the context lupdate gives tr() here
}

} // namespace

QString checkRegularFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) return tr("'%1' does not exist.").arg(path);
    if (info.isDir()) return tr("'%1' is a folder, not a file.").arg(path);
    if (!info.isFile())
        return tr("'%1' is not a regular file (a device, FIFO or socket); give a file.").arg(path);
    return {};
}

Expected<QByteArray> readRegularFile(const QString& path, qint64 limit)
{
    if (const QString problem = checkRegularFile(path); !problem.isEmpty())
        return Expected<QByteArray>::failure(problem);
    const auto tooLarge = [&] {
        return Expected<QByteArray>::failure(
            tr("'%1' is larger than %2 MiB, more than this kind of file can be.")
                .arg(path)
                .arg(double(limit) / (1 << 20), 0, 'g', 4));
    };
    if (QFileInfo(path).size() > limit) return tooLarge();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(tr("'%1' cannot be read: %2").arg(path, f.errorString()));
    QByteArray bytes = f.read(limit + 1);
    if (bytes.size() > limit) return tooLarge();
    return bytes;
}

} // namespace privaudit

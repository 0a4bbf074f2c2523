#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QString>

namespace privaudit {

/// Reads a whole input file the user names (a spec, answers, a model, a key), refusing what is not a
/// regular file (a FIFO would block forever, /dev/zero grow without end) and anything above @p limit
/// bytes, also when the file grows while it is read. Errors are translated and name the file.
Expected<QByteArray> readRegularFile(const QString& path, qint64 limit);

/// Empty when @p path is a regular file; otherwise the translated reason (missing, a directory, a
/// device or FIFO).
QString checkRegularFile(const QString& path);

} // namespace privaudit

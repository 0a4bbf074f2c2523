#include "AboutDialog.h"

#include <privaudit/Version.h>
#include <qcustomplot.h>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace privaudit::ui {

AboutDialog::AboutDialog(const compute::ComputeSettings& settings, const compute::RuntimeInfo& runtime,
                         QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PrivAudit"));
    auto* layout = new QVBoxLayout(this);

    auto* title =
        new QLabel(tr("<h2>PrivAudit %1</h2><p>Measures the privacy risk of machine-learning models "
                      "and turns the measurements into evidence a compliance officer can sign.</p>")
                       .arg(QStringLiteral(PRIVAUDIT_VERSION_STRING)),
                   this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto* form = new QFormLayout;
    auto add = [&](const QString& label, const QString& value) {
        auto* v = new QLabel(value, this);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        form->addRow(label, v);
    };
    add(tr("Qt:"), runtime.qtVersion);
    add(tr("LibTorch:"), runtime.torchVersion);
    add(tr("BLAS:"), runtime.blasConfig.isEmpty() ? runtime.blasLibrary : runtime.blasConfig);
    add(tr("Eigen:"), runtime.eigenVersion);
    add(tr("SQLite:"), runtime.sqliteVersion);
    add(tr("FFTW:"), runtime.fftwVersion);
    add(tr("QCustomPlot:"), QString::fromLatin1(QCUSTOMPLOT_VERSION_STR));
    add(tr("Threads:"), tr("%1 LibTorch, %2 BLAS, %3 cores")
                            .arg(runtime.torchThreads)
                            .arg(runtime.blasThreads)
                            .arg(settings.cores));
    add(tr("Device:"), settings.deviceName());
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace privaudit::ui

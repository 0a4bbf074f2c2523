#pragma once

#include "compute/ComputeSettings.h"

#include <QDialog>

namespace privaudit::ui {

/// Lists PrivAudit's version and the versions of the libraries it actually loaded.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const compute::ComputeSettings& settings, const compute::RuntimeInfo& runtime,
                QWidget* parent = nullptr);
};

} // namespace privaudit::ui

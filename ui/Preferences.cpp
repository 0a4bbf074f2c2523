#include "Preferences.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QThread>

namespace privaudit::ui {

AppSettings AppSettings::load(QSettings& s)
{
    AppSettings a;
    if (s.value(QStringLiteral("preferences/version"), 0).toInt() > kVersion)
        return a; // written by a newer PrivAudit: keep the defaults rather than misread
    a.threads = std::clamp(s.value(QStringLiteral("preferences/threads"), a.threads).toInt(), 0, 1024);
    const QString device = s.value(QStringLiteral("preferences/device"), a.device).toString();
    if (QStringList{QStringLiteral("auto"), QStringLiteral("cpu"), QStringLiteral("cuda")}.contains(device))
        a.device = device;
    const QString language = s.value(QStringLiteral("preferences/language"), a.language).toString();
    if (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}.contains(
            language))
        a.language = language;
    const QString theme = s.value(QStringLiteral("preferences/theme"), a.theme).toString();
    if (QStringList{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}.contains(
            theme))
        a.theme = theme;
    a.defaultSeed = std::max(0, s.value(QStringLiteral("preferences/defaultSeed"), a.defaultSeed).toInt());
    a.referenceModels = std::clamp(
        s.value(QStringLiteral("preferences/referenceModels"), a.referenceModels).toInt(), 1, 1024);
    return a;
}

void AppSettings::save(QSettings& s) const
{
    s.setValue(QStringLiteral("preferences/version"), kVersion);
    s.setValue(QStringLiteral("preferences/threads"), threads);
    s.setValue(QStringLiteral("preferences/device"), device);
    s.setValue(QStringLiteral("preferences/language"), language);
    s.setValue(QStringLiteral("preferences/theme"), theme);
    s.setValue(QStringLiteral("preferences/defaultSeed"), defaultSeed);
    s.setValue(QStringLiteral("preferences/referenceModels"), referenceModels);
}

void applyTheme(QApplication& app, const QString& theme)
{
    if (theme == QLatin1String("system")) return;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    if (theme == QLatin1String("dark")) {
        p.setColor(QPalette::Window, QColor(45, 45, 48));
        p.setColor(QPalette::WindowText, QColor(230, 230, 230));
        p.setColor(QPalette::Base, QColor(30, 30, 32));
        p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        p.setColor(QPalette::Text, QColor(230, 230, 230));
        p.setColor(QPalette::Button, QColor(55, 55, 58));
        p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        p.setColor(QPalette::Highlight, QColor(42, 130, 218));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
        p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    } else {
        p = app.style()->standardPalette();
    }
    app.setPalette(p);
}

PreferencesDialog::PreferencesDialog(const AppSettings& current, QWidget* parent)
    : QDialog(parent), m_threads(new QSpinBox(this)), m_device(new QComboBox(this)),
      m_language(new QComboBox(this)), m_theme(new QComboBox(this)), m_seed(new QSpinBox(this)),
      m_references(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_threads->setRange(0, 1024);
    m_threads->setSpecialValueText(tr("all cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(current.threads);
    m_device->addItem(tr("Automatic (CUDA when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(std::max(0, m_device->findData(current.device)));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));
    m_seed->setRange(0, 2147483647);
    m_seed->setValue(current.defaultSeed);
    m_references->setRange(1, 1024);
    m_references->setValue(current.referenceModels);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Compute threads:"), m_threads);
    form->addRow(tr("Device:"), m_device);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Default seed:"), m_seed);
    form->addRow(tr("Reference models for LiRA and RMIA:"), m_references);
    form->addRow(
        new QLabel(tr("Threads, device and language take effect when PrivAudit starts next."), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

AppSettings PreferencesDialog::settings() const
{
    AppSettings a;
    a.threads = m_threads->value();
    a.device = m_device->currentData().toString();
    a.language = m_language->currentData().toString();
    a.theme = m_theme->currentData().toString();
    a.defaultSeed = m_seed->value();
    a.referenceModels = m_references->value();
    return a;
}

} // namespace privaudit::ui

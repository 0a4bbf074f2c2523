#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QSettings;
class QSpinBox;
class QApplication;

namespace privaudit::ui {

/// The application's settings, typed and versioned; defaults in one place. Stored with QSettings under
/// "preferences/"; a stored version newer than this build's is ignored (defaults are used).
struct AppSettings
{
    static constexpr int kVersion = 1;
    int threads = 0;                          ///< 0 = all cores
    QString device = QStringLiteral("auto");  ///< auto, cpu, cuda
    QString language;                         ///< "" = system, en, de, fr
    QString theme = QStringLiteral("system"); ///< system, light, dark
    int defaultSeed = 1;
    int referenceModels = 16;

    static AppSettings load(QSettings& settings);
    void save(QSettings& settings) const;
};

/// Applies a theme to the application (Fusion with a light or dark palette; "system" keeps the platform's).
void applyTheme(QApplication& app, const QString& theme);

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const AppSettings& current, QWidget* parent = nullptr);
    [[nodiscard]] AppSettings settings() const;

private:
    QSpinBox* m_threads;
    QComboBox* m_device;
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_seed;
    QSpinBox* m_references;
};

} // namespace privaudit::ui

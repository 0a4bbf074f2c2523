#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace privaudit::ui {

/// Inline bar above the central views for recoverable problems and notices (no modal dialog).
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Level level = Level::Information);
    [[nodiscard]] QString text() const;
    [[nodiscard]] Level level() const { return m_level; }

private:
    QLabel* m_icon;
    QLabel* m_label;
    QToolButton* m_close;
    Level m_level = Level::Information;
};

} // namespace privaudit::ui

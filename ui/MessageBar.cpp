#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace privaudit::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("messageBarText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString& text, Level level)
{
    m_level = level;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colour = QStringLiteral("#dbeafe");
    if (level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        colour = QStringLiteral("#fef3c7");
    } else if (level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        colour = QStringLiteral("#fee2e2");
    }
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border-radius: 4px; } "
                                 "#messageBar QLabel { color: #111827; }")
                      .arg(colour));
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_label->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace privaudit::ui

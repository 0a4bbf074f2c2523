#pragma once

#include <QFrame>
#include <QLabel>
#include <QScrollArea>

namespace privaudit::ui {

/// @p label (word-wrapped) in a frameless scroll area at most @p maxLines of its text high (and at least
/// @p minLines): long findings or warnings scroll instead of squeezing the plots and tables below them.
inline QScrollArea* scrollingText(QLabel* label, QWidget* parent, int maxLines, int minLines = 0)
{
    label->setWordWrap(true);
    auto* area = new QScrollArea(parent);
    area->setWidget(label);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    const int line = label->fontMetrics().lineSpacing();
    if (minLines > 0) area->setMinimumHeight(line * minLines);
    area->setMaximumHeight(line * maxLines + 8);
    return area;
}

} // namespace privaudit::ui

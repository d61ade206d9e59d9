#include "common/messages.h"

namespace cohort {

namespace {
struct TestState
{
    bool on = false;
    QList<QMessageBox::StandardButton> answers;
    QList<Messages::Shown> shown;
};

TestState &testState()
{
    static TestState state;
    return state;
}

QMessageBox::Icon iconOf(Messages::Kind kind)
{
    switch (kind) {
    case Messages::Kind::Information:
        return QMessageBox::Information;
    case Messages::Kind::Warning:
        return QMessageBox::Warning;
    case Messages::Kind::Critical:
        return QMessageBox::Critical;
    case Messages::Kind::Question:
        return QMessageBox::Question;
    case Messages::Kind::About:
        return QMessageBox::NoIcon;
    }
    return QMessageBox::NoIcon;
}
} // namespace

void Messages::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, Kind::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Messages::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, Kind::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Messages::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, Kind::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Messages::about(QWidget *parent, const QString &title, const QString &richText)
{
    TestState &state = testState();
    if (state.on) {
        state.shown.append({Kind::About, title, richText});
        return;
    }
    QMessageBox::about(parent, title, richText);
}

QMessageBox::StandardButton Messages::question(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    return show(parent, Kind::Question, title, text, buttons, defaultButton);
}

void Messages::setTestMode(bool on)
{
    TestState &state = testState();
    state.on = on;
    state.answers.clear();
    state.shown.clear();
}

void Messages::queueAnswer(QMessageBox::StandardButton answer)
{
    testState().answers.append(answer);
}

QList<Messages::Shown> Messages::takeShown()
{
    return std::exchange(testState().shown, {});
}

QMessageBox::StandardButton Messages::show(QWidget *parent, Kind kind, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton)
{
    TestState &state = testState();
    if (state.on) {
        state.shown.append({kind, title, text});
        return state.answers.isEmpty() ? defaultButton : state.answers.takeFirst();
    }
    QMessageBox box(iconOf(kind), title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace cohort

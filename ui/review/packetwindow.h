#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace cohort {

class PacketEditor;
class ScoreGridModel;
class ScoreGridView;
struct ReviewCycleData;

// A review packet opened by its reviewer: a clearly labelled window with the scoring grid (the
// review area's grid and keys) and the selected application's text, nothing else. Every edit is
// saved in the packet file at once; Mark as Submitted tells the chair the work is done (and
// locks the packet until it is unmarked).
class PacketWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit PacketWindow(QWidget *parent = nullptr);
    ~PacketWindow() override;

    // Opens and checks the packet; false with the reason in `error`.
    bool open(const QString &path, QString *error);

    ScoreGridModel *model() const { return m_model; }
    ScoreGridView *view() const { return m_view; }
    QAction *submitAction() const { return m_submitAction; }
    QComboBox *roleComboBox() const { return m_roleComboBox; }
    QString applicationText() const;

private:
    void showRole();
    void showCurrentApplication();
    void updateStatus();
    void setSubmitted(bool submitted);

    class Writer;
    std::unique_ptr<PacketEditor> m_editor;
    std::unique_ptr<Writer> m_writer;
    QLabel *m_banner;
    QComboBox *m_roleComboBox;
    ScoreGridModel *m_model;
    ScoreGridView *m_view;
    QTextBrowser *m_text;
    QLabel *m_messageLabel;
    QAction *m_submitAction;
};

} // namespace cohort

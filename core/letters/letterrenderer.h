#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace cohort {

// What every letter carries around its body.
struct Letterhead
{
    QString organization;
    QString address; // may hold several lines
    QImage logo;     // optional
    QString signatureName;
    QString signatureTitle;
    QImage signature; // optional scanned signature
    QPageSize pageSize = QPageSize(QPageSize::Letter);
    QMarginsF marginsMm{20, 20, 20, 20};
};

// Writes letter bodies (HTML from LetterTemplate::render) as one PDF: each body starts on a new
// page with the letterhead and ends with the signature block. Never loads a local or remote
// resource named by the HTML; only the letterhead images are shown.
class LetterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(cohort::LetterRenderer)

public:
    explicit LetterRenderer(Letterhead letterhead);

    // Writes through QSaveFile: on failure no (partial) file is left at path.
    Status writePdf(const QList<QString> &bodiesHtml, const QString &path, const QString &title) const;
    // The same PDF as writePdf, in memory. Safe to call from any thread (with a QGuiApplication
    // existing); concurrent calls on one renderer are safe too. pageCounts, when given, receives
    // the number of pages of each body, in order (see paint()).
    Result<QByteArray> pdfData(const QList<QString> &bodiesHtml, const QString &title,
                               QList<int> *pageCounts = nullptr) const;
    // Paints the letters on a paged device that has begun (a QPrinter for printing or print
    // preview), each from a new page, with pageLayout() set on it. pageCounts, when given, receives
    // the number of pages each body took, in order (so that the pages of one letter can be told
    // apart from the next one's).
    Status paint(QPagedPaintDevice &device, const QList<QString> &bodiesHtml, QList<int> *pageCounts = nullptr) const;
    QPageLayout pageLayout() const;

    static Result<QByteArray> sha256OfFile(const QString &path);

private:
    QString letterHtml(const QString &body) const;

    Letterhead m_letterhead;
};

} // namespace cohort

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace cohort {

// Cuts a PDF into PDFs of some of its pages (with qpdf): each part holds only the pages asked for
// and what they use (fonts, images), and its own document title. Made for the PDFs that
// LetterRenderer writes for several letters at once, so that their fonts are embedded once for
// all of them instead of once per letter. One splitter is for one thread at a time; splitters on
// different threads are independent.
class PdfSplitter
{
    Q_DECLARE_TR_FUNCTIONS(cohort::PdfSplitter)

public:
    PdfSplitter();
    ~PdfSplitter();
    PdfSplitter(const PdfSplitter &) = delete;
    PdfSplitter &operator=(const PdfSplitter &) = delete;

    // Reads the PDF (kept, not copied: QByteArray shares it). Refused when it is not a PDF qpdf
    // reads without repairing it.
    Status open(const QByteArray &pdf);
    int pageCount() const;
    // A PDF of pages [first, first + count) (0-based) of the one opened, titled title, its other
    // document information (creator, producer, date) as in the one opened.
    Result<QByteArray> extract(int first, int count, const QString &title);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cohort

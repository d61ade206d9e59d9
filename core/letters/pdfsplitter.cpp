#include "letters/pdfsplitter.h"

// qpdf 11 without its old PointerHolder (std::shared_ptr only).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <vector>

namespace cohort {

struct PdfSplitter::Private
{
    QByteArray data; // qpdf reads it in place: kept as long as pdf
    QPDF pdf;
    std::vector<QPDFObjectHandle> pages;   // every page of the PDF opened, in order
    std::vector<QPDFObjectHandle> current; // those in its page tree now
};

PdfSplitter::PdfSplitter() = default;
PdfSplitter::~PdfSplitter() = default;

Status PdfSplitter::open(const QByteArray &pdf)
{
    d = std::make_unique<Private>();
    d->data = pdf;
    try {
        d->pdf.setSuppressWarnings(true);
        d->pdf.setAttemptRecovery(false);
        d->pdf.processMemoryFile("letters", d->data.constData(), size_t(d->data.size()));
        d->pages = d->pdf.getAllPages();
        d->current = d->pages;
    } catch (const std::exception &e) {
        d.reset();
        return Error{tr("The PDF cannot be read: %1").arg(QString::fromLocal8Bit(e.what()))};
    }
    return {};
}

int PdfSplitter::pageCount() const
{
    return d ? int(d->pages.size()) : 0;
}

Result<QByteArray> PdfSplitter::extract(int first, int count, const QString &title)
{
    if (!d)
        return Error{tr("No PDF is open.")};
    if (first < 0 || count < 1 || qsizetype(first) + count > qsizetype(d->pages.size()))
        return Error{tr("The PDF has no pages %1 to %2.").arg(first + 1).arg(first + count)};
    try {
        // The page tree is made to hold just these pages; QPDFWriter writes only the objects it
        // reaches from the trailer, so the other pages, and what only they use, are left out.
        for (const QPDFObjectHandle &page : d->current)
            d->pdf.removePage(page);
        d->current.assign(d->pages.begin() + first, d->pages.begin() + first + count);
        for (const QPDFObjectHandle &page : d->current)
            d->pdf.addPage(page, false);
        QPDFObjectHandle trailer = d->pdf.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = d->pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(title.toStdString()));

        QPDFWriter writer(d->pdf);
        writer.setOutputMemory();
        // Streams as they are (Qt compresses them): nothing is decoded and compressed again.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Error{tr("The PDF cannot be split: %1").arg(QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace cohort

#include "letters/letterrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

namespace cohort {

namespace {

const QString logoUrl = QStringLiteral("cohort-letterhead:logo");
const QString signatureUrl = QStringLiteral("cohort-letterhead:signature");

// A document that never reads files or the network: only resources added with addResource().
class SealedDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

bool ours(const QString &url)
{
    return url == logoUrl || url == signatureUrl;
}

// Removes images and background images the HTML names, other than the letterhead's own. Run before
// the document has a layout, so nothing is loaded: Qt's image handler would otherwise read files
// directly when loadResource() gives nothing.
void sealImages(QTextDocument &doc)
{
    QList<QPair<int, int>> images;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat bf = block.blockFormat();
        if (bf.hasProperty(QTextFormat::BackgroundImageUrl)) {
            bf.clearProperty(QTextFormat::BackgroundImageUrl);
            QTextCursor(block).setBlockFormat(bf);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat cf = fragment.charFormat();
            if (cf.isImageFormat() && !ours(cf.toImageFormat().name()))
                images.append({fragment.position(), fragment.length()});
            else if (cf.hasProperty(QTextFormat::BackgroundImageUrl)) {
                QTextCharFormat clean = cf;
                clean.clearProperty(QTextFormat::BackgroundImageUrl);
                QTextCursor c(&doc);
                c.setPosition(fragment.position());
                c.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                c.setCharFormat(clean);
            }
        }
    }
    for (qsizetype i = images.size() - 1; i >= 0; --i) {
        QTextCursor c(&doc);
        c.setPosition(images.at(i).first);
        c.setPosition(images.at(i).first + images.at(i).second, QTextCursor::KeepAnchor);
        c.removeSelectedText();
    }
    QList<QTextFrame *> frames{doc.rootFrame()};
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeLast();
        QTextFrameFormat ff = frame->frameFormat();
        if (ff.hasProperty(QTextFormat::BackgroundImageUrl)) {
            ff.clearProperty(QTextFormat::BackgroundImageUrl);
            frame->setFrameFormat(ff);
        }
        frames.append(frame->childFrames());
    }
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

LetterRenderer::LetterRenderer(Letterhead letterhead) : m_letterhead(std::move(letterhead))
{}

QString LetterRenderer::letterHtml(const QString &body) const
{
    const Letterhead &h = m_letterhead;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<div align=\"left\">");
    if (!h.logo.isNull())
        html += QStringLiteral("<p><img src=\"%1\" height=\"60\"></p>").arg(logoUrl);
    if (!h.organization.isEmpty())
        html += QStringLiteral("<p style=\"font-size:14pt\"><b>%1</b></p>").arg(escaped(h.organization));
    if (!h.address.isEmpty())
        html += QStringLiteral("<p style=\"font-size:9pt\">%1</p>").arg(escaped(h.address));
    html += QStringLiteral("</div><hr>");
    // A section tag alone on a line of a rich-text template leaves an empty paragraph behind.
    // thread_local: letters are rendered on several threads at once.
    static thread_local const QRegularExpression emptyParagraph(QStringLiteral(R"(<p\b[^>]*>\s*</p>)"));
    html += QStringLiteral("<div>%1</div>").arg(QString(body).remove(emptyParagraph));
    html += QStringLiteral("<p><br></p>");
    if (!h.signature.isNull())
        html += QStringLiteral("<p><img src=\"%1\" height=\"40\"></p>").arg(signatureUrl);
    if (!h.signatureName.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(h.signatureName));
    // The title in the regular face, not italic: an italic face would be embedded (subset) in every
    // PDF for this one line, about a third of the time a one-page letter takes to write.
    if (!h.signatureTitle.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(h.signatureTitle));
    html += QStringLiteral("</body></html>");
    return html;
}

QPageLayout LetterRenderer::pageLayout() const
{
    return QPageLayout(m_letterhead.pageSize, QPageLayout::Portrait, m_letterhead.marginsMm, QPageLayout::Millimeter);
}

Status LetterRenderer::writePdf(const QList<QString> &bodiesHtml, const QString &path, const QString &title) const
{
    if (bodiesHtml.isEmpty())
        return Error{tr("There are no letters to write.")};
    auto data = pdfData(bodiesHtml, title);
    if (!data)
        return Error{tr("Cannot write %1: %2").arg(path, data.error())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (file.write(data.value()) != data->size() || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Result<QByteArray> LetterRenderer::pdfData(const QList<QString> &bodiesHtml, const QString &title,
                                           QList<int> *pageCounts) const
{
    if (bodiesHtml.isEmpty())
        return Error{tr("There are no letters to write.")};
    QByteArray data;
    QBuffer buffer(&data);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error{buffer.errorString()};
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Cohort"));
        writer.setResolution(300);
        if (Status s = paint(writer, bodiesHtml, pageCounts); !s)
            return Error{s.error()};
    }
    buffer.close();
    return data;
}

Status LetterRenderer::paint(QPagedPaintDevice &device, const QList<QString> &bodiesHtml, QList<int> *pageCounts) const
{
    if (bodiesHtml.isEmpty())
        return Error{tr("There are no letters to write.")};
    if (pageCounts)
        pageCounts->clear();
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("The page cannot be painted.")};
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    bool first = true;
    for (const QString &body : bodiesHtml) {
        SealedDocument doc;
        if (!m_letterhead.logo.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(logoUrl), m_letterhead.logo);
        if (!m_letterhead.signature.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(signatureUrl), m_letterhead.signature);
        doc.setDefaultFont(QFont(QStringLiteral("Serif"), 11));
        doc.setHtml(letterHtml(body));
        sealImages(doc);
        doc.documentLayout()->setPaintDevice(&device);
        doc.setPageSize(page.size());
        const int pages = doc.pageCount();
        if (pageCounts)
            pageCounts->append(pages);
        for (int i = 0; i < pages; ++i) {
            if (!first && !device.newPage())
                return Error{tr("A page cannot be added.")};
            first = false;
            painter.save();
            painter.translate(0, -i * page.height());
            doc.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
            painter.restore();
        }
    }
    if (!painter.end())
        return Error{tr("The pages cannot be finished.")};
    return {};
}

Result<QByteArray> LetterRenderer::sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{tr("Cannot read %1.").arg(path)};
    return hash.result();
}

} // namespace cohort

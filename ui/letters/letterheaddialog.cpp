#include "letters/letterheaddialog.h"

#include "common/messages.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int MaxImageSide = 1200;
} // namespace

LetterheadDialog::LetterheadDialog(const LetterheadSettings &settings, const QString &programOrganization,
                                   QWidget *parent)
    : QDialog(parent), m_settings(settings), m_organization(new QLineEdit(this)), m_address(new QPlainTextEdit(this)),
      m_logoPreview(new QLabel(this)), m_clearLogo(new QPushButton(tr("Remove"), this)),
      m_signatureName(new QLineEdit(this)), m_signatureTitle(new QLineEdit(this)), m_signaturePreview(new QLabel(this)),
      m_clearSignature(new QPushButton(tr("Remove"), this)), m_pageSize(new QComboBox(this))
{
    setObjectName(QStringLiteral("letterheadDialog"));
    setWindowTitle(tr("Letterhead"));

    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setText(settings.organization);
    m_organization->setPlaceholderText(programOrganization);
    m_organization->setToolTip(tr("Printed at the top of every letter; if empty, the program's organization is used"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlainText(settings.address);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_address->setAccessibleName(tr("Address"));
    m_signatureName->setObjectName(QStringLiteral("signatureNameEdit"));
    m_signatureName->setText(settings.signatureName);
    m_signatureName->setPlaceholderText(tr("e.g. Maria Lopez"));
    m_signatureTitle->setObjectName(QStringLiteral("signatureTitleEdit"));
    m_signatureTitle->setText(settings.signatureTitle);
    m_signatureTitle->setPlaceholderText(tr("e.g. Chair, Mentoring Committee"));
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("US Letter (8.5 × 11 in)"), QStringLiteral("letter"));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("a4"));
    m_pageSize->setCurrentIndex(settings.pageSize == QLatin1String("a4") ? 1 : 0);
    for (QLabel *preview : {m_logoPreview, m_signaturePreview}) {
        preview->setFixedSize(180, 60);
        preview->setAlignment(Qt::AlignCenter);
        preview->setFrameShape(QFrame::StyledPanel);
    }
    m_logoPreview->setAccessibleName(tr("Logo"));
    m_signaturePreview->setAccessibleName(tr("Signature image"));

    const auto imageRow = [this](QLabel *preview, QPushButton *clear, QByteArray LetterheadSettings::*field,
                                 const QString &chooseTitle) {
        auto *row = new QHBoxLayout;
        row->addWidget(preview);
        auto *choose = new QPushButton(tr("Choose…"), this);
        connect(choose, &QPushButton::clicked, this,
                [this, field, chooseTitle] { chooseImage(m_settings.*field, chooseTitle); });
        connect(clear, &QPushButton::clicked, this, [this, field] {
            (m_settings.*field).clear();
            updateImages();
        });
        row->addWidget(choose);
        row->addWidget(clear);
        row->addStretch();
        return row;
    };

    auto *head = new QGroupBox(tr("Letterhead"), this);
    auto *headForm = new QFormLayout(head);
    headForm->addRow(tr("&Organization:"), m_organization);
    headForm->addRow(tr("&Address:"), m_address);
    headForm->addRow(tr("Logo:"),
                     imageRow(m_logoPreview, m_clearLogo, &LetterheadSettings::logoPng, tr("Choose a Logo")));

    auto *sign = new QGroupBox(tr("Signature"), this);
    auto *signForm = new QFormLayout(sign);
    signForm->addRow(tr("&Name:"), m_signatureName);
    signForm->addRow(tr("&Title:"), m_signatureTitle);
    signForm->addRow(tr("Signature image:"),
                     imageRow(m_signaturePreview, m_clearSignature, &LetterheadSettings::signaturePng,
                              tr("Choose a Signature Image")));

    auto *page = new QGroupBox(tr("Page"), this);
    auto *pageForm = new QFormLayout(page);
    pageForm->addRow(tr("Page &size:"), m_pageSize);
    auto *margins = new QGridLayout;
    const QString sides[] = {tr("Top"), tr("Right"), tr("Bottom"), tr("Left")};
    const double values[] = {settings.marginTopMm, settings.marginRightMm, settings.marginBottomMm,
                             settings.marginLeftMm};
    for (int i = 0; i < 4; ++i) {
        m_margins[i] = new QDoubleSpinBox(this);
        m_margins[i]->setRange(5, 60);
        m_margins[i]->setDecimals(0);
        m_margins[i]->setSuffix(tr(" mm"));
        m_margins[i]->setValue(values[i]);
        m_margins[i]->setAccessibleName(tr("%1 margin").arg(sides[i]));
        auto *label = new QLabel(sides[i], this);
        label->setBuddy(m_margins[i]);
        margins->addWidget(label, 0, i);
        margins->addWidget(m_margins[i], 1, i);
    }
    pageForm->addRow(tr("Margins:"), margins);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addWidget(sign);
    layout->addWidget(page);
    layout->addWidget(buttons);
    updateImages();
}

LetterheadSettings LetterheadDialog::settings() const
{
    LetterheadSettings s = m_settings;
    s.organization = m_organization->text().trimmed();
    s.address = m_address->toPlainText().trimmed();
    s.signatureName = m_signatureName->text().trimmed();
    s.signatureTitle = m_signatureTitle->text().trimmed();
    s.pageSize = m_pageSize->currentData().toString();
    s.marginTopMm = m_margins[0]->value();
    s.marginRightMm = m_margins[1]->value();
    s.marginBottomMm = m_margins[2]->value();
    s.marginLeftMm = m_margins[3]->value();
    return s;
}

bool LetterheadDialog::readImage(const QString &path, QByteArray &png, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = tr("%1 is not an image Cohort can read (%2). Choose a PNG or JPEG file.")
                         .arg(path, reader.errorString());
        return false;
    }
    if (image.width() > MaxImageSide || image.height() > MaxImageSide)
        image = image.scaled(MaxImageSide, MaxImageSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&png);
    png.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return true;
}

bool LetterheadDialog::setLogoFromFile(const QString &path, QString *error)
{
    const bool ok = readImage(path, m_settings.logoPng, error);
    updateImages();
    return ok;
}

bool LetterheadDialog::setSignatureFromFile(const QString &path, QString *error)
{
    const bool ok = readImage(path, m_settings.signaturePng, error);
    updateImages();
    return ok;
}

void LetterheadDialog::chooseImage(QByteArray &png, const QString &title)
{
    const QString path =
        QFileDialog::getOpenFileName(this, title, QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)"));
    if (path.isEmpty())
        return;
    QByteArray read;
    QString error;
    if (!readImage(path, read, &error)) {
        Messages::warning(this, title, error);
        return;
    }
    png = read;
    updateImages();
}

void LetterheadDialog::updateImages()
{
    const auto show = [](QLabel *label, const QByteArray &png, const QString &none) {
        QPixmap pixmap;
        if (!png.isEmpty() && pixmap.loadFromData(png, "PNG")) {
            label->setPixmap(pixmap.scaled(label->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        } else {
            label->setPixmap({});
            label->setText(none);
        }
    };
    show(m_logoPreview, m_settings.logoPng, tr("No logo"));
    show(m_signaturePreview, m_settings.signaturePng, tr("No image"));
    m_clearLogo->setEnabled(!m_settings.logoPng.isEmpty());
    m_clearSignature->setEnabled(!m_settings.signaturePng.isEmpty());
}

} // namespace cohort

#pragma once

#include "store/letterstore.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cohort {

// Letters › Letterhead…: what every letter carries around its text — the organization and its
// address, a logo, the signature block (name, title, an optional scanned signature), the page
// size (US Letter or A4) and the margins. Nothing is stored here: settings() is the edited set
// for SetLetterheadCommand. Images are kept as PNG, scaled down to at most 1200 pixels.
class LetterheadDialog : public QDialog
{
    Q_OBJECT

public:
    LetterheadDialog(const LetterheadSettings &settings, const QString &programOrganization, QWidget *parent = nullptr);

    LetterheadSettings settings() const;

    // Reads an image file for the logo or the signature; false (and a message in error) when
    // the file is not an image Qt can read.
    bool setLogoFromFile(const QString &path, QString *error = nullptr);
    bool setSignatureFromFile(const QString &path, QString *error = nullptr);

    QLineEdit *organizationEdit() const { return m_organization; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QLineEdit *signatureNameEdit() const { return m_signatureName; }
    QLineEdit *signatureTitleEdit() const { return m_signatureTitle; }
    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QDoubleSpinBox *marginSpin(int side) const { return m_margins[side]; } // top, right, bottom, left

private:
    static bool readImage(const QString &path, QByteArray &png, QString *error);
    void chooseImage(QByteArray &png, const QString &title);
    void updateImages();

    LetterheadSettings m_settings;
    QLineEdit *m_organization;
    QPlainTextEdit *m_address;
    QLabel *m_logoPreview;
    QPushButton *m_clearLogo;
    QLineEdit *m_signatureName;
    QLineEdit *m_signatureTitle;
    QLabel *m_signaturePreview;
    QPushButton *m_clearSignature;
    QComboBox *m_pageSize;
    QDoubleSpinBox *m_margins[4];
};

} // namespace cohort

#include "review/applicationtextpanel.h"

#include "applications/applicationfields.h"
#include "common/statustext.h"
#include "document/programdocument.h"
#include "review/reviewcycledata.h"
#include "store/applicationstore.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cohort {

namespace {
// Fields a blind reviewer never sees: they say who the applicant is or where they work.
bool identifies(const QString &key)
{
    static const QStringList keys = {QStringLiteral("firstName"), QStringLiteral("lastName"),
                                     QStringLiteral("email"),     QStringLiteral("phone"),
                                     QStringLiteral("library"),   QStringLiteral("position"),
                                     QStringLiteral("city"),      QStringLiteral("alscMemberId")};
    return keys.contains(key);
}

QString shownValue(const ApplicationField &field, const QVariant &value)
{
    if (field.kind == ApplicationField::Kind::Bool)
        return value.toBool() ? ApplicationTextPanel::tr("Yes") : ApplicationTextPanel::tr("No");
    if (field.kind == ApplicationField::Kind::Choice) {
        for (const auto &[code, label] : field.choices) {
            if (code == value.toString())
                return label;
        }
    }
    return value.toString().trimmed();
}
} // namespace

ApplicationTextPanel::ApplicationTextPanel(QWidget *parent)
    : QWidget(parent), m_titleLabel(new QLabel(this)), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("applicationTextPanel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setObjectName(QStringLiteral("applicationTitleLabel"));
    m_browser->setObjectName(QStringLiteral("applicationTextBrowser"));
    m_browser->setAccessibleName(tr("Application text"));
    m_browser->setOpenLinks(false); // the text is the applicant's: nothing in it is followed or loaded
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_browser, 1);
    setApplication(nullptr, true);
}

void ApplicationTextPanel::setDocument(ProgramDocument *document)
{
    m_document = document;
}

void ApplicationTextPanel::setApplication(const ReviewApplication *application, bool blind)
{
    m_applicationId = application ? application->id : QString();
    if (!application || !m_document) {
        m_titleLabel->setText(tr("No application selected"));
        m_browser->setPlainText(tr("Select a row of the grid to read the application here."));
        return;
    }
    m_titleLabel->setText(application->label(blind));
    m_titleLabel->setAccessibleName(application->label(blind));
    auto loaded = m_document->applicationStore().load(application->id);
    if (!loaded) {
        m_browser->setPlainText(loaded.error());
        return;
    }
    Person person;
    if (!blind) {
        if (auto p = m_document->applicationStore().loadPerson(application->personId))
            person = p.value();
    }
    const Application &a = loaded.value();
    // Every value is the applicant's text: escaped, never interpreted.
    QString html = QStringLiteral("<p>%1 · %2</p>")
                       .arg(ApplicationFields::roleLabel(a.role).toHtmlEscaped(),
                            StatusText::applicationStatus(a.status).toHtmlEscaped());
    ApplicationField::Group group = ApplicationField::Group::Contact;
    bool groupShown = false;
    for (const ApplicationField &field : ApplicationFields::all()) {
        if (!field.appliesTo(a.role) || field.confidential || (blind && identifies(field.key)))
            continue;
        const QString value = shownValue(field, field.get(person, a));
        if (value.isEmpty())
            continue;
        if (!groupShown || field.group != group) {
            group = field.group;
            groupShown = true;
            html += QStringLiteral("<h3>%1</h3>").arg(ApplicationFields::groupTitle(group).toHtmlEscaped());
        }
        QString escaped = value.toHtmlEscaped();
        escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (field.kind == ApplicationField::Kind::LongText)
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(field.label.toHtmlEscaped(), escaped);
        else
            html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(field.label.toHtmlEscaped(), escaped);
    }
    if (blind)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Blind review: the applicant's name, email, library, position and city are hidden.")
                             .toHtmlEscaped());
    m_browser->setHtml(html);
}

QString ApplicationTextPanel::plainText() const
{
    return m_titleLabel->text() + QLatin1Char('\n') + m_browser->toPlainText();
}

} // namespace cohort

#include "ui/suites/suitecasedialog.h"

#include "ui/i18n/retranslator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace vd {

SuiteCaseDialog::SuiteCaseDialog(const QString& source, const QString& expected, QWidget* parent)
    : QDialog(parent), m_source(source)
{
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setWordWrap(true);
    m_expected = new QLineEdit(expected, this);
    m_expected->setObjectName(QStringLiteral("caseExpected"));
    m_expectedLabel = new QLabel(this);
    m_expectedLabel->setBuddy(m_expected);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("caseId"));
    m_id->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[\\w-]*")), m_id));
    m_idLabel = new QLabel(this);
    m_idLabel->setBuddy(m_id);
    m_ownTolerance = new QCheckBox(this);
    m_tolerance = new QDoubleSpinBox(this);
    m_tolerance->setRange(0.0, 10.0);
    m_tolerance->setSingleStep(0.05);
    m_tolerance->setDecimals(2);
    m_tolerance->setValue(0.2);
    m_tolerance->setEnabled(false);
    connect(m_ownTolerance, &QCheckBox::toggled, m_tolerance, &QWidget::setEnabled);
    m_tags = new QLineEdit(this);
    m_tagsLabel = new QLabel(this);
    m_tagsLabel->setBuddy(m_tags);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_expected, &QLineEdit::textChanged, this, &SuiteCaseDialog::updateButtons);

    auto* form = new QFormLayout(this);
    form->addRow(m_sourceLabel);
    form->addRow(m_expectedLabel, m_expected);
    form->addRow(m_idLabel, m_id);
    form->addRow(m_ownTolerance, m_tolerance);
    form->addRow(m_tagsLabel, m_tags);
    form->addRow(m_buttons);
    Retranslator::keep(this, [this] { retranslate(); });
    updateButtons();
    resize(520, sizeHint().height());
}

NewSuiteCase SuiteCaseDialog::newCase() const
{
    NewSuiteCase result;
    result.id = m_id->text().trimmed();
    result.expected = m_expected->text().simplified();
    if (m_ownTolerance->isChecked())
        result.tolerance = m_tolerance->value();
    for (const QString& tag :
         m_tags->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        result.tags << tag;
    return result;
}

std::optional<NewSuiteCase> SuiteCaseDialog::ask(const QString& source, const QString& expected,
                                                 QWidget* parent)
{
    SuiteCaseDialog dialog(source, expected, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.newCase();
}

void SuiteCaseDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_expected->text().trimmed().isEmpty());
}

void SuiteCaseDialog::retranslate()
{
    setWindowTitle(tr("Add a case to the suite"));
    m_sourceLabel->setText(tr("Recording: %1").arg(m_source));
    m_expectedLabel->setText(tr("&Expected text:"));
    m_expected->setPlaceholderText(tr("What the recording says, word for word"));
    m_idLabel->setText(tr("Case &id:"));
    m_id->setPlaceholderText(tr("From the recording's name"));
    m_ownTolerance->setText(tr("Own &tolerance:"));
    m_ownTolerance->setToolTip(tr("The highest word error rate that still passes; unchecked, the suite's "
                                  "default applies"));
    m_tagsLabel->setText(tr("T&ags:"));
    m_tags->setPlaceholderText(tr("Optional, separated by commas"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add case"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace vd

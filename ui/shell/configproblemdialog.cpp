#include "ui/shell/configproblemdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vd {

ConfigProblemDialog::ConfigProblemDialog(const QString& configPath, const ConfigErrors& errors,
                                         QWidget* parent)
    : QDialog(parent), m_configPath(configPath)
{
    setObjectName(QStringLiteral("configProblemDialog"));
    setWindowTitle(tr("Configuration problem"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    m_summary =
        new QLabel(tr("<p><b>VoiceDeck cannot use its configuration file</b><br>%1</p>"
                      "<p>The file has not been changed. Fix it and choose <i>Try Again</i>, or "
                      "move it aside (it is kept as <tt>%2.corrupt-…</tt>) and start with the "
                      "default settings.</p>")
                       .arg(configPath.toHtmlEscaped(), QFileInfo(configPath).fileName().toHtmlEscaped()),
                   this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStringList lines;
    for (const ConfigError& error : errors) {
        // File-level problems are worded to follow the file's name ("is not valid JSON at …").
        const QString subject = error.key.isEmpty() ? QFileInfo(error.file).fileName() + QLatin1Char(' ')
                                                    : error.key + QStringLiteral(": ");
        lines << subject + error.problem;
    }
    m_problems = new QPlainTextEdit(lines.join(QLatin1Char('\n')), this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* openFolder = buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    openFolder->setObjectName(QStringLiteral("openFolder"));
    QPushButton* tryAgain = buttons->addButton(tr("&Try Again"), QDialogButtonBox::AcceptRole);
    tryAgain->setObjectName(QStringLiteral("tryAgain"));
    QPushButton* moveAside =
        buttons->addButton(tr("&Move Aside and Use Defaults"), QDialogButtonBox::AcceptRole);
    moveAside->setObjectName(QStringLiteral("moveAside"));
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setDefault(true);

    connect(openFolder, &QPushButton::clicked, this, [this] {
        Q_EMIT openFolderRequested(QUrl::fromLocalFile(QFileInfo(m_configPath).absolutePath()));
    });
    connect(tryAgain, &QPushButton::clicked, this, [this] { finishWith(Choice::TryAgain); });
    connect(moveAside, &QPushButton::clicked, this, [this] { finishWith(Choice::MoveAside); });
    connect(quit, &QPushButton::clicked, this, [this] { finishWith(Choice::Quit); });

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

QString ConfigProblemDialog::problemsText() const
{
    return m_problems->toPlainText();
}

void ConfigProblemDialog::finishWith(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}

} // namespace vd

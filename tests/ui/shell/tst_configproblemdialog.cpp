#include "ui/shell/configproblemdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace vd;

class TestConfigProblemDialog : public QObject
{
    Q_OBJECT

private:
    const QString m_path = QStringLiteral("/home/ana/.config/voicedeck/config.json");
    const ConfigErrors m_errors{
        ConfigError::make(m_path, QString(),
                          QStringLiteral("is not valid JSON at line 1, column 30 (unterminated object)")),
        ConfigError::make(m_path, QStringLiteral("breaker.window_calls"),
                          QStringLiteral("must be between 1 and 1000")),
    };

    static QPushButton* button(ConfigProblemDialog& dialog, const char* name)
    {
        return dialog.findChild<QPushButton*>(QLatin1String(name));
    }

private slots:
    void namesTheFileAndEveryProblem()
    {
        ConfigProblemDialog dialog(m_path, m_errors);
        const QString summary = dialog.findChild<QLabel*>(QStringLiteral("summary"))->text();
        QVERIFY(summary.contains(m_path));
        QVERIFY(summary.contains(QStringLiteral("has not been changed")));
        QCOMPARE(dialog.problemsText(),
                 QStringLiteral("config.json is not valid JSON at line 1, column 30 (unterminated object)\n"
                                "breaker.window_calls: must be between 1 and 1000"));
    }

    void opensTheFoldersOfTheFileAndStaysOpen()
    {
        ConfigProblemDialog dialog(m_path, m_errors);
        dialog.show();
        QSignalSpy open(&dialog, &ConfigProblemDialog::openFolderRequested);
        QTest::mouseClick(button(dialog, "openFolder"), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toUrl(),
                 QUrl::fromLocalFile(QStringLiteral("/home/ana/.config/voicedeck")));
        QVERIFY(dialog.isVisible());
    }

    void reportsTheChoice_data()
    {
        QTest::addColumn<QString>("buttonName");
        QTest::addColumn<ConfigProblemDialog::Choice>("choice");
        QTest::addColumn<int>("result");
        QTest::newRow("quit") << "quit" << ConfigProblemDialog::Choice::Quit << int(QDialog::Rejected);
        QTest::newRow("try again") << "tryAgain" << ConfigProblemDialog::Choice::TryAgain
                                   << int(QDialog::Accepted);
        QTest::newRow("move aside") << "moveAside" << ConfigProblemDialog::Choice::MoveAside
                                    << int(QDialog::Accepted);
    }

    void reportsTheChoice()
    {
        QFETCH(QString, buttonName);
        QFETCH(ConfigProblemDialog::Choice, choice);
        QFETCH(int, result);
        ConfigProblemDialog dialog(m_path, m_errors);
        dialog.show();
        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::mouseClick(button(dialog, qPrintable(buttonName)), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(dialog.result(), result);
        QCOMPARE(dialog.choice(), choice);
        QVERIFY(!dialog.isVisible());
    }

    void escapeMeansQuit()
    {
        ConfigProblemDialog dialog(m_path, m_errors);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.choice(), ConfigProblemDialog::Choice::Quit);
    }
};

QTEST_MAIN(TestConfigProblemDialog)
#include "tst_configproblemdialog.moc"

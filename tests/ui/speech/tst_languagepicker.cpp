#include "ui/speech/languagepicker.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace vd;

// The language field takes BCP-47 codes only; what it refuses is explained, never dropped
// silently (issue #17: typing "English" left "Eng" with no word why).
class TestLanguagePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedKeystrokeIsExplained()
    {
        LanguagePicker picker;
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy refused(&picker, &LanguagePicker::inputRefused);
        QTest::keyClicks(picker.lineEdit(), QStringLiteral("English"));
        QCOMPARE(picker.language(), QStringLiteral("Eng")); // the validator still keeps it a code
        QVERIFY(!refused.isEmpty());
        const QString why = refused.constLast().at(0).toString();
        QVERIFY2(why.contains(QStringLiteral("en-US")), qPrintable(why));
        QCOMPARE(QToolTip::text(), why);
    }

    void validCodeIsTakenWithoutComment()
    {
        LanguagePicker picker;
        QSignalSpy refused(&picker, &LanguagePicker::inputRefused);
        QTest::keyClicks(picker.lineEdit(), QStringLiteral("zh-Hans-CN"));
        QCOMPARE(picker.language(), QStringLiteral("zh-Hans-CN"));
        QCOMPARE(refused.count(), 0);
    }
};

QTEST_MAIN(TestLanguagePicker)
#include "tst_languagepicker.moc"

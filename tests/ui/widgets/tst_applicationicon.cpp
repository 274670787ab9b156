#include "ui/widgets/applicationicon.h"

#include <QFile>
#include <QTest>

using namespace vd;

class TestApplicationIcon : public QObject
{
    Q_OBJECT
private slots:
    void offersEverySizeFromTheEmbeddedPngs()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48));
    }

    void embedsTheScalableSource()
    {
        initUiResources();
        QFile svg(QStringLiteral(":/icons/voicedeck.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }
};

QTEST_MAIN(TestApplicationIcon)
#include "tst_applicationicon.moc"

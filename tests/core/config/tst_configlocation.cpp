#include "core/config/configlocation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vd;

// The lookup order of PRODUCT.md §2: --config, then $VOICEDECK_CONFIG, then the XDG config dir.
class TestConfigLocation : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qunsetenv("VOICEDECK_CONFIG");
    }

    void commandLineOptionComesFirst()
    {
        qputenv("VOICEDECK_CONFIG", "/from/environment.json");
        QCOMPARE(resolveConfigPath(QStringLiteral("/from/option.json")), QStringLiteral("/from/option.json"));
    }

    void environmentComesSecond()
    {
        qputenv("VOICEDECK_CONFIG", "/from/environment.json");
        QCOMPARE(resolveConfigPath(), QStringLiteral("/from/environment.json"));
        QCOMPARE(resolveConfigPath(QString()), QStringLiteral("/from/environment.json"));
    }

    void emptyEnvironmentVariableIsIgnored()
    {
        qputenv("VOICEDECK_CONFIG", "");
        QCOMPARE(resolveConfigPath(), m_home.filePath(QStringLiteral("config/voicedeck/config.json")));
    }

    void otherwiseTheXdgConfigDirectory()
    {
        QCOMPARE(resolveConfigPath(), m_home.filePath(QStringLiteral("config/voicedeck/config.json")));
    }

    void doesNotDependOnTheApplicationsOrganisation()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SomeOrg"));
        QCoreApplication::setApplicationName(QStringLiteral("voicedeck-cli"));
        QCOMPARE(resolveConfigPath(), m_home.filePath(QStringLiteral("config/voicedeck/config.json")));
        QCOMPARE(stateDirectory(), m_home.filePath(QStringLiteral("data/voicedeck")));
    }

    void stateLivesInTheXdgDataDirectory()
    {
        QCOMPARE(stateDirectory(), m_home.filePath(QStringLiteral("data/voicedeck")));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestConfigLocation)
#include "tst_configlocation.moc"

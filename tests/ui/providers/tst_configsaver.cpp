#include "core/config/configfile.h"
#include "ui/providers/configsaver.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace vd;

namespace {

void replaceFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path); // atomically, as `voicedeck-cli config set` and most editors do
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
    QVERIFY(file.commit());
}

QJsonObject onDisk(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

AppConfig withRetries(AppConfig config, int retries)
{
    config.routing.maxRetries = retries;
    return config;
}

} // namespace

// The GUI's config writer (issue #16): it writes only what the GUI changed, follows changes
// made to the file outside the GUI, and loses no edit when the application quits mid-save.
class TestConfigSaver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("config.json"));
        replaceFile(m_path, R"({"version": 1})");
    }

    void saveKeepsAChangeMadeOutsideMeanwhile()
    {
        ConfigSaver saver;
        const AppConfig startUp = *ConfigFile::load(m_path);
        replaceFile(m_path, R"({"version": 1, "breaker": {"open_seconds": 99}})"); // `config set`
        QSignalSpy saved(&saver, &ConfigSaver::saved);
        saver.save(m_path, startUp, withRetries(startUp, 4));
        QVERIFY(saved.wait(20000));
        QCOMPARE(onDisk(m_path)[u"breaker"][u"open_seconds"].toInt(), 99);
        QCOMPARE(onDisk(m_path)[u"routing"][u"max_retries"].toInt(), 4);
        // And the GUI is told what the file now holds, both changes included.
        const auto config = saved.at(0).at(0).value<AppConfig>();
        QCOMPARE(config.breaker.openSeconds, 99);
        QCOMPARE(config.routing.maxRetries, 4);
    }

    void outsideChangesAreReportedAgainAndAgain()
    {
        ConfigSaver saver;
        saver.watch(m_path, *ConfigFile::load(m_path));
        QSignalSpy changed(&saver, &ConfigSaver::changedOutside);
        for (int seconds : {61, 62, 63}) { // each replace drops the old file from the watch list
            replaceFile(
                m_path,
                QStringLiteral(R"({"version": 1, "breaker": {"open_seconds": %1}})").arg(seconds).toUtf8());
            QTRY_VERIFY_WITH_TIMEOUT(
                !changed.isEmpty() && changed.last().at(0).value<AppConfig>().breaker.openSeconds == seconds,
                20000);
        }
    }

    void fileCreatedByTheFirstSaveIsFollowed()
    {
        const QString path = m_dir.filePath(QStringLiteral("new-folder/config.json"));
        ConfigSaver saver;
        saver.watch(path, AppConfig{}); // a first start: neither the file nor its folder exist
        QSignalSpy saved(&saver, &ConfigSaver::saved);
        saver.save(path, AppConfig{}, withRetries(AppConfig{}, 4));
        QVERIFY(saved.wait(20000));
        QSignalSpy changed(&saver, &ConfigSaver::changedOutside);
        replaceFile(path, R"({"version": 1, "routing": {"max_retries": 4}, "health": {"history_hours": 5}})");
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000);
        QCOMPARE(changed.first().at(0).value<AppConfig>().health.historyHours, 5);
    }

    void ownSavesAreNotReportedAsOutsideChanges()
    {
        ConfigSaver saver;
        const AppConfig startUp = *ConfigFile::load(m_path);
        saver.watch(m_path, startUp);
        QSignalSpy changed(&saver, &ConfigSaver::changedOutside);
        QSignalSpy saved(&saver, &ConfigSaver::saved);
        saver.save(m_path, startUp, withRetries(startUp, 4));
        QVERIFY(saved.wait(20000));
        // A marker change from outside: everything reported before it would be our own save.
        replaceFile(m_path,
                    R"({"version": 1, "routing": {"max_retries": 4}, "health": {"history_hours": 5}})");
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000);
        QCOMPARE(changed.first().at(0).value<AppConfig>().health.historyHours, 5);
    }

    // The saver waited for the running save when destroyed but dropped the one queued behind it.
    void queuedSaveIsWrittenWhenTheSaverIsDestroyed()
    {
        const AppConfig startUp = *ConfigFile::load(m_path);
        auto saver = std::make_unique<ConfigSaver>();
        // The one worker thread is busy: the first save stays running while the others queue.
        QThreadPool* pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore release;
        pool->start([&release] { release.acquire(); });
        saver->save(m_path, startUp, withRetries(startUp, 1));
        saver->save(m_path, withRetries(startUp, 1), withRetries(startUp, 2));
        saver->save(m_path, withRetries(startUp, 2), withRetries(startUp, 3)); // replaces the 2nd
        QVERIFY(saver->isBusy());
        release.release();
        saver.reset(); // as when the user quits during the save
        pool->setMaxThreadCount(threads);
        QCOMPARE(onDisk(m_path)[u"routing"][u"max_retries"].toInt(), 3);
    }
};

QTEST_MAIN(TestConfigSaver)
#include "tst_configsaver.moc"

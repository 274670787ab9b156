#include "ui/audio/pcmbuffer.h"

#include <QSignalSpy>
#include <QTest>

using namespace vd;

class TestPcmBuffer : public QObject
{
    Q_OBJECT
private slots:
    void readsWhatWasAppendedInOrder()
    {
        PcmBuffer buffer;
        buffer.append("abcd");
        buffer.append("ef");
        QCOMPARE(buffer.bytesAvailable(), 6);
        QCOMPARE(buffer.read(4), QByteArray("abcd"));
        QCOMPARE(buffer.read(10), QByteArray("ef"));
        QCOMPARE(buffer.totalRead(), 6);
    }

    void runningDryBeforeTheEndIsNotTheEnd()
    {
        PcmBuffer buffer;
        buffer.append("ab");
        QCOMPARE(buffer.read(2), QByteArray("ab"));
        QCOMPARE(buffer.read(2), QByteArray());
        QVERIFY(!buffer.atEnd());
        QVERIFY(!buffer.isDrained());
        buffer.append("cd");
        QCOMPARE(buffer.read(2), QByteArray("cd"));
        buffer.finish();
        QVERIFY(buffer.isDrained());
    }

    // The Pulse sink must never start its own drain (see PcmBuffer::atEnd), so the sink sees an
    // endless stream even once the buffer is drained.
    void theSinkNeverSeesTheEnd()
    {
        PcmBuffer buffer;
        QVERIFY(!buffer.atEnd());
        buffer.append("ab");
        buffer.finish();
        QCOMPARE(buffer.read(2), QByteArray("ab"));
        QVERIFY(buffer.isDrained());
        QVERIFY(!buffer.atEnd());
    }

    void handsOutWholeFramesOnly()
    {
        PcmBuffer buffer;
        buffer.setFrameBytes(4);
        buffer.append("abcdef");
        QCOMPARE(buffer.read(6), QByteArray("abcd"));
        QCOMPARE(buffer.read(6), QByteArray());
        buffer.append("gh");
        QCOMPARE(buffer.read(6), QByteArray("efgh"));
    }

    void aTrailingPartialFrameDoesNotBlockTheEnd()
    {
        PcmBuffer buffer;
        buffer.append("abc");
        buffer.finish();
        QCOMPARE(buffer.read(3), QByteArray("ab"));
        QVERIFY(buffer.isDrained());
    }

    void appendingSignalsReadyReadAndIgnoresDataAfterFinish()
    {
        PcmBuffer buffer;
        QSignalSpy ready(&buffer, &QIODevice::readyRead);
        buffer.append("ab");
        buffer.finish();
        buffer.append("cd");
        QCOMPARE(ready.count(), 1);
        QCOMPARE(buffer.totalAppended(), 2);
    }

    void longStreamsReadBackIntactAcrossBufferCompaction()
    {
        PcmBuffer buffer;
        const QByteArray chunk(256 * 1024, 'x');
        qint64 read = 0;
        for (int i = 0; i < 40; ++i) {
            buffer.append(chunk);
            read += buffer.read(chunk.size()).size();
        }
        QCOMPARE(read, buffer.totalAppended());
        QCOMPARE(buffer.bytesAvailable(), 0);
    }

    void isReadOnly()
    {
        PcmBuffer buffer;
        QVERIFY(buffer.isSequential());
        QVERIFY(!buffer.isWritable());
    }
};

QTEST_GUILESS_MAIN(TestPcmBuffer)
#include "tst_pcmbuffer.moc"

#include "tests/support/mockserver/gzipbomb.h"

#include <QHash>
#include <QMutex>
#include <algorithm>
#include <zlib.h>

namespace vd::test {

namespace {

constexpr qint64 kPieceBytes = 1024 * 1024;

// Feeds one input piece to the deflater and appends what it produced.
void deflatePiece(z_stream& stream, QByteArray& out, const QByteArray& piece, int flush)
{
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(piece.constData()));
    stream.avail_in = uInt(piece.size());
    char buffer[64 * 1024];
    do {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, flush);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0);
}

QByteArray deflateBomb(const QByteArray& head, qint64 fillBytes, char fill)
{
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    deflatePiece(stream, out, head, Z_NO_FLUSH);
    const QByteArray piece(kPieceBytes, fill);
    for (qint64 left = fillBytes; left > 0; left -= kPieceBytes)
        deflatePiece(stream, out, left >= kPieceBytes ? piece : piece.left(left), Z_NO_FLUSH);
    deflatePiece(stream, out, {}, Z_FINISH);
    deflateEnd(&stream);
    return out;
}

} // namespace

QByteArray gzipBomb(const QByteArray& head, qint64 fillBytes, char fill)
{
    // Deflating 128 MiB takes about a second: made once per shape, as a fault is played again
    // and again (the fault matrix plays it for every provider).
    static QMutex mutex;
    static QHash<QByteArray, QByteArray> made;
    const QByteArray key = head + '\0' + QByteArray::number(fillBytes) + fill;
    const QMutexLocker lock(&mutex);
    auto it = made.find(key);
    if (it == made.end())
        it = made.insert(key, deflateBomb(head, fillBytes, fill));
    return *it;
}

} // namespace vd::test

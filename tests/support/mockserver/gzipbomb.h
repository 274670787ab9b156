#pragma once

#include <QByteArray>

namespace vd::test {

// A gzip member that inflates to `head` followed by `fillBytes` copies of `fill`: a compression
// bomb of about a thousand to one (256 MiB of filler compress to some 256 KiB). Deflated piece by
// piece, so the inflated size is never held in memory.
QByteArray gzipBomb(const QByteArray& head, qint64 fillBytes, char fill = ' ');

} // namespace vd::test

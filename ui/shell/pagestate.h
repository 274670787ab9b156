#pragma once

#include <QByteArray>

namespace vd {

// Optional interface of a main-window page that wants its own state (splitter sizes, the chosen
// provider, a chart's range…) kept between runs. MainWindow finds it with dynamic_cast and stores
// the bytes in the application's QSettings under the page's id; the format is the page's own.
class PageState
{
public:
    virtual ~PageState() = default;

    virtual QByteArray savePageState() const = 0;
    // Called once at start with what savePageState() returned last time; returns false (and
    // keeps its defaults) when it cannot use the bytes, e.g. after a format change.
    virtual bool restorePageState(const QByteArray& state) = 0;
};

} // namespace vd

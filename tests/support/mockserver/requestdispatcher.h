#pragma once

#include "tests/support/mockserver/fault.h"
#include "tests/support/mockserver/httprequest.h"
#include "tests/support/mockserver/httpresponse.h"

namespace vd::test {

// What to send back for one request: the response and how to play it.
struct Reply
{
    HttpResponse response;
    Fault fault; // Kind::None: send normally
    bool close = false; // close the connection afterwards regardless of keep-alive
};

// Turns parsed requests into replies; implemented by the server, used by each connection.
class RequestDispatcher
{
public:
    virtual ~RequestDispatcher() = default;
    virtual Reply dispatch(const HttpRequest& request, const QString& framingWarning) = 0;
    // The request could not be read (malformed, over the size cap): `status` and why.
    virtual Reply rejectUnreadable(const HttpRequest& partial, int status, const QString& message) = 0;
};

} // namespace vd::test

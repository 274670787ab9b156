#pragma once

#include "core/model/result.h"

#include <QString>

namespace vd::cli {

// Reads a secret (an API key) from standard input, never from the command line where it would
// end up in the shell history and the process list. On a terminal it prompts on stderr and turns
// echo off while the user types (restored afterwards, also on Ctrl+C); from a pipe it reads the
// whole input. One trailing newline (LF or CRLF) is dropped; an empty, multi-line or huge input
// is refused with a message that says what to do (never the input itself).
class SecretInput
{
public:
    static constexpr qint64 kMaxBytes = 64 * 1024;

    static Result<QString> read(const QString& prompt);
};

} // namespace vd::cli

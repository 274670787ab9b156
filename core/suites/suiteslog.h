#pragma once

#include <QLoggingCategory>

// Logging category of core/suites: loading suite files and running them.
Q_DECLARE_LOGGING_CATEGORY(lcSuites)

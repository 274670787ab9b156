#pragma once

// The second process of the "killed writer" test: tst_historystore re-runs itself with
// VD_HISTORY_CHILD=<database path>; the child then writes batches forever, printing "batch N"
// after each commit, until the parent kills it with SIGKILL. With VD_HISTORY_CHILD_COMMANDS=N
// too, it opens the database, adds one row and closes it N times, as N CLI commands would.
int runHistoryChild(const char* path);

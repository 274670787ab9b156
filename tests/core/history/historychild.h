#pragma once

// The second process of the "killed writer" test: tst_historystore re-runs itself with
// VD_HISTORY_CHILD=<database path>; the child then writes batches forever, printing "batch N"
// after each commit, until the parent kills it with SIGKILL.
int runHistoryChild(const char* path);

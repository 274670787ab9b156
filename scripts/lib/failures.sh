# shellcheck shell=bash
# What failed in a CTest run, in a few lines. CI logs are long and may be cut in the middle;
# scripts/test.sh prints this at the very end so that the cause of a red run is always in view.
# Sourced (bash, `set -euo pipefail`).
#
#   vd_failure_summary BUILD_DIR   for each failed test of BUILD_DIR's last CTest run: its
#                                  failing checks, sanitizer reports, warnings and the last
#                                  lines it printed

vd_failure_summary() {
    local log=$1/Testing/Temporary/LastTest.log
    [[ -f $log ]] || return 0
    awk -v dir="$1" '
        # A test section runs from "N/M Test: NAME" to "Test Passed." or "Test Failed.".
        /^[0-9]+\/[0-9]+ Test: / { name = $3; n = 0; delete lines; next }
        name != "" { lines[++n] = $0 }
        /^Test Passed\./ { name = "" }
        /^Test Failed\./ && name != "" {
            printf "---- %s failed (%s)\n", name, dir
            shown = 0
            for (i = 1; i <= n && shown < 60; ++i)
                if (lines[i] ~ /^(FAIL!|   Loc:|QFATAL|QWARN|XPASS|SUMMARY: |==[0-9]+==ERROR|.*runtime error:|    #[0-9]+ 0x)/) {
                    print "  " lines[i]; ++shown
                }
            print "  last lines:"
            for (i = (n > 12 ? n - 12 : 1); i <= n; ++i)
                print "  | " lines[i]
            name = ""
        }' "$log"
}

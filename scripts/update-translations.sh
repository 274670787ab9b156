#!/usr/bin/env bash
# Refreshes translations/voicedeck_*.ts from the sources whose text the GUI shows (core/, whose
# error messages reach the pages, ui/ and app/gui/) and lists what is left to translate. The
# `update_translations` build target runs exactly this script.
#
#   scripts/update-translations.sh
#
# Russian holds every message. English is the source language, so voicedeck_en.ts holds only the
# plural (%n) messages, whose English forms ("1 file" / "%n files") must be written out
# (-pluralonly). Locations are relative (small diffs when code moves); messages that left the
# code are dropped (-no-obsolete). Prints the unfinished messages of each file and exits 0; the
# test tst_translationcatalogue fails while any remain. Environment:
#   LUPDATE   the lupdate to use (default: Qt 6's, /usr/lib/qt6/bin/lupdate)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$root"

# -I . lets lupdate follow the repo-rooted includes and see which class (and namespace) each
# tr() belongs to.
common=(-silent -locations relative -no-obsolete -I . core ui app/gui)
"$lupdate" "${common[@]}" -ts translations/voicedeck_ru.ts
"$lupdate" "${common[@]}" -pluralonly -ts translations/voicedeck_en.ts

# The plugins' own words are in their metadata JSON, which lupdate cannot read: each plugin's
# catalogue (<plugin dir>/i18n/<name>_ru.ts, embedded into the plugin) is refreshed from it.
while IFS= read -r metadata; do
    name=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["name"])' "$metadata")
    python3 scripts/plugin-translations.py "$metadata" "$(dirname "$metadata")/i18n/${name}_ru.ts" ru_RU
done < <(grep -l '"api_version"' $(find core/providers -name '*.json') | sort)

python3 - translations/voicedeck_ru.ts translations/voicedeck_en.ts <<'EOF'
import sys
import xml.etree.ElementTree as ET

for path in sys.argv[1:]:
    messages = unfinished = 0
    pending = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages += 1
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(forms):
                unfinished += 1
                pending.append(f"  {name}: {message.findtext('source')!r}")
    print(f"{path}: {messages} messages, {unfinished} unfinished")
    for line in pending:
        print(line)
EOF

#!/usr/bin/env python3
"""Refreshes a provider plugin's translation catalogue from its metadata JSON.

    scripts/plugin-translations.py <plugin metadata .json> <catalogue .ts> <language>

A plugin's own words (its description, and each setting's label, unit and description) live in
its metadata JSON, which lupdate cannot read. The GUI translates them where it shows them, under
the contexts the built-in providers use: "vd::SettingWording" for labels and units, "vd" for
descriptions (core/model/settingsschema.h, core/model/translate.h). This writes exactly those
messages into the catalogue's two contexts, keeps the translations it already holds, marks new
messages unfinished and drops messages the metadata no longer has; other contexts (the plugin's
own tr() messages, which lupdate maintains) are kept as they are. Prints the unfinished ones.
scripts/update-translations.sh runs it for every plugin in the repository; a plugin embeds the
compiled catalogue (vd_add_plugin_translations in core/providers/CMakeLists.txt).
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

WORDING = "vd::SettingWording"
DESCRIPTIONS = "vd"


def wanted_messages(metadata):
    """(context, source) pairs in the order the metadata holds them, without repeats."""
    pairs = [(DESCRIPTIONS, metadata.get("description", ""))]
    for field in metadata.get("settings", []):
        pairs += [(WORDING, field.get("label", "")), (WORDING, field.get("unit", "")),
                  (DESCRIPTIONS, field.get("description", ""))]
    seen = set()
    return [p for p in pairs if p[1] and not (p in seen or seen.add(p))]


def existing_catalogue(path):
    """The translations of the two managed contexts, and every other context as it is."""
    if not path.exists():
        return {}, []
    known, others = {}, []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        if name not in (WORDING, DESCRIPTIONS):
            others.append(context)
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                known[(name, message.findtext("source"))] = translation.text
    return known, others


def write_catalogue(path, language, messages, known, others):
    root = ET.Element("TS", version="2.1", language=language)
    root.extend(others)
    for context_name in (WORDING, DESCRIPTIONS):
        sources = [source for context, source in messages if context == context_name]
        if not sources:
            continue
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source in sources:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            text = known.get((context_name, source))
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    metadata_path, catalogue_path, language = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    messages = wanted_messages(json.loads(metadata_path.read_text(encoding="utf-8")))
    known, others = existing_catalogue(catalogue_path)
    write_catalogue(catalogue_path, language, messages, known, others)
    unfinished = [m for m in messages if m not in known]
    print(f"{catalogue_path}: {len(messages)} messages, {len(unfinished)} unfinished")
    for context, source in unfinished:
        print(f"  {context}: {source!r}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fills translations/proclab_ko.ts from the Korean phrase book in ko_phrases.py.
Run after lupdate; prints any source text that still has no Korean."""
import os, sys, xml.etree.ElementTree as ET
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from ko_phrases import KO, NUMERUS, BY_CONTEXT
path = os.path.join(here, 'proclab_ko.ts')
tree = ET.parse(path)
missing = []
for ctx in tree.getroot().findall('context'):
    cname = ctx.find('name').text
    for msg in ctx.findall('message'):
        src = msg.find('source').text or ''
        tr = msg.find('translation')
        # Text no longer in the code (lupdate keeps it as vanished/obsolete, or it lost its
        # locations): drop it rather than translate it back to life.
        if tr.get('type') in ('vanished', 'obsolete') or msg.find('location') is None:
            ctx.remove(msg); continue
        if msg.get('numerus') == 'yes':
            text = NUMERUS.get(src)
            if text is None:
                missing.append((cname, src)); continue
            for child in list(tr):
                tr.remove(child)
            form = ET.SubElement(tr, 'numerusform'); form.text = text
        else:
            text = BY_CONTEXT.get((cname, src), KO.get(src))
            if text is None:
                missing.append((cname, src)); continue
            tr.text = text
        tr.attrib.pop('type', None)
tree.write(path, encoding='utf-8', xml_declaration=True)
with open(path, 'r+', encoding='utf-8') as f:  # keep lupdate's doctype line
    body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0); f.write(body); f.truncate()
for c, s in missing:
    print('MISSING', c, repr(s))
sys.exit(1 if missing else 0)

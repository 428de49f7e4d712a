#!/usr/bin/env python3
"""Writes src/DongThuan.Web/Resources/SharedResource.en.resx from tools/en.tsv (Vietnamese key <TAB> English).

The TSV is the one place translators edit; the .resx is what .NET reads. Run after editing the TSV."""
import pathlib
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent.parent
rows = [l.split("\t") for l in (root / "tools/en.tsv").read_text(encoding="utf-8").splitlines() if l.strip()]
out = ['<?xml version="1.0" encoding="utf-8"?>', "<root>",
       '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
       '  <resheader name="version"><value>2.0</value></resheader>',
       '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>',
       '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>']
seen = set()
for vi, en in sorted(rows):
    # MSBuild treats resource names case-insensitively: "Ngày" and "ngày" would collide and one be dropped.
    if vi.lower() in seen:
        raise SystemExit(f"duplicate key (ignoring case): {vi}")
    seen.add(vi.lower())
    out.append(f'  <data name="{escape(vi, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(en)}</value></data>')
out.append("</root>")
(root / "src/DongThuan.Web/Resources/SharedResource.en.resx").write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"{len(rows)} entries")

#!/usr/bin/python3
"""Makes the site's math font, Sources/DescentSite/Resources/MathFont/descent-math.woff2.

Descent Math is Latin Modern Math 1.959 (Debian's fonts-lmodern, GUST Font License) cut down
to the characters the math converter writes or a lesson is likely to type, and renamed as the
licence asks of derived fonts. Run on Debian with `apt-get install fonts-lmodern
python3-fonttools python3-brotli`, then `/usr/bin/python3 scripts/math-font.py`. The output is
committed, and embedded in the binary by scripts/embed-math-font.py (run at the end); builds
never run this. Two runs give the same bytes (checked by the script).

Changes to the original font:
- subset (pyftsubset's rules) to the Unicode ranges below, keeping the MATH table (size
  variants and assemblies of every kept glyph), and the 'ssty' and 'dtls' features;
- the font's names changed to "Descent Math" (clause 1 of the GUST Font License);
- the 'math' script's features also registered under the default script (DFLT), so that the
  stylesheet's `font-feature-settings: "ssty"` reaches them in browsers that shape scripts as
  ordinary text (Chromium): Latin Modern's script-style prime is the one fit to be raised.
"""
import hashlib
import io
import subprocess
import sys

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables

SOURCE = "/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf"
TARGET = "Sources/DescentSite/Resources/MathFont/descent-math.woff2"
FAMILY = "Descent Math"
POSTSCRIPT = "DescentMath-Regular"

RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x0131, 0x0131), (0x0237, 0x0237), (0x02C6, 0x02DD),
    (0x0391, 0x03A9), (0x03B1, 0x03C9), (0x03D1, 0x03D1), (0x03D5, 0x03D6), (0x03F0, 0x03F1),
    (0x03F5, 0x03F5), (0x2000, 0x206F), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF),
    (0x2308, 0x230B), (0x2322, 0x2323), (0x23B4, 0x23B5), (0x23DC, 0x23E1), (0x27C2, 0x27C2),
    (0x27E6, 0x27EF), (0x27F5, 0x27FF), (0x2A00, 0x2A06), (0x2A7D, 0x2A7E),
    # Mathematical alphanumerics: bold, italic (what MathML's automatic italic uses), script,
    # double-struck, dotless italic i and j, italic Greek, bold and double-struck digits.
    (0x1D400, 0x1D467), (0x1D49C, 0x1D4CF), (0x1D538, 0x1D56B), (0x1D6A4, 0x1D6A5),
    (0x1D6E2, 0x1D71B), (0x1D7CE, 0x1D7E1),
]


def build():
    font = TTFont(SOURCE, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["ssty", "dtls"]
    options.flavor = "woff2"
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for low, high in RANGES for c in range(low, high + 1)])
    subsetter.subset(font)
    rename(font)
    register_default_script(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


def rename(font):
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 3:
            record.string = f"{POSTSCRIPT};derived from Latin Modern Math 1.959"
        elif record.nameID == 4:
            record.string = f"{FAMILY} Regular"
        elif record.nameID == 6:
            record.string = POSTSCRIPT
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT]
    top = cff.topDictIndex[0]
    top.FamilyName = FAMILY
    top.FullName = f"{FAMILY} Regular"


def register_default_script(font):
    for tag in ("GSUB", "GPOS"):
        if tag not in font:
            continue
        script_list = font[tag].table.ScriptList
        records = {record.ScriptTag: record for record in script_list.ScriptRecord}
        if "math" not in records or "DFLT" in records:
            continue
        default = otTables.ScriptRecord()
        default.ScriptTag = "DFLT"
        default.Script = records["math"].Script
        script_list.ScriptRecord = sorted(script_list.ScriptRecord + [default], key=lambda r: r.ScriptTag)
        script_list.ScriptCount = len(script_list.ScriptRecord)


first, second = build(), build()
if first != second:
    sys.exit("error: two runs made different fonts; not writing")
with open(TARGET, "wb") as file:
    file.write(first)
print(f"{TARGET}: {len(first)} bytes, sha256 {hashlib.sha256(first).hexdigest()}")
subprocess.run([sys.executable, "scripts/embed-math-font.py"], check=True)

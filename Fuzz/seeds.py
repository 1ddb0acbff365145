#!/usr/bin/env python3
"""Writes the seed corpus, Fuzz/Corpus/<target>/, from the bundled course and docs.

Run from the repository root: python3 Fuzz/seeds.py. Deterministic: the same lessons give the
same files, named by the SHA-1 of their content as libFuzzer names its own. Existing files are
kept: reproducers of past findings live beside the seeds (remove a stale seed by hand).
"""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "Corpus"
LESSONS = sorted((ROOT / "lessons").glob("*.md"))
DOCS = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]

BLOCK = re.compile(r"^```descent [^\n]*\n(.*?)^```", re.M | re.S)
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.S)
INLINE_MATH = re.compile(r"(?<![\$\\])\$([^\$\n]+?)\$")

# Small tables in the shapes `data:` reads (no CSV file ships with the course).
CSVS = [
    "x,y\n1,3\n2,5\n3,7\n",
    "x, y\n0, 1.5\n1, -2e-3\n# a comment\n\n2, 4\n",
    "hours,score\r\n1,52\r\n2,61\r\n3,70\r\n",
    "a,b,c\n1,2,3\n4,5\n",
    "x,x\n1,2\n",
    "x\nnan\n",
]


def sections(text, limit=3000):
    """The text cut before its `## ` headings into pieces of at most `limit` bytes (a longer
    section is cut at a blank line), so the fuzzers mutate small inputs quickly (make fuzz runs
    them with -max_len=4096)."""
    pieces, current = [], ""
    for part in re.split(r"(?m)^(?=## )|(?<=\n\n)", text):
        if current and len((current + part).encode()) > limit:
            pieces.append(current)
            current = ""
        current += part
    return pieces + ([current] if current else [])


def write(target, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    for lesson in LESSONS:
        text = lesson.read_text(encoding="utf-8")
        for section in sections(text):
            write("FuzzSplice", section.encode())
            write("FuzzMarkdownCode", section.encode())
        for body in BLOCK.findall(text):
            write("FuzzBlock", body.encode())
            for line in body.splitlines():
                value = line.split("#", 1)[0].strip() if " #" in line else line.strip()
                if re.match(r"^\w+\([\w, ]+\)\s*=", value):
                    write("FuzzExpression", value.encode())
                elif value.startswith("stop:"):
                    write("FuzzStoppingRule", value[5:].strip().encode())
        for tex in DISPLAY_MATH.findall(text):
            write("FuzzMath", b"\x01" + tex.strip().encode())
        for tex in INLINE_MATH.findall(DISPLAY_MATH.sub("", text)):
            write("FuzzMath", b"\x00" + tex.encode())
    for doc in DOCS:
        for section in sections(doc.read_text(encoding="utf-8")):
            write("FuzzMarkdownCode", section.encode())
    toml = (ROOT / "lessons" / "course.toml").read_bytes()
    write("FuzzCourseSettings", toml)
    write("FuzzCourseSettings", b'\xef\xbb\xbftitle = "A \\"quoted\\" title"\r\n# comment\ndescription = \'literal\'\n')
    for csv in CSVS:
        write("FuzzCSV", csv.encode())
    for target in sorted(p.name for p in CORPUS.iterdir()):
        print(f"{target}: {len(list((CORPUS / target).iterdir()))} seeds")


main()

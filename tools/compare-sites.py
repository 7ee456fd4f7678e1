#!/usr/bin/env python3
"""Compares two course builds (e.g. `build --jobs 1` and `--jobs 2`) modulo what legitimately differs
between runs: timings, random chart element ids, rendered chart images, the output folder's name, and the report
files made of timings. Prints every other difference and exits 1 when there is one.

    tools/compare-sites.py artifacts/bench/course-jobs-1 artifacts/bench/course-jobs-2
"""
import os, re, sys

RULES = [
    (re.compile(r"nb-fig-[0-9a-f]{32}"), "nb-fig-ID"),                        # chart element ids (Guid per chart)
    (re.compile(r"data:image/png;base64,[A-Za-z0-9+/=]+"), "data:image/png;base64,IMG"),
    (re.compile(r'"image/png": "[A-Za-z0-9+/=]+"'), '"image/png": "IMG"'),   # .ipynb chart images
    (re.compile(r"\d+(\.\d+)? ?(s|ms|min)\b"), "TIME"),                      # "3.96 s", "508.2 s"
    (re.compile(r'time="[0-9.]+"'), 'time="TIME"'),                           # JUnit
    (re.compile(r"<td>\d+\.\d+</td>"), "<td>TIME</td>"),                       # report.html: seconds
    (re.compile(r"cell \d+: \d+\.\d+"), "cell N: TIME"),                        # report.html: slowest cell
]
TIMING_ONLY = {os.path.join("report", "timing.md")}


def normalise(text, root):
    text = text.replace(os.path.basename(os.path.normpath(root)), "OUTPUT-FOLDER")  # the .ipynb name their folder
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return text


def files(root):
    return {os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs}


def main(a, b):
    left, right = files(a), files(b)
    problems = [f"only in {a}: {f}" for f in sorted(left - right)] + [f"only in {b}: {f}" for f in sorted(right - left)]
    compared = 0
    for name in sorted(left & right):
        if name in TIMING_ONLY:
            continue
        x, y = open(os.path.join(a, name), "rb").read(), open(os.path.join(b, name), "rb").read()
        if x == y:
            compared += 1
            continue
        try:
            nx, ny = normalise(x.decode("utf-8"), a), normalise(y.decode("utf-8"), b)
        except UnicodeDecodeError:
            if name.endswith(".png"):
                compared += 1  # screenshots and chart images are rendered per run
                continue
            problems.append(f"binary files differ: {name}")
            continue
        if nx != ny:
            first = next(i for i, (p, q) in enumerate(zip(nx, ny)) if p != q) if any(p != q for p, q in zip(nx, ny)) else min(len(nx), len(ny))
            problems.append(f"{name} differs at character {first}: {nx[max(0, first - 80):first + 80]!r} vs {ny[max(0, first - 80):first + 80]!r}")
        compared += 1
    for p in problems:
        print(p)
    print(f"{compared} file(s) compared; {len(problems)} difference(s) beyond timings, chart ids and images")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

"""Checks the README's quoted example output against a fresh summary."""
import re
import sys

readme, summary = sys.argv[1], sys.argv[2]
text = open(readme).read()
block = text.split("Real output", 1)[1].split("```", 2)[1]
quoted = [l for l in block.splitlines() if l.startswith("line ")]
run = open(summary).read().splitlines()
missing = [l for l in quoted if l not in run]
total = lambda s: re.sub(r" in [0-9.]+ s:", " in T s:", s)
want = [total(l) for l in block.splitlines() if l.startswith("resnet18:")]
got = [total(l) for l in run if l.startswith("resnet18:")]
for l in missing:
    print("stale:", l)
if want != got:
    print("stale total:", want, "run:", got)
if not missing and want == got and quoted:
    print(f"README example: {len(quoted)} lines quoted, all equal the run; total equal")

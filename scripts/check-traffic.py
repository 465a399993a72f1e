#!/usr/bin/env python3
"""Runs a schedule's buffers as code and compares the elements its copies
move with what salsa's cost model (ZigZag's) predicts for the same
schedule, per scheduled op, operand, memory level and direction.

    scripts/check-traffic.py FILE.mlir --target PRESET [--pass-options "..."]

Schedules with `buffers` (tensors are bufferized first) and
`predict-traffic`, instruments with salsa-count-traffic, erases the memory
spaces, lowers with test/Integration/gen_tests.py's pipeline and runs
mlir-runner. A file without @main gets one that calls each public function
with fresh (uninitialised) arguments: the counts do not depend on values.
Prints each differing entry, then `N equal, M differ`. An entry is equal
only when the counted integer is the predicted one exactly (no tolerance);
docs/ZigZagModel.md explains the differences.
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "test", "Integration"))
import gen_tests  # noqa: E402  (LOWER, BUFFERIZE, RUNNER_LIBS)

LLVM_BIN = "/usr/lib/llvm-22/bin"
LLVM_LIB = "/usr/lib/llvm-22/lib"

LINE = re.compile(r"^salsa-traffic (op\d+ \S+ \S+ \S+) predicted (\S+) "
                  r"counted (-?\d+)$")


def split_args(text):
    """Top-level comma split of a function's argument list."""
    depth, cur, out = 0, "", []
    for ch in text:
        if ch in "<([{":
            depth += 1
        elif ch in ">)]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return [a.strip() for a in out]


def with_main(text):
    """Appends a @main calling every public function, if there is none."""
    if re.search(r"func\.func\s+@main\b", text):
        return text
    lines = ["func.func @main() {"]
    n = 0
    for m in re.finditer(r"func\.func\s+@(\w+)\s*\(", text):
        name = m.group(1)
        # The argument list up to the matching parenthesis.
        depth, i = 1, m.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        args = split_args(text[m.end():i - 1])
        rest = text[i:i + 400].split("{")[0]
        results = rest.split("->", 1)[1].strip() if "->" in rest else ""
        values, types = [], []
        for a in args:
            ty = a.split(":", 1)[1].strip()
            v = f"%arg{n}"
            n += 1
            if ty.startswith("tensor"):
                lines.append(f"  {v} = tensor.empty() : {ty}")
            elif ty.startswith("memref"):
                lines.append(f"  {v} = memref.alloc() : {ty}")
            else:
                sys.exit(f"check-traffic: @{name}: cannot make an argument "
                         f"of type {ty}")
            values.append(v)
            types.append(ty)
        call = f"call @{name}({', '.join(values)}) : ({', '.join(types)}) -> "
        call += results if results else "()"
        res = f"%r{n} = " if results and results != "()" else ""
        lines.append(f"  {res}{call}")
    lines += ["  return", "}"]
    return text + "\n" + "\n".join(lines) + "\n"


OP = re.compile(r"=\s*(linalg\.(?:conv_\w+|matmul\w*|batch_matmul\w*)\b.*"
                r"ins\((%[\w.]+), (%[\w.]+) : ([^,]+), ([^)]+)\) "
                r"outs\((%[\w.]+) : ([^)]+)\) -> (\S+))\s*$")


def split_layers(text, keep):
    """One function per convolution / matmul line of a network (each op on
    one line, as examples/gen_*.py write them); `keep`: indices or None."""
    funcs, index = [], 0
    for line in text.splitlines():
        m = OP.search(line)
        if not m:
            continue
        op, a, b, ta, tb, c, tc, tr = m.groups()
        if keep is None or index in keep:
            body = op.replace(a + ",", "%a,", 1).replace(b + " :", "%b :", 1)
            body = body.replace(f"outs({c} :", "outs(%c :", 1)
            funcs.append(f"func.func @layer{index}(%a: {ta}, %b: {tb}, "
                         f"%c: {tc}) -> {tr} {{\n  %r = {body}\n"
                         f"  return %r : {tr}\n}}")
        index += 1
    return "\n".join(funcs) + "\n"


def run(cmd, stdin):
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if p.returncode:
        sys.exit(f"check-traffic: {' '.join(cmd[:2])} failed:\n{p.stderr}")
    return p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    ap.add_argument("--target", required=True)
    ap.add_argument("--pass-options", default="",
                    help="more salsa-lower options, e.g. 'engine=exact'")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--split", action="store_true",
                    help="a network: one function per convolution/matmul")
    ap.add_argument("--layers", default="",
                    help="with --split: the layer indices to keep (0,3,5)")
    ap.add_argument("--all", action="store_true",
                    help="list the equal entries too")
    args = ap.parse_args()

    text = open(args.file).read()
    if args.split:
        keep = {int(x) for x in args.layers.split(",")} if args.layers else None
        text = split_layers(text, keep)
    salsa_opt = os.path.join(args.build, "bin", "salsa-opt")
    options = f"target={args.target} buffers predict-traffic {args.pass_options}"
    cmd = [salsa_opt, "-"]
    if "tensor<" in text:
        cmd.append(gen_tests.BUFFERIZE)
    cmd += [f"--salsa-lower={options.strip()}", "--salsa-count-traffic",
            "--salsa-erase-memory-spaces"] + gen_tests.LOWER
    lowered = run(cmd, with_main(text))
    out = run(gen_tests.runner(LLVM_LIB, os.path.join(LLVM_BIN, "mlir-runner")),
              lowered)
    equal = differ = 0
    for line in out.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        entry, predicted, counted = m.groups()
        if predicted == counted:
            equal += 1
            if args.all:
                print(f"equal:  {entry}: {counted}")
        else:
            differ += 1
            print(f"differ: {entry}: predicted {predicted}, counted {counted}")
    if equal + differ == 0:
        sys.exit("check-traffic: no salsa-traffic lines (nothing scheduled?)")
    print(f"{equal} equal, {differ} differ")


if __name__ == "__main__":
    main()

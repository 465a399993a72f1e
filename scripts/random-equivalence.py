#!/usr/bin/env python3
"""Random layers, scheduled and tiled by salsa, run through mlir-runner
against the untiled op: the printed outputs must be identical.

    scripts/random-equivalence.py [--cases N] [--seed S] [--build DIR] [--jobs J]
                                  [--buffers]

Shapes: conv_2d_nchw_fchw, conv_2d_nhwc_hwcf, depthwise_conv_2d_nhwc_hwc,
conv_2d_ngchw_gfchw, matmul, batch_matmul with odd sizes, per-axis strides
1-3, dilations 1-2, batch 1-3, on a random preset, on tensors or memrefs.
Values are small integers in f32, so any summation order is exact. Prints
one line per failure and a JSON summary; exits 1 on any mismatch.

With --buffers, salsa-lower runs with `buffers` (tensors are bufferized
first): explicit buffers per memory level and copies between them; the
memory spaces are erased (salsa-erase-memory-spaces) before lowering.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test", "Integration"))
import gen_tests  # noqa: E402  (the integration tests' generator)

LLVM_BIN = "/usr/lib/llvm-22/bin"
LLVM_LIB = "/usr/lib/llvm-22/lib"
PRESETS = ["tpu_like", "edge_tpu_like", "meta_prototype", "tesla_npu_like",
           "ascend_like", "eyeriss_like"]
INT8 = "precisions=W=8,I=8,O=16,O_final=8"


def conv_op(name, strides, dilations):
    return gen_tests.CONV.format(
        name=name, st="[%d, %d]" % strides, dil="[%d, %d]" % dilations)


def random_case(rng):
    """(description, op text, operand shapes)."""
    kind = rng.choice(["nchw", "nhwc", "depthwise", "grouped", "matmul",
                       "batch_matmul"])
    if kind in ("matmul", "batch_matmul"):
        m, n, k = (rng.randint(1, 40) for _ in range(3))
        if kind == "matmul":
            return (f"matmul {m}x{k}*{k}x{n}",
                    "linalg.matmul ins(%a, %b : {A}, {B}) outs(%c : {C}){RES}",
                    ([m, k], [k, n], [m, n]))
        b = rng.randint(1, 3)
        return (f"batch_matmul {b}x{m}x{k}*{k}x{n}",
                "linalg.batch_matmul ins(%a, %b : {A}, {B}) outs(%c : {C}){RES}",
                ([b, m, k], [b, k, n], [b, m, n]))
    n = rng.randint(1, 3)
    c = rng.randint(1, 6)
    f = rng.randint(1, 9)
    kh, kw = rng.randint(1, 4), rng.randint(1, 4)
    st = (rng.randint(1, 3), rng.randint(1, 3))
    dil = (rng.randint(1, 2), rng.randint(1, 2))
    oh, ow = rng.randint(1, 7), rng.randint(1, 7)
    ih = (oh - 1) * st[0] + (kh - 1) * dil[0] + 1
    iw = (ow - 1) * st[1] + (kw - 1) * dil[1] + 1
    what = (f"{kind} n={n} c={c} f={f} k={kh}x{kw} out={oh}x{ow} "
            f"stride={st} dilation={dil}")
    if kind == "nchw":
        return (what, conv_op("conv_2d_nchw_fchw", st, dil),
                ([n, c, ih, iw], [f, c, kh, kw], [n, f, oh, ow]))
    if kind == "nhwc":
        return (what, conv_op("conv_2d_nhwc_hwcf", st, dil),
                ([n, ih, iw, c], [kh, kw, c, f], [n, oh, ow, f]))
    if kind == "depthwise":
        return (what, conv_op("depthwise_conv_2d_nhwc_hwc", st, dil),
                ([n, ih, iw, c], [kh, kw, c], [n, oh, ow, c]))
    g = rng.randint(1, 3)
    return (what + f" groups={g}", conv_op("conv_2d_ngchw_gfchw", st, dil),
            ([n, g, c, ih, iw], [g, f, c, kh, kw], [n, g, f, oh, ow]))


def run(cmd, stdin=None):
    try:
        p = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    except OSError as e:  # a tool missing or being rebuilt
        return 127, "", f"{cmd[0]}: {e}"
    return p.returncode, p.stdout, p.stderr


def execute(salsa_opt, text, memref, prefix=()):
    """Lowers a module to LLVM and runs it; returns (ok, output or error)."""
    lower = (list(prefix) + ([] if memref else [gen_tests.BUFFERIZE]) +
             gen_tests.LOWER)
    rc, llvm_ir, err = run([salsa_opt, "-", *lower], text)
    if rc:
        return False, "lowering failed: " + err
    rc, out, err = run(
        gen_tests.runner(LLVM_LIB, os.path.join(LLVM_BIN, "mlir-runner")),
        llvm_ir)
    if rc:
        return False, "mlir-runner failed: " + err
    # The first line names the buffer's address.
    return True, "\n".join(l for l in out.splitlines() if "base@" not in l)


def check(salsa_opt, index, seed, buffers=False):
    rng = random.Random(seed * 1000003 + index)
    what, op, shapes = random_case(rng)
    target = rng.choice(PRESETS)
    memref = rng.random() < 0.3
    text = gen_tests.render(what, f"target={target} {INT8}", op, shapes, memref)
    label = f"case {index}: {what} on {target}{' (memref)' if memref else ''}"
    ok, reference = execute(salsa_opt, text, memref)
    if not ok:
        return label, "reference: " + reference
    if buffers:
        pre = [] if memref else [gen_tests.BUFFERIZE]
        rc, tiled, err = run([salsa_opt, "-", *pre,
                              f"--salsa-lower=target={target} {INT8} buffers"],
                             text)
    else:
        rc, tiled, err = run([salsa_opt, "-", f"--salsa-lower=target={target} {INT8}"], text)
    if rc:
        return label, "salsa-lower failed: " + err.strip()
    if "salsa.scheduled" not in tiled:
        return label, "not tiled"
    if buffers and "#salsa.memory_space" not in tiled:
        return label, "no buffers"
    if buffers:
        ok, result = execute(salsa_opt, tiled, True,
                             ["--salsa-erase-memory-spaces"])
    else:
        ok, result = execute(salsa_opt, tiled, memref)
    if not ok:
        return label, "tiled: " + result
    if result != reference or not reference.strip():
        return label, "outputs differ"
    return label, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--buffers", action="store_true",
                    help="salsa-lower with buffers (explicit memory levels)")
    args = ap.parse_args()
    salsa_opt = os.path.join(args.build, "bin", "salsa-opt")
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda i: check(salsa_opt, i, args.seed, args.buffers),
                                range(args.cases)))
    failures = [(label, why) for label, why in results if why]
    for label, why in failures:
        print(f"FAIL {label}: {why}")
    print(json.dumps({"cases": args.cases, "seed": args.seed,
                      "equal": args.cases - len(failures),
                      "failed": len(failures)}))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

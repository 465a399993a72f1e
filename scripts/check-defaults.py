#!/usr/bin/env python3
"""Schedules ordinary IR on a preset with default options (no precisions=),
through salsa-opt or stock mlir-opt-22 with the plugin, and checks that
every layer is scheduled and tiled; for runnable files (test/Integration)
the tiled program must print what the untiled one prints under mlir-runner.

    scripts/check-defaults.py --build build --preset tpu_like \
        [--driver salsa|stock] FILE.mlir ...

A file whose name ends in .tosa.mlir (an imported ONNX network) is lowered
by upstream's TOSA-to-linalg passes first. Prints one line per file and
ends with 'N passed, M failed'.
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "test", "Integration"))
import gen_tests  # noqa: E402  (the lowering pipeline of the integration tests)

TOSA = ("--pass-pipeline=builtin.module(func.func(tosa-to-linalg-named,"
        "tosa-to-linalg,tosa-to-arith,tosa-to-tensor))")


def run(cmd, stdin=None):
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(" ".join(cmd[:3]) + " ...: " + p.stderr.strip()[:2000])
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--preset", required=True)
    ap.add_argument("--driver", choices=["salsa", "stock"], default="salsa",
                    help="salsa-opt, or stock mlir-opt-22 with the plugin")
    ap.add_argument("--mlir-lib", default="/usr/lib/llvm-22/lib")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    salsa_opt = os.path.join(args.build, "bin", "salsa-opt")
    plugin = os.path.join(args.build, "lib", "SalsaPlugin.so")
    runner = gen_tests.runner(args.mlir_lib)

    def lower_salsa(text):
        options = f"target={args.preset} remarks"
        if args.driver == "salsa":
            cmd = [salsa_opt, f"--salsa-lower={options}"]
        else:
            cmd = ["mlir-opt-22", f"--load-dialect-plugin={plugin}", f"--load-pass-plugin={plugin}",
                   f"--pass-pipeline=builtin.module(salsa-lower{{{options}}})"]
        p = subprocess.run(cmd + ["-"], input=text, capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(p.stderr.strip().splitlines()[0] if p.stderr.strip() else "failed")
        return p.stdout, p.stderr

    passed = failed = 0
    for path in args.files:
        name = os.path.relpath(path)
        try:
            text = open(path).read()
            if path.endswith(".tosa.mlir") or "tosa." in text:
                text = run([salsa_opt, TOSA, path])
            layers = len(re.findall(r"^\s*(%\S+ = )?linalg\.", text, re.M))
            tiled, remarks = lower_salsa(text)
            scheduled = remarks.count("salsa: scheduled on")
            skipped = remarks.count("salsa: not scheduled:")
            # Non-layer linalg ops (fills, elementwise, pooling) say so with
            # remarks; every layer must have been scheduled.
            left = len(re.findall(r"salsa\.schedule =", tiled))
            if left or "warning" in remarks or "error" in remarks:
                raise RuntimeError(f"{left} schedules not applied or a warning: "
                                   + remarks.strip()[:300])
            if scheduled == 0:
                raise RuntimeError("no layer scheduled")
            note = f"{scheduled} scheduled, {skipped} other linalg ops left alone"
            if "func.func @main() {" in text:
                memref = "memref.alloc" in text and "bufferization.to_buffer" not in text
                lower = gen_tests.LOWER if memref else [gen_tests.BUFFERIZE] + gen_tests.LOWER
                ref = run([salsa_opt] + lower + ["-"], text)
                out = run([salsa_opt] + lower + ["-"], tiled)
                ref_out = run(runner, ref)
                tiled_out = run(runner, out)
                strip = lambda s: "\n".join(l for l in s.splitlines() if "base@" not in l)
                if strip(ref_out) != strip(tiled_out) or not re.search(r"\d", ref_out):
                    raise RuntimeError("tiled output differs from the untiled op's")
                note += ", same numbers"
            print(f"ok   {name}: {note}")
            passed += 1
        except RuntimeError as e:
            print(f"FAIL {name}: {e}")
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Every distinct accelerated layer of ResNet-18, MobileNetV2 and AlexNet
(examples/onnx, imported and lowered as a compiler would) scheduled with
`salsa-lower{target=T buffers}`, its memory spaces erased
(salsa-erase-memory-spaces), lowered upstream and run with mlir-runner,
against the untiled op run the same way: the printed outputs must be
identical. Prints JSON (per network and preset: layers, equal, differ,
seconds of the buffered runs, reference_seconds of the untiled ones, run
once per network; per layer: the op, its MACs, seconds, equal) and exits 1 on any
difference.

  bench/onnx-buffers.py [--build DIR] [--nets a,b] [--presets a,b] [--seed S]
                        [--max-macs N]

Inputs: each operand (the init included) is filled by
((sum of index_d * c_d) mod m) with coefficients c_d drawn per layer and
operand from --seed, and m a prime above them (11 or 13): small integers in
f32, so every summation order gives the same floats and "identical" is
exact. A layer is distinct by its op, attributes and operand types (the
same shape twice in a network runs once). --max-macs skips larger layers
(reported as skipped, not as equal).
"""
import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import time

from networks import PRESETS, ROOT, ZIGZAG_NETS, lowered

sys.path.insert(0, os.path.join(ROOT, "test", "Integration"))
import gen_tests  # noqa: E402  (LOWER, BUFFERIZE, runner, init)

LLVM_LIB = "/usr/lib/llvm-22/lib"
MLIR_RUNNER = "/usr/lib/llvm-22/bin/mlir-runner"

# One accelerated op per line, as upstream's TOSA-to-linalg prints them.
OP = re.compile(r"=\s*(linalg\.(?:\w*conv_\w+|matmul\w*|batch_matmul\w*)\b.*"
                r"ins\((%[\w.]+), (%[\w.]+) : ([^,]+), ([^)]+)\) "
                r"outs\((%[\w.]+) : ([^)]+)\) -> (\S+))\s*$")


def shape(tensor_type):
    return [int(x) for x in tensor_type[len("tensor<"):].split("x")[:-1]]


def distinct_layers(text):
    """[(op text on %a %b %c, (A, B, C) types, result type)], first
    occurrence order."""
    seen, out = set(), []
    for line in text.splitlines():
        m = OP.search(line)
        if not m:
            continue
        op, a, b, ta, tb, c, tc, tr = m.groups()
        body = op.replace(a + ",", "%a,", 1).replace(b + " :", "%b :", 1)
        body = body.replace(f"outs({c} :", "outs(%c :", 1)
        if body not in seen:
            seen.add(body)
            out.append((body, (ta, tb, tc), tr))
    return out


def module(layer, rng):
    """The layer as @layer and a @main that fills its operands and prints
    its result."""
    body, (ta, tb, tc), tr = layer
    lines = [f"func.func @layer(%a: {ta}, %b: {tb}, %c: {tc}) -> {tr} {{",
             f"  %r = {body}", f"  return %r : {tr}", "}",
             "func.func private @printMemrefF32(memref<*xf32>)",
             "func.func @main() {"]
    for name, ty in (("a", ta), ("b", tb), ("c", tc)):
        dims = shape(ty)
        modulus = rng.choice([11, 13])
        coeffs = [rng.randint(1, modulus - 1) for _ in dims]
        lines += gen_tests.init(name, dims, 0, modulus, False, coeffs)
    memref = tr.replace("tensor<", "memref<", 1)
    lines += [f"  %r = call @layer(%a, %b, %c) : ({ta}, {tb}, {tc}) -> {tr}",
              f"  %m = bufferization.to_buffer %r : {tr} to {memref}",
              f"  %u = memref.cast %m : {memref} to memref<*xf32>",
              "  call @printMemrefF32(%u) : (memref<*xf32>) -> ()",
              "  return", "}"]
    return "\n".join(lines) + "\n"


def run_digest(salsa_opt, passes, text):
    """Lowers with `passes`, runs @main; the SHA-256 of what it prints
    (the descriptor's address line left out) and the seconds taken."""
    start = time.perf_counter()
    lowered_ir = subprocess.run([salsa_opt, "-"] + passes, input=text,
                                capture_output=True, text=True)
    if lowered_ir.returncode:
        return None, time.perf_counter() - start, lowered_ir.stderr[:2000]
    out = subprocess.run(gen_tests.runner(LLVM_LIB, MLIR_RUNNER),
                         input=lowered_ir.stdout, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if out.returncode:
        return None, seconds, out.stderr[:2000]
    printed = "\n".join(line for line in out.stdout.splitlines()
                        if "base@" not in line)
    if not re.search(r"[0-9]", printed):
        return None, seconds, "printed no numbers"
    return hashlib.sha256(printed.encode()).hexdigest(), seconds, ""


def macs(salsa_opt, text):
    """The layer's MACs: the product of the loop sizes salsa reads
    (salsa-print-layers)."""
    r = subprocess.run([salsa_opt, "-", "--salsa-print-layers", "-o",
                        "/dev/null"], input=text, capture_output=True, text=True)
    n = 1
    for size in json.loads(r.stderr.splitlines()[0])["loop_sizes"]:
        n *= size
    return n


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for flag, kind, default in (("--seed", int, 16), ("--max-macs", float, 0),
                                ("--build", str, os.path.join(ROOT, "build")),
                                ("--nets", str, ",".join(ZIGZAG_NETS)),
                                ("--presets", str, ",".join(PRESETS))):
        p.add_argument(flag, type=kind, default=default)
    args = p.parse_args()
    bin_dir = os.path.join(args.build, "bin")
    salsa_opt = os.path.join(bin_dir, "salsa-opt")
    untiled = [gen_tests.BUFFERIZE] + gen_tests.LOWER
    runs, failures = [], 0
    for net in args.nets.split(","):
        layers = distinct_layers(lowered(bin_dir, net)["linalg"])
        rng = random.Random(f"{args.seed}:{net}")
        texts = [module(layer, rng) for layer in layers]
        sizes = [macs(salsa_opt, text) for text in texts]
        # The untiled reference, once per layer.
        refs = []
        for n, text in zip(sizes, texts):
            if args.max_macs and n > args.max_macs:
                refs.append((None, 0.0, "skipped"))
                continue
            refs.append(run_digest(salsa_opt, untiled, text))
        for preset in args.presets.split(","):
            buffered = [gen_tests.BUFFERIZE,
                        f"--salsa-lower=target={preset} buffers",
                        "--salsa-erase-memory-spaces"] + gen_tests.LOWER
            rows, start = [], time.perf_counter()
            for index, (layer, text, ref) in enumerate(zip(layers, texts, refs)):
                row = {"layer": index, "op": layer[0].split(" ")[0],
                       "types": list(layer[1]), "macs": sizes[index],
                       "reference_seconds": round(ref[1], 3)}
                if ref[2] == "skipped":
                    row.update(skipped=True)
                    rows.append(row)
                    continue
                digest, seconds, error = run_digest(salsa_opt, buffered, text)
                row.update(seconds=round(seconds, 3),
                           equal=bool(ref[0]) and digest == ref[0])
                if error or ref[2]:
                    row["error"] = error or ref[2]
                rows.append(row)
            seconds = time.perf_counter() - start
            ran = [r for r in rows if not r.get("skipped")]
            equal = sum(r["equal"] for r in ran)
            failures += len(ran) - equal
            runs.append({"network": net, "preset": preset,
                         "layers": len(layers), "equal": equal,
                         "differ": len(ran) - equal,
                         "skipped": len(rows) - len(ran),
                         "seconds": round(seconds, 1),
                         "reference_seconds": round(sum(r[1] for r in refs), 1),
                         "rows": rows})
            print(f"{net:12s} {preset:15s} {len(layers)} layers: {equal} "
                  f"equal, {len(ran) - equal} differ, "
                  f"{len(rows) - len(ran)} skipped, {seconds:.1f} s",
                  file=sys.stderr)
    json.dump({"benchmark": "distinct layers of ResNet-18, MobileNetV2, "
               "AlexNet with buffers under mlir-runner against the untiled op",
               "command": "bench/onnx-buffers.py " + " ".join(sys.argv[1:]),
               "seed": args.seed, "runs": runs}, sys.stdout, indent=1)
    print()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

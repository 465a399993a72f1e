#!/usr/bin/env python3
"""End to end on ONNX networks: for each network in examples/onnx and each
preset, salsa-import-onnx -> mlir-opt-22 (upstream TOSA-to-linalg) ->
salsa-opt --salsa-lower, timed stage by stage. Prints JSON: per network and
preset, the accelerated layers in the network (ZigZag's count), the ops
scheduled, predicted energy and latency (sum of the remarks), engines used,
and wall seconds (median of --repeat runs).

  bench/onnx-networks.py [--build DIR] [--repeat N] [--nets a,b] [--presets a,b]
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PRESETS = ["tpu_like", "edge_tpu_like", "meta_prototype", "tesla_npu_like",
           "ascend_like", "eyeriss_like"]
NETS = ["resnet18", "mobilenetv2", "alexnet"]
LOWER = ("--pass-pipeline=builtin.module(func.func(tosa-to-linalg-named,"
         "tosa-to-linalg,tosa-to-arith,tosa-to-tensor))")
REMARK = re.compile(r"remark: salsa: scheduled on \S+ with (\w+) over (\d+) "
                    r"orderings( \(proven optimal\))?: energy ([0-9.e+-]+) pJ, "
                    r"latency (\d+) cycles")


def timed(cmd, **kw):
    start = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    seconds = time.perf_counter() - start
    if r.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr[:2000]}")
    return r, seconds


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--nets", default=",".join(NETS))
    p.add_argument("--presets", default=",".join(PRESETS))
    args = p.parse_args()
    bin_dir = os.path.join(args.build, "bin")
    rows = []
    for net in args.nets.split(","):
        model = os.path.join(ROOT, "examples", "onnx", net + ".onnx")
        imported, t_import = timed([os.path.join(bin_dir, "salsa-import-onnx"),
                                    model])
        linalg, t_lower = timed(["mlir-opt-22", LOWER], input=imported.stdout)
        layers, _ = timed([os.path.join(bin_dir, "salsa-opt"),
                           "--salsa-print-layers", "-o", "/dev/null"],
                          input=linalg.stdout)
        n_layers = sum(1 for l in layers.stderr.splitlines()
                       if l.startswith("{"))
        for preset in args.presets.split(","):
            times = []
            for _ in range(args.repeat):
                r, t = timed([os.path.join(bin_dir, "salsa-opt"),
                              f"--salsa-lower=target={preset} precisions="
                              "W=8,I=8,O=16,O_final=8 remarks",
                              "--mlir-print-op-on-diagnostic=false",
                              "-o", "/dev/null"], input=linalg.stdout)
                times.append(t)
            remarks = REMARK.findall(r.stderr)
            engines = {}
            for engine, *_ in remarks:
                engines[engine] = engines.get(engine, 0) + 1
            row = {
                "network": net, "preset": preset,
                "accelerated_layers": n_layers,
                "ops_scheduled": len(remarks),
                "proven_optimal": sum(1 for m in remarks if m[2]),
                "engines": engines,
                "energy_pj": sum(float(m[3]) for m in remarks),
                "latency_cycles": sum(int(m[4]) for m in remarks),
                "import_seconds": round(t_import, 3),
                "tosa_to_linalg_seconds": round(t_lower, 3),
                "salsa_lower_seconds_median": round(statistics.median(times), 3),
                "salsa_lower_seconds": [round(t, 3) for t in times],
            }
            row["end_to_end_seconds"] = round(
                t_import + t_lower + row["salsa_lower_seconds_median"], 3)
            rows.append(row)
            print(f"{net:12s} {preset:15s} {row['ops_scheduled']}/{n_layers} "
                  f"ops  energy {row['energy_pj']:.4e} pJ  latency "
                  f"{row['latency_cycles']} cycles  "
                  f"{row['end_to_end_seconds']:.2f} s", file=sys.stderr)
    json.dump({"benchmark": "onnx-networks", "repeat": args.repeat,
               "cores": os.cpu_count(), "rows": rows}, sys.stdout, indent=1)
    print()
    return 0 if all(r["ops_scheduled"] == r["accelerated_layers"]
                    for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

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
import sys

from networks import NETS, PRESETS, ROOT, lowered, timed

REMARK = re.compile(r"remark: salsa: scheduled on \S+ with (\w+) over (\d+) "
                    r"orderings( \(proven optimal\))?: energy ([0-9.e+-]+) pJ, "
                    r"latency (\d+) cycles")


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
        net_ir = lowered(bin_dir, net)
        t_import, t_lower = net_ir["import_seconds"], net_ir["lower_seconds"]
        n_layers = sum(1 for l in net_ir["layers"].splitlines()
                       if l.startswith("{"))
        for preset in args.presets.split(","):
            times = []
            for _ in range(args.repeat):
                r, t = timed([os.path.join(bin_dir, "salsa-opt"),
                              f"--salsa-lower=target={preset} precisions="
                              "W=8,I=8,O=16,O_final=8 remarks",
                              "--mlir-print-op-on-diagnostic=false",
                              "-o", "/dev/null"], input=net_ir["linalg"])
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

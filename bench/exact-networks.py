#!/usr/bin/env python3
"""The exact engine on every accelerated layer of ResNet-18, MobileNetV2 and
AlexNet (examples/onnx, imported and lowered as a compiler would) on every
preset: salsa-bench-exact per network and preset, collected into one JSON
with the per-layer table (N, seconds, proven, certificate) and the summary
the issue asks for (all proven, each <= 10 s, median <= 1 s, agreement
with enumeration wherever N <= 1e6).

  bench/exact-networks.py [--build DIR] [--nets a,b] [--presets a,b] [--audit RATE]

--audit RATE re-costs that fraction of the engine's pruned prefixes,
equivalence classes and evaluations with the cost model (salsa-bench-exact
--audit); a contradiction is a layer not proven, with a NOT PROVEN reason.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

from networks import PRESETS, ROOT, ZIGZAG_NETS as NETS, lowered


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--nets", default=",".join(NETS))
    p.add_argument("--presets", default=",".join(PRESETS))
    p.add_argument("--audit", type=float, default=0)
    args = p.parse_args()
    bin_dir = os.path.join(args.build, "bin")
    work = os.path.join(args.build, "bench-exact")
    os.makedirs(work, exist_ok=True)
    runs, times = [], []
    for net in args.nets.split(","):
        path = os.path.join(work, net + ".layers.jsonl")
        with open(path, "w") as f:
            f.write(lowered(bin_dir, net)["layers"])
        for preset in args.presets.split(","):
            # Exit status 1 only says not everything was proven; the JSON
            # on stdout says what.
            r = subprocess.run([os.path.join(bin_dir, "salsa-bench-exact"),
                                "--layers", path, "--target", preset,
                                f"--audit={args.audit}"],
                               capture_output=True, text=True)
            d = json.loads(r.stdout)
            d["network"] = net
            # Relative to the repository, not this machine's checkout.
            d["layers_file"] = os.path.relpath(path, ROOT)
            runs.append(d)
            times += [row["seconds"] for row in d["rows"]]
            print(f"{net:12s} {preset:15s} {d['proven']}/{d['layers']} proven, "
                  f"agree {d['agreeing']}/{d['compared_with_exhaustive']}, "
                  f"median {d['median_seconds']:.3f} s, max "
                  f"{d['max_seconds']:.2f} s", file=sys.stderr)
    layers = sum(d["layers"] for d in runs)
    summary = {
        "layer_searches": layers,
        "proven": sum(d["proven"] for d in runs),
        "compared_with_exhaustive": sum(d["compared_with_exhaustive"]
                                        for d in runs),
        "agreeing": sum(d["agreeing"] for d in runs),
        "median_seconds": statistics.median(times),
        "max_seconds": max(times),
        "over_10_seconds": sum(1 for t in times if t > 10),
        "certificates_sum_to_n": all(row["certificate_sums_to_n"]
                                     for d in runs for row in d["rows"]),
    }
    json.dump({"benchmark": "exact engine on ResNet-18, MobileNetV2, AlexNet",
               "summary": summary, "runs": runs}, sys.stdout, indent=1)
    print()
    ok = (summary["proven"] == layers and summary["over_10_seconds"] == 0 and
          summary["agreeing"] == summary["compared_with_exhaustive"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

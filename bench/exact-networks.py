#!/usr/bin/env python3
"""The exact engine on every accelerated layer of ResNet-18, MobileNetV2 and
AlexNet (examples/onnx, imported and lowered as a compiler would) on every
preset and on three custom targets (bench/targets: an 8x8 array with small
register files, a 32x32 array unrolling K and OX, a 16x16 array with three
memory levels for every operand), for energy, latency and EDP, one thread:
salsa-bench-exact per network, target and objective, collected into one
JSON with the per-layer table (N over every spatial candidate, seconds,
proven, certificate) and a summary per objective (all proven, median and
max per layer and per spatial candidate, agreement with enumeration -- same
key and ordering -- wherever every candidate has N <= --agreement-limit).

  bench/exact-networks.py [--build DIR] [--nets a,b] [--targets a,b]
                          [--objectives energy,latency,edp] [--audit RATE]
                          [--agreement-limit N] [--budget SECONDS]

--budget is the exact engine's time per spatial candidate (default 2 s, the
issue's target for a layer's whole mapping space); a search out of time is
reported not proven, with its gap.

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

CUSTOM = ["small_rf_8x8", "wide_32x32", "three_level_16x16"]


def target_args(target):
    """salsa-bench-exact's flags for a preset or a bench/targets name."""
    if target in CUSTOM:
        base = os.path.join(ROOT, "bench", "targets", target)
        return ["--target", base + ".yaml", "--mapping", base + ".mapping.yaml"]
    return ["--target", target]


def summarize(runs):
    times = [row["seconds"] for d in runs for row in d["rows"]]
    per_candidate = [c["seconds"] for d in runs for row in d["rows"]
                     for c in row["candidates"]]
    layers = sum(d["layers"] for d in runs)
    rows = [row for d in runs for row in d["rows"]]
    # A search out of time returns its best, not the optimum: agreement is
    # asked of the proven ones.
    compared = [row for row in rows
                if row["proven_optimal"] and "agrees_with_exhaustive" in row]
    return {
        "layer_searches": layers,
        "proven": sum(d["proven"] for d in runs),
        "compared_with_exhaustive": len(compared),
        "agreeing": sum(row["agrees_with_exhaustive"] for row in compared),
        "unproven_compared": sum(1 for row in rows
                                 if not row["proven_optimal"] and
                                 "agrees_with_exhaustive" in row),
        "median_seconds": statistics.median(times),
        "max_seconds": max(times),
        "over_2_seconds": sum(1 for t in times if t > 2),
        "candidate_searches": len(per_candidate),
        "median_candidate_seconds": statistics.median(per_candidate),
        "max_candidate_seconds": max(per_candidate),
        "candidates_over_1_second": sum(1 for t in per_candidate if t > 1),
        "certificates_sum_to_n": all(row["certificate_sums_to_n"]
                                     for d in runs for row in d["rows"]),
    }


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--nets", default=",".join(NETS))
    p.add_argument("--targets", default=",".join(PRESETS + CUSTOM))
    p.add_argument("--objectives", default="energy,latency,edp")
    p.add_argument("--audit", type=float, default=0)
    p.add_argument("--agreement-limit", default="1e6")
    # The target for the whole mapping space of a layer.
    p.add_argument("--budget", default="2",
                   help="exact engine seconds per spatial candidate")
    args = p.parse_args()
    bin_dir = os.path.join(args.build, "bin")
    work = os.path.join(args.build, "bench-exact")
    os.makedirs(work, exist_ok=True)
    paths = {}
    for net in args.nets.split(","):
        paths[net] = os.path.join(work, net + ".layers.jsonl")
        with open(paths[net], "w") as f:
            f.write(lowered(bin_dir, net)["layers"])
    runs = []
    for objective in args.objectives.split(","):
        for net in args.nets.split(","):
            for target in args.targets.split(","):
                # Exit status 1 only says not everything was proven or
                # agreed; the JSON on stdout says what.
                r = subprocess.run(
                    [os.path.join(bin_dir, "salsa-bench-exact"),
                     "--layers", paths[net], *target_args(target),
                     "--objective", objective, "--threads", "1",
                     f"--agreement-limit={args.agreement_limit}",
                     f"--budget={args.budget}",
                     f"--audit={args.audit}"],
                    capture_output=True, text=True)
                if not r.stdout.startswith("{"):
                    sys.exit(f"salsa-bench-exact on {net}, {target}: {r.stderr}")
                d = json.loads(r.stdout)
                d["network"] = net
                d["target"] = target
                # Relative to the repository, not this machine's checkout.
                d["layers_file"] = os.path.relpath(paths[net], ROOT)
                d.pop("mapping", None)
                runs.append(d)
                print(f"{objective:8s} {net:12s} {target:18s} "
                      f"{d['proven']}/{d['layers']} proven, agree "
                      f"{d['agreeing']}/{d['compared_with_exhaustive']}, "
                      f"median {d['median_seconds']:.3f} s, max "
                      f"{d['max_seconds']:.2f} s", file=sys.stderr)
    summary = {o: summarize([d for d in runs if d["objective"] == o])
               for o in args.objectives.split(",")}
    json.dump({"benchmark": "exact engine on ResNet-18, MobileNetV2, AlexNet",
               "threads": 1, "agreement_limit": float(args.agreement_limit),
               "budget_seconds_per_candidate": float(args.budget),
               "summary": summary, "runs": runs}, sys.stdout, indent=1)
    print()
    # A proof out of time is a figure of the run (the summary counts them);
    # a schedule that differs from enumeration's is a wrong result.
    ok = all(s["agreeing"] == s["compared_with_exhaustive"]
             for s in summary.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

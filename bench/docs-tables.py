#!/usr/bin/env python3
"""The tables of docs/Benchmarks.md, made from bench/results/*.json (what
bench/run.sh writes), so no figure in the docs is typed by hand.

    bench/docs-tables.py          rewrite the marked sections in place
    bench/docs-tables.py --check  exit 1 if a section differs (a ctest)

A section sits between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`.
"""
import json
import os
import re
import statistics
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RESULTS = os.path.join(ROOT, "bench", "results")
DOC = os.path.join(ROOT, "docs", "Benchmarks.md")


def load(name):
    with open(os.path.join(RESULTS, name + ".json")) as f:
        return json.load(f)


def costmodel():
    d = load("costmodel")
    rows = ["| layer | salsa evals/s | ZigZag evals/CPU s | salsa / ZigZag | "
            "salsa evals/CPU s | energy only /CPU s | allocations /CPU s |",
            "|---|---|---|---|---|---|---|"]
    per_cpu = ["evals_per_cpu_second_median",
               "energy_only_evals_per_cpu_second_median",
               "allocations_per_cpu_second_median"]
    for r in d["results"]:
        cpu = " | ".join(f"{r[k]:,.0f}" if k in r else "—" for k in per_cpu)
        rows.append(f"| {r['layer']} | {r['evals_per_second_median']:,.0f} | "
                    f"{r['zigzag_evals_per_cpu_second']} | {r['speedup_vs_zigzag']:,.0f}x | "
                    f"{cpu} |")
    return rows


def search():
    d = load("search")
    s = d["summary"]
    rows = [f"Engine `{d['engine']}`, {d.get('threads', '?')} thread(s). "
            f"{s['pass']}/{s['layers']} layers pass, {s['deterministic']}/{s['layers']} "
            f"deterministic (1 and 2 threads, twice each); mean energy gain "
            f"{100 * s['mean_energy_gain_vs_loma6']:.3f}% vs LOMA-6, "
            f"{100 * s['mean_energy_gain_vs_zigzag_salsa']:.3f}% vs ZigZag SALSA; "
            f"median {s['median_wall_seconds']:.4f} s per layer; median ratio "
            f"{s['median_speedup_vs_zigzag_salsa_wall']:,.0f}x (ZigZag SALSA's CPU s, one "
            f"worker / salsa's wall s) and {s['median_speedup_vs_zigzag_salsa_cpu']:,.0f}x "
            f"(/ salsa's CPU s). Latency objective: {s.get('latency_objective_proven', '?')}/"
            f"{s['layers']} proven, latency not above ZigZag's LOMA-6 and SALSA schedules' on "
            f"{s.get('latency_objective_not_above_zigzag', '?')}/{s['layers']}.",
            "",
            "| layer | N | engine | proven | wall s | CPU s | E / LOMA-6 | E / SALSA | "
            "E / exhaustive | ZigZag SALSA CPU s | ZigZag CPU s / salsa wall s |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for l in d["layers"]:
        ex = f"{l['energy_vs_exhaustive']:.9f}" if "energy_vs_exhaustive" in l else "—"
        rows.append(f"| {l['id']} | {l['n_orderings']} | {l['engine_used']} | "
                    f"{'yes' if l['proven_optimal'] else 'no'} | {l['wall_seconds_median']:.4f} | "
                    f"{l['cpu_seconds_median']:.4f} | {l['energy_vs_loma6']:.6f} | "
                    f"{l['energy_vs_zigzag_salsa']:.6f} | {ex} | "
                    f"{l['zigzag_salsa_cpu_seconds']:.2f} | "
                    f"{l['speedup_vs_zigzag_salsa_wall']:.0f} |")
    return rows


def exact():
    d = load("exact-networks")
    rows = [f"{d.get('threads', '?')} thread(s); exact engine budget "
            f"{d.get('budget_seconds_per_candidate', 10):g} s per spatial candidate; agreement "
            f"with enumeration where every spatial candidate has N <= "
            f"{d.get('agreement_limit', 1e6):.0e} (the same key and ordering; asked of the "
            "proven searches, a search out of time returns its best so far).", "",
            "| objective | layer searches | proven | agree with enumeration | median s | max s | "
            "over 2 s | median s per candidate | max s per candidate | candidates over 1 s | "
            "certificates add up |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for objective, s in d["summary"].items():
        rows.append(f"| {objective} | {s['layer_searches']} | {s['proven']} | "
                    f"{s['agreeing']}/{s['compared_with_exhaustive']} | "
                    f"{s['median_seconds']:.3f} | {s['max_seconds']:.2f} | {s['over_2_seconds']} | "
                    f"{s['median_candidate_seconds']:.3f} | {s['max_candidate_seconds']:.2f} | "
                    f"{s['candidates_over_1_second']} | "
                    f"{'yes' if s['certificates_sum_to_n'] else 'NO'} |")
    rows += ["", "Per network and target (agree: of the layers compared, proven or not):", "",
             "| objective | network | target | layers | proven | agree | median s | max s |",
             "|---|---|---|---|---|---|---|---|"]
    slow = []
    for r in d["runs"]:
        rows.append(f"| {r['objective']} | {r['network']} | {r['target']} | {r['layers']} | "
                    f"{r['proven']} | {r['agreeing']}/{r['compared_with_exhaustive']} | "
                    f"{r['median_seconds']:.3f} | {r['max_seconds']:.2f} |")
        slow += [(r, x) for x in r["rows"] if x["seconds"] > 2 or not x["proven_optimal"]]
    rows += ["", "The layer searches over 2 s or not proven, with their certificates "
             "(over every spatial candidate):", "",
             "| objective | network | target | op | N | s | proven | evaluated | equivalent | "
             "bounded | unexplored |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r, x in slow:
        rows.append(f"| {r['objective']} | {r['network']} | {r['target']} | {x['loc']} | "
                    f"{x['n_orderings']} | {x['seconds']:.2f} | "
                    f"{'yes' if x['proven_optimal'] else 'no'} | {x['evaluated']} | "
                    f"{x['equivalent']} | {x['bounded']} | {x['unexplored']} |")
    return rows


def onnx():
    d = load("onnx-networks")
    rows = [f"salsa-lower wall time: median of {d.get('repeat', '?')} runs on "
            f"{d.get('cores', '?')} cores; end to end adds the import and the lowering.",
            "",
            "| network | preset | ops scheduled | proven optimal | energy pJ | latency cycles | "
            "salsa-lower s | end to end s |",
            "|---|---|---|---|---|---|---|---|"]
    for r in d["rows"]:
        rows.append(f"| {r['network']} | {r['preset']} | {r['ops_scheduled']}/{r['accelerated_layers']} | "
                    f"{r['proven_optimal']} | {r['energy_pj']:.4e} | {r['latency_cycles']} | "
                    f"{r['salsa_lower_seconds_median']:.2f} | {r['end_to_end_seconds']:.2f} |")
    return rows


SECTIONS = {"costmodel": costmodel, "search": search, "exact": exact, "onnx": onnx}


def main():
    check = "--check" in sys.argv
    text = open(DOC).read()
    out = text
    for name, make in SECTIONS.items():
        pattern = re.compile(r"(<!-- bench:%s -->\n)(.*?)(<!-- /bench:%s -->)" % (name, name), re.S)
        if not pattern.search(out):
            print(f"docs/Benchmarks.md: no section bench:{name}")
            return 1
        out = pattern.sub(lambda m: m.group(1) + "\n".join(make()) + "\n" + m.group(3), out)
    if check:
        if out != text:
            print("docs/Benchmarks.md is stale: run bench/docs-tables.py "
                  "(the tables come from bench/results/*.json)")
            return 1
        print("docs/Benchmarks.md: every table equals bench/results/*.json")
        return 0
    open(DOC, "w").write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

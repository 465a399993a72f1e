"""Compares salsa-explore's layers (--json lines) of an ONNX workload with
the `layer` ZigZag recorded for the same model in reference vector files,
matched by ONNX node id; prints 'N layers read, M compared ..., K differ'."""
import json
import sys

ours_file, workload, *refs = sys.argv[1:]
ours = [json.loads(l) for l in open(ours_file) if l.strip()]
zigzag = {}
for ref in refs:
    for line in open(ref):
        rec = json.loads(line)
        if rec.get("workload") == workload:
            layer = rec["layer"]
            zigzag[str(layer["onnx_node_id"])] = layer
compared = differ = 0
for o in ours:
    z = zigzag.get(o["layer"])
    if not z:
        continue
    compared += 1
    mine = (o["loop_dims"], o["loop_sizes"], o["dimension_relations"])
    theirs = (z["loop_dims"], z["loop_sizes"], z.get("dimension_relations", []))
    if mine != theirs:
        differ += 1
        print("differs:", o["layer"], mine, theirs)
print(f"{len(ours)} layers read, {compared} compared with ZigZag's parse, "
      f"{differ} differ")

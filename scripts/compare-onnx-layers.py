#!/usr/bin/python3
"""Compares the layers salsa reads from an imported ONNX network with the
layers ZigZag parses from the same ONNX file.

salsa's side: the JSON lines `salsa-opt --salsa-print-layers` prints for the
network after salsa-import-onnx and upstream's TOSA-to-linalg passes.
ZigZag's side: ZigZag's ONNX parsing rules (zigzag/parser/onnx/conv_parser.py
and gemm_parser.py at commit 3d12a96e; the head loop H of 4-D MatMul inputs,
I[B][H][D][C] * W[B][H][C][K], from gemm_parser.py at 2c9a66d5), applied
here to the ONNX file after
ONNX shape inference; with --reference, the ZigZag-computed `layer` fields
of a reference file check that this re-implementation of the rules agrees
with ZigZag itself on every layer the file covers.

Compared per accelerated layer, in graph order: B, K, C, G, D, OY, OX, FY,
FX and the strides and dilations of the input relations. salsa's batched
matmul has one batch loop: ZigZag's B x H (attention over heads) is
compared with it as B. Needs Debian's
python3-onnx (hence /usr/bin/python3). Exit status 1 on any mismatch.

  scripts/compare-onnx-layers.py --onnx M.onnx --layers layers.jsonl \
      [--reference test/Inputs/zigzag/reference/costmodel.jsonl] \
      [--json out.json]
"""
import argparse
import json
import math
import re
import sys

import onnx
from onnx import shape_inference

ACCELERATED = ("Conv", "QLinearConv", "Gemm", "MatMul")
KEYS = ("B", "K", "C", "G", "D", "OY", "OX", "FY", "FX")


def relation_terms(relations):
    """{'IX': (stride, dilation), ...} from ['ix=2*ox+1*fx', ...]."""
    out = {}
    for r in relations:
        m = re.fullmatch(r"i(\w)=(\d+)\*o\w\+(\d+)\*f\w", r.replace(" ", ""))
        if not m:
            raise ValueError("unexpected relation " + r)
        out["I" + m.group(1).upper()] = (int(m.group(2)), int(m.group(3)))
    return out


def canonical(loop_dims, loop_sizes, relations):
    sizes = dict(zip(loop_dims, loop_sizes))
    rel = relation_terms(relations)
    row = {k: int(sizes.get(k, 1)) for k in KEYS}
    row["B"] *= int(sizes.get("H", 1))  # heads: one batch loop in salsa
    for axis in ("IY", "IX"):
        stride, dilation = rel.get(axis, (1, 1))
        row["stride_" + axis[1].lower()] = stride
        row["dilation_" + axis[1].lower()] = dilation
    return row


def attr(node, name, default):
    for a in node.attribute:
        if a.name == name:
            return onnx.helper.get_attribute_value(a)
    return default


# Operators newer than Debian's python3-onnx (1.12) that keep their input's
# shape: shape inference sees them as Relu (the importer registers Gelu's
# schema itself).
SHAPE_PRESERVING = {"Gelu"}


def zigzag_layers(path, input_shapes=()):
    """ZigZag's parse of each accelerated node (its loop_dims/loop_sizes and
    dimension_relations), by its rules. `input_shapes` fixes dynamic graph
    inputs first, as salsa-import-onnx --input-shape does."""
    model = onnx.load(path, load_external_data=False)
    for spec in input_shapes:
        name, dims = spec.rsplit("=", 1)
        for v in model.graph.input:
            if v.name == name:
                for d, size in zip(v.type.tensor_type.shape.dim,
                                   dims.split("x")):
                    if d.dim_value and d.dim_value != int(size):
                        sys.exit(f"error: --input-shape {spec}: the model "
                                 f"fixes a dimension at {d.dim_value}")
                    d.dim_value = int(size)
    for node in model.graph.node:
        if node.op_type in SHAPE_PRESERVING:
            node.op_type = "Relu"
            del node.attribute[:]
    model = shape_inference.infer_shapes(model)
    shapes = {}
    for v in list(model.graph.input) + list(model.graph.value_info) + \
            list(model.graph.output):
        shapes[v.name] = [d.dim_value for d in v.type.tensor_type.shape.dim]
    layers = []
    for node in model.graph.node:
        if node.op_type not in ACCELERATED:
            continue
        ia, oa = shapes[node.input[0]], shapes[node.output[0]]
        if node.op_type in ("Conv", "QLinearConv"):
            kernel = attr(node, "kernel_shape", None)
            strides = attr(node, "strides", [1, 1])
            dilations = attr(node, "dilations", [1, 1])
            g = attr(node, "group", 1)
            dims = ["B", "K", "G", "OX", "OY", "C", "FX", "FY"]
            sizes = [oa[0] or 1, math.ceil(oa[1] / g), g, oa[3], oa[2],
                     math.ceil(ia[1] / g), kernel[0], kernel[1]]
            rels = [f"ix={strides[0]}*ox+{dilations[0]}*fx",
                    f"iy={strides[1]}*oy+{dilations[1]}*fy"]
        else:
            if attr(node, "transA", 0):
                ia = [ia[1], ia[0]]
            dims = ["C", "D", "K"]
            sizes = [ia[-1], ia[-2], oa[-1]]
            if len(ia) >= 3:
                dims.append("B")
                sizes.append(ia[0] or 1)
            if len(ia) == 4:
                dims.append("H")
                sizes.append(ia[1] or 1)
            rels = []
        layers.append({"name": node.name, "op_type": node.op_type,
                       "loop_dims": dims, "loop_sizes": sizes,
                       "dimension_relations": rels})
    return layers


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--onnx", required=True)
    p.add_argument("--layers", required=True,
                   help="salsa-opt --salsa-print-layers output (JSON lines)")
    p.add_argument("--reference", action="append", default=[],
                   help="ZigZag reference file with `layer` fields")
    p.add_argument("--json", help="write the comparison here")
    p.add_argument("--input-shape", action="append", default=[],
                   help="NAME=D0xD1x... for a dynamic graph input")
    args = p.parse_args()

    zz = zigzag_layers(args.onnx, args.input_shape)
    salsa = [json.loads(l) for l in open(args.layers) if l.startswith("{")]
    problems = []

    # The re-implemented rules against ZigZag's own parse, where recorded:
    # each record of a layer (a file has one per accelerator and mapping),
    # counted as records and as distinct layers.
    checked, checked_layers = 0, set()
    model_file = args.onnx.rsplit("/", 1)[-1]
    by_name = {l["name"]: l for l in zz}
    for ref in args.reference:
        for line in open(ref):
            rec = json.loads(line)
            if rec.get("workload", model_file) != model_file:
                continue
            layer = rec.get("layer", rec if "loop_dims" in rec else None)
            if not layer or layer.get("name") not in by_name:
                continue
            mine = by_name[layer["name"]]
            theirs = dict(zip(layer["loop_dims"], layer["loop_sizes"]))
            if dict(zip(mine["loop_dims"], mine["loop_sizes"])) != theirs or \
                    mine["dimension_relations"] != layer["dimension_relations"]:
                problems.append(f"rules disagree with the ZigZag reference on "
                                f"{layer['name']}")
            checked += 1
            checked_layers.add(layer["name"])

    rows = []
    if len(zz) != len(salsa):
        problems.append(f"ZigZag parses {len(zz)} accelerated layers, salsa "
                        f"reads {len(salsa)}")
    for i, (z, s) in enumerate(zip(zz, salsa)):
        zrow = canonical(z["loop_dims"], z["loop_sizes"],
                         z["dimension_relations"])
        srow = canonical(s["loop_dims"], s["loop_sizes"],
                         s["dimension_relations"])
        same = zrow == srow
        if not same:
            diff = {k: (zrow[k], srow[k]) for k in zrow if zrow[k] != srow[k]}
            problems.append(f"layer {i} ({z['name']}): ZigZag vs salsa {diff}")
        rows.append({"index": i, "onnx_node": z["name"], "salsa_op": s["op"],
                     "salsa_loc": s["loc"], "zigzag": zrow, "salsa": srow,
                     "match": same})
    matched = sum(r["match"] for r in rows)
    for r in rows:
        z = r["zigzag"]
        print(f"{r['index']:3d} {'ok  ' if r['match'] else 'DIFF'} "
              f"{r['onnx_node'][:44]:44s} B={z['B']} K={z['K']} C={z['C']} "
              f"G={z['G']} D={z['D']} OY={z['OY']} OX={z['OX']} FY={z['FY']} "
              f"FX={z['FX']} s={z['stride_y']},{z['stride_x']} -> "
              f"{r['salsa_op']}")
    print(f"{args.onnx}: {matched}/{len(zz)} layers match ZigZag's parse"
          + (f"; rules checked against {len(checked_layers)} distinct "
             f"reference layers ({checked} records)" if args.reference else ""))
    for prob in problems:
        print("error: " + prob, file=sys.stderr)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"onnx": args.onnx, "layers": len(zz), "matched": matched,
                       "reference_layers_checked": len(checked_layers),
                       "reference_records_checked": checked, "rows": rows,
                       "problems": problems}, f, indent=1)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

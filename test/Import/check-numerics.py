#!/usr/bin/python3
"""Runs an imported ONNX model and checks its numbers.

Builds test model NAME (make-model.py, random inline weights), imports it
with salsa-import-onnx (weights as arguments), lowers it with upstream's
TOSA-to-linalg passes, and runs it with mlir-runner twice: untiled, and
after salsa-lower (scheduled and tiled). Both outputs must equal a NumPy
evaluation of the ONNX graph (float64) to 1e-4 of the largest magnitude:
the importer's layouts (NHWC activations, OHWI/HWCM/GFHWC/KN weights),
padding and slicing rules, and the LRN/Softmax compositions are all checked.

  check-numerics.py NAME --build DIR --mlir-lib DIR [--target PRESET]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib
make_model = importlib.import_module("make-model")

TOSA_TO_LINALG = ("--pass-pipeline=builtin.module(func.func(tosa-to-linalg-"
                  "named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor))")
TO_LLVM = ["--one-shot-bufferize=bufferize-function-boundaries",
           "--convert-linalg-to-loops", "--scf-forall-to-for", "--lower-affine",
           "--convert-scf-to-cf", "--expand-strided-metadata", "--lower-affine",
           "--finalize-memref-to-llvm", "--convert-math-to-llvm",
           "--convert-func-to-llvm", "--convert-arith-to-llvm",
           "--convert-index-to-llvm", "--convert-cf-to-llvm",
           "--reconcile-unrealized-casts"]


def attr(node, name, default):
    for a in node.attribute:
        if a.name == name:
            from onnx import helper
            return helper.get_attribute_value(a)
    return default


def conv(x, w, b, node):
    g = attr(node, "group", 1)
    t, l, bo, r = attr(node, "pads", [0, 0, 0, 0])
    sh, sw = attr(node, "strides", [1, 1])
    dh, dw = attr(node, "dilations", [1, 1])
    n, c, h, wd = x.shape
    m, cg, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (t, bo), (l, r)))
    oh = (h + t + bo - ((kh - 1) * dh + 1)) // sh + 1
    ow = (wd + l + r - ((kw - 1) * dw + 1)) // sw + 1
    out = np.zeros((n, m, oh, ow))
    mg = m // g
    for gi in range(g):
        for i in range(kh):
            for j in range(kw):
                patch = xp[:, gi * cg:(gi + 1) * cg,
                           i * dh:i * dh + sh * (oh - 1) + 1:sh,
                           j * dw:j * dw + sw * (ow - 1) + 1:sw]
                out[:, gi * mg:(gi + 1) * mg] += np.einsum(
                    "nchw,mc->nmhw", patch, w[gi * mg:(gi + 1) * mg, :, i, j])
    if b is not None:
        out += b.reshape(1, m, 1, 1)
    return out


def max_pool(x, node):
    kh, kw = attr(node, "kernel_shape", None)
    sh, sw = attr(node, "strides", [1, 1])
    t, l, bo, r = attr(node, "pads", [0, 0, 0, 0])
    xp = np.pad(x, ((0, 0), (0, 0), (t, bo), (l, r)), constant_values=-np.inf)
    oh = (xp.shape[2] - kh) // sh + 1
    ow = (xp.shape[3] - kw) // sw + 1
    out = np.full(x.shape[:2] + (oh, ow), -np.inf)
    for i in range(kh):
        for j in range(kw):
            out = np.maximum(out, xp[:, :, i:i + sh * (oh - 1) + 1:sh,
                                     j:j + sw * (ow - 1) + 1:sw])
    return out


def lrn(x, node):
    size = attr(node, "size", None)
    alpha, beta = attr(node, "alpha", 1e-4), attr(node, "beta", 0.75)
    bias = attr(node, "bias", 1.0)
    lo, hi = (size - 1) // 2, size - 1 - (size - 1) // 2
    sq = np.pad(x * x, ((0, 0), (lo, hi), (0, 0), (0, 0)))
    s = sum(sq[:, i:i + x.shape[1]] for i in range(size))
    return x / (bias + alpha / size * s) ** beta


def evaluate(model, x):
    """The ONNX graph in NumPy (float64)."""
    env = {i.name: numpy_helper.to_array(i).astype(np.float64)
           for i in model.graph.initializer}
    env[model.graph.input[0].name] = x
    for node in model.graph.node:
        ins = [env[i] if i else None for i in node.input]
        op = node.op_type
        if op == "Constant":
            y = numpy_helper.to_array(attr(node, "value", None)).astype(float)
        elif op == "Conv":
            y = conv(ins[0], ins[1], ins[2] if len(ins) > 2 else None, node)
        elif op == "Clip":
            y = np.clip(ins[0], ins[1], ins[2])
        elif op == "Relu":
            y = np.maximum(ins[0], 0)
        elif op == "Add":
            y = ins[0] + ins[1]
        elif op == "MaxPool":
            y = max_pool(ins[0], node)
        elif op == "GlobalAveragePool":
            y = ins[0].mean(axis=(2, 3), keepdims=True)
        elif op == "Flatten":
            y = ins[0].reshape(ins[0].shape[0], -1)
        elif op == "Gemm":
            bm = ins[1].T if attr(node, "transB", 0) else ins[1]
            y = ins[0] @ bm + (ins[2] if len(ins) > 2 else 0)
        elif op == "MatMul":
            y = ins[0] @ ins[1]
        elif op == "Softmax":
            e = np.exp(ins[0] - ins[0].max(axis=-1, keepdims=True))
            y = e / e.sum(axis=-1, keepdims=True)
        elif op == "LRN":
            y = lrn(ins[0], node)
        elif op == "Reshape":
            y = ins[0].reshape(ins[1].astype(int))
        elif op == "Dropout":
            y = ins[0]
        else:
            raise NotImplementedError(op)
        env[node.output[0]] = y
    return env[model.graph.output[0].name]


def to_layout(w, layout, consumer):
    """An ONNX initializer in the layout salsa-import-onnx gave its
    argument (the onnx.layout attribute)."""
    if layout in ("onnx", "bias"):
        return w
    if layout == "OHWI":
        return w.transpose(0, 2, 3, 1)
    if layout == "HWCM":
        c = attr(consumer, "group", 1)
        m, _, kh, kw = w.shape
        return w.reshape(c, m // c, kh, kw).transpose(2, 3, 0, 1)
    if layout == "GFHWC":
        g = attr(consumer, "group", 1)
        m, cg, kh, kw = w.shape
        return w.reshape(g, m // g, cg, kh, kw).transpose(0, 1, 3, 4, 2)
    if layout == "KN":
        if consumer.op_type == "Gemm" and attr(consumer, "transB", 0):
            w = w.T
        return w.reshape((1,) + w.shape)
    raise ValueError(layout)


def dense(a):
    shape = "x".join(map(str, a.shape)) + "xf32"
    def nested(v):
        if v.ndim == 0:
            return "%.9e" % v
        return "[" + ", ".join(nested(e) for e in v) + "]"
    text = nested(a.astype(np.float32))
    return f"dense<{text}> : tensor<{shape}>", f"tensor<{shape}>"


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr[:600]}")
    return r.stdout


def main():
    p = argparse.ArgumentParser()
    p.add_argument("name")
    p.add_argument("--build", required=True)
    p.add_argument("--mlir-lib", required=True)
    p.add_argument("--target", default="tpu_like")
    p.add_argument("--weights", default="arguments",
                   help="salsa-import-onnx --weights: arguments (this script "
                        "passes the values in the layouts onnx.layout names) "
                        "or values (the importer rearranges them itself)")
    args = p.parse_args()
    bin_dir = os.path.join(args.build, "bin")
    llvm_bin = "/usr/lib/llvm-22/bin"
    libs = ",".join(os.path.join(args.mlir_lib, l) for l in
                    ["libmlir_runner_utils.so", "libmlir_c_runner_utils.so"])

    model = make_model.MODELS[args.name]()
    shape = [d.dim_value for d in
             model.graph.input[0].type.tensor_type.shape.dim]
    x = np.random.default_rng(11).uniform(-1, 1, shape).astype(np.float32)
    expected = evaluate(model, x.astype(np.float64))

    with tempfile.TemporaryDirectory() as tmp:
        onnx_path = os.path.join(tmp, "model.onnx")
        import onnx
        onnx.save(model, onnx_path)
        tosa = run([os.path.join(bin_dir, "salsa-import-onnx"), onnx_path,
                    "--weights=" + args.weights])
        # The arguments' ONNX names and layouts, in order.
        sig = re.search(r"func\.func @main\((.*?)\) ->", tosa).group(1)
        args_info = re.findall(
            r"%arg\d+: (tensor<[^>]*>) \{(?:onnx\.layout = \"(\w+)\", )?"
            r"onnx\.name = \"([^\"]+)\"\}", sig)
        inits = {i.name: numpy_helper.to_array(i) for i in
                 model.graph.initializer}
        consumers = {i: n for n in model.graph.node for i in n.input}
        lines, operands = [], []
        for k, (ty, layout, name) in enumerate(args_info):
            value = x if name == model.graph.input[0].name else \
                to_layout(inits[name], layout, consumers[name])
            attr_text, vty = dense(value)
            assert vty == ty, (name, vty, ty)
            lines.append(f"  %v{k} = arith.constant {attr_text}")
            operands.append(f"%v{k}")
        out_ty = re.search(r"func\.func @main\(.*?\) -> (tensor<[^>]*>)",
                           tosa).group(1)
        types = ", ".join(t for t, _, _ in args_info)
        memref = out_ty.replace("tensor", "memref")
        wrapper = "\n".join(
            ["func.func private @printMemrefF32(memref<*xf32>)",
             "func.func @entry() {"] + lines +
            [f"  %r = call @main({', '.join(operands)}) : ({types}) -> {out_ty}",
             f"  %m = bufferization.to_buffer %r : {out_ty} to {memref}",
             f"  %u = memref.cast %m : {memref} to memref<*xf32>",
             "  call @printMemrefF32(%u) : (memref<*xf32>) -> ()",
             "  return", "}"])
        module = tosa.rstrip().rstrip("}") + wrapper + "\n}\n"
        linalg = run([os.path.join(llvm_bin, "mlir-opt"), TOSA_TO_LINALG],
                     input=module)
        tiled = run([os.path.join(bin_dir, "salsa-opt"),
                     f"--salsa-lower=target={args.target} "
                     "precisions=W=8,I=8,O=16,O_final=8"], input=linalg)
        scale = np.abs(expected).max()
        failures = 0
        for label, ir in (("untiled", linalg), ("salsa-lower", tiled)):
            llvm = run([os.path.join(bin_dir, "salsa-opt")] + TO_LLVM,
                       input=ir)
            out = run([os.path.join(llvm_bin, "mlir-runner"), "-e", "entry",
                       "-entry-point-result=void", "-shared-libs=" + libs],
                      input=llvm)
            data = out[out.index("data =") + 6:]
            got = np.array([float(v) for v in
                            re.findall(r"-?\d+\.?\d*(?:e[-+]?\d+)?", data)])
            err = np.abs(got - expected.ravel()).max() / scale \
                if got.size == expected.size else float("inf")
            ok = err <= 1e-4
            failures += not ok
            print(f"{args.name} {label} ({args.weights}): {got.size} values, max error "
                  f"{err:.2e} of max |y| {scale:.3e}: "
                  f"{'ok' if ok else 'MISMATCH'}")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

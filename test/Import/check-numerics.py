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
import math
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
           "--convert-math-to-libm",  # erf: no LLVM intrinsic
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


ERF = np.vectorize(math.erf)


def batch_norm(x, s, b, m, v, node):
    shape = (1, -1) + (1,) * (x.ndim - 2)
    eps = attr(node, "epsilon", 1e-5)
    return (x - m.reshape(shape)) / np.sqrt(v.reshape(shape) + eps) * \
        s.reshape(shape) + b.reshape(shape)


def layer_norm(x, g, b, node):
    axis = attr(node, "axis", -1) % x.ndim
    axes = tuple(range(axis, x.ndim))
    mu = x.mean(axis=axes, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=axes, keepdims=True)
    y = (x - mu) / np.sqrt(var + attr(node, "epsilon", 1e-5)) * g
    return y + b if b is not None else y


def gelu(x, node):
    if attr(node, "approximate", b"none") in (b"tanh", "tanh"):
        return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) *
                                      (x + 0.044715 * x ** 3)))
    return 0.5 * x * (1 + ERF(x / np.sqrt(2)))


def onnx_slice(x, ins):
    starts, ends = ins[1].astype(int), ins[2].astype(int)
    axes = ins[3].astype(int) if len(ins) > 3 and ins[3] is not None \
        else range(len(starts))
    idx = [slice(None)] * x.ndim
    for s0, e0, a in zip(starts, ends, axes):
        idx[a] = slice(s0, e0)
    return x[tuple(idx)]


def evaluate(model, x):
    """The ONNX graph in NumPy (float64; bool and integer tensors as
    themselves)."""
    env = {}
    for i in model.graph.initializer:
        a = numpy_helper.to_array(i)
        env[i.name] = a.astype(np.float64) if a.dtype == np.float32 else a
    env[model.graph.input[0].name] = x
    opset = model.opset_import[0].version
    for node in model.graph.node:
        ins = [env[i] if i else None for i in node.input]
        op = node.op_type
        if op == "BatchNormalization":
            y = batch_norm(*ins[:5], node)
        elif op == "LayerNormalization":
            y = layer_norm(ins[0], ins[1], ins[2] if len(ins) > 2 else None,
                           node)
        elif op == "Gelu":
            y = gelu(ins[0], node)
        elif op in ("Erf", "Tanh", "Exp", "Sqrt", "Abs", "Neg",
                    "Reciprocal", "Sigmoid", "Not"):
            f = {"Erf": ERF, "Tanh": np.tanh, "Exp": np.exp, "Sqrt": np.sqrt,
                 "Abs": np.abs, "Neg": np.negative,
                 "Reciprocal": np.reciprocal, "Not": np.logical_not,
                 "Sigmoid": lambda v: 1 / (1 + np.exp(-v))}[op]
            y = f(ins[0])
        elif op in ("HardSigmoid", "HardSwish"):
            a, b = (1 / 6, 0.5) if op == "HardSwish" else \
                (attr(node, "alpha", 0.2), attr(node, "beta", 0.5))
            y = np.clip(a * ins[0] + b, 0, 1)
            if op == "HardSwish":
                y = ins[0] * y
        elif op in ("Sub", "Div", "Pow", "Max", "Min", "Equal", "Greater",
                    "Less"):
            f = {"Sub": np.subtract, "Div": np.divide, "Pow": np.power,
                 "Max": np.maximum, "Min": np.minimum, "Equal": np.equal,
                 "Greater": np.greater, "Less": np.less}[op]
            y = f(ins[0], ins[1])
        elif op == "Where":
            y = np.where(ins[0], ins[1], ins[2])
        elif op == "Cast":
            y = ins[0].astype({1: np.float64, 9: bool, 7: np.int64,
                               6: np.int32}[attr(node, "to", 1)])
        elif op == "Transpose":
            y = ins[0].transpose(attr(node, "perm", None))
        elif op in ("Squeeze", "Unsqueeze"):
            axes = tuple(int(a) for a in ins[1]) if len(ins) > 1 else \
                tuple(attr(node, "axes", []))
            y = np.squeeze(ins[0], axes) if op == "Squeeze" else \
                np.expand_dims(ins[0], axes)
        elif op == "Concat":
            y = np.concatenate(ins, axis=attr(node, "axis", 0))
        elif op == "Split":
            axis = attr(node, "axis", 0)
            cuts = np.cumsum(ins[1].astype(int))[:-1] if len(ins) > 1 \
                else len(node.output)
            for name, part in zip(node.output,
                                  np.split(ins[0], cuts, axis=axis)):
                env[name] = part
            continue
        elif op == "Slice":
            y = onnx_slice(ins[0], ins)
        elif op == "Gather":
            y = np.take(ins[0], ins[1].astype(int), axis=attr(node, "axis", 0))
        elif op == "ConstantOfShape":
            v = numpy_helper.to_array(attr(node, "value", None))
            y = np.full(ins[0].astype(int), v.ravel()[0]).astype(
                np.float64 if v.dtype == np.float32 else v.dtype)
        elif op in ("ReduceMean", "ReduceSum"):
            axes = attr(node, "axes", None)
            if len(ins) > 1:
                axes = ins[1].astype(int)
            axes = tuple(axes) if axes is not None else None
            keep = bool(attr(node, "keepdims", 1))
            y = (np.mean if op == "ReduceMean" else np.sum)(
                ins[0], axis=axes, keepdims=keep)
        elif op == "Softmax" and opset >= 13:
            axis = attr(node, "axis", -1)
            e = np.exp(ins[0] - ins[0].max(axis=axis, keepdims=True))
            y = e / e.sum(axis=axis, keepdims=True)
        elif op == "Constant":
            y = numpy_helper.to_array(attr(node, "value", None)).astype(float)
        elif op == "Conv":
            y = conv(ins[0], ins[1], ins[2] if len(ins) > 2 else None, node)
        elif op == "Clip":
            y = np.clip(ins[0], ins[1], ins[2])
        elif op == "Relu":
            y = np.maximum(ins[0], 0)
        elif op in ("Add", "Mul"):
            y = ins[0] + ins[1] if op == "Add" else ins[0] * ins[1]
        elif op == "MaxPool":
            y = max_pool(ins[0], node)
        elif op == "GlobalAveragePool":
            y = ins[0].mean(axis=(2, 3), keepdims=True)
        elif op == "Flatten":
            a = attr(node, "axis", 1)
            y = ins[0].reshape(int(np.prod(ins[0].shape[:a])), -1)
        elif op == "Gemm":
            assert not attr(node, "transA", 0)
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
        if w.ndim == 1:  # a vector right operand is a [K, 1] matrix
            return w.reshape(1, -1, 1)
        return w.reshape((-1,) + w.shape[-2:])
    raise ValueError(layout)


def dense(a):
    kind = "i64" if a.dtype == np.int64 else "f32"
    shape = "".join(f"{d}x" for d in a.shape) + kind
    def nested(v):
        if v.ndim == 0:
            return "%d" % v if kind == "i64" else "%.9e" % v
        return "[" + ", ".join(nested(e) for e in v) + "]"
    text = nested(a if kind == "i64" else a.astype(np.float32))
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
    p.add_argument("--buffers", action="store_true",
                   help="also run salsa-lower with buffers (explicit buffers "
                        "per memory level and copies; memory spaces erased)")
    args = p.parse_args()
    bin_dir = os.path.join(args.build, "bin")
    llvm_bin = "/usr/lib/llvm-22/bin"
    libs = ",".join(os.path.join(args.mlir_lib, l) for l in
                    ["libmlir_runner_utils.so", "libmlir_c_runner_utils.so"])

    model = make_model.MODELS[args.name]()
    shape = [d.dim_value for d in
             model.graph.input[0].type.tensor_type.shape.dim]
    rng = np.random.default_rng(11)
    if model.graph.input[0].type.tensor_type.elem_type == 7:  # token ids
        x = rng.integers(0, 10, shape).astype(np.int64)
        expected = evaluate(model, x)
    else:
        x = rng.uniform(-1, 1, shape).astype(np.float32)
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
                     f"--salsa-lower=target={args.target}"], input=linalg)
        variants = [("untiled", linalg), ("salsa-lower", tiled)]
        if args.buffers:
            variants.append(("salsa-lower buffers", run(
                [os.path.join(bin_dir, "salsa-opt"),
                 "--one-shot-bufferize=bufferize-function-boundaries",
                 f"--salsa-lower=target={args.target} buffers",
                 "--salsa-erase-memory-spaces"], input=linalg)))
        scale = np.abs(expected).max()
        failures = 0
        for label, ir in variants:
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

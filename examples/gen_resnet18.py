#!/usr/bin/env python3
"""Writes examples/resnet18.mlir: ResNet-18 (torchvision layout, batch 1,
224x224, batch norm folded into the convolutions as in the ONNX export) as
upstream linalg on tensors. Weights are function arguments: scheduling needs
shapes, not values.

Regenerate with:  python3 examples/gen_resnet18.py > examples/resnet18.mlir
(The ONNX route, salsa-import-onnx, produces the same layer shapes.)
"""


class Builder:
    def __init__(self):
        self.lines = []
        self.args = []
        self.count = 0

    def fresh(self, prefix="v"):
        self.count += 1
        return f"%{prefix}{self.count}"

    def emit(self, text):
        self.lines.append("  " + text)

    def arg(self, name, shape):
        self.args.append((f"%{name}", shape))
        return f"%{name}"


def ty(shape):
    return "tensor<" + "x".join(str(s) for s in shape) + "xf32>"


def zeros(b, shape):
    e = b.fresh("init")
    b.emit(f"{e} = tensor.empty() : {ty(shape)}")
    f = b.fresh("zero")
    b.emit(f"{f} = linalg.fill ins(%c0 : f32) outs({e} : {ty(shape)}) -> {ty(shape)}")
    return f


def pad(b, x, shape, p, value="%c0"):
    if p == 0:
        return x, shape
    out = [shape[0], shape[1], shape[2] + 2 * p, shape[3] + 2 * p]
    r = b.fresh("pad")
    b.emit(f"{r} = tensor.pad {x} low[0, 0, {p}, {p}] high[0, 0, {p}, {p}] {{")
    b.emit("^bb0(%i0: index, %i1: index, %i2: index, %i3: index):")
    b.emit(f"  tensor.yield {value} : f32")
    b.emit(f"}} : {ty(shape)} to {ty(out)}")
    return r, out


def conv(b, x, shape, name, k, f, stride, p, relu=True):
    c = shape[1]
    w = b.arg(name, [k, c, f, f])
    xp, pshape = pad(b, x, shape, p)
    oh = (shape[2] + 2 * p - f) // stride + 1
    out = [shape[0], k, oh, oh]
    init = zeros(b, out)
    r = b.fresh("conv")
    b.emit(f"{r} = linalg.conv_2d_nchw_fchw {{dilations = dense<1> : tensor<2xi64>, "
           f"strides = dense<{stride}> : tensor<2xi64>}} "
           f"ins({xp}, {w} : {ty(pshape)}, {ty([k, c, f, f])}) "
           f"outs({init} : {ty(out)}) -> {ty(out)}")
    if relu:
        r = relu_op(b, r, out)
    return r, out


def relu_op(b, x, shape):
    init = b.fresh("init")
    b.emit(f"{init} = tensor.empty() : {ty(shape)}")
    r = b.fresh("relu")
    b.emit(f"{r} = linalg.max ins({x}, %zeros_{'x'.join(map(str, shape))} : {ty(shape)}, {ty(shape)}) "
           f"outs({init} : {ty(shape)}) -> {ty(shape)}")
    b.relu_shapes.add(tuple(shape))
    return r


def add(b, x, y, shape):
    init = b.fresh("init")
    b.emit(f"{init} = tensor.empty() : {ty(shape)}")
    r = b.fresh("sum")
    b.emit(f"{r} = linalg.add ins({x}, {y} : {ty(shape)}, {ty(shape)}) "
           f"outs({init} : {ty(shape)}) -> {ty(shape)}")
    return r


def block(b, x, shape, name, k, stride):
    y, yshape = conv(b, x, shape, f"{name}_conv1", k, 3, stride, 1)
    y, yshape = conv(b, y, yshape, f"{name}_conv2", k, 3, 1, 1, relu=False)
    if stride != 1 or shape[1] != k:
        x, _ = conv(b, x, shape, f"{name}_downsample", k, 1, stride, 0, relu=False)
    s = add(b, y, x, yshape)
    return relu_op(b, s, yshape), yshape


def main():
    b = Builder()
    b.relu_shapes = set()
    x = b.arg("input", [1, 3, 224, 224])
    y, shape = conv(b, x, [1, 3, 224, 224], "conv1", 64, 7, 2, 3)
    # 3x3 max pool, stride 2, padding 1 (the input is post-ReLU, so 0-padding
    # is exact).
    yp, pshape = pad(b, y, shape, 1)
    win = b.fresh("window")
    b.emit(f"{win} = tensor.empty() : tensor<3x3xf32>")
    out = [1, 64, 56, 56]
    init = zeros(b, out)
    mp = b.fresh("maxpool")
    b.emit(f"{mp} = linalg.pooling_nchw_max {{dilations = dense<1> : tensor<2xi64>, "
           f"strides = dense<2> : tensor<2xi64>}} ins({yp}, {win} : {ty(pshape)}, tensor<3x3xf32>) "
           f"outs({init} : {ty(out)}) -> {ty(out)}")
    y, shape = mp, out
    for stage, k in enumerate([64, 128, 256, 512], start=1):
        for i in range(2):
            stride = 2 if (stage > 1 and i == 0) else 1
            y, shape = block(b, y, shape, f"layer{stage}_{i}", k, stride)
    # Global average pool: sum over 7x7, then scale.
    win = b.fresh("window")
    b.emit(f"{win} = tensor.empty() : tensor<7x7xf32>")
    out = [1, 512, 1, 1]
    init = zeros(b, out)
    ap = b.fresh("avgpool")
    b.emit(f"{ap} = linalg.pooling_nchw_sum {{dilations = dense<1> : tensor<2xi64>, "
           f"strides = dense<1> : tensor<2xi64>}} ins({y}, {win} : {ty(shape)}, tensor<7x7xf32>) "
           f"outs({init} : {ty(out)}) -> {ty(out)}")
    flat = b.fresh("flat")
    b.emit(f"{flat} = tensor.collapse_shape {ap} [[0], [1, 2, 3]] : {ty(out)} into tensor<1x512xf32>")
    inv = b.fresh("scaled")
    init = b.fresh("init")
    b.emit(f"{init} = tensor.empty() : tensor<1x512xf32>")
    b.emit(f"{inv} = linalg.mul ins({flat}, %inv49 : tensor<1x512xf32>, tensor<1x512xf32>) "
           f"outs({init} : tensor<1x512xf32>) -> tensor<1x512xf32>")
    fcw = b.arg("fc_weight", [512, 1000])
    init = zeros(b, [1, 1000])
    fc = b.fresh("fc")
    b.emit(f"{fc} = linalg.matmul ins({inv}, {fcw} : tensor<1x512xf32>, tensor<512x1000xf32>) "
           f"outs({init} : tensor<1x1000xf32>) -> tensor<1x1000xf32>")
    b.emit(f"return {fc} : tensor<1x1000xf32>")

    prologue = ["  %c0 = arith.constant 0.0 : f32",
                "  %inv49 = arith.constant dense<0.0204081628> : tensor<1x512xf32>"]
    for shape in sorted(b.relu_shapes):
        name = "x".join(map(str, shape))
        prologue.append(f"  %zeros_{name} = arith.constant dense<0.0> : {ty(list(shape))}")
    args = ",\n    ".join(f"{n}: {ty(s)}" for n, s in b.args)
    print("// ResNet-18 as upstream linalg on tensors (20 convolutions, 1 matmul).")
    print("// Generated by examples/gen_resnet18.py; do not edit.")
    print(f"func.func @resnet18(\n    {args}) -> tensor<1x1000xf32> {{")
    print("\n".join(prologue + b.lines))
    print("}")


if __name__ == "__main__":
    main()

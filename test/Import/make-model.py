#!/usr/bin/python3
"""Writes small ONNX models for the importer's lit tests, built with
Debian's python3-onnx:  make-model.py NAME OUT.onnx

Valid models exercise every supported operator; the others are malformed
in one way each."""
import sys

import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

F = TensorProto.FLOAT


def weight(name, shape, seed=0):
    rng = np.random.default_rng(seed)
    return numpy_helper.from_array(
        rng.uniform(-1, 1, size=shape).astype(np.float32), name)


def scalar(name, value):
    return helper.make_node("Constant", [], [name], name=name + "_node",
                            value=helper.make_tensor(name + "_v", F, [],
                                                     [value]))


def model(nodes, inputs, outputs, inits=(), opset=14):
    graph = helper.make_graph(nodes, "test", inputs, outputs, list(inits))
    return helper.make_model(graph,
                             opset_imports=[helper.make_opsetid("", opset)])


def io(name, shape, elem=F):
    return helper.make_tensor_value_info(name, elem, shape)


def convnet():
    """Conv, depthwise and grouped convs, pooling, Clip, Add, Gemm, Softmax."""
    nodes = [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"], name="conv1",
                         kernel_shape=[3, 3], pads=[1, 1, 1, 1],
                         strides=[2, 2]),
        scalar("lo", 0.0), scalar("hi", 6.0),
        helper.make_node("Clip", ["c1", "lo", "hi"], ["r1"], name="clip1"),
        helper.make_node("Conv", ["r1", "w2"], ["c2"], name="depthwise",
                         kernel_shape=[3, 3], pads=[1, 1, 1, 1], group=8),
        helper.make_node("Conv", ["c2", "w3", "b3"], ["c3"], name="grouped",
                         kernel_shape=[3, 3], pads=[1, 1, 1, 1], group=2),
        helper.make_node("Add", ["c3", "c2"], ["a"], name="residual"),
        helper.make_node("Relu", ["a"], ["r2"], name="relu"),
        helper.make_node("MaxPool", ["r2"], ["p"], name="pool",
                         kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("GlobalAveragePool", ["p"], ["g"], name="gap"),
        helper.make_node("Flatten", ["g"], ["f"], name="flatten"),
        helper.make_node("Gemm", ["f", "wf", "bf"], ["y0"], name="fc",
                         transB=1),
        helper.make_node("Softmax", ["y0"], ["y"], name="softmax"),
    ]
    inits = [weight("w1", [8, 3, 3, 3], 1), weight("b1", [8], 2),
             weight("w2", [8, 1, 3, 3], 3), weight("w3", [8, 4, 3, 3], 4),
             weight("b3", [8], 5), weight("wf", [10, 8], 6),
             weight("bf", [10], 7)]
    return model(nodes, [io("x", [1, 3, 16, 16])], [io("y", [1, 10])], inits)


def alexnet_like():
    """LRN, a stride that needs slicing, Dropout, Reshape, MatMul, opset 12."""
    nodes = [
        helper.make_node("Conv", ["x", "w1"], ["c1"], name="conv1",
                         kernel_shape=[3, 3], strides=[4, 4]),
        helper.make_node("LRN", ["c1"], ["n1"], name="lrn", size=3,
                         alpha=1e-4, beta=0.75, bias=1.0),
        helper.make_node("Reshape", ["n1", "shape"], ["r"], name="reshape"),
        helper.make_node("Dropout", ["r"], ["d"], name="dropout"),
        helper.make_node("MatMul", ["d", "wm"], ["y"], name="matmul"),
    ]
    shape = numpy_helper.from_array(np.array([1, 36], np.int64), "shape")
    inits = [weight("w1", [4, 3, 3, 3], 1), shape, weight("wm", [36, 5], 2)]
    return model(nodes, [io("x", [1, 3, 13, 13])], [io("y", [1, 5])], inits,
                 opset=12)


def ints(name, values):
    return numpy_helper.from_array(np.array(values, np.int64), name)


def transformer():
    """A pre-norm transformer block, 2 heads: LayerNormalization, N-D x 2-D
    MatMul projections, Reshape/Transpose into heads, batched Q.K^T and
    P.V, Div, a causal Where mask (bool initializer), Softmax, the erf
    form of Gelu (Div, Erf, Add, Mul), residual Adds."""
    d, t, h, f = 8, 6, 2, 16
    dh = d // h
    N = helper.make_node
    nodes = [
        N("LayerNormalization", ["x", "g1", "b1"], ["ln1"], name="ln1",
          axis=-1, epsilon=1e-5),
    ]
    for p in "qkv":
        nodes += [N("MatMul", ["ln1", "w" + p], [p + "0"], name=p + "_proj"),
                  N("Add", [p + "0", "b" + p], [p + "1"], name=p + "_bias"),
                  N("Reshape", [p + "1", "heads"], [p + "2"],
                    name=p + "_heads")]
    nodes += [
        N("Transpose", ["q2"], ["q"], name="q_t", perm=[0, 2, 1, 3]),
        N("Transpose", ["k2"], ["kt"], name="k_t", perm=[0, 2, 3, 1]),
        N("Transpose", ["v2"], ["v"], name="v_t", perm=[0, 2, 1, 3]),
        N("MatMul", ["q", "kt"], ["s0"], name="qk"),
        N("Div", ["s0", "sqrt_dh"], ["s1"], name="scale"),
        N("Where", ["causal", "s1", "neg"], ["s2"], name="mask"),
        N("Softmax", ["s2"], ["p"], name="softmax", axis=-1),
        N("MatMul", ["p", "v"], ["o0"], name="pv"),
        N("Transpose", ["o0"], ["o1"], name="o_t", perm=[0, 2, 1, 3]),
        N("Reshape", ["o1", "merged"], ["o2"], name="o_merge"),
        N("MatMul", ["o2", "wo"], ["o3"], name="o_proj"),
        N("Add", ["o3", "bo"], ["o4"], name="o_bias"),
        N("Add", ["x", "o4"], ["r1"], name="residual1"),
        N("LayerNormalization", ["r1", "g2", "b2"], ["ln2"], name="ln2"),
        N("MatMul", ["ln2", "w1"], ["f0"], name="fc1"),
        N("Add", ["f0", "bf1"], ["f1"], name="fc1_bias"),
        N("Div", ["f1", "sqrt2"], ["g0"], name="gelu_div"),
        N("Erf", ["g0"], ["g1_"], name="gelu_erf"),
        N("Add", ["g1_", "one"], ["g2_"], name="gelu_add"),
        N("Mul", ["f1", "g2_"], ["g3"], name="gelu_mul"),
        N("Mul", ["g3", "half"], ["g4"], name="gelu_half"),
        N("MatMul", ["g4", "w2"], ["f2"], name="fc2"),
        N("Add", ["f2", "bf2"], ["f3"], name="fc2_bias"),
        N("Add", ["r1", "f3"], ["y"], name="residual2"),
    ]
    causal = numpy_helper.from_array(
        np.tril(np.ones((t, t), bool)).reshape(1, 1, t, t), "causal")
    c = lambda n, v: numpy_helper.from_array(np.array(v, np.float32), n)
    inits = [weight("g1", [d], 1), weight("b1", [d], 2),
             weight("g2", [d], 3), weight("b2", [d], 4),
             weight("wq", [d, d], 5), weight("bq", [d], 6),
             weight("wk", [d, d], 7), weight("bk", [d], 8),
             weight("wv", [d, d], 9), weight("bv", [d], 10),
             weight("wo", [d, d], 11), weight("bo", [d], 12),
             weight("w1", [d, f], 13), weight("bf1", [f], 14),
             weight("w2", [f, d], 15), weight("bf2", [d], 16),
             ints("heads", [1, t, h, dh]), ints("merged", [1, t, d]),
             c("sqrt_dh", np.sqrt(dh)), c("neg", -1e9), causal,
             c("sqrt2", np.sqrt(2.0)), c("one", 1.0), c("half", 0.5)]
    return model(nodes, [io("x", [1, t, d])], [io("y", [1, t, d])], inits,
                 opset=17)


def gelu20():
    """Opset 20: Gelu (both approximations), a batched 3-D x 3-D MatMul
    with a weight, a broadcast 4-D x 3-D MatMul (tiled), the tanh form
    composed (Pow 3, Tanh, Sqrt), Sigmoid, 1-D MatMul."""
    N = helper.make_node
    c = lambda n, v: numpy_helper.from_array(np.array(v, np.float32), n)
    nodes = [
        N("Gelu", ["x"], ["a"], name="gelu"),
        N("MatMul", ["a", "wb"], ["b"], name="batched"),          # [2,5,4]
        N("Gelu", ["b"], ["c"], name="gelu_tanh", approximate="tanh"),
        N("Unsqueeze", ["c", "axis0"], ["c4"], name="unsqueeze"),  # [1,2,5,4]
        N("MatMul", ["c4", "wt"], ["d"], name="broadcast"),       # [3,2,5,3]
        N("Pow", ["d", "three"], ["d3"], name="cube"),
        N("Mul", ["d3", "k044"], ["d4"], name="k"),
        N("Add", ["d", "d4"], ["d5"], name="poly"),
        N("Tanh", ["d5"], ["d6"], name="tanh"),
        N("Abs", ["d"], ["da"], name="abs"),
        N("Sqrt", ["da"], ["ds"], name="sqrt"),
        N("Sigmoid", ["ds"], ["dg"], name="sigmoid"),
        N("Sub", ["d6", "dg"], ["e0"], name="sub"),
        N("MatMul", ["e0", "vec"], ["y"], name="vector"),         # [3,2,5]
    ]
    inits = [weight("wb", [2, 6, 4], 1), weight("wt", [3, 1, 4, 3], 2),
             weight("vec", [3], 3), ints("axis0", [0]), c("three", 3.0),
             c("k044", 0.044715)]
    return model(nodes, [io("x", [2, 5, 6])], [io("y", [3, 2, 5])], inits,
                 opset=20)


def cnn_bn():
    """Conv + BatchNormalization (folded: plain, depthwise, grouped), SiLU
    as x * Sigmoid(x), HardSwish, HardSigmoid, a BatchNormalization that
    is composed (after an Add), Concat and Split of NHWC channels,
    ReduceMean, Squeeze, Gemm."""
    N = helper.make_node
    def bn(name, x, y, c, seed):
        return (N("BatchNormalization", [x] + [f"{name}_{p}" for p in
                                               ("s", "b", "m", "v")], [y],
                  name=name, epsilon=1e-3),
                [weight(f"{name}_s", [c], seed), weight(f"{name}_b", [c], seed + 1),
                 weight(f"{name}_m", [c], seed + 2),
                 numpy_helper.from_array(np.random.default_rng(seed).uniform(
                     0.5, 2, c).astype(np.float32), f"{name}_v")])
    bn1, i1 = bn("bn1", "c1", "n1", 8, 10)
    bn2, i2 = bn("bn2", "c2", "n2", 8, 20)
    bn3, i3 = bn("bn3", "c3", "n3", 8, 30)
    bn4, i4 = bn("bn4", "a", "n4", 16, 40)
    nodes = [
        N("Conv", ["x", "w1", "cb1"], ["c1"], name="conv1", kernel_shape=[3, 3],
          pads=[1, 1, 1, 1], strides=[2, 2]),
        bn1,
        N("Sigmoid", ["n1"], ["s1"], name="silu_sigmoid"),
        N("Mul", ["n1", "s1"], ["h1"], name="silu_mul"),
        N("Conv", ["h1", "w2"], ["c2"], name="depthwise", kernel_shape=[3, 3],
          pads=[1, 1, 1, 1], group=8),
        bn2,
        N("HardSwish", ["n2"], ["h2"], name="hardswish"),
        N("Conv", ["h2", "w3"], ["c3"], name="grouped", kernel_shape=[1, 1],
          group=2),
        bn3,
        N("HardSigmoid", ["n3"], ["h3"], name="hardsigmoid", alpha=0.3,
          beta=0.4),
        N("Concat", ["h3", "h1"], ["cat"], name="concat", axis=1),
        N("Add", ["cat", "cat"], ["a"], name="double"),
        bn4,
        N("Split", ["n4"], ["sp1", "sp2"], name="split", axis=1),
        N("Mul", ["sp1", "sp2"], ["m"], name="gate"),
        N("ReduceMean", ["m"], ["r"], name="mean", axes=[2, 3], keepdims=1),
        N("Squeeze", ["r", "sq_axes"], ["f"], name="squeeze"),
        N("Gemm", ["f", "wf", "bf"], ["y"], name="fc", transB=1),
    ]
    inits = [weight("w1", [8, 3, 3, 3], 1), weight("cb1", [8], 2),
             weight("w2", [8, 1, 3, 3], 3), weight("w3", [8, 4, 1, 1], 4),
             ints("sq_axes", [2, 3]), weight("wf", [5, 8], 6),
             weight("bf", [5], 7)] + i1 + i2 + i3 + i4
    return model(nodes, [io("x", [1, 3, 10, 10])], [io("y", [1, 5])], inits,
                 opset=14)


def shapes():
    """Gather (constant indices, an axis in the middle), Slice, Concat,
    Split with sizes, Equal/Cast/Where/Not masks, ConstantOfShape,
    Flatten, Softmax over a middle axis, ReduceSum, Exp, Neg, Max, Min,
    Reciprocal."""
    N = helper.make_node
    c = lambda n, v: numpy_helper.from_array(np.array(v, np.float32), n)
    nodes = [
        N("Gather", ["x", "idx"], ["g"], name="gather", axis=1),   # [2,3,5]
        N("Slice", ["x", "st", "en", "ax"], ["s"], name="slice"),  # [2,2,5]
        N("Concat", ["g", "s"], ["cat"], name="concat", axis=1),   # [2,5,5]
        N("Split", ["cat", "sizes"], ["p1", "p2"], name="split", axis=2),
        N("Exp", ["p2"], ["e"], name="exp"),                       # [2,5,3]
        N("Neg", ["p1"], ["n"], name="neg"),                       # [2,5,2]
        N("ReduceSum", ["e", "rs_axes"], ["rs"], name="rsum", keepdims=1),
        N("Max", ["n", "rs"], ["mx"], name="max"),                 # [2,5,2]
        N("Min", ["mx", "p1"], ["mn"], name="min"),
        N("Greater", ["mn", "zero"], ["gt"], name="greater"),
        N("Not", ["gt"], ["ngt"], name="not"),
        N("Cast", ["ngt"], ["cf"], name="cast", to=TensorProto.FLOAT),
        N("Equal", ["cf", "zero"], ["eq"], name="equal"),
        N("ConstantOfShape", ["cshape"], ["fill"], name="fill",
          value=helper.make_tensor("v", F, [1], [0.25])),
        N("Where", ["eq", "mn", "fill"], ["w"], name="where"),
        N("Reciprocal", ["rs"], ["rr"], name="reciprocal"),
        N("Mul", ["w", "rr"], ["wr"], name="mul"),
        N("Softmax", ["wr"], ["sm"], name="softmax", axis=1),
        N("Flatten", ["sm"], ["y"], name="flatten", axis=1),
    ]
    inits = [ints("idx", [0, -1, 2]), ints("st", [1]), ints("en", [100]),
             ints("ax", [1]), ints("sizes", [2, 3]), ints("rs_axes", [2]),
             c("zero", 0.0), ints("cshape", [2, 5, 2])]
    return model(nodes, [io("x", [2, 3, 5])], [io("y", [2, 10])], inits,
                 opset=13)


def embedding():
    """Gather with an int64 input (token ids) from an embedding table."""
    N = helper.make_node
    nodes = [N("Gather", ["table", "ids"], ["e"], name="lookup"),
             N("MatMul", ["e", "w"], ["y"], name="proj")]
    return model(nodes, [io("ids", [2, 4], TensorProto.INT64)],
                 [io("y", [2, 4, 3])],
                 [weight("table", [10, 6], 1), weight("w", [6, 3], 2)],
                 opset=13)


def single(op, attrs=None, inputs=("x",), x_shape=(1, 3, 8, 8), inits=(),
           out_shape=None, elem=F, opset=14):
    node = helper.make_node(op, list(inputs), ["y"], name="the_node",
                            **(attrs or {}))
    return model([node], [io("x", list(x_shape), elem)],
                 [io("y", out_shape, elem)], inits, opset=opset)


def example(name, dims):
    """An example network of examples/onnx at reduced width with inline
    random weights (the same graph make-examples.py writes full size)."""
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                        "examples", "onnx", "make-examples.py")
    spec = importlib.util.spec_from_file_location("make_examples", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.NETS[name](None, dims=dims, rng=np.random.default_rng(5))


MODELS = {
    "convnet": convnet,
    # The transformer examples at reduced width (sequence, width, heads,
    # FFN): the same operators and graph as the full-size files.
    "bert_small": lambda: example("bert_layer", (8, 16, 2, 32)),
    "vit_small": lambda: example("vit_block", (5, 16, 2, 32)),
    "gpt2_small": lambda: example("gpt2_block", (8, 16, 2, 32)),
    "llama_small": lambda: example("llama_ffn", (4, 16, 40)),
    "mobilenet_bn_small": lambda: example("mobilenet_bn", (32, 1)),
    "alexnet_like": alexnet_like,
    "transformer": transformer,
    "gelu20": gelu20,
    "cnn_bn": cnn_bn,
    "shapes": shapes,
    "embedding": embedding,
    # One malformation each.
    "unsupported": lambda: single("Trilu", out_shape=[1, 3, 8, 8]),
    "dynamic": lambda: single("Relu", x_shape=("N", 3, 8, 8)),
    "int_input": lambda: single("Relu", elem=TensorProto.INT64),
    "gemm_alpha": lambda: single("Gemm", {"alpha": 2.0}, ("x", "w"),
                                 x_shape=(2, 4),
                                 inits=[weight("w", [4, 3])]),
    "avg_include_pad": lambda: single(
        "AveragePool", {"kernel_shape": [3, 3], "pads": [1, 1, 1, 1],
                        "count_include_pad": 1}),
    "clip_dynamic_bound": lambda: model(
        [helper.make_node("Clip", ["x", "x"], ["y"], name="the_node")],
        [io("x", [1])], [io("y", [1])]),
    "conv_activation_weights": lambda: model(
        [helper.make_node("Conv", ["x", "w"], ["y"], name="the_node",
                          kernel_shape=[1, 1])],
        [io("x", [1, 3, 8, 8]), io("w", [4, 3, 1, 1])], [io("y", None)]),
    "zero_stride": lambda: single("Conv", {"kernel_shape": [1, 1],
                                           "strides": [1, 0]},
                                  ("x", "w"), inits=[weight("w", [4, 3, 1, 1])]),
    "computed_bias": lambda: model(
        [helper.make_node("Relu", ["b0"], ["b"], name="relu"),
         helper.make_node("Conv", ["x", "w", "b"], ["y"], name="the_node",
                          kernel_shape=[1, 1])],
        [io("x", [1, 3, 8, 8]), io("b0", [4])], [io("y", None)],
        [weight("w", [4, 3, 1, 1])]),
    "shape_mismatch": lambda: model(
        [helper.make_node("Conv", ["x", "w"], ["y"], name="the_node",
                          kernel_shape=[1, 1])],
        [io("x", [1, 3, 8, 8]), io("w", [8, 3, 1, 1])], [io("y", None)],
        [weight("w", [4, 3, 1, 1])]),
    "slice_step": lambda: single("Slice", None, ("x", "s", "e", "a", "st"),
                                 inits=[ints("s", [0]), ints("e", [8]),
                                        ints("a", [3]), ints("st", [2])]),
    "slice_dynamic": lambda: model(
        [helper.make_node("Slice", ["x", "s", "e"], ["y"], name="the_node")],
        [io("x", [4]), io("s", [1], TensorProto.INT64)], [io("y", None)],
        [ints("e", [3])]),
    "cast_to_int": lambda: model(
        [helper.make_node("Cast", ["x"], ["y"], name="the_node",
                          to=TensorProto.INT32)],
        [io("x", [4])], [io("y", None, TensorProto.INT32)]),
    "gelu_mode": lambda: single("Gelu", {"approximate": "erf"}, opset=20),
    "bn_training": lambda: model(
        [helper.make_node("BatchNormalization", ["x", "s", "b", "m", "v"],
                          ["y", "rm", "rv"], name="the_node",
                          training_mode=1)],
        [io("x", [1, 3, 4, 4])], [io("y", None)],
        [weight(n, [3]) for n in "sbmv"], opset=15),
    "gather_range": lambda: single("Gather", {"axis": 1}, ("x", "i"),
                                   inits=[ints("i", [5])]),
    "layernorm_mean": lambda: model(
        [helper.make_node("LayerNormalization", ["x", "g"], ["y", "mean"],
                          name="the_node")],
        [io("x", [2, 4])], [io("y", None), io("mean", None)],
        [weight("g", [4])], opset=17),
    "bad_group": lambda: single("Conv", {"kernel_shape": [1, 1], "group": 2},
                                ("x", "w"), inits=[weight("w", [4, 1, 1, 1])]),
}


def main():
    name, out = sys.argv[1], sys.argv[2]
    m = MODELS[name]()
    onnx.save(m, out)


if __name__ == "__main__":
    main()

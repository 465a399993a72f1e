#!/usr/bin/python3
"""Writes small ONNX models for the importer's lit tests, built with
Debian's python3-onnx:  make-model.py NAME OUT.onnx

Valid models exercise every supported operator; the others are malformed
in one way each."""
import sys

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


def single(op, attrs=None, inputs=("x",), x_shape=(1, 3, 8, 8), inits=(),
           out_shape=None, elem=F):
    node = helper.make_node(op, list(inputs), ["y"], name="the_node",
                            **(attrs or {}))
    return model([node], [io("x", list(x_shape), elem)],
                 [io("y", out_shape, elem)], inits)


MODELS = {
    "convnet": convnet,
    "alexnet_like": alexnet_like,
    # One malformation each.
    "unsupported": lambda: single("Sigmoid", out_shape=[1, 3, 8, 8]),
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
    "bad_group": lambda: single("Conv", {"kernel_shape": [1, 1], "group": 2},
                                ("x", "w"), inits=[weight("w", [4, 1, 1, 1])]),
}


def main():
    name, out = sys.argv[1], sys.argv[2]
    m = MODELS[name]()
    onnx.save(m, out)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Writes the transformer and modern-CNN example networks of examples/onnx
with Debian's python3-onnx (onnx.helper): full-size shapes, weights as
initializers whose data is external and not shipped (like ZigZag's
example models), so each file stays small. Shapes are all scheduling
needs; salsa-import-onnx passes the weights as function arguments.

  examples/onnx/make-examples.py OUT_DIR      (examples/onnx/import.sh runs it)

bert_layer    BERT-base encoder layer: seq 128, d 768, 12 heads, FFN 3072,
              post-norm, erf Gelu as PyTorch exports it (Div, Erf, Add,
              Mul); its input's batch and sequence are dynamic
              (salsa-import-onnx --input-shape hidden_states=1x128x768)
vit_block     ViT-B/16 encoder block: 197 tokens, pre-norm, Gelu (opset 20)
gpt2_block    GPT-2 block: fused QKV projection and Split, a causal mask
              (bool initializer, Where), tanh Gelu composed (Pow, Tanh)
llama_ffn     Llama-3-8B SwiGLU FFN: RMSNorm (Pow, ReduceMean, Sqrt, Div),
              d 4096, hidden 14336, seq 64, SiLU as x * Sigmoid(x)
mobilenet_bn  MobileNet-style CNN: Conv + BatchNormalization (folded),
              SiLU, HardSwish, inverted residuals, 224x224
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

F = TensorProto.FLOAT
N = helper.make_node


class Net:
    def __init__(self, name, rng=None):
        self.name, self.nodes, self.inits = name, [], []
        self.count = 0
        # With a generator, weights get inline random values (the reduced
        # width numeric checks of test/Import/numerics.test).
        self.rng = rng

    def weight(self, name, shape):
        """An initializer whose values live in a file that is not shipped."""
        if self.rng is not None:
            values = self.rng.uniform(-0.5, 0.5, shape).astype(np.float32)
            return self.const(name, values)
        t = TensorProto()
        t.name, t.data_type = name, F
        t.dims.extend(shape)
        t.data_location = TensorProto.EXTERNAL
        for key, value in (("location", self.name + ".weights"),
                           ("offset", str(4 * self.count)),
                           ("length", str(4 * int(np.prod(shape))))):
            entry = t.external_data.add()
            entry.key, entry.value = key, value
        self.count += int(np.prod(shape))
        self.inits.append(t)
        return name

    def const(self, name, array):
        self.inits.append(numpy_helper.from_array(array, name))
        return name

    def scalar(self, name, value):
        return self.const(name, np.array(value, np.float32))

    def ints(self, name, values):
        return self.const(name, np.array(values, np.int64))

    def op(self, op_type, inputs, name, outputs=None, **attrs):
        outputs = outputs or [name]
        self.nodes.append(N(op_type, inputs, outputs, name=name, **attrs))
        return outputs[0] if len(outputs) == 1 else outputs

    def linear(self, x, name, d_in, d_out):
        y = self.op("MatMul", [x, self.weight(name + ".weight", [d_in, d_out])],
                    name + "/MatMul")
        return self.op("Add", [y, self.weight(name + ".bias", [d_out])],
                       name + "/Add")

    def layer_norm(self, x, name, d):
        return self.op("LayerNormalization",
                       [x, self.weight(name + ".weight", [d]),
                        self.weight(name + ".bias", [d])], name,
                       axis=-1, epsilon=1e-5)

    def save(self, path, inputs, outputs, opset):
        graph = helper.make_graph(self.nodes, self.name, inputs, outputs,
                                  self.inits)
        model = helper.make_model(
            graph, opset_imports=[helper.make_opsetid("", opset)],
            producer_name="salsa examples/onnx/make-examples.py")
        if path:
            onnx.save(model, path)
        return model


def attention(net, x, p, t, d, heads, causal=False, qkv=None):
    """Multi-head self-attention on [1, t, d]: Q.K^T and P.V over heads."""
    dh = d // heads
    split = net.ints(p + "heads_shape", [1, t, heads, dh])
    if qkv is None:
        q, k, v = (net.linear(x, f"{p}{n}", d, d) for n in ("query", "key",
                                                            "value"))
    else:
        fused = net.linear(x, p + "c_attn", d, 3 * d)
        q, k, v = net.op("Split", [fused, net.ints(p + "split", [d] * 3)],
                         p + "split", outputs=[p + "q", p + "k", p + "v"],
                         axis=2)
    def heads_of(y, n, perm):
        r = net.op("Reshape", [y, split], f"{p}{n}/Reshape")
        return net.op("Transpose", [r], f"{p}{n}/Transpose", perm=perm)
    qh = heads_of(q, "q", [0, 2, 1, 3])
    kt = heads_of(k, "k", [0, 2, 3, 1])
    vh = heads_of(v, "v", [0, 2, 1, 3])
    s = net.op("MatMul", [qh, kt], p + "qk/MatMul")
    s = net.op("Div", [s, net.scalar(p + "sqrt_dh", np.sqrt(dh))],
               p + "qk/Div")
    if causal:
        mask = net.const(p + "causal_mask",
                         np.tril(np.ones((t, t), bool)).reshape(1, 1, t, t))
        s = net.op("Where", [mask, s, net.scalar(p + "masked", -1e4)],
                   p + "mask/Where")
    prob = net.op("Softmax", [s], p + "Softmax", axis=-1)
    o = net.op("MatMul", [prob, vh], p + "pv/MatMul")
    o = net.op("Transpose", [o], p + "merge/Transpose", perm=[0, 2, 1, 3])
    o = net.op("Reshape", [o, net.ints(p + "merge_shape", [1, t, d])],
               p + "merge/Reshape")
    return net.linear(o, p + ("c_proj" if qkv else "output.dense"), d, d)


def gelu_erf(net, x, p):
    y = net.op("Div", [x, net.scalar(p + "sqrt2", np.sqrt(2.0))], p + "Div")
    y = net.op("Erf", [y], p + "Erf")
    y = net.op("Add", [y, net.scalar(p + "one", 1.0)], p + "Add")
    y = net.op("Mul", [x, y], p + "Mul")
    return net.op("Mul", [y, net.scalar(p + "half", 0.5)], p + "Mul_1")


def gelu_tanh(net, x, p):
    c = net.op("Pow", [x, net.scalar(p + "three", 3.0)], p + "Pow")
    c = net.op("Mul", [c, net.scalar(p + "k", 0.044715)], p + "Mul")
    y = net.op("Add", [x, c], p + "Add")
    y = net.op("Mul", [y, net.scalar(p + "s", np.sqrt(2 / np.pi))], p + "Mul_1")
    y = net.op("Tanh", [y], p + "Tanh")
    y = net.op("Add", [y, net.scalar(p + "one", 1.0)], p + "Add_1")
    y = net.op("Mul", [x, y], p + "Mul_2")
    return net.op("Mul", [y, net.scalar(p + "half", 0.5)], p + "Mul_3")


def bert_layer(path, dims=(128, 768, 12, 3072), rng=None):
    t, d, h, f = dims
    net = Net("bert_layer", rng)
    x = "hidden_states"
    a = attention(net, x, "attention.", t, d, h)
    a = net.op("Add", [a, x], "attention.residual")
    a = net.layer_norm(a, "attention.output.LayerNorm", d)
    m = net.linear(a, "intermediate.dense", d, f)
    m = gelu_erf(net, m, "intermediate.gelu/")
    m = net.linear(m, "output.dense", f, d)
    m = net.op("Add", [m, a], "output.residual")
    y = net.layer_norm(m, "output.LayerNorm", d)
    net.nodes[-1].output[0] = "output"
    # Full size: batch and sequence dynamic, as exported; reduced: static.
    shape = ["batch", "seq", d] if rng is None else [1, t, d]
    return net.save(path, [helper.make_tensor_value_info(x, F, shape)],
                    [helper.make_tensor_value_info("output", F, None)],
                    opset=17)


def vit_block(path, dims=(197, 768, 12, 3072), rng=None):
    t, d, h, f = dims
    net = Net("vit_block", rng)
    x = "tokens"
    a = net.layer_norm(x, "norm1", d)
    a = attention(net, a, "attn.", t, d, h)
    r = net.op("Add", [x, a], "residual1")
    m = net.layer_norm(r, "norm2", d)
    m = net.linear(m, "mlp.fc1", d, f)
    m = net.op("Gelu", [m], "mlp.act")
    m = net.linear(m, "mlp.fc2", f, d)
    net.op("Add", [r, m], "residual2", outputs=["output"])
    return net.save(path, [helper.make_tensor_value_info(x, F, [1, t, d])],
                    [helper.make_tensor_value_info("output", F, None)],
                    opset=20)


def gpt2_block(path, dims=(128, 768, 12, 3072), rng=None):
    t, d, h, f = dims
    net = Net("gpt2_block", rng)
    x = "hidden_states"
    a = net.layer_norm(x, "ln_1", d)
    a = attention(net, a, "attn.", t, d, h, causal=True, qkv=True)
    r = net.op("Add", [x, a], "residual1")
    m = net.layer_norm(r, "ln_2", d)
    m = net.linear(m, "mlp.c_fc", d, f)
    m = gelu_tanh(net, m, "mlp.gelu/")
    m = net.linear(m, "mlp.c_proj", f, d)
    net.op("Add", [r, m], "residual2", outputs=["output"])
    return net.save(path, [helper.make_tensor_value_info(x, F, [1, t, d])],
                    [helper.make_tensor_value_info("output", F, None)],
                    opset=17)


def llama_ffn(path, dims=(64, 4096, 14336), rng=None):
    t, d, f = dims
    net = Net("llama_ffn", rng)
    x = "hidden_states"
    # RMSNorm: x / sqrt(mean(x^2) + eps) * weight.
    sq = net.op("Pow", [x, net.scalar("two", 2.0)], "norm/Pow")
    ms = net.op("ReduceMean", [sq], "norm/ReduceMean", axes=[-1], keepdims=1)
    ms = net.op("Add", [ms, net.scalar("eps", 1e-5)], "norm/Add")
    rms = net.op("Sqrt", [ms], "norm/Sqrt")
    n = net.op("Div", [x, rms], "norm/Div")
    n = net.op("Mul", [n, net.weight("post_attention_layernorm.weight", [d])],
               "norm/Mul")
    gate = net.op("MatMul", [n, net.weight("mlp.gate_proj.weight", [d, f])],
                  "mlp.gate_proj/MatMul")
    up = net.op("MatMul", [n, net.weight("mlp.up_proj.weight", [d, f])],
                "mlp.up_proj/MatMul")
    sg = net.op("Sigmoid", [gate], "mlp.act/Sigmoid")
    silu = net.op("Mul", [gate, sg], "mlp.act/Mul")
    hcur = net.op("Mul", [silu, up], "mlp/Mul")
    down = net.op("MatMul", [hcur, net.weight("mlp.down_proj.weight", [f, d])],
                  "mlp.down_proj/MatMul")
    net.op("Add", [x, down], "residual", outputs=["output"])
    return net.save(path, [helper.make_tensor_value_info(x, F, [1, t, d])],
                    [helper.make_tensor_value_info("output", F, None)],
                    opset=17)


def mobilenet_bn(path, dims=(224, 8), rng=None):
    """dims: input resolution, and the channel divisor (8 = full width)."""
    res, width = dims
    net = Net("mobilenet_bn", rng)

    def ch(c):
        return max(2, c * width // 8)

    def conv_bn(x, name, c_in, c_out, k, stride=1, group=1, act="silu"):
        w = net.weight(name + ".conv.weight", [c_out, c_in // group, k, k])
        y = net.op("Conv", [x, w], name + "/Conv", kernel_shape=[k, k],
                   strides=[stride, stride], pads=[k // 2] * 4, group=group)
        params = [net.weight(f"{name}.bn.{p}", [c_out]) for p in
                  ("weight", "bias", "running_mean")]
        # A variance must be positive when the values are real.
        params.append(net.weight(f"{name}.bn.running_var", [c_out]) if
                      rng is None else net.const(
                          f"{name}.bn.running_var",
                          rng.uniform(0.5, 1.5, [c_out]).astype(np.float32)))
        y = net.op("BatchNormalization", [y] + params,
                   name + "/BatchNormalization", epsilon=1e-3)
        if act == "silu":
            s = net.op("Sigmoid", [y], name + "/Sigmoid")
            y = net.op("Mul", [y, s], name + "/Mul")
        elif act == "hardswish":
            y = net.op("HardSwish", [y], name + "/HardSwish")
        return y

    x = "input"
    y = conv_bn(x, "stem", 3, ch(32), 3, stride=2)
    y = conv_bn(y, "block0.dw", ch(32), ch(32), 3, group=ch(32))
    y = conv_bn(y, "block0.pw", ch(32), ch(16), 1, act=None)
    c = ch(16)
    blocks = [(4, 24, 2, "silu"), (4, 24, 1, "silu"), (4, 40, 2, "hardswish"),
              (4, 40, 1, "hardswish"), (6, 80, 2, "hardswish"),
              (6, 80, 1, "hardswish"), (6, 160, 2, "hardswish")]
    for i, (e, c_out, s, act) in enumerate(blocks, start=1):
        c_out = ch(c_out)
        p = f"block{i}"
        hdim = c * e
        z = conv_bn(y, p + ".expand", c, hdim, 1, act=act)
        z = conv_bn(z, p + ".dw", hdim, hdim, 3, stride=s, group=hdim, act=act)
        z = conv_bn(z, p + ".project", hdim, c_out, 1, act=None)
        y = net.op("Add", [y, z], p + "/Add") if s == 1 and c == c_out else z
        c = c_out
    y = conv_bn(y, "head", c, ch(640), 1)
    y = net.op("GlobalAveragePool", [y], "pool")
    y = net.op("Flatten", [y], "flatten")
    classes = 1000 if rng is None else 10
    net.op("Gemm", [y, net.weight("classifier.weight", [classes, ch(640)]),
                    net.weight("classifier.bias", [classes])], "classifier",
           outputs=["output"], transB=1)
    return net.save(path,
                    [helper.make_tensor_value_info(x, F, [1, 3, res, res])],
                    [helper.make_tensor_value_info("output", F, None)],
                    opset=14)


NETS = {"bert_layer": bert_layer, "vit_block": vit_block,
        "gpt2_block": gpt2_block, "llama_ffn": llama_ffn,
        "mobilenet_bn": mobilenet_bn}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(__file__))
    for name, build in NETS.items():
        build(os.path.join(out, name + ".onnx"))
        print(os.path.join(out, name + ".onnx"))


if __name__ == "__main__":
    main()

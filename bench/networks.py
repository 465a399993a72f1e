"""The example networks as the ONNX benchmarks use them: each imported by
salsa-import-onnx, lowered by upstream's TOSA-to-linalg passes, and read by
salsa-print-layers. Shared by onnx-networks.py and exact-networks.py."""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PRESETS = ["tpu_like", "edge_tpu_like", "meta_prototype", "tesla_npu_like",
           "ascend_like", "eyeriss_like"]
ZIGZAG_NETS = ["resnet18", "mobilenetv2", "alexnet"]
NETS = ZIGZAG_NETS + ["bert_layer", "vit_block", "gpt2_block", "llama_ffn",
                      "mobilenet_bn"]
# salsa-import-onnx arguments a network needs (dynamic inputs).
IMPORT_ARGS = {"bert_layer": ["--input-shape", "hidden_states=1x128x768"]}
LOWER = ("--pass-pipeline=builtin.module(func.func(tosa-to-linalg-named,"
         "tosa-to-linalg,tosa-to-arith,tosa-to-tensor))")


def timed(cmd, **kw):
    """Runs `cmd`; stops the benchmark if it fails. (result, seconds)."""
    start = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    seconds = time.perf_counter() - start
    if r.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr[:2000]}")
    return r, seconds


def lowered(bin_dir, net):
    """The network in linalg, its layers (print-layers JSON lines) and the
    seconds the import and the lowering took."""
    model = os.path.join(ROOT, "examples", "onnx", net + ".onnx")
    tosa, t_import = timed([os.path.join(bin_dir, "salsa-import-onnx"), model]
                           + IMPORT_ARGS.get(net, []))
    linalg, t_lower = timed(["mlir-opt-22", LOWER], input=tosa.stdout)
    layers, _ = timed([os.path.join(bin_dir, "salsa-opt"),
                       "--salsa-print-layers", "-o", "/dev/null"],
                      input=linalg.stdout)
    return {"linalg": linalg.stdout, "layers": layers.stderr,
            "import_seconds": t_import, "lower_seconds": t_lower}

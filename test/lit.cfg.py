# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "SALSA"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test", ".yaml"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.salsa_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%shlibext", config.llvm_shlib_ext))
config.substitutions.append(("%salsa_plugin", config.salsa_plugin))
config.substitutions.append(("%salsa_src", config.salsa_src_root))
config.substitutions.append(("%salsa_build", config.salsa_obj_root))
config.substitutions.append(("%presets", os.path.join(config.salsa_src_root, "presets")))
# ZigZag's input files and reference vectors (test/Inputs/zigzag/README.md).
config.substitutions.append(
    ("%zigzag", os.path.join(config.salsa_src_root, "test", "Inputs", "zigzag")))
config.substitutions.append(("%mlir_lib_dir", config.mlir_lib_dir))
# Debian's python3 has python3-onnx (installed by scripts/install-deps.sh);
# another python3 first on PATH may not.
config.substitutions.append(("%onnx_python", "/usr/bin/python3"))
# Upstream's TOSA-to-linalg lowering, as a real MLIR compiler runs it.
config.substitutions.append(
    ("%tosa_to_linalg",
     "--pass-pipeline='builtin.module(func.func(tosa-to-linalg-named,"
     "tosa-to-linalg,tosa-to-arith,tosa-to-tensor))'"))
config.substitutions.append(
    ("%mlir_runner_libs",
     ",".join(os.path.join(config.mlir_lib_dir, lib) for lib in
              ["libmlir_runner_utils.so", "libmlir_c_runner_utils.so"])))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.use_default_substitutions()

tool_dirs = [config.salsa_tools_dir, config.llvm_tools_dir]
mlir_opt = os.path.join(config.llvm_tools_dir, "mlir-opt")
if config.salsa_asan_runtime:
    # A sanitized plugin needs the sanitizer runtime loaded first.
    config.available_features.add("sanitized")
    # Manual poisoning is off: the uninstrumented libLLVM.so shares inline
    # allocator code with our instrumented code (BumpPtrAllocator slabs),
    # which reports reads of memory LLVM itself handed out.
    asan_options = "allow_user_poisoning=0"
    config.environment["ASAN_OPTIONS"] = asan_options
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    mlir_opt = ("env LD_PRELOAD=" + config.salsa_asan_runtime +
                " ASAN_OPTIONS=" + asan_options + ":detect_leaks=0 " + mlir_opt)
tools = [
    "salsa-opt",
    "salsa-import-onnx",
    "salsa-explore",
    ToolSubst("mlir-opt-22", mlir_opt),
    "mlir-runner",
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# Headless Chromium renders the HTML report when it is installed.
import shutil
if shutil.which("chromium"):
    config.available_features.add("chromium")

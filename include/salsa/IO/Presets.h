//===- Presets.h - Built-in targets and target lookup -----------*- C++ -*-===//
#ifndef SALSA_IO_PRESETS_H
#define SALSA_IO_PRESETS_H

#include "salsa/IO/ZigZagFiles.h"

#include "llvm/ADT/ArrayRef.h"

namespace salsa::io {

/// A built-in target: ZigZag's hardware and mapping files, compiled in.
struct Preset {
  llvm::StringRef name;
  llvm::StringRef hardwareFile; // file names under presets/
  llvm::StringRef mappingFile;
  llvm::StringRef hardwareYaml;
  llvm::StringRef mappingYaml;
};
llvm::ArrayRef<Preset> presets();
const Preset *findPreset(llvm::StringRef name);
/// "tpu_like, edge_tpu_like, ..." for messages and help text.
std::string presetNames();

/// `target` is a preset name or a path to a ZigZag hardware YAML; `mapping`
/// is a mapping YAML path, required with a hardware path and optional with a
/// preset (overrides the preset's mapping).
llvm::Expected<Target> loadTarget(llvm::StringRef target,
                                  llvm::StringRef mapping = "");

} // namespace salsa::io

#endif // SALSA_IO_PRESETS_H

// #salsa.memory_space: round trip and its diagnostics.
// RUN: salsa-opt %s -split-input-file -verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @spaces
// CHECK-SAME: memref<4xf32, #salsa.memory_space<"rf">>
// CHECK-SAME: memref<4xf32, #salsa.memory_space<"rf", instances = 8>>
// CHECK-SAME: memref<4xf32, #salsa.memory_space<"rf", instances = 8, element_bits = 8>>
// CHECK-SAME: memref<4xf32, #salsa.memory_space<"rf", element_bits = 16>>
func.func @spaces(%a: memref<4xf32, #salsa.memory_space<"rf", instances = 1>>,
                  %b: memref<4xf32, #salsa.memory_space<"rf", instances = 8>>,
                  %c: memref<4xf32, #salsa.memory_space<"rf", element_bits = 8, instances = 8>>,
                  %d: memref<4xf32, #salsa.memory_space<"rf", element_bits = 16>>) {
  return
}

// -----

// expected-error @+1 {{a memory space names a memory level}}
func.func @empty(%a: memref<4xf32, #salsa.memory_space<"">>) { return }

// -----

// expected-error @+1 {{memory space 'rf' needs a positive number of instances, not 0}}
func.func @instances(%a: memref<4xf32, #salsa.memory_space<"rf", instances = 0>>) { return }

// -----

// expected-error @+1 {{memory space 'rf' needs non-negative element bits, not -8}}
func.func @bits(%a: memref<4xf32, #salsa.memory_space<"rf", element_bits = -8>>) { return }

// -----

// expected-error @+1 {{expected 'instances' or 'element_bits'}}
func.func @key(%a: memref<4xf32, #salsa.memory_space<"rf", copies = 2>>) { return }

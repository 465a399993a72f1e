// salsa-erase-memory-spaces: every #salsa.memory_space becomes the default
// space (values, block arguments, function types); other spaces stay.
// RUN: salsa-opt %s --salsa-erase-memory-spaces | FileCheck %s
// CHECK-LABEL: func.func @f(%{{.*}}: memref<4xf32>, %{{.*}}: memref<4xf32, 1>) -> memref<2xf32, strided<[1], offset: ?>>
// CHECK:   %[[A:.*]] = memref.alloc() : memref<4xf32>
// CHECK:   memref.copy %{{.*}}, %[[A]] : memref<4xf32> to memref<4xf32>
// CHECK:   memref.subview %[[A]][1] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1], offset: 1>>
// CHECK-NOT: salsa.memory_space
func.func @f(%x: memref<4xf32, #salsa.memory_space<"buf">>, %y: memref<4xf32, 1>)
    -> memref<2xf32, strided<[1], offset: ?>, #salsa.memory_space<"buf">> {
  %a = memref.alloc() : memref<4xf32, #salsa.memory_space<"rf", instances = 4>>
  memref.copy %x, %a : memref<4xf32, #salsa.memory_space<"buf">> to memref<4xf32, #salsa.memory_space<"rf", instances = 4>>
  %s = memref.subview %a[1] [2] [1] : memref<4xf32, #salsa.memory_space<"rf", instances = 4>> to memref<2xf32, strided<[1], offset: 1>, #salsa.memory_space<"rf", instances = 4>>
  %c = memref.cast %s : memref<2xf32, strided<[1], offset: 1>, #salsa.memory_space<"rf", instances = 4>> to memref<2xf32, strided<[1], offset: ?>, #salsa.memory_space<"rf", instances = 4>>
  %d = memref.memory_space_cast %c : memref<2xf32, strided<[1], offset: ?>, #salsa.memory_space<"rf", instances = 4>> to memref<2xf32, strided<[1], offset: ?>, #salsa.memory_space<"buf">>
  return %d : memref<2xf32, strided<[1], offset: ?>, #salsa.memory_space<"buf">>
}

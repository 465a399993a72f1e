// The same module gives byte-identical output with and without MLIR's
// threading (functions scheduled in parallel), twice each, and with search
// threads 1, 2 and 8, for the dual engine and for annealing.
// RUN: salsa-opt %s --salsa-lower="target=tesla_npu_like precisions=W=8,I=8,O=16,O_final=8" > %t.a
// RUN: salsa-opt %s --salsa-lower="target=tesla_npu_like precisions=W=8,I=8,O=16,O_final=8" > %t.b
// RUN: salsa-opt %s --salsa-lower="target=tesla_npu_like precisions=W=8,I=8,O=16,O_final=8" --mlir-disable-threading > %t.c
// RUN: salsa-opt %s --salsa-lower="target=tesla_npu_like precisions=W=8,I=8,O=16,O_final=8" --mlir-disable-threading > %t.d
// RUN: diff %t.a %t.b
// RUN: diff %t.a %t.c
// RUN: diff %t.a %t.d
// RUN: FileCheck %s < %t.a
// RUN: salsa-opt %s --salsa-lower="target=tesla_npu_like precisions=W=8,I=8,O=16,O_final=8 threads=1" > %t.t1
// RUN: salsa-opt %s --salsa-lower="target=tesla_npu_like precisions=W=8,I=8,O=16,O_final=8 threads=2" > %t.t2
// RUN: salsa-opt %s --salsa-lower="target=tesla_npu_like precisions=W=8,I=8,O=16,O_final=8 threads=8" > %t.t8
// RUN: diff %t.a %t.t1
// RUN: diff %t.a %t.t2
// RUN: diff %t.a %t.t8
// RUN: salsa-opt %s --salsa-schedule="target=tesla_npu_like precisions=W=8,I=8,O=16,O_final=8 engine=annealing seed=11 threads=1" > %t.sa1
// RUN: salsa-opt %s --salsa-schedule="target=tesla_npu_like precisions=W=8,I=8,O=16,O_final=8 engine=annealing seed=11 threads=8" --mlir-disable-threading > %t.sa8
// RUN: diff %t.sa1 %t.sa8
// RUN: FileCheck %s --check-prefix=ANNEAL < %t.sa1

// Every function was scheduled and tiled.
// CHECK-COUNT-3: salsa.scheduled = 0
// ANNEAL-COUNT-3: engine = "annealing"

func.func @conv(%i: tensor<1x16x30x30xf32>, %w: tensor<32x16x3x3xf32>, %o: tensor<1x32x28x28xf32>) -> tensor<1x32x28x28xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%i, %w : tensor<1x16x30x30xf32>, tensor<32x16x3x3xf32>) outs(%o : tensor<1x32x28x28xf32>) -> tensor<1x32x28x28xf32>
  return %0 : tensor<1x32x28x28xf32>
}

func.func @wide(%i: tensor<1x56x56x64xf32>, %w: tensor<3x3x64x64xf32>, %o: tensor<1x54x54x64xf32>) -> tensor<1x54x54x64xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%i, %w : tensor<1x56x56x64xf32>, tensor<3x3x64x64xf32>) outs(%o : tensor<1x54x54x64xf32>) -> tensor<1x54x54x64xf32>
  return %0 : tensor<1x54x54x64xf32>
}

func.func @fc(%a: tensor<8x512xf32>, %b: tensor<512x1000xf32>, %c: tensor<8x1000xf32>) -> tensor<8x1000xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<8x512xf32>, tensor<512x1000xf32>) outs(%c : tensor<8x1000xf32>) -> tensor<8x1000xf32>
  return %0 : tensor<8x1000xf32>
}

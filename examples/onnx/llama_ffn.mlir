// Imported by salsa-import-onnx from llama_ffn.onnx (ONNX opset 17, 13 nodes).
module {
  func.func @main(%arg0: tensor<1x64x4096xf32> {onnx.name = "hidden_states"}, %arg1: tensor<f32> {onnx.layout = "onnx", onnx.name = "two"}, %arg2: tensor<f32> {onnx.layout = "onnx", onnx.name = "eps"}, %arg3: tensor<4096xf32> {onnx.layout = "onnx", onnx.name = "post_attention_layernorm.weight"}, %arg4: tensor<1x4096x14336xf32> {onnx.layout = "KN", onnx.name = "mlp.gate_proj.weight"}, %arg5: tensor<1x4096x14336xf32> {onnx.layout = "KN", onnx.name = "mlp.up_proj.weight"}, %arg6: tensor<1x14336x4096xf32> {onnx.layout = "KN", onnx.name = "mlp.down_proj.weight"}) -> tensor<1x64x4096xf32> {
    %0 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %1 = tosa.reshape %arg1, %0 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %2 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %3 = tosa.mul %arg0, %arg0, %2 : (tensor<1x64x4096xf32>, tensor<1x64x4096xf32>, tensor<1xi8>) -> tensor<1x64x4096xf32>
    %4 = tosa.reduce_sum %3 {axis = 2 : i32} : (tensor<1x64x4096xf32>) -> tensor<1x64x1xf32>
    %5 = "tosa.const"() <{values = dense<2.44140625E-4> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %6 = tosa.mul %4, %5, %2 : (tensor<1x64x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x64x1xf32>
    %7 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %8 = tosa.reshape %arg2, %7 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %9 = tosa.add %6, %8 : (tensor<1x64x1xf32>, tensor<1x1x1xf32>) -> tensor<1x64x1xf32>
    %10 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %11 = tosa.pow %9, %10 : (tensor<1x64x1xf32>, tensor<1x1x1xf32>) -> tensor<1x64x1xf32>
    %12 = tosa.reciprocal %11 : (tensor<1x64x1xf32>) -> tensor<1x64x1xf32>
    %13 = tosa.mul %arg0, %12, %2 : (tensor<1x64x4096xf32>, tensor<1x64x1xf32>, tensor<1xi8>) -> tensor<1x64x4096xf32>
    %14 = tosa.const_shape  {values = dense<[1, 1, 4096]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.reshape %arg3, %14 : (tensor<4096xf32>, !tosa.shape<3>) -> tensor<1x1x4096xf32>
    %16 = tosa.mul %13, %15, %2 : (tensor<1x64x4096xf32>, tensor<1x1x4096xf32>, tensor<1xi8>) -> tensor<1x64x4096xf32>
    %17 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %18 = tosa.matmul %16, %arg4, %17, %17 : (tensor<1x64x4096xf32>, tensor<1x4096x14336xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x64x14336xf32>
    %19 = tosa.matmul %16, %arg5, %17, %17 : (tensor<1x64x4096xf32>, tensor<1x4096x14336xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x64x14336xf32>
    %20 = tosa.sigmoid %18 : (tensor<1x64x14336xf32>) -> tensor<1x64x14336xf32>
    %21 = tosa.mul %18, %20, %2 : (tensor<1x64x14336xf32>, tensor<1x64x14336xf32>, tensor<1xi8>) -> tensor<1x64x14336xf32>
    %22 = tosa.mul %21, %19, %2 : (tensor<1x64x14336xf32>, tensor<1x64x14336xf32>, tensor<1xi8>) -> tensor<1x64x14336xf32>
    %23 = tosa.matmul %22, %arg6, %17, %17 : (tensor<1x64x14336xf32>, tensor<1x14336x4096xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x64x4096xf32>
    %24 = tosa.add %arg0, %23 : (tensor<1x64x4096xf32>, tensor<1x64x4096xf32>) -> tensor<1x64x4096xf32>
    return %24 : tensor<1x64x4096xf32>
  }
}


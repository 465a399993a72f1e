// expected-error @+1 {{target 'tpu' is neither a built-in preset (tpu_like, edge_tpu_like, meta_prototype, tesla_npu_like, ascend_like, eyeriss_like) nor an existing hardware YAML file}}
module {
}

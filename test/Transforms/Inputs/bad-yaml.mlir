// expected-error @+1 {{bad_hardware.yaml:7:11: memories.reg.size: expected an integer, got 'big'}}
module {
}

// expected-error @+1 {{no target accelerator: give the pass a 'target' option}}
module {
}

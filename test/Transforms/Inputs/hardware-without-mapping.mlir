// expected-error @+1 {{is a hardware file; give its mapping YAML too (mapping=...)}}
module {
}

// expected-error @unknown {{salsa-schedule: engine must be salsa, exhaustive, annealing or loma; objective energy, latency or edp; mapping-type uneven or even (got 'fast', 'energy', 'uneven')}}
func.func @f() {
  return
}

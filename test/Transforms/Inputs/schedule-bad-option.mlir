// expected-error @unknown {{salsa-schedule: engine must be salsa, exhaustive, annealing, loma or exact; objective energy, latency or edp; mapping-type uneven or even (got 'fast', 'energy', 'uneven')}}
func.func @f() {
  return
}

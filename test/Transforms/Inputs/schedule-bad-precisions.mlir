// expected-error @unknown {{salsa-schedule: precisions must read like W=8,I=8,O=16,O_final=8 (bits per operand; O: partial sums), got 'W=eight'}}
func.func @f() {
  return
}

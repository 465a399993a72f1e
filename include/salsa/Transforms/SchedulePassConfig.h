//===- SchedulePassConfig.h - salsa-schedule's settings as values -*- C++ -*-===//
//
// The settings of salsa-schedule as plain values (the rows of
// SchedulerOptions.def in groups Target and Pass, and the SchedulerOptions),
// and the copies between them and MLIR options declared from the same rows
// (SchedulingOptionDecls.inc), so salsa-lower hands its options to
// salsa-schedule without naming any of them.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_TRANSFORMS_SCHEDULEPASSCONFIG_H
#define SALSA_TRANSFORMS_SCHEDULEPASSCONFIG_H

#include "salsa/Search/Scheduler.h"

namespace salsa {

struct SchedulePassConfig {
#define SALSA_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, HELP)                     \
  SALSA_ONLY_Target(G)(TYPE FIELD = DEFAULT;)                                  \
      SALSA_ONLY_Pass(G)(TYPE FIELD = DEFAULT;)
#include "salsa/Search/SchedulerOptions.def"
  SchedulerOptions scheduler;
};

/// Options (MLIR options of every row) -> values.
template <typename Options>
SchedulePassConfig configFromOptions(const Options &o) {
  SchedulePassConfig c;
#define SALSA_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, HELP)                     \
  SALSA_FIELD_IN(c, G).FIELD = o.FIELD;
#define SALSA_LIST_OPTION(G, FIELD, FLAG, HELP)                               \
  SALSA_FIELD_IN(c, G).FIELD.assign(o.FIELD.begin(), o.FIELD.end());
#include "salsa/Search/SchedulerOptions.def"
  return c;
}

/// Values -> options (MLIR options of every row).
template <typename Options>
void setOptionsFromConfig(Options &o, const SchedulePassConfig &c) {
#define SALSA_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, HELP)                     \
  o.FIELD = SALSA_FIELD_IN(c, G).FIELD;
#define SALSA_LIST_OPTION(G, FIELD, FLAG, HELP)                               \
  o.FIELD = llvm::ArrayRef<std::string>(SALSA_FIELD_IN(c, G).FIELD);
#include "salsa/Search/SchedulerOptions.def"
}

} // namespace salsa

#endif

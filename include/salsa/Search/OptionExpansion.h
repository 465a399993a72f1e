//===- OptionExpansion.h - Selecting rows of SchedulerOptions.def -*- C++ -*-===//
//
// SALSA_ONLY_<Group>(G)(TEXT) keeps TEXT when the row's group G is <Group>:
//
//   #define SALSA_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, HELP)
//     SALSA_ONLY_Search(G)(TYPE FIELD = DEFAULT;)
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_SEARCH_OPTIONEXPANSION_H
#define SALSA_SEARCH_OPTIONEXPANSION_H

#define SALSA_KEEP(...) __VA_ARGS__
#define SALSA_DROP(...)

#define SALSA_ONLY_Target(G) SALSA_ONLY_Target_##G
#define SALSA_ONLY_Target_Target SALSA_KEEP
#define SALSA_ONLY_Target_Search SALSA_DROP
#define SALSA_ONLY_Target_Scheduler SALSA_DROP
#define SALSA_ONLY_Target_Pass SALSA_DROP

#define SALSA_ONLY_Search(G) SALSA_ONLY_Search_##G
#define SALSA_ONLY_Search_Target SALSA_DROP
#define SALSA_ONLY_Search_Search SALSA_KEEP
#define SALSA_ONLY_Search_Scheduler SALSA_DROP
#define SALSA_ONLY_Search_Pass SALSA_DROP

#define SALSA_ONLY_Scheduler(G) SALSA_ONLY_Scheduler_##G
#define SALSA_ONLY_Scheduler_Target SALSA_DROP
#define SALSA_ONLY_Scheduler_Search SALSA_DROP
#define SALSA_ONLY_Scheduler_Scheduler SALSA_KEEP
#define SALSA_ONLY_Scheduler_Pass SALSA_DROP

#define SALSA_ONLY_Pass(G) SALSA_ONLY_Pass_##G
#define SALSA_ONLY_Pass_Target SALSA_DROP
#define SALSA_ONLY_Pass_Search SALSA_DROP
#define SALSA_ONLY_Pass_Scheduler SALSA_DROP
#define SALSA_ONLY_Pass_Pass SALSA_KEEP

/// Search and Scheduler rows: what salsa-explore exposes.
#define SALSA_ONLY_Scheduling(G) SALSA_ONLY_Scheduling_##G
#define SALSA_ONLY_Scheduling_Target SALSA_DROP
#define SALSA_ONLY_Scheduling_Search SALSA_KEEP
#define SALSA_ONLY_Scheduling_Scheduler SALSA_KEEP
#define SALSA_ONLY_Scheduling_Pass SALSA_DROP

/// Where a row's value lives in a SchedulePassConfig-like struct `C`
/// (Target and Pass rows at the top, Search in C.scheduler.search,
/// Scheduler in C.scheduler).
#define SALSA_FIELD_IN(C, G) SALSA_FIELD_IN_##G(C)
#define SALSA_FIELD_IN_Target(C) C
#define SALSA_FIELD_IN_Pass(C) C
#define SALSA_FIELD_IN_Search(C) C.scheduler.search
#define SALSA_FIELD_IN_Scheduler(C) C.scheduler

#endif

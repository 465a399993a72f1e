//===- EngineTable.cpp - The engines and their names ----------------------===//

#include "SearchSupport.h"
#include "salsa/Search/Engines.h"

using namespace salsa;

static llvm::Expected<SearchResult>
runAnnealing(const ScheduleProblem &problem, const SearchOptions &options) {
  if (llvm::Error err = refusePareto(problem, "annealing"))
    return std::move(err);
  return searchAnnealing(problem, options);
}

static constexpr EngineInfo kEngines[] = {
    {Engine::Dual, "dual",
     "SALSA's dual engine: exhaustive when the space is small, else the "
     "exact engine (LOMA-warmed annealing where its bound table is too "
     "large); every objective",
     searchDual},
    {Engine::Dual, "salsa", "alias of dual", searchDual},
    {Engine::Exhaustive, "exhaustive",
     "every distinct ordering of the loop prime factors (proven optimum)",
     searchExhaustive},
    {Engine::Annealing, "annealing",
     "ZigZag's SALSA simulated annealing, several seeded chains",
     runAnnealing},
    {Engine::Loma, "loma",
     "ZigZag's LOMA: exhaustive over prime factors merged to lpf-limit",
     searchLoma},
    {Engine::Exact, "exact",
     "branch and bound: the proven optimal ordering (energy, latency or "
     "EDP), with a certificate",
     searchExact},
};

llvm::ArrayRef<EngineInfo> salsa::engineTable() { return kEngines; }

llvm::StringRef salsa::engineName(Engine e) {
  return nameOf(engineTable(), e);
}

std::optional<Engine> salsa::parseEngine(llvm::StringRef name) {
  return lookupName(engineTable(), name);
}

static constexpr EnumName<MoveSet> kMoveSets[] = {
    {MoveSet::Mixed, "mixed", "swap, insert or reverse (equal chances)"},
    {MoveSet::Swap, "swap", "ZigZag's: swap two positions"},
};

llvm::ArrayRef<EnumName<MoveSet>> salsa::moveSetNames() { return kMoveSets; }

llvm::Expected<SearchResult> salsa::search(const ScheduleProblem &problem,
                                           const SearchOptions &options) {
  for (const EngineInfo &engine : engineTable())
    if (engine.value == options.engine)
      return engine.run(problem, options);
  llvm_unreachable("every engine has a row");
}

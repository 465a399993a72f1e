// The prime factors and ordering counts of every ZigZag search baseline
// (n_orderings_full, lpfs_full, n_orderings_lpf6, lpfs_lpf6).
#include "salsa/IO/ReferenceVectors.h"
#include "salsa/IO/ZigZagFiles.h"
#include "salsa/Search/Problem.h"

#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

using namespace salsa;

static std::vector<Loop> loopsOf(const llvm::json::Array *arr,
                                 const Layer &layer) {
  llvm::json::Value v = llvm::json::Array(*arr);
  auto loops = io::parseLoops(&v, layer);
  EXPECT_TRUE(bool(loops));
  return loops ? *loops : std::vector<Loop>();
}

TEST(ReferenceSpaces, MatchZigZag) {
  std::string dir = std::string(SALSA_ZIGZAG_DIR);
  auto buffer = llvm::MemoryBuffer::getFile(dir + "/reference/search-baselines.jsonl");
  ASSERT_TRUE(bool(buffer));
  llvm::SmallVector<llvm::StringRef, 0> lines;
  (*buffer)->getBuffer().split(lines, '\n', -1, false);
  ASSERT_EQ(lines.size(), 18u);
  unsigned lineNo = 0;
  for (llvm::StringRef line : lines) {
    auto rec = io::parseReferenceRecord(line, "baselines", ++lineNo);
    ASSERT_TRUE(bool(rec));
    SCOPED_TRACE(rec->id);
    auto accel = io::readHardware(dir + "/hardware/" +
                                  rec->accelerator + ".yaml");
    ASSERT_TRUE(bool(accel));
    auto layer = buildLayer(rec->layer);
    ASSERT_TRUE(bool(layer));
    io::orderSpatialMapping(rec->spatial, *accel);
    auto problem = ScheduleProblem::create(*layer, *accel, rec->links,
                                           rec->spatial);
    ASSERT_TRUE(bool(problem)) << llvm::toString(problem.takeError());
    const llvm::json::Object &raw = rec->raw;
    EXPECT_EQ(toString((*problem)->orderingCount()),
              std::to_string(*raw.getInteger("n_orderings_full")));
    std::vector<Loop> full = loopsOf(raw.getArray("lpfs_full"), *layer);
    EXPECT_EQ((*problem)->primeFactors(), full);
    std::vector<Loop> lpf6 =
        limitPrimeFactors((*problem)->primeFactors(), 6);
    EXPECT_EQ(lpf6, loopsOf(raw.getArray("lpfs_lpf6"), *layer));
    EXPECT_EQ(toString(countOrderings(lpf6)),
              std::to_string(*raw.getInteger("n_orderings_lpf6")));
  }
}

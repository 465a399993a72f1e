#include "salsa/IO/ZigZagFiles.h"

#include "gtest/gtest.h"

using namespace salsa;
using namespace salsa::io;

// ZigZag's tpu_like.yaml repeats the `ports` key of sram_2MB; like PyYAML,
// the last one wins.
TEST(Readers, TpuLikeHardware) {
  auto acc = readHardware(std::string(SALSA_ZIGZAG_DIR) +
                          "/hardware/tpu_like.yaml");
  ASSERT_TRUE(bool(acc)) << llvm::toString(acc.takeError());
  ASSERT_EQ(acc->memories.size(), 4u);
  const MemoryLevel &sram = acc->memories[2];
  EXPECT_EQ(sram.name, "sram_2MB");
  EXPECT_EQ(sram.sizeBits, 16777216);
  ASSERT_EQ(sram.ports.size(), 2u);
  EXPECT_EQ(sram.ports[0].bandwidthMax, 2048);
  EXPECT_EQ(sram.ports[0].allocation.size(), 3u);
  EXPECT_EQ(acc->memories[3].sizeBits, 10000000000);
  EXPECT_EQ(acc->instances(0), 1024); // rf_128B serves no array dimension
  EXPECT_EQ(acc->instances(2), 1);
}

TEST(Readers, ErrorsNameFileLineAndField) {
  const char *text = "name: x\n"
                     "memories:\n"
                     "  m:\n"
                     "    size: 8\n"
                     "    r_cost: cheap\n";
  auto acc = readHardware("inline.yaml", llvm::StringRef(text));
  ASSERT_FALSE(bool(acc));
  // operational_array is checked before memories.
  EXPECT_EQ(llvm::toString(acc.takeError()),
            "inline.yaml:1:1: hardware.operational_array: missing required "
            "field");
  auto mapping = readMapping("m.yaml", llvm::StringRef("- name: default\n"
                                                       "  spatial_mapping:\n"
                                                       "    D1: [K]\n"));
  ASSERT_FALSE(bool(mapping));
  EXPECT_EQ(llvm::toString(mapping.takeError()),
            "m.yaml:3:10: mapping(default).spatial_mapping.D1: expected "
            "'<layer dimension>, <positive integer>'");
  auto syntax = readWorkload("w.yaml", llvm::StringRef("- id: [1\n"));
  ASSERT_FALSE(bool(syntax));
  EXPECT_NE(llvm::toString(syntax.takeError()).find("w.yaml:"),
            std::string::npos);
}

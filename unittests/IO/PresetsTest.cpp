#include "salsa/IO/Presets.h"

#include "gtest/gtest.h"

using namespace salsa;
using namespace salsa::io;

static std::string zigzag(const std::string &rel) {
  return std::string(SALSA_ZIGZAG_DIR) + "/" + rel;
}

// Each built-in preset equals what the readers make of ZigZag's own files.
TEST(Presets, EqualZigZagFiles) {
  ASSERT_EQ(presets().size(), 6u);
  for (const Preset &p : presets()) {
    SCOPED_TRACE(p.name.str());
    auto preset = loadTarget(p.name);
    ASSERT_TRUE(bool(preset)) << llvm::toString(preset.takeError());
    auto files = loadTarget(zigzag(p.hardwareFile.str()),
                            zigzag(p.mappingFile.str()));
    ASSERT_TRUE(bool(files)) << llvm::toString(files.takeError());
    // The preset is named as the preset; otherwise ZigZag's accelerator.
    EXPECT_EQ(preset->accel.name, p.name.str());
    files->accel.name = preset->accel.name;
    EXPECT_EQ(preset->accel, files->accel);
    // The presets add the datapath precisions of ZigZag's example networks.
    OperandPrecisions zigzagExample = {
        {"W", 8}, {"I", 8}, {"O", 16}, {"O_final", 8}};
    EXPECT_EQ(preset->defaultEntry().precisions, zigzagExample);
    EXPECT_TRUE(files->defaultEntry().precisions.empty());
    ASSERT_EQ(preset->mapping.size(), files->mapping.size());
    for (unsigned i = 0; i < preset->mapping.size(); ++i) {
      EXPECT_EQ(preset->mapping[i].name, files->mapping[i].name);
      EXPECT_EQ(preset->mapping[i].spatial, files->mapping[i].spatial);
      EXPECT_EQ(preset->mapping[i].links, files->mapping[i].links);
    }
  }
}

TEST(Presets, UnknownTarget) {
  auto t = loadTarget("tpu");
  ASSERT_FALSE(bool(t));
  EXPECT_NE(llvm::toString(t.takeError()).find("neither a built-in preset"),
            std::string::npos);
}

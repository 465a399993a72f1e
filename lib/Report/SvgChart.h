//===- SvgChart.h - Stacked bar charts as inline SVG ------------*- C++ -*-===//
#ifndef SALSA_LIB_REPORT_SVGCHART_H
#define SALSA_LIB_REPORT_SVGCHART_H

#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace salsa::report {

/// One bar per category, each stacked from the series' values; an optional
/// overlay (a fraction in [0, 1] per category) is drawn as a line of dots
/// against a percentage axis on the right.
struct StackedBarChart {
  std::string title, valueLabel;
  std::vector<std::string> categories;
  std::vector<std::string> series;
  std::vector<std::vector<double>> values; // [category][series]
  std::string overlayLabel;
  std::vector<double> overlay; // empty, or one per category
};

void drawStackedBars(llvm::raw_ostream &os, const StackedBarChart &chart);

/// Escapes text for HTML and SVG.
std::string escapeXml(llvm::StringRef text);

/// A compact number for axes and tables: 1234 -> "1234", 1.5e9 -> "1.50e9".
std::string compactNumber(double value);

} // namespace salsa::report

#endif

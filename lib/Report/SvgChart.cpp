//===- SvgChart.cpp - Stacked bar charts as inline SVG --------------------===//

#include "SvgChart.h"

#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cmath>

using namespace salsa::report;

std::string salsa::report::escapeXml(llvm::StringRef text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

std::string salsa::report::compactNumber(double value) {
  if (value == 0)
    return "0";
  if (std::fabs(value) < 1e5 && value == std::trunc(value))
    return llvm::formatv("{0}", int64_t(value));
  if (std::fabs(value) < 1e5)
    return llvm::formatv("{0:f2}", value);
  int exponent = int(std::floor(std::log10(std::fabs(value))));
  return llvm::formatv("{0:f2}e{1}", value / std::pow(10.0, exponent),
                       exponent);
}

/// Axis labels stay short; the full name is in the bars' tooltips.
static std::string shortLabel(const std::string &label) {
  constexpr size_t kMax = 16;
  if (label.size() <= kMax)
    return label;
  return label.substr(0, kMax - 1) + "\u2026";
}

/// A round step (1, 2 or 5 times a power of ten) giving about five ticks.
static double niceStep(double max) {
  double raw = max / 5;
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0})
    if (raw <= m * magnitude)
      return m * magnitude;
  return 10 * magnitude;
}

// Colour-blind friendly palette (Okabe-Ito, then Tableau-like extras).
static const char *const kPalette[] = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
    "#F0E442", "#999999", "#882255", "#44AA99", "#117733", "#332288"};

void salsa::report::drawStackedBars(llvm::raw_ostream &os,
                                    const StackedBarChart &chart) {
  const size_t n = chart.categories.size();
  const double barWidth = 26, gap = 10, left = 80, top = 40;
  const double plotHeight = 260, labelSpace = 110;
  const double plotWidth = std::max(300.0, n * (barWidth + gap) + gap);
  const double legendWidth = 190;
  const double right = chart.overlay.empty() ? 20 : 60;
  const double width = left + plotWidth + right + legendWidth;
  const double legendHeight = 20.0 * (chart.series.size() + 2);
  const double height =
      std::max(top + plotHeight + labelSpace, top + legendHeight);

  double max = 0;
  for (const auto &stack : chart.values) {
    double sum = 0;
    for (double v : stack)
      sum += v;
    max = std::max(max, sum);
  }
  double step = max > 0 ? niceStep(max) : 1;
  double axisMax = std::max(step, std::ceil(max / step) * step);
  auto y = [&](double v) { return top + plotHeight * (1 - v / axisMax); };
  auto barLeft = [&](size_t c) { return left + gap + c * (barWidth + gap); };
  auto barCenter = [&](size_t c) { return barLeft(c) + barWidth / 2; };

  os << llvm::formatv("<svg xmlns='http://www.w3.org/2000/svg' width='{0}' "
                      "height='{1}' viewBox='0 0 {0} {1}' role='img' "
                      "font-family='sans-serif' font-size='11'>\n",
                      width, height);
  os << llvm::formatv("<text x='{0}' y='20' font-size='14' "
                      "font-weight='bold'>{1}</text>\n",
                      left, escapeXml(chart.title));
  // Value axis with grid lines.
  for (double t = 0; t <= axisMax * (1 + 1e-9); t += step) {
    os << llvm::formatv("<line x1='{0}' x2='{1}' y1='{2}' y2='{2}' "
                        "stroke='#ddd'/>\n",
                        left, left + plotWidth, y(t));
    os << llvm::formatv("<text x='{0}' y='{1}' text-anchor='end'>{2}</text>\n",
                        left - 6, y(t) + 4, compactNumber(t));
  }
  os << llvm::formatv("<text transform='translate(16,{0}) rotate(-90)' "
                      "text-anchor='middle'>{1}</text>\n",
                      top + plotHeight / 2, escapeXml(chart.valueLabel));
  // Bars, bottom-up in series order; each segment has a tooltip.
  for (size_t c = 0; c < n; ++c) {
    double x = barLeft(c);
    double base = 0;
    for (size_t s = 0; s < chart.series.size(); ++s) {
      double v = chart.values[c][s];
      if (v <= 0)
        continue;
      os << llvm::formatv(
          "<rect x='{0}' y='{1}' width='{2}' height='{3}' fill='{4}'>"
          "<title>{5}: {6} {7}</title></rect>\n",
          x, y(base + v), barWidth, y(base) - y(base + v),
          kPalette[s % std::size(kPalette)],
          escapeXml(chart.categories[c] + " " + chart.series[s]),
          compactNumber(v), escapeXml(chart.valueLabel));
      base += v;
    }
    os << llvm::formatv("<text transform='translate({0},{1}) rotate(-60)' "
                        "text-anchor='end'>{2}</text>\n",
                        x + barWidth / 2 + 3, top + plotHeight + 10,
                        escapeXml(shortLabel(chart.categories[c])));
  }
  os << llvm::formatv("<line x1='{0}' x2='{1}' y1='{2}' y2='{2}' "
                      "stroke='#333'/>\n",
                      left, left + plotWidth, top + plotHeight);
  // Overlay: a percentage axis on the right and a dotted line.
  if (!chart.overlay.empty()) {
    double axisX = left + plotWidth;
    auto py = [&](double f) { return top + plotHeight * (1 - f); };
    for (int p = 0; p <= 100; p += 25)
      os << llvm::formatv("<text x='{0}' y='{1}' fill='#c00'>{2}%</text>\n",
                          axisX + 6, py(p / 100.0) + 4, p);
    std::string points;
    for (size_t c = 0; c < n; ++c)
      points += llvm::formatv("{0},{1} ", barCenter(c), py(chart.overlay[c]));
    os << "<polyline fill='none' stroke='#c00' stroke-width='1.5' points='"
       << points << "'/>\n";
    for (size_t c = 0; c < n; ++c)
      os << llvm::formatv(
          "<circle cx='{0}' cy='{1}' r='3' fill='#c00'><title>{2}: {3} "
          "{4:f1}%</title></circle>\n",
          barCenter(c), py(chart.overlay[c]), escapeXml(chart.categories[c]),
          escapeXml(chart.overlayLabel), 100 * chart.overlay[c]);
  }
  // Legend, top series first so it reads like the stacks.
  double lx = width - legendWidth + 10, ly = top;
  for (size_t s = chart.series.size(); s-- > 0; ly += 20) {
    os << llvm::formatv("<rect x='{0}' y='{1}' width='12' height='12' "
                        "fill='{2}'/>\n",
                        lx, ly, kPalette[s % std::size(kPalette)]);
    os << llvm::formatv("<text x='{0}' y='{1}'>{2}</text>\n", lx + 18, ly + 10,
                        escapeXml(chart.series[s]));
  }
  if (!chart.overlay.empty())
    os << llvm::formatv("<circle cx='{0}' cy='{1}' r='4' fill='#c00'/>"
                        "<text x='{2}' y='{3}'>{4}</text>\n",
                        lx + 6, ly + 6, lx + 18, ly + 10,
                        escapeXml(chart.overlayLabel));
  os << "</svg>\n";
}

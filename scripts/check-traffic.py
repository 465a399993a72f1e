#!/usr/bin/env python3
"""Runs a schedule's buffers as code and compares the elements its copies
move with what salsa's cost model (ZigZag's) predicts for the same
schedule, per scheduled op, operand, memory level and direction; every
entry that differs is derived from what the code does and classified.

    scripts/check-traffic.py FILE.mlir --target PRESET [--pass-options "..."]
                             [--split [--layers 0,3]] [--all] [--report-only]

Schedules with salsa-schedule (tensors are bufferized first) and
`predict-traffic`, then tiles with salsa-tile's `buffers` (salsa-lower's two
passes, run one after the other), instruments with salsa-count-traffic,
erases the memory spaces, lowers with test/Integration/gen_tests.py's
pipeline and runs mlir-runner. A file without @main gets one that calls
each public function with fresh (uninitialised) arguments: the counts do
not depend on values. An entry is equal only when the counted integer is
the predicted one exactly (no tolerance).

Every entry (equal or not) is also derived in closed form from the
schedule, the target's memories and the layer (salsa-print-layers): the
tile sizes of the nest per loop dimension (a loop whose step does not
divide gets a smaller last tile), each copy once per visit of the loops
above its hoisted cut, a convolution input's window as its bounding box,
partial sums read back on every visit but the first, the per-PE op at
every MAC (CodeModel below). A differing entry is printed with the
classes of docs/ZigZagModel.md ("Traffic: the code against the model")
that apply to it and whether the derived figure equals the counter; it is
explained when it does and a class applies. Ends with
`N equal, M differ (M explained: E, unexplained: U)`; exits 1 when U > 0
or a derived figure misses an equal entry, unless --report-only.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "test", "Integration"))
import gen_tests  # noqa: E402  (LOWER, BUFFERIZE, runner)

LLVM_BIN = "/usr/lib/llvm-22/bin"
LLVM_LIB = "/usr/lib/llvm-22/lib"

LINE = re.compile(r"^salsa-traffic (op(\d+) (\S+) (\S+) (\S+)) predicted (\S+) "
                  r"counted (-?\d+)$")


def split_args(text):
    """Top-level comma split of a function's argument list."""
    depth, cur, out = 0, "", []
    for ch in text:
        if ch in "<([{":
            depth += 1
        elif ch in ">)]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return [a.strip() for a in out]


def with_main(text):
    """Appends a @main calling every public function, if there is none."""
    if re.search(r"func\.func\s+@main\b", text):
        return text
    lines = ["func.func @main() {"]
    n = 0
    for m in re.finditer(r"func\.func\s+@(\w+)\s*\(", text):
        name = m.group(1)
        # The argument list up to the matching parenthesis.
        depth, i = 1, m.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        args = split_args(text[m.end():i - 1])
        rest = text[i:i + 400].split("{")[0]
        results = rest.split("->", 1)[1].strip() if "->" in rest else ""
        values, types = [], []
        for a in args:
            ty = a.split(":", 1)[1].strip()
            v = f"%arg{n}"
            n += 1
            if ty.startswith("tensor"):
                lines.append(f"  {v} = tensor.empty() : {ty}")
            elif ty.startswith("memref"):
                lines.append(f"  {v} = memref.alloc() : {ty}")
            else:
                sys.exit(f"check-traffic: @{name}: cannot make an argument "
                         f"of type {ty}")
            values.append(v)
            types.append(ty)
        call = f"call @{name}({', '.join(values)}) : ({', '.join(types)}) -> "
        call += results if results else "()"
        res = f"%r{n} = " if results and results != "()" else ""
        lines.append(f"  {res}{call}")
    lines += ["  return", "}"]
    return text + "\n" + "\n".join(lines) + "\n"


OP = re.compile(r"=\s*(linalg\.(?:\w*conv_\w+|matmul\w*|batch_matmul\w*)\b.*"
                r"ins\((%[\w.]+), (%[\w.]+) : ([^,]+), ([^)]+)\) "
                r"outs\((%[\w.]+) : ([^)]+)\) -> (\S+))\s*$")


def split_layers(text, keep):
    """One function per convolution / matmul line of a network (each op on
    one line, as examples/gen_*.py write them); `keep`: indices or None."""
    funcs, index = [], 0
    for line in text.splitlines():
        m = OP.search(line)
        if not m:
            continue
        op, a, b, ta, tb, c, tc, tr = m.groups()
        if keep is None or index in keep:
            body = op.replace(a + ",", "%a,", 1).replace(b + " :", "%b :", 1)
            body = body.replace(f"outs({c} :", "outs(%c :", 1)
            funcs.append(f"func.func @layer{index}(%a: {ta}, %b: {tb}, "
                         f"%c: {tc}) -> {tr} {{\n  %r = {body}\n"
                         f"  return %r : {tr}\n}}")
        index += 1
    return "\n".join(funcs) + "\n"


def balanced_end(text, start):
    """text[start] is '<': the index just after its matching '>'."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "<":
            depth += 1
        elif text[i] == ">" and text[i - 1] != "-":
            depth -= 1
            if depth == 0:
                return i + 1
    sys.exit("check-traffic: unbalanced '<' in an attribute")


def attribute(text, start):
    """The attribute `#salsa.NAME<...>` that begins at text[start]."""
    return text[start:balanced_end(text, text.index("<", start))]


def names(text):
    return re.findall(r'"([^"]+)"', text)


def parse_accelerator(text):
    """The memories (innermost first, as the target lists them) and the
    operand links of a #salsa.accelerator."""
    a = attribute(text, text.index("#salsa.accelerator<"))
    memories = [{"name": m.group(1), "operands": names(m.group(2)),
                 "served": names(m.group(3))}
                for m in re.finditer(
                    r'#salsa\.memory<name = "([^"]+)".*?operands = \[([^\]]*)'
                    r'\], served_dimensions = \[([^\]]*)\]', a)]
    links = re.search(r"operand_links = \{([^}]*)\}", a).group(1)
    return {"memories": memories,
            "links": dict(re.findall(r'(\w+) = "([^"]+)"', links))}


def parse_schedule(s):
    """loops: (dim, factor, {operand: memory}) outer first; spatial:
    (array dim, layer dim, factor)."""
    spatial = [(a, d, int(f)) for a, d, f in
               re.findall(r'#salsa\.unroll<"([^"]+)", "([^"]+)", (\d+)>', s)]
    loops = [(m.group(1), int(m.group(2)),
              dict(re.findall(r'(\w+) = "([^"]+)"', m.group(3))))
             for m in re.finditer(r'#salsa\.loop<dim = "([^"]+)", factor = '
                                  r'(\d+), memories = \{([^}]*)\}', s)]
    dims = names(re.search(r"loop_dims = \[([^\]]*)\]", s).group(1))
    return {"dims": dims, "spatial": spatial, "loops": loops}


def index_expressions(layer):
    """Per operand of a salsa-print-layers line, its indices, each as
    {loop dim: coefficient} (iy=2*oy+1*fy: {OY: 2, FY: 1})."""
    relations = {}
    for r in layer["dimension_relations"]:
        lhs, rhs = r.replace(" ", "").split("=")
        relations[lhs.upper()] = {d.upper(): int(c) for c, d in
                                  (t.split("*") for t in rhs.split("+"))}
    return {name: [relations.get(i.upper(), {i.upper(): 1})
                   for i in re.findall(r"\[(\w+)\]", idx)]
            for name, idx in re.findall(r"(\w+)((?:\[\w+\])+)",
                                        layer["equation"])}


CLASSES = {
    "mac": "the per-PE op reads its operands and updates its output at "
           "every MAC; ZigZag counts a broadcast once and a stationary "
           "input not re-read",
    "reduction-replicated": "a reduction unrolled over an array dimension "
                            "this level does not serve: ZigZag sends one "
                            "partial sum per instance, the code one per "
                            "output",
    "read-back": "the code zero-fills on a tile's first visit and reads "
                 "partial sums back only on later ones (written - |O|)",
    "replicated-input": "an unrolled dimension the operand does not depend "
                        "on (a broadcast) or a window dimension over "
                        "instances of this level: ZigZag fills every "
                        "instance, the code the union tile once",
    "strided-window": "a window with gaps (stride larger than the window "
                      "it slides): the code copies the bounding box, "
                      "ZigZag the elements read",
    "fractional": "an unrolling that does not divide its dimension: the "
                  "code's tiles are exact (smaller last tile), ZigZag "
                  "averages size / trips and truncates with int()",
}


class CodeModel:
    """What salsa-tile's buffers emit for one schedule, counted in closed
    form. Loop dimension d of size S with temporal trips T (the product of
    its loops' factors) has the per-PE base tile b = ceil(S / T); loop i
    over d steps by b x (the factors of d's loops inside it), and a tile
    of size s splits into floor(s / step) tiles of step and one of
    s mod step. A copy before loop i runs once per visit of loops 0..i-1
    and moves its operand's tile: per index, the tile size of its loop
    dimension, or for a window index sum(c * (t - 1)) + 1 (the bounding
    box). An operand's level k (memories innermost first) is cut at the
    first loop allocated at or below it; the copy is hoisted above the
    loops right above the cut that the operand does not depend on."""

    def __init__(self, layer, schedule, accel):
        self.sizes = dict(zip(layer["loop_dims"], layer["loop_sizes"]))
        if list(self.sizes) != schedule["dims"]:
            sys.exit(f"check-traffic: the layer's loops {layer['loop_dims']}"
                     f" are not the schedule's {schedule['dims']}")
        self.exprs = index_expressions(layer)
        self.loops = schedule["loops"]
        self.spatial = schedule["spatial"]
        self.accel = accel
        self.trips = Counter({d: 1 for d in self.sizes})
        for d, f, _ in self.loops:
            self.trips[d] *= f
        self.base = {d: -(-s // self.trips[d]) for d, s in self.sizes.items()}
        self.macs = 1
        for s in self.sizes.values():
            self.macs *= s
        outputs = self.used("O")
        self.reduction = {d for d in self.sizes if d not in outputs}

    def used(self, operand):
        return {d for e in self.exprs[operand] for d in e}

    def window(self, operand):
        """Loop dims in a window index (two or more terms) of `operand`."""
        return {d for e in self.exprs[operand] if len(e) > 1 for d in e}

    def step(self, i):
        d = self.loops[i][0]
        s = self.base[d]
        for j in range(i + 1, len(self.loops)):
            if self.loops[j][0] == d:
                s *= self.loops[j][1]
        return s

    def tiles(self, dim, depth):
        """{tile size: visits} of `dim` over loops 0..depth-1."""
        ms = Counter({self.sizes[dim]: 1})
        for i in range(depth):
            if self.loops[i][0] != dim:
                continue
            step, split = self.step(i), Counter()
            for s, n in ms.items():
                q, r = divmod(s, step)
                if q:
                    split[step] += n * q
                if r:
                    split[r] += n
            ms = split
        return ms

    def index_tiles(self, expr, depth):
        """[(visits, {dim: tile size})] of one index over loops 0..depth-1."""
        combos = [(1, {})]
        for d in expr:
            combos = [(n * m, {**t, d: s}) for n, t in combos
                      for s, m in self.tiles(d, depth).items()]
        return combos

    def elements(self, operand, depth, first_only=False):
        """Elements the copies of `operand` placed before loop `depth` move
        over all their visits; `first_only`: the visits at offset 0 of every
        dimension the operand does not depend on (a first visit)."""
        total = 1
        for e in self.exprs[operand]:
            total *= sum(n * (sum(c * (t[d] - 1) for d, c in e.items()) + 1)
                         for n, t in self.index_tiles(e, depth))
        if not first_only:
            for d in self.sizes:
                if d not in self.used(operand):
                    total *= sum(self.tiles(d, depth).values())
        return total

    def has_gaps(self, operand, depth):
        """Does a window tile copied before loop `depth` hold elements the
        op never reads (its positions sum(c * i) leave holes)?"""
        for e in self.exprs[operand]:
            if len(e) < 2:
                continue
            for _, t in self.index_tiles(e, depth):
                points = {0}
                for d, c in e.items():
                    points = {p + c * i for p in points for i in range(t[d])}
                if len(points) < sum(c * (t[d] - 1) for d, c in e.items()) + 1:
                    return True
        return False

    def hierarchy(self, operand):
        link = self.accel["links"][operand]
        return [m["name"] for m in self.accel["memories"]
                if link in m["operands"]]

    def served(self, operand, k):
        """Array dims served by the operand's levels 0..k."""
        h = self.hierarchy(operand)
        return {a for m in self.accel["memories"] if m["name"] in h[:k + 1]
                for a in m["served"]}

    def depth(self, operand, k):
        """Where level k's copies sit (before that temporal loop)."""
        h = self.hierarchy(operand)
        level_at = [h.index(mem[operand]) for _, _, mem in self.loops]
        cut = sum(1 for x in level_at if x > k)
        used = self.used(operand)
        return max([i + 1 for i in range(cut) if self.loops[i][0] in used],
                   default=0)

    def figures(self):
        """(operand, memory, direction) -> elements the code moves."""
        fig = Counter()
        for p in ("I", "W", "O"):
            h = self.hierarchy(p)
            fig[(p, h[0], "rd_out_to_low")] += self.macs
            if p == "O":
                fig[(p, h[0], "wr_in_by_low")] += self.macs
            for k in range(len(h) - 1):
                n = self.elements(p, self.depth(p, k))
                if p != "O":
                    fig[(p, h[k + 1], "rd_out_to_low")] += n
                    fig[(p, h[k], "wr_in_by_high")] += n
                    continue
                # Partial sums back from above, on every visit but the first.
                back = n - self.elements(p, self.depth(p, k), first_only=True)
                fig[(p, h[k + 1], "rd_out_to_low")] += back
                fig[(p, h[k], "wr_in_by_high")] += back
                fig[(p, h[k], "rd_out_to_high")] += n
                fig[(p, h[k + 1], "wr_in_by_low")] += n
        return fig

    def fractional(self):
        """Does an unrolling not divide its dimension?"""
        unroll = Counter({d: 1 for d in self.sizes})
        for _, d, f in self.spatial:
            unroll[d] *= f
        return any(self.sizes[d] % u for d, u in unroll.items())

    def zigzag_size(self, operand, sizes):
        """ZigZag's elements of `operand` over loop sizes {dim: size}
        (Layer::tensorSize): a window index c_a * a + c_b * b counts
        a * b - max(0, b - c_a / g) * (a - c_b / g), g = gcd, after int()
        of fractional sizes."""
        n = 1
        for e in self.exprs[operand]:
            if len(e) == 1:
                n *= sizes[next(iter(e))]
                continue
            (da, ca), (db, cb) = e.items()
            g = math.gcd(ca, cb)
            a, b = math.trunc(sizes[da]), math.trunc(sizes[db])
            n *= a * b - max(0, b - ca // g) * (a - cb // g)
        return n

    def model_figures(self):
        """ZigZag's figures (CostModel::elementMoves) in closed form: an
        unrolling of d over an array dimension counts size / trips (what
        it covers on average) and sits at the arch level of the operand's
        lowest memory serving that dimension; level m has instances
        round(product of the unrollings above it), holds data[m+1] =
        round(the footprint of the loops at its copy and the unrollings at
        or below it), is filled once per period (the loops above its copy)
        in every instance; the level above reads data[m] x boost[m]
        (round(the distinct elements of the unrollings at arch level m));
        the MACs read each input once per stationary run (the innermost
        loops it does not depend on); partial sums go up from every
        instance and come back while a reduction loop, or a reduction
        unrolled above, is still to come. None when a dimension is
        unrolled over two array dimensions."""
        if len({d for _, d, _ in self.spatial}) < len(self.spatial):
            return None
        unrolled = [(a, d, self.sizes[d] / self.trips[d])
                    for a, d, _ in self.spatial]
        total = 1
        for _, f, _ in self.loops:
            total *= f
        fig = Counter()
        for p in ("I", "W", "O"):
            h = self.hierarchy(p)
            n = len(h)
            arch = [(next((k for k in range(n) if a in self.served(p, k)), n),
                     d, f) for a, d, f in unrolled]

            def spatial(lo, hi):
                s = {d: 1 for d in self.sizes}
                for lv, d, f in arch:
                    if lo <= lv <= hi:
                        s[d] *= f
                return s

            def instances(lv):
                t = 1
                for at, _, f in arch:
                    if at >= lv:
                        t *= f
                return round(round(t * 1000) / 1000)

            def boost(lv):
                return round(self.zigzag_size(p, spatial(lv, n)) /
                             self.zigzag_size(p, spatial(lv + 1, n)))

            def partial(lv):
                """A reduction still to come above arch level lv."""
                cut = sum(1 for _, _, mem in self.loops if h.index(mem[p]) >= lv)
                return any(f > 1 and d in self.reduction
                           for d, f, _ in self.loops[:cut]) or any(
                    at > lv and d in self.reduction and f > 1
                    for at, d, f in arch)

            data, periods = [1], []
            for j in range(n):
                depth = self.depth(p, j)
                s = spatial(0, j)
                for d, f, _ in self.loops[depth:]:
                    s[d] *= f
                data.append(round(self.zigzag_size(p, s)))
                periods.append(1)
                for _, f, _ in self.loops[:depth]:
                    periods[j] *= f
            stationary = 1
            for d, f, _ in reversed(self.loops):
                if d in self.used(p):
                    break
                stationary *= f
            for m in range(n):
                count = periods[m - 1] if m else (
                    total if p == "O" else total // stationary)
                if p != "O":
                    fig[(p, h[m], "rd_out_to_low")] = (data[m] * boost(m) * count
                                                       * instances(m + 1))
                    if m < n - 1:
                        fig[(p, h[m], "wr_in_by_high")] = (
                            data[m + 1] * periods[m] * instances(m + 1))
                    continue
                low = math.trunc(data[m] * boost(m)) * count * instances(m + 1)
                fig[(p, h[m], "wr_in_by_low")] = low
                if partial(m):
                    fig[(p, h[m], "rd_out_to_low")] = low
                if m < n - 1:
                    high = data[m + 1] * periods[m] * instances(m + 1)
                    fig[(p, h[m], "rd_out_to_high")] = high
                    if partial(m + 1):
                        fig[(p, h[m], "wr_in_by_high")] = high
        return fig

    def classes(self, p, memory, direction):
        """The classes of docs/ZigZagModel.md that apply to an entry."""
        h = self.hierarchy(p)
        k = h.index(memory)
        # The entry's boundary: between level j and j + 1 (j = -1: the MACs).
        j = k - 1 if direction.endswith("_low") else k
        out = []
        if j < 0:
            if direction == "rd_out_to_low" or p == "O":
                out.append("mac")
        elif j < len(h) - 1:
            # Unrolled dimensions over array dimensions level j does not
            # serve: ZigZag's instances of level j (the entries on its side
            # of the boundary, direction *_high).
            unserved = [d for a, d, f in self.spatial
                        if f > 1 and a not in self.served(p, j)]
            instances = unserved if direction.endswith("_high") else []
            if p == "O":
                if any(d in self.reduction for d in instances):
                    out.append("reduction-replicated")
                if direction in ("wr_in_by_high", "rd_out_to_low"):
                    out.append("read-back")
            elif any(d not in self.used(p) or d in self.window(p)
                     for d in instances):
                out.append("replicated-input")
            if self.has_gaps(p, self.depth(p, j)):
                out.append("strided-window")
        if self.fractional():
            out.append("fractional")
        return out


def formatted(v):
    """A figure as salsa-count-traffic prints a prediction."""
    if v == int(v):
        return str(int(v))
    return f"{v:.3f}"


def run(cmd, stdin):
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if p.returncode:
        sys.exit(f"check-traffic: {' '.join(cmd[:2])} failed:\n{p.stderr}")
    return p


def scheduled_functions(text, layers, accel):
    """{function: [CodeModel per scheduled op, by id]} of the scheduled IR,
    and the order in which @main calls them."""
    starts = [(m.start(), m.group(1)) for m in
              re.finditer(r"func\.func (?!private)@(\w+)", text)]
    ops, queue = {}, list(layers)
    for m in re.finditer(r"salsa\.schedule = #salsa\.schedule<", text):
        func = [name for pos, name in starts if pos < m.start()][-1]
        if not queue:
            sys.exit("check-traffic: salsa-print-layers read fewer ops than "
                     "were scheduled")
        schedule = parse_schedule(attribute(text, m.end() - len("#salsa.schedule<")))
        ops.setdefault(func, []).append(CodeModel(queue.pop(0), schedule, accel))
    main = [pos for pos, name in starts if name == "main"][0]
    end = min([pos for pos, _ in starts if pos > main] + [len(text)])
    calls = [c for c in re.findall(r"call @(\w+)\(", text[main:end]) if c in ops]
    return ops, calls


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    ap.add_argument("--target", required=True)
    ap.add_argument("--pass-options", default="",
                    help="more salsa-schedule options, e.g. 'engine=exact'")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--split", action="store_true",
                    help="a network: one function per convolution/matmul")
    ap.add_argument("--layers", default="",
                    help="with --split: the layer indices to keep (0,3,5)")
    ap.add_argument("--all", action="store_true",
                    help="list the equal entries too")
    ap.add_argument("--report-only", action="store_true",
                    help="exit 0 even with unexplained entries")
    args = ap.parse_args()

    text = open(args.file).read()
    if args.split:
        keep = {int(x) for x in args.layers.split(",")} if args.layers else None
        text = split_layers(text, keep)
    salsa_opt = os.path.join(args.build, "bin", "salsa-opt")
    target = f"target={args.target}"
    mapping = re.search(r"\bmapping=\S+", args.pass_options)
    if mapping:
        target += " " + mapping.group(0)
    # salsa-lower's two passes, one after the other: the schedule is read
    # between them.
    cmd = [salsa_opt, "-"]
    if "tensor<" in text:
        cmd.append(gen_tests.BUFFERIZE)
    options = f"{target} predict-traffic {args.pass_options}".strip()
    scheduled = run(cmd + [f"--salsa-schedule={options}"], with_main(text)).stdout
    layers = [json.loads(line) for line in run(
        [salsa_opt, "-", "--salsa-print-layers", "--mlir-disable-threading",
         "-o", "/dev/null"], scheduled).stderr.splitlines()
        if line.startswith("{")]
    accel = parse_accelerator(run([salsa_opt, "-", f"--salsa-attach-target={target}"],
                                  "module {}").stdout)
    ops, calls = scheduled_functions(scheduled, layers, accel)
    lowered = run([salsa_opt, "-", f"--salsa-tile=buffers {target}",
                   "--salsa-count-traffic", "--salsa-erase-memory-spaces"]
                  + gen_tests.LOWER, scheduled).stdout
    out = run(gen_tests.runner(LLVM_LIB, os.path.join(LLVM_BIN, "mlir-runner")),
              lowered).stdout
    lines = [m for m in map(LINE.match, out.splitlines()) if m]

    equal = differ = explained = missed = 0
    tally, closed = Counter(), Counter()
    for func in calls:
        models = ops[func]
        count = sum(4 * len(m.hierarchy(p)) for m in models for p in "IWO")
        block, lines = lines[:count], lines[count:]
        if len(block) < count:
            sys.exit(f"check-traffic: @{func} printed fewer entries than its "
                     f"schedules have")
        code = [m.figures() for m in models]
        model = [m.model_figures() for m in models]
        for m in block:
            entry, op, operand, memory, direction, predicted, counted = m.groups()
            op, counted = int(op), int(counted)
            key = (operand, memory, direction)
            name = f"@{func} {entry}"
            derived = code[op].get(key, 0)
            text = f"code {derived} ({'exact' if derived == counted else 'NOT EXACT'})"
            closed["code"] += derived == counted
            exact = derived == counted
            if model[op] is not None:
                z = formatted(model[op].get(key, 0))
                closed["model"] += z == predicted
                closed["modelled"] += 1
                exact &= z == predicted
                text += f", model {z} ({'exact' if z == predicted else 'NOT EXACT'})"
            if predicted == str(counted):
                equal += 1
                if not exact:
                    missed += 1
                    print(f"equal:  {name}: {counted}; {text}")
                elif args.all:
                    print(f"equal:  {name}: {counted}")
                continue
            differ += 1
            classes = models[op].classes(operand, memory, direction)
            if model[op] is None:
                text += ", model attributed (no closed form)"
            ok = exact and bool(classes)
            explained += ok
            for c in classes if ok else []:
                tally[c] += 1
            print(f"differ: {name}: predicted {predicted}, counted {counted}; "
                  f"{text}; {'+'.join(classes) or 'no class'}"
                  f"{'' if ok else ' UNEXPLAINED'}")
    if equal + differ == 0:
        sys.exit("check-traffic: no salsa-traffic lines (nothing scheduled?)")
    if lines:
        sys.exit("check-traffic: more salsa-traffic lines than @main's calls "
                 "of scheduled functions")
    if tally:
        print("classes: " + ", ".join(f"{c} {n}" for c, n in
                                      sorted(tally.items())))
    entries = equal + differ
    unmodelled = entries - closed["modelled"]
    print(f"closed forms: code {closed['code']} of {entries} entries, model "
          f"{closed['model']} of {closed['modelled']}"
          + (f" ({unmodelled} attributed: a dimension unrolled over two "
             f"array dimensions)" if unmodelled else ""))
    if missed:
        print(f"check-traffic: the closed forms miss {missed} equal entries")
    print(f"{equal} equal, {differ} differ (explained: {explained}, "
          f"unexplained: {differ - explained})")
    return 0 if args.report_only or (explained == differ and not missed) else 1


if __name__ == "__main__":
    sys.exit(main())

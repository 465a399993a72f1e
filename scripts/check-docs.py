#!/usr/bin/env python3
"""Keeps the docs honest: every command shown in README.md and docs/*.md
names files that exist, options the tools still have (their --help), and
options some lit test exercises.

Strict: option names are compared exactly against the options parsed from
each tool's --help (`--layer` is not `--layers`; salsa-explore per
subcommand); `mlir-opt-22` commands against stock mlir-opt-22's --help with
the plugin loaded (its passes and their options); pass options against the
named pass's own options (salsa-lower's, not any pass's), and the passes of
a --pass-pipeline must exist. In prose, a `code span` starting with a tool
is checked as a command, `--foo` must be an option of some tool and
`foo=...` an option of some salsa pass.

    scripts/check-docs.py BUILD_DIR

Prints one line per problem and exits 1 if there is any.
"""
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = {"salsa-opt", "salsa-explore", "salsa-import-onnx", "mlir-opt-22"}
# Upstream MLIR flags: documented by MLIR, not by us.
UPSTREAM_FLAGS = {"pass-pipeline", "load-pass-plugin", "load-dialect-plugin",
                  "o", "split-input-file", "verify-diagnostics",
                  "mlir-print-op-on-diagnostic", "mlir-disable-threading",
                  "help", "allow-unregistered-dialect"}
# `name=...` spans in prose that are not pass options (ZigZag's relations,
# and the like).
PROSE_NON_OPTIONS = set()
# Benchmarks: their options may be mentioned in prose.
BENCHES = ("salsa-bench-exact", "salsa-bench-search", "salsa-bench-costmodel")
SALSA_PASSES = ("salsa-lower", "salsa-schedule", "salsa-tile",
                "salsa-attach-target", "salsa-emit-transform", "salsa-print-layers")


def doc_files():
    yield os.path.join(ROOT, "README.md")
    docs = os.path.join(ROOT, "docs")
    for name in sorted(os.listdir(docs)):
        if name.endswith(".md"):
            yield os.path.join(docs, name)


def commands(path):
    """(line number, command) for each command line in fenced blocks."""
    in_block, pending, start = False, "", 0
    with open(path) as f:
        for number, line in enumerate(f, 1):
            if line.startswith("```"):
                in_block, pending = not in_block, ""
                continue
            if not in_block:
                continue
            text = line.rstrip("\n")
            text = re.sub(r"^\s*\$ ", "", text)
            if not pending:
                start = number
            if text.endswith("\\"):
                pending += text[:-1] + " "
                continue
            full, pending = pending + text, ""
            full = full.split(" #")[0]  # trailing shell comment
            for part in re.split(r"\|\||&&|\||;|>|<", full):
                words = part.split()
                if words and (os.path.basename(words[0]) in TOOLS or
                              words[0].startswith("scripts/")):
                    yield start, part.strip()


def prose_spans(path):
    """(line number, text) of each `code span` outside fenced blocks."""
    in_block = False
    with open(path) as f:
        for number, line in enumerate(f, 1):
            if line.startswith("```"):
                in_block = not in_block
                continue
            if not in_block:
                for span in re.findall(r"`([^`]+)`", line):
                    yield number, span


def run_help(build, tool, sub=None):
    if tool == "mlir-opt-22":
        # Stock mlir-opt with the plugin: the options and passes it then has.
        args = ["mlir-opt-22", "--load-pass-plugin=" +
                os.path.join(build, "lib", "SalsaPlugin.so")]
    else:
        args = [os.path.join(build, "bin", tool)]
    args += ([sub] if sub else []) + ["--help-hidden"]
    try:
        return subprocess.run(args, capture_output=True, text=True).stdout
    except OSError:
        return ""


class Help:
    """The exact option names of one --help: top-level flags, and each
    pass's (or pipeline's) options, which LLVM prints indented under it."""

    def __init__(self, text):
        self.flags, self.pass_options = set(), {}
        owner = None  # (name, indent) of the last flag at a shallower level
        for line in text.splitlines():
            if re.match(r"^\s*=", line):
                continue  # a value of an enum option
            m = re.match(r"^( *)--?([A-Za-z][\w.-]*)", line)
            if not m:
                owner = None  # a group heading ("Passes:") or blank
                continue
            indent, name = len(m.group(1)), m.group(2)
            if owner and indent > owner[1]:
                self.pass_options.setdefault(owner[0], set()).add(name)
                continue
            self.flags.add(name)
            owner = (name, indent)
            self.pass_options.setdefault(name, set())


def subcommands(help_text):
    """salsa-explore's subcommands, from its --help."""
    m = re.search(r"SUBCOMMANDS:\n(.*?)\n\s*Type", help_text, re.S)
    return re.findall(r"^\s+([a-z][\w-]*) +- ", m.group(1), re.M) if m else []


def exercised(name, runs):
    """Does some lit RUN line pass --name (exactly: not --name-more)?"""
    return re.search(rf"(?<![\w-])--?{re.escape(name)}(?![\w-])", runs)


def option_exercised(name, runs):
    """Does some lit RUN line set pass option `name` (exactly)?"""
    return re.search(rf"[\s{{\"']{re.escape(name)}[=\s}}\"']", runs)


def pipeline_passes(value):
    """(pass, option string or None) for each pass of a --pass-pipeline."""
    for m in re.finditer(r"([A-Za-z][\w.-]*)\s*(\{[^}]*\})?\s*(?=[(,)]|$)",
                         value):
        yield m.group(1), (m.group(2) or "{}")[1:-1] if m.group(2) else None


def pass_option_names(options):
    """The option names in a pass option string: `target=T remarks`."""
    return [w.split("=", 1)[0] for w in shlex.split(options)]


def test_run_lines():
    lines = []
    for base, _, files in os.walk(os.path.join(ROOT, "test")):
        for name in files:
            if name.endswith((".mlir", ".test", ".yaml")):
                with open(os.path.join(base, name)) as f:
                    lines += [l for l in f if "RUN:" in l]
    return "".join(lines)


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    runs = test_run_lines()
    helps = {}
    problems = []
    checked = 0

    def problem(path, line, message):
        problems.append(f"{os.path.relpath(path, ROOT)}:{line}: {message}")

    def help_of(tool, sub=None):
        if (tool, sub) not in helps:
            helps[(tool, sub)] = Help(run_help(build, tool, sub))
        return helps[(tool, sub)]

    # Every option some tool has, and every option of a salsa pass (for
    # options mentioned in prose, where the tool is not named).
    all_flags, all_pass_options = set(), set()
    for tool in ("salsa-opt", "salsa-import-onnx", "mlir-opt-22") + BENCHES:
        all_flags |= help_of(tool).flags
    explore = run_help(build, "salsa-explore")
    all_flags |= Help(explore).flags
    for sub in subcommands(explore):
        all_flags |= help_of("salsa-explore", sub).flags
    for name in SALSA_PASSES:
        all_pass_options |= help_of("salsa-opt").pass_options.get(name, set())

    def check_pass_options(path, line, tool, help, pass_name, options):
        if pass_name not in help.flags:
            problem(path, line, f"{tool}: no pass '{pass_name}' in --help")
            return
        try:
            names = pass_option_names(options)
        except ValueError as e:
            problem(path, line, f"cannot split options of {pass_name}: {e}")
            return
        for opt in names:
            if opt not in help.pass_options.get(pass_name, set()):
                problem(path, line, f"{tool}: no option '{opt}' of {pass_name} in --help")
            elif pass_name in SALSA_PASSES and not option_exercised(opt, runs):
                problem(path, line, f"pass option '{opt}' is exercised by no lit test")

    def check_command(path, line, cmd):
        try:
            words = shlex.split(cmd.replace("[", " ").replace("]", " "))
        except ValueError as e:
            problem(path, line, f"cannot split '{cmd}': {e}")
            return
        tool = os.path.basename(words[0])
        if words[0].startswith("scripts/"):
            if not os.access(os.path.join(ROOT, words[0]), os.X_OK):
                problem(path, line, f"{words[0]} is not an executable script")
            return
        # Repository files named in the command exist.
        for w in words[1:]:
            value = w.split("=", 1)[-1]
            if re.match(r"^(examples|presets|scripts|test|bench)/", value) \
                    and not os.path.exists(os.path.join(ROOT, value)):
                problem(path, line, f"no such file: {value}")
        sub = None
        if tool == "salsa-explore" and len(words) > 1 \
                and not words[1].startswith("-"):
            sub = words[1]
        help = help_of(tool, sub)
        if not help.flags:
            problem(path, line, f"'{tool} {sub or ''} --help' printed nothing")
            return
        for w in words[1:]:
            m = re.match(r"^--?([A-Za-z][\w.-]*)(=(.*))?$", w)
            if not m:
                continue
            flag, value = m.group(1), m.group(3)
            if flag not in help.flags:
                problem(path, line, f"{tool} {sub or ''}: no option --{flag} in --help")
                continue
            if flag not in UPSTREAM_FLAGS and not exercised(flag, runs):
                problem(path, line, f"--{flag} is exercised by no lit test")
            # Pass options: --salsa-lower="..." or inside a pipeline.
            if flag == "pass-pipeline" and value:
                for name, options in pipeline_passes(value):
                    if name in ("builtin.module", "func.func"):
                        continue
                    check_pass_options(path, line, tool, help, name, options or "")
            elif flag in SALSA_PASSES and value is not None:
                check_pass_options(path, line, tool, help, flag, value)

    for path in doc_files():
        for line, cmd in commands(path):
            checked += 1
            check_command(path, line, cmd)
        # Options mentioned in prose: `--foo` must be an option of some tool,
        # `foo=...` an option of some salsa pass; a span that starts with a
        # tool is a command.
        for line, span in prose_spans(path):
            words = span.split()
            if not words:
                continue
            if os.path.basename(words[0]) in TOOLS or \
                    words[0].startswith("scripts/"):
                checked += 1
                check_command(path, line, span)
                continue
            for flag in re.findall(r"(?:^|\s)--([A-Za-z][\w-]*)", span):
                checked += 1
                if flag not in all_flags:
                    problem(path, line, f"`{span}`: no tool has an option --{flag}")
            m = re.match(r"^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)=", span)
            if m and m.group(1) not in PROSE_NON_OPTIONS:
                checked += 1
                if m.group(1) not in all_pass_options:
                    problem(path, line, f"`{span}`: no salsa pass has an option '{m.group(1)}'")
    for p in problems:
        print(p)
    print(f"check-docs: {checked} commands and options checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

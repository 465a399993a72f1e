#!/usr/bin/env python3
"""Keeps the docs honest: every command shown in README.md and docs/*.md
names files that exist, options the tools still have (their --help), and
options some lit test exercises.

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


def run_help(build, tool, sub=None):
    exe = os.path.join(build, "bin", tool)
    args = [exe] + ([sub] if sub else []) + ["--help-hidden"]
    return subprocess.run(args, capture_output=True, text=True).stdout


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

    for path in doc_files():
        for line, cmd in commands(path):
            checked += 1
            try:
                words = shlex.split(cmd.replace("[", " ").replace("]", " "))
            except ValueError as e:
                problem(path, line, f"cannot split '{cmd}': {e}")
                continue
            tool = os.path.basename(words[0])
            if words[0].startswith("scripts/"):
                if not os.access(os.path.join(ROOT, words[0]), os.X_OK):
                    problem(path, line, f"{words[0]} is not an executable script")
                continue
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
            key = (tool, sub)
            if key not in helps:
                helps[key] = run_help(build, "salsa-opt" if tool == "mlir-opt-22"
                                      else tool, sub)
            help_text = helps[key]
            if not help_text:
                problem(path, line, f"'{tool} {sub or ''} --help' printed nothing")
                continue
            for w in words[1:]:
                m = re.match(r"^--?([A-Za-z][\w-]*)(=(.*))?$", w)
                if not m:
                    continue
                flag, value = m.group(1), m.group(3) or ""
                if flag in UPSTREAM_FLAGS and flag != "pass-pipeline":
                    continue
                if flag not in UPSTREAM_FLAGS:
                    if f"--{flag}" not in help_text and f"-{flag}" not in help_text:
                        problem(path, line, f"{tool} {sub or ''}: no option --{flag} in --help")
                    elif not re.search(rf"(?<![\w-])-?-{re.escape(flag)}\b", runs):
                        problem(path, line, f"--{flag} is exercised by no lit test")
                # Pass options inside --salsa-lower="..." or a pipeline.
                if flag in SALSA_PASSES or flag == "pass-pipeline":
                    for opt in re.findall(r"(?:^|[\s{])([a-z][\w-]*)(?==|[\s}]|$)",
                                          value):
                        if opt in SALSA_PASSES or opt in ("builtin", "func"):
                            continue
                        if f"--{opt}" not in help_text:
                            problem(path, line, f"no pass option '{opt}' in salsa-opt --help")
                        elif not re.search(rf"[\s{{\"']{re.escape(opt)}[=\s}}\"']", runs):
                            problem(path, line, f"pass option '{opt}' is exercised by no lit test")
    for p in problems:
        print(p)
    print(f"check-docs: {checked} commands checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

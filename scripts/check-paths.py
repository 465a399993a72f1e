#!/usr/bin/env python3
"""Keeps the repository self-contained: no file (tests, benchmarks, scripts,
documented commands, build files, sources) names a path outside it.

    scripts/check-paths.py [ROOT]

ROOT defaults to this script's repository. Files are the ones git tracks or
would track (untracked, not ignored); outside a git checkout, every file
below ROOT except build directories. Binary files, this script and its lit test are skipped. Flagged:

  * the old out-of-tree data layout: ../shared, shared/reference,
    zigzag-inputs, SALSA_SHARED_DIR, %shared (ZigZag's data is in
    test/Inputs/zigzag/);
  * absolute paths other than system ones (/usr but not /usr/local, /bin,
    /sbin, /lib*, /etc, /dev, /proc, /sys, /tmp, /var/tmp): a path whose
    first directory is a usual home of checkouts and data (/home, /work,
    /opt, /mnt, ...) or exists at / on this machine;
  * home-relative paths (~/, $HOME/);
  * relative paths that leave ROOT: ../ from the file's directory (unless
    it names a file that exists there) or from ROOT (commands in the docs
    run there), %S/.. and the like from the file's directory, and
    %salsa_src/.., ${PROJECT_SOURCE_DIR}/.. from ROOT.

Prints one line per problem (file:line: path: why) and exits 1 if any.
"""
import os
import re
import subprocess
import sys

OLD_LAYOUT = re.compile(r"\.\./shared\b|\bshared/reference\b|zigzag-inputs"
                        r"|SALSA_SHARED_DIR|%shared\b")
SYSTEM = ("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc",
          "dev", "proc", "sys", "tmp")
SYSTEM_PREFIXES = ("/var/tmp",)
NOT_SYSTEM_PREFIXES = ("/usr/local",)
# Where checkouts, home directories and data live on the usual machines.
ELSEWHERE = {"home", "work", "root", "Users", "mnt", "media", "srv", "opt",
             "scratch", "data", "workspace", "builds", "private", "nfs",
             "net", "var", "Volumes", "cygdrive"}
# A path starts at the beginning of a line or after a separator.
START = r"(?:^|(?<=[\s\"'`=(:,\[{<>|;]))"
ABSOLUTE = re.compile(START + r"(/[A-Za-z0-9_.+-]+)(/[^\s\"'`),\]}<>|;]*)?")
HOME = re.compile(START + r"(~/|\$HOME/|\$\{HOME\}/)")
PARENT = re.compile(START + r"((?:\.\./)+[^\s\"'`),\]}<>|;*]*|\.\.(?=$|[\s\"'`)]))")
ANCHORED = re.compile(
    r"(%S|%p|%salsa_src|\$\{(?:PROJECT|CMAKE)_SOURCE_DIR\}"
    r"|\$\{CMAKE_CURRENT_SOURCE_DIR\}|\$\(dirname \"?\$0\"?\)|\$ROOT|\bROOT)"
    r"((?:/[^\s\"'`),\]}<>|;*]*)+)")
FILE_DIR_ANCHORS = ("%S", "%p", "${CMAKE_CURRENT_SOURCE_DIR}")
# This script and its test name what they flag.
ABOUT_THE_CHECK = {"scripts/check-paths.py", "test/Scripts/check-paths.test"}


def files(root):
    try:
        out = subprocess.run(
            ["git", "-C", root, "ls-files", "-z", "--cached", "--others",
             "--exclude-standard"], capture_output=True, check=True).stdout
        names = sorted({n for n in out.decode().split("\0") if n})
        if names:
            return names
    except (OSError, subprocess.CalledProcessError):
        pass
    names = []
    for base, dirs, fs in os.walk(root):
        dirs[:] = [d for d in dirs if d != ".git" and d != "build"
                   and not d.startswith("build-")]
        names += [os.path.relpath(os.path.join(base, f), root) for f in fs]
    return sorted(names)


def leaves(root, start, rel):
    """Whether start/rel normalises to a path outside root."""
    path = os.path.normpath(os.path.join(start, rel))
    return os.path.relpath(path, root).split(os.sep)[0] == ".."


def absolute_problem(path):
    parts = path.split("/")
    top = parts[1]
    if path.startswith(SYSTEM_PREFIXES):
        return None
    if path.startswith(NOT_SYSTEM_PREFIXES):
        return "absolute path outside the repository"
    if top in SYSTEM:
        return None
    if top in ELSEWHERE or os.path.isdir("/" + top):
        return "absolute path outside the repository"
    return None


def check_line(root, name, line):
    here = os.path.join(root, os.path.dirname(name))
    for m in OLD_LAYOUT.finditer(line):
        yield m.group(0), "the old ../shared layout (use test/Inputs/zigzag)"
    for m in ABSOLUTE.finditer(line):
        path = m.group(0).rstrip(".,:")
        why = absolute_problem(path)
        if why:
            yield path, why
    for m in HOME.finditer(line):
        yield m.group(0), "home-relative path"
    for m in PARENT.finditer(line):
        rel = m.group(1).rstrip(".,:") or m.group(1)
        if os.path.exists(os.path.join(here, rel)) and not leaves(root, here, rel):
            continue
        if leaves(root, here, rel) or leaves(root, root, rel):
            yield rel, "relative path leaving the repository"
    for m in ANCHORED.finditer(line):
        anchor, rel = m.group(1), m.group(2).lstrip("/")
        if ".." not in rel.split("/"):
            continue
        start = here if anchor in FILE_DIR_ANCHORS or anchor.startswith("$(") \
            else root
        if leaves(root, start, rel):
            yield m.group(0), "relative path leaving the repository"


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), ".."))
    problems = checked = 0
    for name in files(root):
        path = os.path.join(root, name)
        if name in ABOUT_THE_CHECK:
            continue
        if not os.path.isfile(path) or os.path.islink(path):
            continue
        with open(path, "rb") as f:
            data = f.read()
        if b"\0" in data:
            continue
        checked += 1
        text = data.decode("utf-8", "replace")
        for number, line in enumerate(text.split("\n"), 1):
            for what, why in check_line(root, name, line):
                problems += 1
                print(f"{name}:{number}: {what}: {why}")
    print(f"check-paths: {checked} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Keeps README.md's examples true: each is the real output of the binary.

An example in README.md is a command between two markers, followed by the
fenced block of what it prints:

    <!-- example: query who-met --person "Huỳnh Thành Đạt" --format table -->
    ```text
    (the output)
    ```
    <!-- /example -->

The command is run as `build/coopgraph ARGS` from the top of the repository
(so it reads the committed output/graph.jsonld), with a fixed environment:
not a terminal, COLUMNS=100, C.UTF-8. Its stdout is the block, then what
it printed on stderr, then a last line `(exit N)` when the exit code is not 0.

Usage: scripts/readme_examples.py --check [--binary PATH]   exit 1 on a difference
       scripts/readme_examples.py --write [--binary PATH]   rewrite the blocks
CTest runs --check (test `readme.examples`).
"""
import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = re.compile(r"(<!-- example: (?P<args>.*?) -->\n)```(?P<lang>[a-z]*)\n(?P<body>.*?)```\n(<!-- /example -->)",
                     re.S)


def run(binary, args):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "COLUMNS": "100"}
    done = subprocess.run([binary] + shlex.split(args), cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    out = ""
    for stream in (done.stdout, done.stderr):
        text = stream.decode("utf-8")
        out += text + ("\n" if text and not text.endswith("\n") else "")
    if done.returncode != 0:
        out += "(exit %d)\n" % done.returncode
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true")
    mode.add_argument("--write", action="store_true")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "coopgraph"))
    parser.add_argument("--readme", default=os.path.join(ROOT, "README.md"))
    options = parser.parse_args()
    with open(options.readme, encoding="utf-8") as f:
        readme = f.read()
    differences = []

    def replace(match):
        body = run(options.binary, match.group("args"))
        if body != match.group("body"):
            differences.append((match.group("args"), match.group("body"), body))
        return match.group(1) + "```" + match.group("lang") + "\n" + body + "```\n" + match.group(5)

    updated, count = EXAMPLE.subn(replace, readme)
    if count == 0:
        print("readme_examples: no example in " + options.readme, file=sys.stderr)
        return 1
    if options.write:
        if updated != readme:
            temporary = options.readme + ".tmp"
            with open(temporary, "w", encoding="utf-8") as f:
                f.write(updated)
            os.replace(temporary, options.readme)
        print("readme_examples: %d examples, %d rewritten" % (count, len(differences)), file=sys.stderr)
        return 0
    for args, old, new in differences:
        print("README example `coopgraph %s` differs from the binary's output:" % args)
        sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), "README.md", "binary"))
    if differences:
        print("run scripts/readme_examples.py --write to update README.md", file=sys.stderr)
        return 1
    print("readme_examples: %d examples match the binary" % count, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Re-run every example command of README.md and paste its real output.

A block in the README looks like::

    <!-- run: aikg stats -->
    ```console
    $ aikg stats
    (output, replaced on every run)
    ```
    <!-- end -->

Commands run in the repository root with ``.venv/bin`` first on PATH and
``AIKG_STORE`` pointing to a fresh store built from ``examples/``, so the
outputs are those a user gets after ``bash scripts/demo.sh``.

Usage: .venv/bin/python scripts/update_readme.py [--check]
  --check  exit 1 when an output in the README differs from a fresh run
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n)(?P<body>.*?)(<!-- end -->)", re.S)


def run(cmd: str, env: dict) -> str:
    proc = subprocess.run(cmd, shell=True, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=600)
    return proc.stdout.rstrip("\n")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env["PATH"] = f"{ROOT / '.venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        env["AIKG_STORE"] = str(Path(tmp) / "store")
        env["COLUMNS"] = "120"
        subprocess.run(["aikg", "build", "examples/", "-q"], cwd=ROOT, env=env, check=True,
                       capture_output=True)

        def fill(m: re.Match) -> str:
            cmd = m.group("cmd")
            shown = cmd.replace(str(tmp), "/tmp")
            body = f"```console\n$ {shown}\n{run(cmd, env)}\n```\n"
            return m.group(1) + body + m.group(4)

        new = BLOCK.sub(fill, text)
    if check:
        if new != text:
            print("README.md outputs are stale: run scripts/update_readme.py", file=sys.stderr)
            return 1
        return 0
    readme.write_text(new, encoding="utf-8")
    print(f"updated {len(BLOCK.findall(text))} command outputs in README.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

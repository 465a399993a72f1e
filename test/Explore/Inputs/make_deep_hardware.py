"""Writes tpu_like.yaml with N extra copies of its SRAM level (each with a
new name) below DRAM: a hierarchy deeper than salsa supports.
    python3 make_deep_hardware.py TPU_LIKE.yaml N > OUT.yaml"""
import re
import sys

text = open(sys.argv[1]).read()
count = int(sys.argv[2])
start = text.index("  sram_2MB:")
end = text.index("  dram:")
sram = text[start:end]
copies = "".join(sram.replace("sram_2MB:", f"sram_copy{i}:", 1)
                 for i in range(count))
sys.stdout.write(text[:end] + copies + text[end:])

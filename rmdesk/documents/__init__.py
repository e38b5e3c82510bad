"""Printable documents: the pairing agreement and the end-of-cycle report (ReportLab).

Headless like the store and the domain: no Qt here, so the window, the command line
and the benchmarks render the same bytes from the same data.
"""

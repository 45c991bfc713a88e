"""Batch runs: many articles on one machine (``local``, ``workers``) or on Spark (``spark``).

Nothing here imports pyspark until a Spark job runs; it is an optional extra.
"""

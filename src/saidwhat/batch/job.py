"""The spark-submit entry point: a file Spark can run, doing what ``saidwhat spark`` does.

    spark-submit --master yarn "$(python -m saidwhat.batch.job)" INPUT... --output DIR

Run as a module it prints its own path, for the command line above; run by
spark-submit it runs the job with the master spark-submit configured. Imports
are absolute because spark-submit runs this file as a script.
"""

import sys

if __name__ == "__main__" and sys.argv[1:]:
    from saidwhat.cli import cli

    cli(["spark", *sys.argv[1:]], prog_name="saidwhat-spark")
elif __name__ == "__main__":
    print(__file__)

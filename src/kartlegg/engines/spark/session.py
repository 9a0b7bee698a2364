"""The Spark session of a job: local mode by default, a standalone cluster with ``spark://HOST:PORT``.

Workers run this interpreter (``sys.executable``), so on a cluster every worker needs the same virtualenv
path with kartlegg[spark] installed (docs/scale.md, "Deploying on a cluster").
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

_MASTER = re.compile(r"^(local(\[(\d+|\*)\])?|spark://[A-Za-z0-9.\-]+:\d{1,5})$")


class SparkConfigError(ValueError):
    """A master URL or setting the engine cannot use (a user mistake: shown without a traceback)."""


_MEMORY = re.compile(r"^\d{1,7}[kmgt]?$", re.IGNORECASE)


def check_master(master: str, *memory: str) -> str:
    """``master`` when it is a master URL the engine accepts (and each ``memory`` a JVM size such as 2g)."""
    if not _MASTER.match(master):
        raise SparkConfigError(f"--master {master!r}: use local, local[N], local[*] or spark://HOST:PORT")
    for m in memory:
        if not _MEMORY.match(m):
            raise SparkConfigError(f"memory {m!r}: use a size such as 512m, 2g or 16g")
    return master


def session(
    master: str = "local[2]",
    *,
    driver_memory: str = "2g",
    executor_memory: str = "1g",
    partitions: int = 8,
    app: str = "kartlegg",
) -> Any:
    """A Spark session on ``master`` (the JVM starts here: 15-30 s on a shared two-core machine).

    ``executor_memory`` must fit a worker's memory, or the cluster never starts an executor."""
    check_master(master, driver_memory, executor_memory)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.driver.memory", driver_memory)
        .config("spark.executor.memory", executor_memory)
        .config("spark.sql.shuffle.partitions", str(partitions))
        .config("spark.default.parallelism", str(partitions))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
        .config("spark.python.worker.reuse", "true")
    )
    if master.startswith(("local", "spark://127.0.0.1:", "spark://localhost:")):  # nothing leaves the machine
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark

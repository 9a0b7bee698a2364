#!/usr/bin/env bash
# A standalone Spark cluster on 127.0.0.1: one master and two workers (1 core, 1 GiB each), from the
# scripts and jars the pyspark wheel ships. For tests and trying `kartlegg analyze --engine spark
# --master spark://127.0.0.1:7077` on one machine; a real cluster is deployed as docs/scale.md says.
#
#   scripts/spark_cluster.sh start    # prints the master URL
#   scripts/spark_cluster.sh stop
#   scripts/spark_cluster.sh status
#
# Environment: PYTHON (default .venv/bin/python: its pyspark, and the interpreter the workers run),
# KARTLEGG_SPARK_PORT (7077), KARTLEGG_SPARK_UI_PORT (8080; the workers' pages use the next ports),
# KARTLEGG_SPARK_DIR (logs, pids and work files; default /tmp/kartlegg-spark-$PORT),
# KARTLEGG_SPARK_WORKER_MEMORY (1g).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
PORT=${KARTLEGG_SPARK_PORT:-7077}
UI_PORT=${KARTLEGG_SPARK_UI_PORT:-8080}
RUN_DIR=${KARTLEGG_SPARK_DIR:-/tmp/kartlegg-spark-$PORT}
MEMORY=${KARTLEGG_SPARK_WORKER_MEMORY:-1g}
command -v java >/dev/null || { echo "no java on PATH: Spark needs a Java 17 runtime" >&2; exit 3; }
SPARK_HOME=$("$PYTHON" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))') || {
  echo "pyspark is not installed for $PYTHON: pip install 'kartlegg[spark]'" >&2; exit 4; }
export SPARK_HOME
export SPARK_LOCAL_IP=127.0.0.1 SPARK_MASTER_HOST=127.0.0.1
export SPARK_LOG_DIR=$RUN_DIR/logs SPARK_PID_DIR=$RUN_DIR/pids SPARK_WORKER_DIR=$RUN_DIR/work
export SPARK_IDENT_STRING=kartlegg-$PORT
# the virtualenv's interpreter itself (not the file its symlink points to, which would lose the venv)
export PYSPARK_PYTHON=${PYSPARK_PYTHON:-$(cd "$(dirname "$PYTHON")" && pwd)/$(basename "$PYTHON")}
MASTER=spark://127.0.0.1:$PORT
# the wheel ships spark-daemon.sh but not start-master.sh / start-worker.sh: start the daemons with it
daemon() { bash "$SPARK_HOME/sbin/spark-daemon.sh" "$@"; }

case "${1:-}" in
  start)
    mkdir -p "$SPARK_LOG_DIR" "$SPARK_PID_DIR" "$SPARK_WORKER_DIR"
    daemon start org.apache.spark.deploy.master.Master 1 --host 127.0.0.1 --port "$PORT" \
      --webui-port "$UI_PORT" >/dev/null
    for i in 1 2; do  # one daemon per instance number: two workers of one core each
      daemon start org.apache.spark.deploy.worker.Worker "$i" --host 127.0.0.1 --cores 1 --memory "$MEMORY" \
        --webui-port $((UI_PORT + i)) "$MASTER" >/dev/null
    done
    # ready when the master's log lists both workers (at most 4 minutes: JVMs start slowly on a busy machine)
    for _ in $(seq 480); do
      n=$(grep -c "Registering worker" "$SPARK_LOG_DIR"/*Master*.out 2>/dev/null || true)
      if [ "${n:-0}" -ge 2 ]; then echo "$MASTER"; exit 0; fi
      sleep 0.5
    done
    echo "the workers did not register with $MASTER; logs in $SPARK_LOG_DIR" >&2
    exit 1
    ;;
  stop)
    for i in 1 2; do
      daemon stop org.apache.spark.deploy.worker.Worker "$i" >/dev/null || true
    done
    daemon stop org.apache.spark.deploy.master.Master 1 >/dev/null || true
    ;;
  status)
    ls "$SPARK_PID_DIR" 2>/dev/null || echo "not running"
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac

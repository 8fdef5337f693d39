"""Benchmarks of the pipeline: a synthetic corpus, throughput, memory, crawl and query latency."""
